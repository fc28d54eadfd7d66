package org.podforge.service.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.app.hall.HallFixtures;
import org.podforge.model.FabricCables;
import org.podforge.model.Project;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;

/** The patterns a rack ends, and deleting one with all its cables as one undo step. */
class FabricPatternsTest {

    @Test
    void aRackListsThePatternsWithAnEndInIt() {
        Project p = HallFixtures.hall();
        assertEquals(List.of("pattern-1"), ids(FabricPatterns.through(p, "rack-1")), "a pod rack: its servers' rails");
        assertEquals(List.of("pattern-1", "pattern-2"), ids(FabricPatterns.through(p, "netrack-1")), "a leaf rack: rails and uplinks");
        assertEquals(List.of("pattern-2"), ids(FabricPatterns.through(p, "netrack-3")), "the spine rack: uplinks only");
        assertEquals(List.of(), FabricPatterns.through(p, "no-such-rack"));
        assertEquals("leaf-spine (16 cables)", FabricPatterns.all(p).get(1).text());
    }

    @Test
    void deletingAPatternRemovesItsCablesInOneUndoStep() {
        Project p = HallFixtures.hall();
        long before = FabricCables.count(p);
        CommandStack stack = new CommandStack(p);
        stack.execute(FabricPatterns.delete(p, "pattern-2"));
        assertEquals("Delete pattern leaf-spine (16 cables)", stack.undoDescription().orElseThrow());
        assertEquals(before - 16, FabricCables.count(p));
        stack.undo();
        assertEquals(before, FabricCables.count(p));
        assertEquals(List.of("pattern-1", "pattern-2"), ids(FabricPatterns.all(p)), "back where it was");
        assertThrows(CommandException.class, () -> FabricPatterns.delete(p, "pattern-9"));
    }

    private static List<String> ids(List<FabricPatterns.Entry> entries) {
        return entries.stream().map(FabricPatterns.Entry::id).toList();
    }
}
