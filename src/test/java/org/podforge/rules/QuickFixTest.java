package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.podforge.io.ProjectReader;
import org.podforge.model.Chassis;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.CommandStack;

/** Every quick fix: after it the finding is gone; undo brings back exactly the findings before it. */
class QuickFixTest {

    /** Applies every fix of every matching finding in turn (each undone before the next). Returns the number applied. */
    static int applyAll(Project p, String ruleId, String labelPrefix) {
        CommandStack stack = new CommandStack(p);
        RuleEngine engine = new RuleEngine(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
        engine.attach(stack);
        engine.validateAll();
        List<Finding> before = engine.findings();
        int applied = 0;
        for (Finding f : before) {
            if (!f.ruleId().equals(ruleId) || f.severity() == Severity.INFO) {
                continue;
            }
            for (Fix fix : f.fixes()) {
                if (!fix.label().startsWith(labelPrefix)) {
                    continue;
                }
                stack.execute(fix.command(p));
                List<Finding> after = engine.findings();
                assertFalse(after.contains(f), fix.label() + " should clear: " + f.message() + "\nstill: " + after);
                assertEquals(RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES), after, "incremental after " + fix.label());
                stack.undo();
                assertEquals(before, engine.findings(), "undo of " + fix.label());
                applied++;
            }
        }
        return applied;
    }

    @TestFactory
    Stream<DynamicTest> fixesOfGoldenPositives() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleInfo info : RuleRegistry.builtIn().infos()) {
            var file = GoldenFixturesTest.ROOT.resolve(info.id()).resolve("positive.podforge.json");
            if (!Files.exists(file)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(info.id(), () -> {
                Project p = new ProjectReader(RuleEngineTest.CATALOG).read(file).project();
                applyAll(p, info.id(), "");
            }));
        }
        return tests.stream();
    }

    @Test
    void everyFixKindIsExercised() throws Exception {
        String[][] cases = {
            {"lanes.capacity", "Add a Scorpio P switch"},
            {"lanes.bifurcation", "Move the devices"},
            {"link.width", "Widen"},
            {"link.generation", "Swap retimer-1"},
            {"reach.segment", "Use an Aries smart cable"},
            {"reach.segment", "Use an Aries smart cable"},
            {"retimer.count", "Remove retimer-3"},
            {"pcie.tree", "Remove"},
            {"pcie.orphan", "Connect gpu-2/host"},
            {"cxl.host", "Connect leo-1 to a free CXL-capable root port"},
            {"cxl.capacity", "Add a Leo controller"},
            {"rack.space", "Move srv-2 to U11"},
            {"rack.power", "Raise the power budget"},
            {"chassis.slots", "Move nic-1 to slot"},
            {"scaleout.ratio", "Add 2 NVIDIA-CONNECTX-8"},
            {"scaleup.reach", "Use an active electrical cable: CREDO"},
            {"scaleup.reach", "Switch to optics: GENERIC-800G-AOC-10M"},
            {"port.speed", "Use NVIDIA-MMA4Z00-NS400 at nic-1/net"},
            {"port.speed", "Set link-9 to 4 lanes"},
            {"port.speed", "Use NVIDIA-MCP7Y00-N001"},
            {"port.speed", "Move link-14 to leaf-1/port-6"},
        };
        for (String[] c : cases) {
            var file = GoldenFixturesTest.ROOT.resolve(c[0]).resolve("positive.podforge.json");
            Project p = new ProjectReader(RuleEngineTest.CATALOG).read(file).project();
            assertTrue(applyAll(p, c[0], c[1]) > 0, c[0] + ": no fix '" + c[1] + "'");
        }
    }

    @Test
    void insertRetimerOnALongGen6BoardTrace() {
        Designs d = Designs.server(1);
        Chassis s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-8", "pcie-1");
        d.link("pswitch-1/port-10", "nic-1/host", 16, Medium.PCB);
        assertEquals(1, applyAll(d.project, "reach.segment", "Insert an Aries 6 x16"));
    }

    @Test
    void taurusSmartCableAndOpticsForALongEthernetLink() {
        Designs d = Designs.server(1);
        Rack r = d.project.rack("rack-1").orElseThrow();
        Chassis s = d.project.chassis("srv-1").orElseThrow();
        Chassis s2 = d.chassis(r, "srv-2", "GENERIC-HGX-8GPU-10U", 20);
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-7", "pcie-1");
        d.comp(s2, "nic-2", "NVIDIA-CONNECTX-7", "pcie-1");
        Link l = d.link("nic-1/net", "nic-2/net", 4, Medium.COPPER_EXTERNAL);
        l.setLengthOverrideM(2.5);
        assertEquals(1, applyAll(d.project, "reach.segment", "Use a Taurus smart cable (ASTERA-TAURUS-400G"));
        assertEquals(1, applyAll(d.project, "reach.segment", "Switch to optics: NVIDIA-MMA4Z00-NS400 over GENERIC-MMF-MPO-OM4"),
                "a 400G flat-top module fits each ConnectX-7; the 800G twin-port module is never offered");
        assertEquals(0, applyAll(d.project, "reach.segment", "Switch to optics: GENERIC-800G"));
    }

    @Test
    void addTheMissingScaleUpLinks() {
        Designs d = new Designs("incomplete scale-up");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        Chassis s = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 1);
        Chassis t = d.chassis(r, "tray-1", "GENERIC-SCALEUP-SWITCH-TRAY-1U", 20);
        d.comp(s, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        d.comp(t, "xswitch-1", "ASTERA-SCORPIO-X-320", "switch-1");
        d.comp(t, "xswitch-2", "ASTERA-SCORPIO-X-320", "switch-2");
        for (int g = 1; g <= 2; g++) {
            d.comp(s, "gpu-" + g, "GENERIC-XPU-PCIE6", "gpu-" + g);
            d.link("cpu-1/pcie-b-" + g, "gpu-" + g + "/host", 16, Medium.PCB);
            Link l = d.link("gpu-" + g + "/su-1", "xswitch-1/port-1", 4, Medium.COPPER_EXTERNAL);
            l.setCablePart("PCISIG-COPPRLINK-EXT-2M");
        }
        Link l = d.link("gpu-1/su-2", "xswitch-2/port-1", 4, Medium.COPPER_EXTERNAL);
        l.setCablePart("PCISIG-COPPRLINK-EXT-2M");
        List<Finding> f = RuleEngine.validate(d.project, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).stream()
                .filter(x -> x.ruleId().equals("scaleup.domain") && x.severity() == Severity.ERROR).toList();
        assertEquals(1, f.size(), f.toString());
        assertEquals("gpu-2 reaches 1 of the 2 switch planes of its scale-up domain; it has no link to xswitch-2.", f.get(0).message());
        assertEquals(1, applyAll(d.project, "scaleup.domain", "Add the missing x4 links from gpu-2 to xswitch-2"));
    }
}
