package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podforge.bom.Bom;
import org.podforge.bom.BomLine;
import org.podforge.bom.FabricBom;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.LinkPattern;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.RailWiring;

/**
 * Breakouts in a rail pattern ({@code leafLegs}): two 400G NICs share an 800G leaf port through a twin-port module
 * (fabric-and-power-facts I2). The cables land on shared ports, the BOM counts one leaf module per port, the fabric's
 * bandwidth is the cables' (not the ports'), port.speed refuses a breakout the module or port cannot make and its
 * fixes make the pattern right, and the file keeps the field.
 */
class PatternBreakoutTest {
    static final Path DIR = Path.of("src/test/resources/rules/port.speed");

    static Project read(String name) throws Exception {
        return new ProjectReader(RuleEngineTest.CATALOG).read(DIR.resolve(name + ".podforge.json")).project();
    }

    static List<Finding> portSpeed(Project p) {
        return RuleEngineTest.of(RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES), "port.speed");
    }

    static RailWiring rails(Project p) {
        return (RailWiring) p.pattern("rails").orElseThrow().wiring();
    }

    @Test
    void twoCablesShareEachLeafPortAndTheBomCountsOneLeafModulePerPort() throws Exception {
        Project p = read("negative-pattern-breakout");
        RailWiring rw = rails(p);
        assertEquals(2, rw.leafLegs());
        Map<PortRef, Integer> perLeafPort = new HashMap<>();
        rw.forEach(p, (i, a, b) -> perLeafPort.merge(b, 1, Integer::sum));
        assertEquals(32, rw.count(p), "2 replicas x 2 servers x 8 rails");
        assertEquals(16, perLeafPort.size(), "16 leaf ports");
        assertTrue(perLeafPort.values().stream().allMatch(n -> n == 2), "two NICs per leaf port");
        Map<String, Long> fabric = new HashMap<>();
        for (BomLine l : Bom.of(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).lines()) {
            if (l.podId().equals(FabricBom.POD_ID)) {
                fabric.merge(l.partNumber(), l.qtyPerPod(), Long::sum);
            }
        }
        assertEquals(32, fabric.get("NVIDIA-MMA4Z00-NS400"), "one 400G module per NIC end");
        // twin-port modules: 16 at the leaf ports of the rails, plus 2 per leaf-spine cable (8 x 4 x 8 = 256)
        assertEquals(16 + 2 * 256, fabric.get("NVIDIA-MMA4Z00-NS"));
    }

    @Test
    void networkRackPowerCountsTheModulesThePatternsPlugIntoItsSwitches() throws Exception {
        Project p = read("negative-pattern-breakout");
        FabricBom.Power pw = Bom.of(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).fabric().power();
        assertEquals(1, pw.racks().size());
        // 12 SN5600 boxes at 940 W (typical with passive cables, 3P) + the leaves' 16 twin-port modules (2 NICs per port)
        // + 8 x 4 x 8 mesh cables with a 15 W twin-port module at each end
        assertEquals(12 * 940 + 16 * 15 + 256 * 2 * 15, pw.racks().get(0).totalW(), 1e-6);
        assertEquals(32 * 9, pw.patternW(), 1e-6, "one 9 W 400G module per NIC");
        assertEquals(Map.of(), pw.unknown(), "every switch box and module has a figure");
        // rack.power judges the same figure: 19.2 kW is within the default budget and nothing is unknown, so no finding
        var rack = p.rack("netrack-1").orElseThrow();
        assertEquals(pw.racks().get(0).totalW(), new org.podforge.power.PowerModel(p, RuleEngineTest.CATALOG,
                org.podforge.rules.Thresholds.builtIn()).rack(rack).totalW(), 1e-6);
        assertTrue(RuleEngineTest.of(RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES), "rack.power").stream()
                .noneMatch(f -> f.subjects().contains("netrack-1")), "no rack.power finding on the network rack");
    }

    @Test
    void aSplitterCableServesTwoNicsAndIsCountedOncePerPair() throws Exception {
        Project p = read("negative-pattern-breakout");
        LinkPattern lp = p.pattern("rails").orElseThrow();
        lp.setMedium(org.podforge.model.Medium.COPPER_EXTERNAL);
        lp.setCablePart("NVIDIA-MCP7Y00-N003");
        lp.setTransceiverPart(null);
        lp.setTransceiverPartB(null);
        assertEquals(List.of(), portSpeed(p), "an 800G-to-2x400G DAC makes the two legs");
        FabricBom f = Bom.of(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).fabric();
        long splitters = f.items().stream().filter(i -> i.partNumber().equals("NVIDIA-MCP7Y00-N003")).mapToLong(FabricBom.Item::qty).sum();
        assertEquals(16, splitters, "32 NIC cables over 16 splitters");
        assertEquals(16, f.count(FabricBom.Role.BREAKOUT_CABLE));
    }

    @Test
    void theFabricCarriesTheCablesBandwidthWhateverThePortsCount() throws Exception {
        Project shared = read("negative-pattern-breakout");
        Project own = read("negative-pattern-breakout");
        LinkPattern lp = own.pattern("rails").orElseThrow();
        RailWiring rw = rails(own);
        lp.setWiring(new RailWiring(rw.podId(), rw.rails(), rw.leaves(), rw.replicasPerUnit(), rw.leafPortPrefix(), rw.leafFirstPort()));
        List<Finding> a = RuleEngineTest.of(RuleEngine.validate(shared, RuleEngineTest.CATALOG, RuleEngineTest.PRICES), "scaleout.fabric");
        List<Finding> b = RuleEngineTest.of(RuleEngine.validate(own, RuleEngineTest.CATALOG, RuleEngineTest.PRICES), "scaleout.fabric");
        assertEquals(b.stream().map(Finding::message).toList(), a.stream().map(Finding::message).toList(),
                "the same cables and bandwidth whether the NICs share leaf ports or not");
    }

    @Test
    void aBreakoutTheModuleCannotMakeIsRefusedAndItsFixSharesWhatItCan() throws Exception {
        Project p = read("positive-pattern-breakout");
        List<Finding> f = portSpeed(p);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        f.get(0).fixes().get(0).command(p).execute(p);
        assertEquals(2, rails(p).leafLegs());
        assertEquals(List.of(), portSpeed(p));
    }

    @Test
    void aSwitchModuleOnTheNicCagesIsRefusedAndItsFixPicksTheNicModule() throws Exception {
        Project p = read("positive-pattern-cage");
        List<Finding> f = portSpeed(p);
        assertEquals(1, f.size(), f.toString());
        f.get(0).fixes().get(0).command(p).execute(p);
        assertEquals("NVIDIA-MMA4Z00-NS400", p.pattern("rails").orElseThrow().transceiverPart());
        assertEquals(List.of(), portSpeed(p));
    }

    @Test
    void theFileKeepsLeafLegsAndWritesItOnlyWhenShared() throws Exception {
        Project p = read("negative-pattern-breakout");
        String json = ProjectWriter.toJson(p);
        assertTrue(json.contains("\"leafLegs\" : 2"), "written when 2");
        assertEquals(2, rails(new ProjectReader(RuleEngineTest.CATALOG).read("x.podforge.json",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).project()).leafLegs());
        Project one = new ProjectReader(RuleEngineTest.CATALOG).read(Path.of("src/test/resources/rules/scaleout.fabric/negative.podforge.json")).project();
        assertTrue(!ProjectWriter.toJson(one).contains("leafLegs"), "not written when 1");
    }

    @Test
    void aFibrePatternWithoutAModuleAtAnEndSaysSoOnceAndItsFixSetsTheModuleThatFits() throws Exception {
        Project p = read("negative-pattern-breakout");
        p.pattern("rails").orElseThrow().setTransceiverPart(null); // end b keeps its twin-port module
        List<Finding> f = portSpeed(p);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity(), "incomplete, not wrong");
        assertTrue(f.get(0).message().contains("NVIDIA-CONNECTX-7/net (end a"), f.get(0).message());
        assertEquals("Use NVIDIA-MMA4Z00-NS400 at end a of pattern Rails: NIC n to leaf n", f.get(0).fixes().get(0).label());
        f.get(0).fixes().get(0).command(p).execute(p);
        assertEquals(List.of(), portSpeed(p));
    }

    @Test
    void theGeneratorLeavesTheNicEndEmptyWhenNoModuleInTheCatalogFitsIt() {
        // the sample cluster's ConnectX-8 (OSFP flat-top, 4 x 200G) and Quantum-X800 leaves: the catalog has the leaf's
        // 1.6T module but no 800G flat-top module (none in fabric-and-power-facts I2), so end a stays empty, never the
        // leaf's finned 1,600G module
        Project p = new org.podforge.service.generate.ClusterGenerator(RuleEngineTest.CATALOG, Thresholds.builtIn())
                .generate(org.podforge.service.generate.ClusterGenerator.sampleCluster(128, null)).project();
        LinkPattern rails = p.pattern("rails").orElseThrow();
        assertEquals(null, rails.transceiverPart());
        assertEquals("GENERIC-1.6T-OSFP-2xDR4", rails.transceiverPartB());
        List<Finding> f = portSpeed(p).stream().filter(x -> x.subjects().contains("rails")).toList();
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertTrue(f.get(0).message().contains("NVIDIA-CONNECTX-8/net (end a: OSFP flat-top (RHS), 4 x 200G; the catalog has no orderable "
                + "single-mode module that fits it)"), f.get(0).message());
        assertEquals(List.of(), f.get(0).fixes(), "no module to offer");
    }

    @Test
    void editingAPatternsModuleReJudgesTheNetworkRacksPowerIncrementally() throws Exception {
        Project p = read("negative-pattern-breakout");
        org.podforge.model.command.CommandStack stack = new org.podforge.model.command.CommandStack(p);
        RuleEngine engine = new RuleEngine(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
        engine.attach(stack);
        engine.validateAll();
        // the leaf end's 15 W multimode twin-port module becomes the 17 W single-mode one: netrack-1 draws 16 x 2 W more
        stack.execute(org.podforge.model.command.Edits.patternTransceiver(p, "rails", true, "NVIDIA-MMS4X00-NS"));
        assertEquals(RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES), engine.findings());
        stack.undo();
        assertEquals(RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES), engine.findings());
    }

    @Test
    void aSingleModeModuleOnTheMultimodeFibreIsRefusedAndTheFixFollowsTheFibre() throws Exception {
        Project p = read("negative-pattern-breakout");
        // a single-mode 800G module at the leaf against the NIC's multimode 400G module, over multimode fibre: the leaf's
        // module is the odd one; the fix puts the multimode twin-port module there (not a single-mode NIC module on the
        // multimode fibre, which would only move the error)
        p.pattern("rails").orElseThrow().setTransceiverPartB("GENERIC-800G-OSFP-DR8");
        List<Finding> f = portSpeed(p);
        assertEquals(1, f.size(), f.toString());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertTrue(f.get(0).message().contains("it runs over multimode fibre (GENERIC-MMF-MPO-OM4), but GENERIC-800G-OSFP-DR8 at end b "
                + "(NVIDIA-SN5600/port-1) is single-mode"), f.get(0).message());
        assertEquals(1, f.get(0).fixes().size(), "no single-mode fibre: the NIC's multimode module would then be on the wrong fibre");
        assertTrue(f.get(0).fixes().get(0).label().matches("Use (GENERIC-800G-OSFP-SR8|NVIDIA-MMA4Z00-NS) at end b of pattern Rails: NIC n to leaf n"),
                f.get(0).fixes().get(0).label());
        f.get(0).fixes().get(0).command(p).execute(p);
        assertEquals(List.of(), portSpeed(p));
    }

    @Test
    void bothModulesSingleModeOnMultimodeFibreGetTheSingleModeFibreFirst() throws Exception {
        Project p = read("negative-pattern-breakout");
        var lp = p.pattern("rails").orElseThrow();
        lp.setTransceiverPart("NVIDIA-MMS4X00-NS400");
        lp.setTransceiverPartB("NVIDIA-MMS4X00-NS");
        List<Finding> f = portSpeed(p);
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("NVIDIA-MMS4X00-NS400 at end a (NVIDIA-CONNECTX-7/net) is single-mode and NVIDIA-MMS4X00-NS at end b"),
                f.get(0).message());
        assertEquals("Use GENERIC-SMF-MPO-OS2 (single-mode fibre) for pattern Rails: NIC n to leaf n", f.get(0).fixes().get(0).label());
        assertEquals("Use NVIDIA-MMA4Z00-NS400 at end a and GENERIC-800G-OSFP-SR8 at end b of pattern Rails: NIC n to leaf n",
                f.get(0).fixes().get(1).label());
        for (int i = 0; i < 2; i++) {
            Project q = read("negative-pattern-breakout");
            q.pattern("rails").orElseThrow().setTransceiverPart("NVIDIA-MMS4X00-NS400");
            q.pattern("rails").orElseThrow().setTransceiverPartB("NVIDIA-MMS4X00-NS");
            portSpeed(q).get(0).fixes().get(i).command(q).execute(q);
            assertEquals(List.of(), portSpeed(q), "fix " + i);
        }
    }

    @Test
    void theLinkSpeedCountsAtTheSlowerEndSoANdrNicStillGetsItsModule() {
        // ConnectX-7 (4 x 100G) rails to Quantum-X800 leaves (200G lanes): a 400G link, 4 x 100G at the NIC and 2 x 200G at
        // the leaf. The NIC's 400G DR4 module fits; the leaf has no module for 2-lane legs in the catalog, and says so.
        Project p = new org.podforge.service.generate.ClusterGenerator(RuleEngineTest.CATALOG, Thresholds.builtIn())
                .generate(org.podforge.service.generate.GenerateRequest.builder().nicPart("NVIDIA-CONNECTX-7").scaleOutFamily("NVIDIA-Q3400-RA")
                        .pods(2).build()).project();
        List<Finding> f = portSpeed(p).stream().filter(x -> x.subjects().contains("rails")).toList();
        assertEquals(1, f.size(), f.toString());
        String m = f.get(0).message();
        assertTrue(m.contains("NVIDIA-CONNECTX-7/net (end a: OSFP flat-top (RHS), 4 x 100G)"), "a module fits the NIC end (400G, not 800G): " + m);
        assertTrue(m.contains("NVIDIA-Q3400-RA/port-1 (end b: OSFP, 2 x 200G; the catalog has no orderable single-mode module that fits it)"), m);
    }

    @Test
    void atACoPackagedOpticsLeafTheNicEndStillGetsItsModuleAndTheSwitchEndNone() {
        // Tomahawk 6 Davisson leaves: MPO front panel, no pluggable (fabric H1/I2); the ConnectX-7 end takes its 400G module
        Project p = new org.podforge.service.generate.ClusterGenerator(RuleEngineTest.CATALOG, Thresholds.builtIn())
                .generate(org.podforge.service.generate.GenerateRequest.builder().gpuPart("GENERIC-XPU-PCIE6").gpusPerServer(8).serversPerPod(2)
                        .scaleUp(org.podforge.service.generate.ScaleUp.NONE).scaleOutFamily("GENERIC-TH6-DAVISSON-CPO").pods(5).build()).project();
        LinkPattern rails = p.pattern("rails").orElseThrow();
        assertTrue(rails.transceiverPart() != null && rails.transceiverPart().startsWith("NVIDIA-MM"), "the NIC end's module: " + rails.transceiverPart());
        assertEquals(null, rails.transceiverPartB());
        assertEquals(List.of(), portSpeed(p).stream().filter(x -> x.subjects().contains("rails")).toList());
        long cables = org.podforge.model.FabricCables.count(p, rails);
        long modules = Bom.of(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).lines().stream()
                .filter(l -> l.podId().equals(FabricBom.POD_ID) && l.partNumber().equals(rails.transceiverPart())).mapToLong(BomLine::qtyPerPod).sum();
        assertEquals(cables, modules, "one module per cable, at the NIC end only");
    }
}
