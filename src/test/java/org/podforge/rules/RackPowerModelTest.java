package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.podforge.bom.Bom;
import org.podforge.io.ProjectReader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Cooling;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.CommandStack;
import org.podforge.power.PowerModel;
import org.podforge.power.RackPower;

/**
 * The single power model (docs/decisions/0012) and the acceptance figures of issue 8: a DGX B200-class server
 * counts its 14.3 kW system maximum, five of them overload a 60 kW rack, reference racks land within 10% of the
 * published figures, the BOM and the rules agree on every rack, and the offered fixes lower the finding count
 * without a new error.
 */
class RackPowerModelTest {
    private static final Thresholds T = Thresholds.builtIn();

    private static RackPower power(Designs d, String rackId) {
        return new PowerModel(d.project, RuleEngineTest.CATALOG, T).rack(d.project.rack(rackId).orElseThrow());
    }

    private static List<Finding> findings(Project p, String ruleId) {
        return RuleEngineTest.of(RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES), ruleId);
    }

    @Test
    void everyChassisCountedByItsPartsSaysItsOwnSum() {
        // alike chassis share one basis text per model (made once): each must still say its own parts' sum
        Project p = org.podforge.service.PodGenerator.cluster(256);
        Chassis unlike = p.pods().get(1).racks().get(0).chassis().get(0);
        unlike.removeComponent(unlike.components().get(0)); // one server unlike the others
        PowerModel model = new PowerModel(p, RuleEngineTest.CATALOG, T);
        int checked = 0;
        for (org.podforge.model.Rack r : p.allRacks()) {
            for (RackPower.ChassisPower cp : model.rack(r).chassis()) {
                if (cp.method() != RackPower.Method.PARTS_PLUS_OVERHEAD || cp.note().startsWith("no published")) {
                    continue;
                }
                Chassis c = p.chassis(cp.chassisId()).orElseThrow();
                double known = RuleEngineTest.CATALOG.find(c.partNumber()).flatMap(x -> x.powerW()).orElse(0.0);
                for (Component comp : c.components()) {
                    known += RuleEngineTest.CATALOG.find(comp.partNumber()).flatMap(x -> x.powerW()).orElse(0.0);
                }
                String sum = String.format(java.util.Locale.ROOT, "parts %,.0f W + ", known);
                assertTrue(cp.note().contains(sum), cp.chassisId() + ": " + cp.note() + " should say " + sum);
                checked++;
            }
        }
        assertTrue(checked > 10, "checked " + checked);
    }

    @Test
    void oneDgxB200CountsItsSystemMaximumNotTheChipSum() {
        Designs d = new Designs("one DGX");
        Chassis srv = d.dgxB200(d.rack("rack-1", "RACK-EIA-48U", 0, 0), "srv-1", 1);
        double chips = 0;
        for (Component c : srv.components()) {
            chips += RuleEngineTest.CATALOG.find(c.partNumber()).orElseThrow().powerW().orElse(0.0);
        }
        // 8 x 1,000 + 2 x 350 + 2 x 150 + 8 x 18 (the "9.1 kW" of issue 8) + 8 x 24.9 ConnectX-7 (typical, NVIDIA manual)
        assertEquals(9_343.2, chips, 1e-9);
        RackPower rp = power(d, "rack-1");
        assertEquals(14_300, rp.totalW(), 1e-9); // fabric J1
        assertEquals(RackPower.Method.SYSTEM_MAXIMUM, rp.chassis().get(0).method());
        assertTrue(rp.unknown().isEmpty(), "the system maximum covers the ConnectX-7 too: " + rp.unknown());
        // the BOM shows the very same figure and budget
        Bom.RackRollup bom = Bom.of(d.project, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).racks().get(0);
        assertEquals(14_300, bom.powerW(), 1e-9);
        assertEquals(60_000, bom.budgetW(), 1e-9);
    }

    @Test
    void fiveDgxB200InASixtyKilowattRackIsAnError() {
        Designs d = new Designs("five DGX");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        for (int i = 0; i < 5; i++) {
            d.dgxB200(r, "srv-" + (i + 1), 1 + 10 * i);
        }
        List<Finding> f = findings(d.project, "rack.power");
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("draws 71.5 kW; its budget is 60.0 kW"), f.get(0).message());
        // and the cooling rule, a separate cause: 71.5 kW on room air is over the 40 kW warning of J4
        List<Finding> c = findings(d.project, "rack.cooling");
        assertEquals(1, c.size(), c.toString());
        assertEquals(Severity.WARNING, c.get(0).severity());
    }

    @Test
    void fourDgxB200FitASixtyKilowattRack() {
        Designs d = new Designs("four DGX");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        for (int i = 0; i < 4; i++) {
            d.dgxB200(r, "srv-" + (i + 1), 1 + 10 * i);
        }
        assertTrue(findings(d.project, "rack.power").isEmpty());
        // 4 x 14.3 = 57.2 kW, the DGX B200 SU figure per rack of four (458 kW / 32 systems, fabric J1)
        assertWithin(458_000.0 / 32 * 4, power(d, "rack-1").totalW(), 0.10);
    }

    @Test
    void nvl72LikeRacksAreWithinTenPercentOfThePublishedFigures() {
        // GB200 NVL72: ~120 kW (fabric J1). 18 liquid-cooled trays of 4 B200 + 2 Grace + 2 BlueField-3 + 4 ConnectX-7
        // (24.9 W typical): no system maximum, so parts + 15% / 94%; the generic switch trays publish no power
        Designs d = new Designs("GB200 NVL72");
        Rack r = d.rack("rack-1", "RACK-ORV3-44OU", 0, 0);
        for (int i = 0; i < 18; i++) {
            d.gbTray(r, "tray-" + (i + 1), 1 + i, 4);
        }
        for (int i = 0; i < 9; i++) {
            d.chassis(r, "nvsw-" + (i + 1), "GENERIC-SCALEUP-SWITCH-TRAY-1U", 20 + i);
        }
        RackPower gb200 = power(d, "rack-1");
        assertWithin(120_000, gb200.totalW(), 0.10);
        assertEquals(Cooling.LIQUID, gb200.cooling().cooling());
        assertEquals(null, gb200.unknown().get("NVIDIA-CONNECTX-7"), "ConnectX-7 publishes a typical figure now: counted");
        assertEquals(9L, gb200.unknown().get("GENERIC-SCALEUP-SWITCH-TRAY-1U"));

        // GB300 NVL72: up to 142 kW (interconnect-facts D); 4 B300 + 2 Grace + 4 ConnectX-8 + 1 BlueField per tray
        d = new Designs("GB300 NVL72");
        r = d.rack("rack-1", "RACK-ORV3-44OU", 0, 0);
        for (int i = 0; i < 18; i++) {
            Chassis t = d.chassis(r, "tray-" + (i + 1), "GENERIC-COMPUTE-TRAY-1U", 1 + i);
            for (int g = 1; g <= 4; g++) {
                d.comp(t, t.id() + "-gpu-" + g, "NVIDIA-B300", "gpu-" + g);
                d.comp(t, t.id() + "-nic-" + g, "NVIDIA-CONNECTX-8", "pcie-" + g);
            }
            d.comp(t, t.id() + "-cpu-1", "NVIDIA-GRACE", "cpu-1");
            d.comp(t, t.id() + "-cpu-2", "NVIDIA-GRACE", "cpu-2");
            d.comp(t, t.id() + "-dpu-1", "NVIDIA-BLUEFIELD-3", "pcie-5");
        }
        assertWithin(142_000, power(d, "rack-1").totalW(), 0.10);
    }

    @Test
    void theExamplesRacksAreWithinTenPercentOfTheirServersPublishedSystemFigures() throws Exception {
        // docs/examples: DGX B200-class servers (14.3 kW each, fabric J1) plus switch trays without a power figure, and
        // the NVL72 reference racks (their trays at the system maxima of the scale-up catalog)
        int checked = 0;
        try (Stream<Path> files = Files.list(Path.of("docs/examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".podforge.json")).toList()) {
                Project p = new ProjectReader(RuleEngineTest.CATALOG).read(f).project();
                PowerModel m = new PowerModel(p, RuleEngineTest.CATALOG, T);
                String name = f.getFileName().toString();
                for (Rack r : p.allRacks()) {
                    double published = 0;
                    for (Chassis c : r.chassis()) {
                        if (c.partNumber().equals("GENERIC-HGX-8GPU-10U")) {
                            published += 14_300; // DGX B200 system maximum per server (J1)
                        }
                    }
                    if (name.startsWith("gb200-nvl72")) {
                        published = 120_000; // GB200 NVL72 about 120 kW (J1, ServeTheHome)
                    } else if (name.startsWith("gb300-nvl72")) {
                        published = 132_000; // GB300 NVL72 132-140 kW (Supermicro, J1); vendor "up to 142 kW"
                    }
                    if (published > 0) {
                        assertWithin(published, m.rack(r).totalW(), 0.10);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 4, "reference racks checked: " + checked);
    }

    @Test
    void theBomAndTheRulesAgreeOnEveryRackOfEveryFixtureAndExample() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(GoldenFixturesTest.ROOT)) {
            s.filter(p -> p.toString().endsWith(".podforge.json")).forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Path.of("docs/examples"))) {
            s.filter(p -> p.toString().endsWith(".podforge.json")).forEach(files::add);
        }
        int racks = 0;
        for (Path f : files) {
            Project p = new ProjectReader(RuleEngineTest.CATALOG).read(f).project();
            PowerModel m = new PowerModel(p, RuleEngineTest.CATALOG, T);
            Bom bom = Bom.of(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
            RuleEngine engine = new RuleEngine(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES, T,
                    new RuleRegistry(List.of(new org.podforge.rules.builtin.RackPowerRule())));
            engine.validateAll();
            List<Finding> over = engine.findings().stream().filter(x -> x.severity() == Severity.ERROR).toList();
            for (Bom.RackRollup rr : bom.racks()) {
                Rack r = p.rack(rr.rackId()).orElseThrow();
                RackPower rp = m.rack(r);
                assertEquals(rp.totalW(), rr.powerW(), 1e-6, f + " " + r.id());
                assertEquals(rp.budget().watts(), rr.budgetW(), 1e-6, f + " " + r.id());
                assertEquals(rp.unknown(), rr.powerUnknown(), f + " " + r.id());
                boolean flagged = over.stream().anyMatch(x -> x.subjects().contains(r.id()));
                assertEquals(rp.totalW() > rp.budget().watts(), flagged, f + " " + r.id());
                racks++;
            }
        }
        assertTrue(racks > 40, "racks checked: " + racks);
    }

    @Test
    void unknownPowerIsOneWarningPerRackListingPartsAndCountsNotOnePerLink() {
        Designs d = Designs.server(4);
        Chassis s = d.project.chassis("srv-1").orElseThrow();
        Rack r2 = d.rack("rack-2", "RACK-EIA-48U", 0, 1);
        Chassis tray = d.chassis(r2, "tray-1", "GENERIC-SCALEUP-SWITCH-TRAY-1U", 1);
        d.comp(tray, "sw-1", "ASTERA-SCORPIO-X-320", "switch-1");
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-7", "pcie-1");
        for (int g = 1; g <= 3; g++) {
            Link l = d.link("gpu-" + g + "/host", "sw-1/port-" + g, 16, Medium.AEC);
            l.setCablePart("ASTERA-ARIES-SCM-PCIE5");
        }
        List<Finding> rack1 = findings(d.project, "rack.power").stream().filter(f -> f.subjects().contains("rack-1")).toList();
        assertEquals(1, rack1.size(), rack1.toString());
        assertEquals(Severity.WARNING, rack1.get(0).severity());
        assertTrue(rack1.get(0).message().contains("3 x ASTERA-ARIES-SCM-PCIE5"), rack1.get(0).message());
        List<Finding> rack2 = findings(d.project, "rack.power").stream().filter(f -> f.subjects().contains("rack-2")).toList();
        assertEquals(1, rack2.size(), rack2.toString());
        assertTrue(rack2.get(0).message().contains("1 of 1 powered parts (100%)") && rack2.get(0).message().contains("1 x ASTERA-SCORPIO-X-320"),
                rack2.get(0).message());
    }

    @Test
    void unknownPowerIsOneFindingPerPodDesignAndOneForTheNetworkEachKeepingItsScope() {
        Project p = new org.podforge.service.generate.ClusterGenerator(RuleEngineTest.CATALOG, Thresholds.builtIn())
                .generate(org.podforge.service.generate.ClusterGenerator.sampleCluster(128, null)).project();
        List<Finding> unknown = findings(p, "rack.power").stream()
                .filter(f -> org.podforge.rules.builtin.RackPowerRule.isUnknownPower(f.ruleId(), f.severity().name(), f.message())).toList();
        assertEquals(2, unknown.size(), unknown.toString());
        List<FindingScope.Level> levels = unknown.stream().map(f -> FindingScope.of(p, f).level()).sorted().toList();
        assertEquals(List.of(FindingScope.Level.POD, FindingScope.Level.NETWORK), levels, "the pod design's racks and the network racks");
        for (Finding f : unknown) {
            // every rack of its container is a subject and named with its counts
            for (String rack : f.subjects()) {
                assertTrue(f.message().contains(rack), rack + " named: " + f.message());
            }
        }
        long podRacks = p.pods().get(0).racks().size();
        assertTrue(unknown.stream().anyMatch(f -> f.subjects().size() == podRacks), "all " + podRacks + " racks of the pod design");
    }

    @Test
    void aProjectOverrideOfTheOverheadMovesTheBomAndTheRuleTogether() {
        Designs d = new Designs("tray");
        d.gbTray(d.rack("rack-1", "RACK-EIA-48U", 0, 0), "tray-1", 1, 0);
        double parts = 4 * 1000 + 2 * 420 + 2 * 150;
        assertEquals(parts * 1.15 / 0.94, power(d, "rack-1").totalW(), 1e-6);
        d.project.setThresholdOverride(PowerModel.OVERHEAD_LIQUID, 0.5);
        d.project.rack("rack-1").orElseThrow().setPowerBudgetW(7_000.0);
        assertEquals(parts * 1.5 / 0.94, power(d, "rack-1").totalW(), 1e-6);
        assertEquals(parts * 1.5 / 0.94, Bom.of(d.project, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).racks().get(0).powerW(), 1e-6);
        List<Finding> f = findings(d.project, "rack.power");
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().contains("draws 8.2 kW"), f.get(0).message());
    }

    @Test
    void airAboveTheLiquidThresholdIsAnErrorAndARearDoorMovesTheLimit() {
        Designs d = new Designs("air");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        for (int i = 0; i < 4; i++) {
            d.dgxB200(r, "srv-" + (i + 1), 1 + 10 * i);
        }
        d.project.setThresholdOverride("rack.cooling.air.maxW", 50_000.0);
        List<Finding> f = findings(d.project, "rack.cooling");
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("needs direct liquid cooling"), f.get(0).message());
        r.setCooling(Cooling.REAR_DOOR);
        assertTrue(findings(d.project, "rack.cooling").isEmpty()); // 57.2 kW within a rear door's 60 kW
    }

    @Test
    void everyOfferedFixLowersTheFindingCountWithoutANewError() throws Exception {
        int applied = 0;
        for (String rule : new String[] {"rack.power", "rack.cooling"}) {
            Path file = GoldenFixturesTest.ROOT.resolve(rule).resolve("positive.podforge.json");
            Project p = new ProjectReader(RuleEngineTest.CATALOG).read(file).project();
            CommandStack stack = new CommandStack(p);
            List<Finding> before = RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
            List<String> errorsBefore = before.stream().filter(x -> x.severity() == Severity.ERROR).map(Finding::message).toList();
            long ruleBefore = RuleEngineTest.of(before, rule).size();
            for (Finding finding : RuleEngineTest.of(before, rule)) {
                for (Fix fix : finding.fixes()) {
                    stack.execute(fix.command(p));
                    List<Finding> after = RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
                    assertTrue(RuleEngineTest.of(after, rule).size() < ruleBefore, fix.label() + ": " + RuleEngineTest.of(after, rule));
                    for (Finding e : after) {
                        if (e.severity() == Severity.ERROR) {
                            assertTrue(errorsBefore.contains(e.message()), fix.label() + " brought a new error: " + e.message());
                        }
                    }
                    stack.undo();
                    applied++;
                }
            }
            assertFalse(RuleEngineTest.of(before, rule).stream().allMatch(x -> x.fixes().isEmpty()), rule + " offers fixes");
        }
        // rack.power: move + raise; rack.cooling: move + rear door, and declare liquid for the tray
        assertEquals(5, applied);
    }

    private static void assertWithin(double published, double actual, double fraction) {
        assertTrue(Math.abs(actual - published) <= fraction * published,
                String.format("%.0f W is not within %.0f%% of the published %.0f W", actual, fraction * 100, published));
    }
}
