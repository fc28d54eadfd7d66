package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.model.PortRef;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.LinkPattern;
import org.podforge.model.Medium;
import org.podforge.model.MeshWiring;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.RailWiring;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;

/** scaleout.fabric beyond the golden fixtures: three tiers, radix, shared ports, counts, the fixes and the threshold. */
class ScaleOutFabricRuleTest {

    static List<Finding> fabric(Project p) {
        return RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES).stream()
                .filter(f -> f.ruleId().equals("scaleout.fabric")).toList();
    }

    static String text(List<Finding> fs) {
        return String.join("\n", fs.stream().map(f -> f.severity() + " " + f.message()).toList());
    }

    /** Adds SN5600 switches {@code prefix-1 .. prefix-n} to a new network rack of the fabric. */
    static List<String> switches(Project p, String prefix, int n, int position) {
        Rack r = new Rack("netrack-" + prefix, prefix, "RACK-EIA-42U", 2, position);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Chassis box = new Chassis(prefix + "box-" + i, "", "NVIDIA-SN5600-BOX", 1 + (i - 1) * 2);
            box.addComponent(new Component(prefix + "-" + i, "", "NVIDIA-SN5600", "asic"));
            r.addChassis(box);
            ids.add(prefix + "-" + i);
        }
        p.fabric().addRack(r);
        return ids;
    }

    /**
     * Leaf, spine and core: 8 replicas in units of 2 on 8 leaves (4 down each), two spine blocks of 4 leaves and 2
     * spines (2 cables per pair: 4 up per leaf, 8 down per spine), 4 spines to 2 cores with 4 cables per pair (8 up
     * per spine). Non-blocking on every tier.
     */
    static Project threeTier() {
        Project p = FabricFixtures.base(0);
        p.pod("pod-1").orElseThrow().setReplicas(8);
        p.fabric().removeRack(p.rack("netrack-1").orElseThrow());
        p.fabric().removeRack(p.rack("netrack-2").orElseThrow());
        List<String> leaves = switches(p, "leaf", 8, 0);
        List<String> spines = switches(p, "spine", 4, 1);
        List<String> cores = switches(p, "core", 2, 2);
        p.fabric().addPattern(new LinkPattern("rails-1", "Rails", new RailWiring("pod-1", FabricFixtures.rails(), leaves, 2, "port-", 1), 4,
                Medium.FIBER_MM));
        p.fabric().addPattern(new LinkPattern("mesh-1", "Leaf-spine", new MeshWiring(leaves, spines, 2, 2, "port-", 33, "port-", 1), 4,
                Medium.FIBER_SM));
        p.fabric().addPattern(new LinkPattern("mesh-2", "Spine-core", new MeshWiring(spines, cores, 1, 4, "port-", 33, "port-", 1), 4,
                Medium.FIBER_SM));
        return p;
    }

    @Test
    void theShippedExamplesWithAFabricPass() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("docs/examples"))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".podforge.json")).sorted().toList()) {
                Project p = new org.podforge.io.ProjectReader(RuleEngineTest.CATALOG).read(f).project();
                assertEquals("", text(fabric(p)), f.toString());
            }
        }
    }

    @Test
    void aCorrectTwoTierAndThreeTierFabricHaveNoFinding() {
        assertEquals("", text(fabric(FabricFixtures.correct())));
        assertEquals("", text(fabric(threeTier())));
    }

    @Test
    void aBlockingSpineTierIsFoundAndAProjectMayAllowIt() {
        Project p = threeTier();
        LinkPattern core = p.pattern("mesh-2").orElseThrow();
        MeshWiring mw = (MeshWiring) core.wiring();
        core.setWiring(new MeshWiring(mw.lower(), mw.upper(), 1, 2, "port-", 33, "port-", 1));
        List<Finding> fs = fabric(p);
        assertEquals(1, fs.size(), text(fs));
        assertTrue(fs.get(0).message().startsWith("4 spine switches (spine-1, spine-2, spine-3, spine-4) are oversubscribed 2:1"), text(fs));
        assertTrue(fs.get(0).message().contains("8 cables down = 3.2 Tb/s against 4 up = 1.6 Tb/s"), text(fs));
        // the fix raises the spine-core mesh back to 4 cables per pair
        new CommandStack(p).execute(fs.get(0).fixes().get(0).command(p));
        assertEquals("", text(fabric(p)));
        // a project that accepts 2:1 spines says so, and the same design passes
        core.setWiring(new MeshWiring(mw.lower(), mw.upper(), 1, 2, "port-", 33, "port-", 1));
        p.setThresholdOverride("scaleout.spine.maxOversubscription", 2.0);
        assertEquals("", text(fabric(p)));
    }

    @Test
    void theQuickFixesOfTheFaultyFabricRemoveTheirFindingsAndUndoBringsThemBack() {
        Project p = FabricFixtures.faulty();
        CommandStack stack = new CommandStack(p);
        Finding uplinks = fabric(p).stream().filter(f -> f.message().contains("no uplink")).findFirst().orElseThrow();
        stack.execute(uplinks.fixes().get(0).command(p));
        assertTrue(fabric(p).stream().noneMatch(f -> f.message().contains("no uplink")), text(fabric(p)));
        Finding ratio = fabric(p).stream().filter(f -> f.message().contains("oversubscribed")).findFirst().orElseThrow();
        assertTrue(ratio.subjects().containsAll(List.of("leaf-1", "leaf-2", "leaf-3")), ratio.subjects().toString());
        stack.execute(ratio.fixes().get(0).command(p));
        assertTrue(fabric(p).stream().noneMatch(f -> f.message().contains("oversubscribed")), text(fabric(p)));
        stack.undo(); // both fixes edit the wiring of mesh-1: the stack merges them into one step
        assertEquals(FabricFixtures.faulty().fabric().patterns().size(), p.fabric().patterns().size());
        assertTrue(fabric(p).stream().anyMatch(f -> f.message().contains("no uplink")));
    }

    @Test
    void aMeshThatOverflowsItsSpinesSaysHowManySpinesTheTierNeeds() {
        Project p = FabricFixtures.correct();
        LinkPattern mesh = p.pattern("mesh-1").orElseThrow();
        mesh.setWiring(new MeshWiring(List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4"), List.of("spine-1", "spine-2"), 1, 16, "port-", 33,
                "port-", 1));
        assertTrue(fabric(p).stream().noneMatch(f -> f.message().contains("radix")), text(fabric(p)));
        // 16 cables per pair from 4 leaves = 64 per spine: fits exactly; 17 does not
        mesh.setWiring(new MeshWiring(List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4"), List.of("spine-1", "spine-2"), 1, 17, "port-", 30,
                "port-", 1));
        List<Finding> more = fabric(p);
        String all = text(more);
        assertTrue(all.contains("Pattern mesh-1 needs port-1..port-68 on 2 switches (spine-1, spine-2), but NVIDIA-SN5600 has port-1..port-64 "
                + "(64 ports): 4 cables per switch have no port (the switch radix is exceeded); each group's 4 lower switches send 136 "
                + "cables up, which needs at least 3 upper switches of 64 free ports per group (the pattern has 2)"), all);
        assertEquals(1, more.stream().filter(f -> f.message().contains("radix")).count(), all);
    }

    @Test
    void twoPatternsOnOnePortAreOneErrorUnlessTheCageBreaksOut() {
        Project p = FabricFixtures.correct();
        // a second mesh on the same spine ports as the first, at 800G: an SN5600 cage splits 2 x 400G, not 2 x 800G
        p.fabric().addPattern(new LinkPattern("mesh-2", "Second", new MeshWiring(List.of("leaf-1"), List.of("spine-1"), 1, 1, "port-", 60,
                "port-", 1), 8, Medium.FIBER_SM));
        List<Finding> fs = fabric(p);
        assertTrue(text(fs).contains("port-1 of spine-1 carry cables of both pattern mesh-1 and pattern mesh-2"), text(fs));
        // at 400G the two cables share the cage as a 2 x 400G breakout
        p.pattern("mesh-2").orElseThrow().setLanes(4);
        assertTrue(fabric(p).stream().noneMatch(f -> f.message().contains("carry cables of both")), text(fabric(p)));
    }

    @Test
    void tooFewLeavesAfterRaisingTheReplicasIsAFindingNotAnUnreadableFile() throws Exception {
        Project p = FabricFixtures.correct();
        new CommandStack(p).execute(Edits.replicas(p, "pod-1", 6));
        List<Finding> fs = fabric(p);
        String all = text(fs);
        assertTrue(all.contains("Pattern Rails wires 6 replicas of Pod A in scalable units of 2 with 2 rails: that needs 6 leaves, it names 4. "
                + "Replicas 4 to 5 have no leaf, so their 8 scale-out cables are missing."), all);
        String json = org.podforge.io.ProjectWriter.toJson(p);
        Project back = new org.podforge.io.ProjectReader(RuleEngineTest.CATALOG).read("more.podforge.json",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).project();
        assertEquals(text(fs), text(fabric(back)));
    }

    @Test
    void aLeafNamedForTwoRailsAndAServerMissingFromARailAreNamed() {
        Project p = FabricFixtures.correct();
        LinkPattern rails = p.pattern("rails-1").orElseThrow();
        RailWiring rw = (RailWiring) rails.wiring();
        rails.setWiring(new RailWiring("pod-1", List.of(rw.rails().get(0), List.of(rw.rails().get(1).get(0))),
                List.of("leaf-1", "leaf-1", "leaf-3", "leaf-4"), 2, "port-", 1));
        String all = text(fabric(p));
        assertTrue(all.contains("Pattern Rails is not rail-aligned: rail 2 has no port on srv-2"), all);
        assertTrue(all.contains("Pattern Rails names a leaf more than once: leaf-1 (rail 1 of unit 1, rail 2 of unit 1)"), all);
        assertEquals(2, fabric(p).size(), "leaf-1's load and leaf-2's idleness are the duplicate's doing: " + all);
        // idle leaves without the duplicate: the mesh names leaves the rails do not feed
        p.fabric().removeLink(p.link("hand-1").orElseThrow());
        p.pod("pod-1").orElseThrow().setReplicas(1);
        rails.setWiring(new RailWiring("pod-1", rw.rails(), List.of("leaf-1", "leaf-3"), 1, "port-", 1));
        all = text(fabric(p));
        assertTrue(all.contains("2 NVIDIA-SN5600 switches (leaf-2, leaf-4) have only uplinks and nothing below"), all);
    }

    @Test
    void aRailMayTakeSeveralPortsOfEveryServerAtTheSamePlacesButNotDifferentOnes() {
        // one rail for both NICs of each server (fewer rails than NICs): aligned, both servers give it pcie-1 and pcie-2
        Project p = FabricFixtures.correct();
        p.fabric().removeLink(p.link("hand-1").orElseThrow());
        LinkPattern rails = p.pattern("rails-1").orElseThrow();
        List<List<PortRef>> one = List.of(List.of(new PortRef("nic-11", "net"), new PortRef("nic-12", "net"),
                new PortRef("nic-21", "net"), new PortRef("nic-22", "net")));
        rails.setWiring(new RailWiring("pod-1", one, List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4"), 2, "port-", 1));
        String all = text(fabric(p));
        assertFalse(all.contains("rail-aligned"), all);
        // server 2 gives the rail one NIC only: not aligned, and said with the places each server gives
        rails.setWiring(new RailWiring("pod-1", List.of(List.of(new PortRef("nic-11", "net"), new PortRef("nic-12", "net"),
                new PortRef("nic-21", "net")), List.of(new PortRef("nic-22", "net"))), List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4"), 2,
                "port-", 1));
        all = text(fabric(p));
        assertTrue(all.contains("rail 1 takes different NIC places in servers of one type: nic-11, nic-12 in srv-1 (slot pcie-1, port net; "
                + "slot pcie-2, port net), nic-21 in srv-2 (slot pcie-1, port net)"), all);
    }
}
