package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podforge.bom.Bom;
import org.podforge.io.ProjectFileException;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.PowerBudget;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;
import org.podforge.power.PowerModel;
import org.podforge.power.RackPower;
import org.podforge.service.ProjectSnapshot;
import org.podforge.service.live.ReplicaPatch;

/**
 * A design's own power budgets for parts with no published figure (decision 0035): counted as labelled estimates, an
 * INFO instead of the unknown-power WARNING, a published figure wins, undoable, saved and read back, copied to the
 * live-analysis replica.
 */
class PowerBudgetTest {
    private static final Thresholds T = Thresholds.builtIn();
    private static final String CX8 = "NVIDIA-CONNECTX-8";

    /** A GB200-class tray whose 4 ConnectX-8 publish no power. */
    private static Designs tray() {
        Designs d = new Designs("budget");
        d.gbTray(d.rack("rack-1", "RACK-EIA-48U", 0, 0), "tray-1", 1, 4, CX8);
        return d;
    }

    private static RackPower power(Project p) {
        return new PowerModel(p, RuleEngineTest.CATALOG, T).rack(p.rack("rack-1").orElseThrow());
    }

    private static List<Finding> rackPower(Project p) {
        return RuleEngineTest.of(RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES), "rack.power");
    }

    @Test
    void aBudgetedPartIsCountedWithItsChassisOverheadAndReportedAsAnInfo() {
        Designs d = tray();
        RackPower before = power(d.project);
        assertEquals(Map.of(CX8, 4L), before.unknown());
        List<Finding> warned = rackPower(d.project);
        assertEquals(1, warned.size(), warned.toString());
        assertEquals(Severity.WARNING, warned.get(0).severity());

        d.project.setPowerBudget(CX8, new PowerBudget(50, "estimate: twice ConnectX-7's 24.9 W typical for twice the bandwidth"));
        RackPower after = power(d.project);
        assertTrue(after.unknown().isEmpty(), after.unknown().toString());
        assertEquals(Map.of(CX8, 4L), after.budgeted());
        assertEquals(200, after.budgetedW(), 1e-9);
        assertTrue(after.estimate());
        // 4 x 50 W more parts, with the liquid-cooled tray's overhead and PSU efficiency, like any part figure
        double factor = (1 + T.value(PowerModel.OVERHEAD_LIQUID)) / T.value(PowerModel.PSU_EFFICIENCY);
        assertEquals(before.totalW() + 200 * factor, after.totalW(), 1e-6);
        assertEquals(before.items(), after.items(), "the same powered things, now none of them unknown");

        List<Finding> f = rackPower(d.project);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.INFO, f.get(0).severity(), "budgeted by hand: what the warning asked for, so no longer a warning");
        assertTrue(f.get(0).message().contains("4 x NVIDIA-CONNECTX-8 at 50 W (estimate: twice ConnectX-7's"), f.get(0).message());
        // the BOM reads the same figure and says it includes estimates
        Bom.RackRollup r = Bom.of(d.project, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).racks().get(0);
        assertEquals(after.totalW(), r.powerW(), 1e-6);
        assertTrue(r.powerEstimate());
        assertTrue(r.powerUnknown().isEmpty());
    }

    @Test
    void aPublishedFigureWinsOverABudget() {
        Designs d = tray();
        RackPower before = power(d.project);
        d.project.setPowerBudget("NVIDIA-B200", new PowerBudget(5, "a budget for a part that publishes its power"));
        RackPower after = power(d.project);
        assertEquals(before.totalW(), after.totalW(), 1e-9);
        assertFalse(after.budgeted().containsKey("NVIDIA-B200"));
    }

    @Test
    void aChassisBudgetStandsForTheWholePopulatedChassis() {
        Designs d = new Designs("chassis budget");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        Chassis box = d.chassis(r, "sw-1", "GENERIC-SCALEUP-SWITCH-TRAY-1U", 1);
        d.comp(box, "sx-1", "ASTERA-SCORPIO-X-320", "switch-1");
        assertEquals(Map.of("ASTERA-SCORPIO-X-320", 1L), power(d.project).unknown());
        d.project.setPowerBudget("GENERIC-SCALEUP-SWITCH-TRAY-1U", new PowerBudget(400, "NVLink switch tray ~400 W (fabric G1, inferred)"));
        RackPower p = power(d.project);
        assertEquals(400, p.totalW(), 1e-9);
        assertTrue(p.unknown().isEmpty(), "the chassis budget covers what is inside it");
        assertEquals(RackPower.Method.HAND_BUDGET, p.chassis().get(0).method());
        assertTrue(p.chassis().get(0).estimate());
    }

    @Test
    void settingABudgetIsOneUndoableCommandAndNeedsItsBasis() {
        Designs d = tray();
        CommandStack stack = new CommandStack(d.project);
        stack.execute(Edits.powerBudget(CX8, Edits.parsePowerBudget("50 W: twice ConnectX-7's typical figure")));
        assertEquals(new PowerBudget(50, "twice ConnectX-7's typical figure"), d.project.powerBudgets().get(CX8));
        assertEquals(Severity.INFO, rackPower(d.project).get(0).severity());
        stack.undo();
        assertNull(d.project.powerBudgets().get(CX8));
        assertEquals(Severity.WARNING, rackPower(d.project).get(0).severity());
        assertEquals(new PowerBudget(1700, "MI355X's 1,400 W + 20%"), Edits.parsePowerBudget("1,700: MI355X's 1,400 W + 20%"));
        assertNull(Edits.parsePowerBudget("  "), "empty removes the budget");
        CommandException noBasis = assertThrows(CommandException.class, () -> Edits.parsePowerBudget("50 W"));
        assertTrue(noBasis.getMessage().contains("comes from"), noBasis.getMessage());
        assertThrows(CommandException.class, () -> Edits.parsePowerBudget("-5 W: negative"));
        assertThrows(CommandException.class, () -> Edits.parsePowerBudget("fifty watts"));
    }

    @Test
    void budgetsAreSavedReadBackAndCopiedToTheLiveReplica() throws Exception {
        Designs d = tray();
        String without = ProjectWriter.toJson(d.project);
        assertFalse(without.contains("powerBudgets"), "written only when there are budgets: older files are unchanged");
        d.project.setPowerBudget(CX8, new PowerBudget(50, "basis"));
        String json = ProjectWriter.toJson(d.project);
        Project back = new ProjectReader(RuleEngineTest.CATALOG).read("b.podforge.json", json.getBytes(StandardCharsets.UTF_8)).project();
        assertEquals(d.project.powerBudgets(), back.powerBudgets());
        assertEquals(json, ProjectWriter.toJson(back));
        assertEquals(d.project.powerBudgets(), ProjectSnapshot.copyOf(d.project).powerBudgets());

        Project replica = ProjectSnapshot.copyOf(d.project);
        var cmd = Edits.powerBudget(CX8, new PowerBudget(60, "another basis"));
        cmd.execute(d.project);
        ReplicaPatch.of(d.project, cmd).apply(replica);
        assertEquals(new PowerBudget(60, "another basis"), replica.powerBudgets().get(CX8));
    }

    @Test
    void badBudgetsInAFileAreRefusedNamingThePartAndTheField() {
        String head = "{\"format\":\"podforge-project\",\"schemaVersion\":2,\"name\":\"x\",\"pods\":[],\"powerBudgets\":";
        ProjectFileException neg = assertThrows(ProjectFileException.class, () -> new ProjectReader(RuleEngineTest.CATALOG)
                .read("x.podforge.json", (head + "{\"AMD-MI455X\":{\"watts\":-5,\"basis\":\"b\"}}}").getBytes(StandardCharsets.UTF_8)));
        assertTrue(neg.getMessage().contains("powerBudgets.AMD-MI455X.watts") && neg.getMessage().contains("positive"), neg.getMessage());
        ProjectFileException blank = assertThrows(ProjectFileException.class, () -> new ProjectReader(RuleEngineTest.CATALOG)
                .read("x.podforge.json", (head + "{\"AMD-MI455X\":{\"watts\":5,\"basis\":\" \"}}}").getBytes(StandardCharsets.UTF_8)));
        assertTrue(blank.getMessage().contains("basis"), blank.getMessage());
        assertThrows(ProjectFileException.class, () -> new ProjectReader(RuleEngineTest.CATALOG)
                .read("x.podforge.json", (head + "{\"AMD-MI455X\":{\"watts\":5}}}").getBytes(StandardCharsets.UTF_8)));
    }
}
