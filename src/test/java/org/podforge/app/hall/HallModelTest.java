package org.podforge.app.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.FabricCables;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/** The hall's places and bundles, checked against the cables the model streams one by one. */
class HallModelTest {

    /** Bundles counted cable by cable from the streamed fabric: the reference the arithmetic must match. */
    private static Map<String, Long> streamed(Project p, HallModel m) {
        Map<String, Long> out = new HashMap<>();
        FabricCables.forEach(p, c -> {
            int a = placeOf(p, m, c.a());
            int b = placeOf(p, m, c.b());
            out.merge(Math.min(a, b) + "-" + Math.max(a, b), 1L, Long::sum);
        });
        return out;
    }

    private static int placeOf(Project p, HallModel m, PortRef ref) {
        Component c = p.component(ref.componentId()).orElseThrow();
        Rack rack = c.chassis().rack();
        return m.placeIndex(rack.id(), rack.pod() == null ? -1 : ref.replica());
    }

    private static Map<String, Long> bundled(HallModel m) {
        Map<String, Long> out = new HashMap<>();
        m.rackBundles().forEach(b -> out.put(b.a() + "-" + b.b(), b.cables()));
        return out;
    }

    @Test
    void replicasStandWhereTheirLayoutPutsThem() {
        HallModel m = HallModel.of(HallFixtures.hall());
        assertEquals(HallFixtures.REPLICAS, m.blocks().size(), "one block per pod replica");
        assertEquals(2 * HallFixtures.REPLICAS + 3, m.places().size(), "two racks per replica plus three network racks");
        // replica 5 (second row, second place): rack 2 stands at row 0 + 1, position 1 + 1 * 2
        HallModel.Place p = m.places().get(m.placeIndex("rack-2", 5));
        assertEquals(1, p.row());
        assertEquals(3, p.position());
        assertEquals("Pod A @5", m.blocks().get(p.block()).label());
        HallModel.Place spine = m.places().get(m.placeIndex("netrack-3", -1));
        assertEquals(HallModel.Kind.NETWORK_RACK, spine.kind());
        assertEquals(4, spine.row());
    }

    @Test
    void bundlesCountEveryCableOfThePatternsWithoutExpandingThem() {
        Project p = HallFixtures.hall();
        HallModel m = HallModel.of(p);
        // 16 replicas x 4 NICs to leaves + 4 leaves x 2 spines x 2 cables
        assertEquals(16 * 4 + 4 * 2 * 2, FabricCables.count(p));
        assertEquals(FabricCables.count(p), m.fabricCables());
        assertEquals(FabricCables.count(p), m.rackBundles().stream().mapToLong(HallModel.Bundle::cables).sum());
        assertEquals(streamed(p, m), bundled(m));
        // replica 9 is in unit 1: its rack 1 sends one cable per rail to the leaves in leaf rack 2
        assertEquals(2, m.cablesBetween(m.placeIndex("rack-1", 9), m.placeIndex("netrack-2", -1)));
        assertEquals(0, m.cablesBetween(m.placeIndex("rack-1", 9), m.placeIndex("netrack-1", -1)));
        // both leaf racks x 2 leaves x 2 spines x 2 cables: 8 per leaf rack to the spine rack
        assertEquals(8, m.cablesBetween(m.placeIndex("netrack-1", -1), m.placeIndex("netrack-3", -1)));
    }

    @Test
    void blockBundlesSumTheRackBundlesOfEachReplica() {
        HallModel m = HallModel.of(HallFixtures.hall());
        // replica r's block to its leaf rack: 4 cables (2 racks x 2 rails)
        int leafRack1Block = m.blockOf(m.placeIndex("netrack-1", -1));
        int replica3Block = m.blockOf(m.placeIndex("rack-1", 3));
        long n = m.blockBundles().stream()
                .filter(b -> b.a() == Math.min(replica3Block, leafRack1Block) && b.b() == Math.max(replica3Block, leafRack1Block))
                .mapToLong(HallModel.Bundle::cables).sum();
        assertEquals(4, n);
        assertEquals(m.fabricCables(), m.blockBundles().stream().mapToLong(HallModel.Bundle::cables).sum(),
                "no fabric cable stays inside one block here");
    }

