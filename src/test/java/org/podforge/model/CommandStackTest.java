package org.podforge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.podforge.io.ProjectWriter;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.model.command.RemoveCommand;
import org.podforge.testutil.TestCatalog;

class CommandStackTest {

    @Test
    void undoRedoRestoresStateAndDirtyFlagFollowsSavePoint() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        String before = ProjectWriter.toJson(p);
        assertFalse(stack.isDirty());

        stack.execute(Edits.rename(p, "srv-1", "Head node"));
        assertTrue(stack.isDirty());
        assertEquals("Rename Server 1 to Head node", stack.undoDescription().orElseThrow());
        stack.markSaved();
        assertFalse(stack.isDirty());

        stack.undo();
        assertTrue(stack.isDirty(), "undoing past the save point makes the project dirty");
        assertEquals(before, ProjectWriter.toJson(p));
        stack.redo();
        assertFalse(stack.isDirty(), "redo returns to the saved state");
        assertEquals("Head node", p.chassis("srv-1").orElseThrow().name());
    }

    @Test
    void repeatedMovesOfOneChassisMergeIntoOneUndoStep() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        stack.execute(new MoveChassisCommand("srv-2", "rack-1", 10));
        stack.execute(new MoveChassisCommand("srv-2", "rack-1", 11));
        stack.execute(new MoveChassisCommand("srv-2", "rack-1", 12));
        assertEquals(1, stack.undoHistory().size());
        assertEquals(12, p.chassis("srv-2").orElseThrow().uPosition());
        stack.undo();
        assertEquals(5, p.chassis("srv-2").orElseThrow().uPosition());
        assertFalse(stack.canUndo());
    }

    @Test
    void aMoveIsNamedByTheChassisAndRackNamesAsTheDragSaidIt() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        String chassis = p.chassis("srv-2").orElseThrow().label();
        String rack = p.rack("rack-1").orElseThrow().label();
        stack.execute(new MoveChassisCommand("srv-2", "rack-1", 10));
        stack.execute(new MoveChassisCommand("srv-2", "rack-1", 12));
        assertEquals("Move " + chassis + " to " + rack + " U12", stack.undoDescription().orElseThrow(), "names, and the merged move's U");
        assertFalse(chassis.equals("srv-2"), "the fixture names its chassis, so names and ids differ");
        stack.undo();
        assertEquals("Move " + chassis + " to " + rack + " U12", stack.redoDescription().orElseThrow());
    }

    @Test
    void sealTopStopsMerging() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        stack.execute(new MoveChassisCommand("srv-2", "rack-1", 10));
        stack.sealTop();
        stack.execute(new MoveChassisCommand("srv-2", "rack-1", 11));
        assertEquals(2, stack.undoHistory().size());
    }

    @Test
    void deletingAComponentRemovesItsLinksAndUndoPutsEverythingBackInPlace() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        String before = ProjectWriter.toJson(p);
        stack.execute(new RemoveCommand("cpu-1"));
        assertTrue(p.component("cpu-1").isEmpty());
        assertTrue(p.link("link-11").isEmpty());
        assertTrue(p.link("link-12").isEmpty());
        assertTrue(p.link("link-21").isPresent());
        stack.undo();
        assertEquals(before, ProjectWriter.toJson(p));
    }

    @Test
    void revisionCountsEveryChange() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        long r0 = stack.revision();
        stack.execute(Edits.replicas(p, "pod-1", 4));
        stack.undo();
        stack.redo();
        assertEquals(r0 + 3, stack.revision());
    }

    @Test
    void failingCommandIsNotRecordedAndChangesNothing() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        String before = ProjectWriter.toJson(p);
        assertThrows(CommandException.class, () -> stack.execute(new RemoveCommand("no-such-thing")));
        Chassis dup = new Chassis("srv-1", "", "T-SRV", 20);
        assertThrows(CommandException.class, () -> stack.execute(new AddCommand("rack-1", dup)));
        assertThrows(CommandException.class, () -> Edits.replicas(p, "pod-1", 0));
        assertFalse(stack.canUndo());
        assertEquals(before, ProjectWriter.toJson(p));
    }

    @Test
    void newIdsAreDeterministicAndFree() {
        Project p = TestCatalog.smallProject();
        assertEquals("srv-3", p.newId("srv"));
        assertEquals("gpu-23", p.newId("gpu"), "one above the largest gpu-N in use");
        assertEquals("widget-1", p.newId("widget"));
    }
}
