package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;

/** "Apply to all like it": which fixes are alike, and applying them as one undo step. */
class FixAllCommandTest {

    private static Project twoRacks() {
        Project p = new Project("t");
        Pod pod = new Pod("pod-1", "", 1);
        pod.addRack(new Rack("rack-1", "", "RACK-EIA-48U", 0, 0));
        pod.addRack(new Rack("rack-2", "", "RACK-EIA-48U", 0, 1));
        p.addPod(pod);
        return p;
    }

    private static Finding finding(String rack, Fix fix) {
        return new Finding("rack.power", Severity.ERROR, rack + " over budget", List.of(rack), List.of(fix), "");
    }

    private static Fix budget(String rack, double w) {
        return new Fix("Raise the power budget of " + rack + " to 30 kW", p -> Edits.rackPowerBudget(p, rack, w));
    }

    @Test
    void fixesAreAlikeWhenOnlyObjectIdsDifferNotWhenPartsOrFiguresDo() {
        Set<String> ids = Set.of("rack-1", "rack-2", "link-1");
        Finding a = finding("rack-1", budget("rack-1", 30_000));
        Finding b = finding("rack-2", budget("rack-2", 30_000));
        assertEquals(FixFamily.key(a, a.fixes().get(0), ids::contains), FixFamily.key(b, b.fixes().get(0), ids::contains));
        Fix other = new Fix("Raise the power budget of rack-2 to 40 kW", p -> Edits.rackPowerBudget(p, "rack-2", 40_000.0));
        assertNotEquals(FixFamily.key(a, a.fixes().get(0), ids::contains), FixFamily.key(b, other, ids::contains));
        Fix aoc = new Fix("Switch link-1 to GENERIC-800G-AOC-30M", p -> null);
        Fix aoc10 = new Fix("Switch link-1 to GENERIC-800G-AOC-10M", p -> null);
        assertNotEquals(FixFamily.key(a, aoc, ids::contains), FixFamily.key(a, aoc10, ids::contains), "part numbers are not masked");
        assertEquals(2, FixFamily.like(a, a.fixes().get(0), List.of(a, b), ids::contains).size());
    }

    @Test
    void allFixesRunAsOneUndoStepAndOneThatNoLongerAppliesIsSkippedWithItsReason() {
        Project p = twoRacks();
        CommandStack stack = new CommandStack(p);
        String before = ProjectWriter.toJson(p);
        Fix gone = new Fix("Raise the power budget of rack-9 to 30 kW", pr -> Edits.rackPowerBudget(pr, "rack-9", 30_000.0));
        FixAllCommand all = new FixAllCommand("Fix 3", List.of(budget("rack-1", 30_000), gone, budget("rack-2", 30_000)));
        stack.execute(all);
        assertEquals(2, all.applied());
        assertEquals(1, all.skipped().size());
        assertEquals(30_000, p.rack("rack-1").orElseThrow().powerBudgetW(), 0.1);
        assertEquals(30_000, p.rack("rack-2").orElseThrow().powerBudgetW(), 0.1);
        assertEquals(1, stack.undoHistory().size());
        String after = ProjectWriter.toJson(p);
        stack.undo();
        assertEquals(before, ProjectWriter.toJson(p));
        stack.redo();
        assertEquals(after, ProjectWriter.toJson(p));
        assertThrows(CommandException.class, () -> new CommandStack(twoRacks()).execute(new FixAllCommand("none", List.of(gone))));
    }
}