    @Test
    void aHandMadeLinkReplacesThePatternCableAtItsPort() {
        Project p = HallFixtures.hall();
        // the user re-routes replica 2's NIC 1 to leaf 3 (in leaf rack 2) by hand
        p.fabric().addLink(new Link("link-9", new PortRef("nic-1", "port-1", 2), new PortRef("leaf-3", "port-60"), 4, Medium.FIBER_MM));
        HallModel m = HallModel.of(p);
        assertEquals(FabricCables.count(p), m.fabricCables());
        assertEquals(streamed(p, m), bundled(m));
        assertEquals(1, m.cablesBetween(m.placeIndex("rack-1", 2), m.placeIndex("netrack-1", -1)), "one rail left to leaf rack 1");
        assertEquals(1, m.cablesBetween(m.placeIndex("rack-1", 2), m.placeIndex("netrack-2", -1)));
    }

    @Test
    void podsWithoutLayoutAreDrawnOnceWithTheirReplicaCount() {
        Project p = new Project("old file");
        Pod pod = new Pod("pod-1", "Pod A", 4);
        pod.addRack(new Rack("rack-1", "", "RACK-EIA-48U", 2, 3));
        p.addPod(pod);
        HallModel m = HallModel.of(p);
        assertEquals(1, m.blocks().size());
        assertEquals("Pod A \u00d74", m.blocks().get(0).label());
        assertTrue(m.rackBundles().isEmpty());
    }

    @Test
    void overviewDrawsBlocksAndZoomingInDrawsOnlyTheRacksInView() {
        HallModel m = HallModel.of(HallFixtures.hall());
        HallCulling culling = new HallCulling(m);
        HallViewport v = new HallViewport();
        v.setSize(120, 90); // small enough that the little hall is at overview zoom
        v.fit(m);
        HallCulling.Frame all = culling.frame(v);
        assertEquals(HallViewport.Detail.OVERVIEW, all.detail());
        assertEquals(HallFixtures.REPLICAS, all.blocks().length);
        assertEquals(3, all.places().length, "only the network racks are drawn one by one at overview");
        // zoom into the top-left corner: replica 0 only, with each of its racks
        for (int i = 0; i < 8; i++) {
            v.zoomAt(v.toScreenX(m.minX()), v.toScreenY(m.minY()), 1.5);
        }
        HallCulling.Frame close = culling.frame(v);
        assertEquals(HallViewport.Detail.RACKS, close.detail());
        assertTrue(close.places().length >= 1 && close.places().length < 6, "a few racks in view, not " + close.places().length);
        for (int place : close.places()) {
            HallModel.Place pl = m.places().get(place);
            double[] w = v.visibleWorld();
            assertTrue(pl.x() <= w[2] && pl.x() + HallModel.RACK_W >= w[0] && pl.y() <= w[3] && pl.y() + HallModel.RACK_D >= w[1]);
        }
    }

    @Test
    void bundlesKnowTheirCablesSpeedFromTheCatalogAndTheHoverSaysIt() {
        Project p = HallFixtures.hall();
        for (String leaf : java.util.List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4", "spine-1", "spine-2")) {
            p.component(leaf).orElseThrow().setPartNumber("NVIDIA-SN5600");
        }
        org.podforge.model.LinkPattern rails = p.pattern("pattern-1").orElseThrow();
        org.podforge.model.RailWiring rw = (org.podforge.model.RailWiring) rails.wiring();
        rails.setWiring(new org.podforge.model.RailWiring(rw.podId(), java.util.List.of(
                java.util.List.of(new PortRef("nic-1", "net"), new PortRef("nic-3", "net")),
                java.util.List.of(new PortRef("nic-2", "net"), new PortRef("nic-4", "net"))), rw.leaves(), rw.replicasPerUnit(), "port-", 1));
        HallModel m = HallModel.of(p, org.podforge.catalog.CatalogLoader.builtIn());
        int rack = m.placeIndex("rack-1", 0);
        int leafRack = m.placeIndex("netrack-1", -1);
        HallModel.Bundle b = m.rackBundles().stream().filter(x -> x.a() == Math.min(rack, leafRack) && x.b() == Math.max(rack, leafRack))
                .findFirst().orElseThrow();
        // 4 lanes at the slower lane rate of the two ends: ConnectX-8 200G per lane, SN5600 100G per lane
        assertTrue(b.uniformSpeed());
        assertEquals(400, b.minGbps(), 1e-9);
        String hover = HallHover.bundle(m, b, false);
        assertTrue(hover.contains("Rack 1 of Pod A @0") && hover.contains("Leaf rack 1") && hover.contains("2 cables")
                && hover.contains("400G each") && hover.contains("800 Gb/s per direction"), hover);
        // without a catalog the speed is unknown, and the hover says so rather than guessing
        HallModel bare = HallModel.of(p);
        assertTrue(Double.isNaN(bare.rackBundles().get(0).minGbps()));
        assertTrue(HallHover.bundle(bare, bare.rackBundles().get(0), false).contains("speed unknown"));
    }
}
