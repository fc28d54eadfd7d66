package org.podforge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Family;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;

/** The logical topology of the sample pod: one block per server, layers top-down, the fabric below. */
class TopologyLayoutTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void sampleIsDrawnAsServerBlocksOverAScaleUpFabric() {
        Project p = PodGenerator.sample();
        TopologyLayout t = TopologyLayout.of(p, CATALOG, p.pods().get(0));
        assertEquals(p.allComponents().size(), t.vertices().size());
        assertEquals(p.allLinks().size(), t.edges().size());
        assertEquals(8, t.blocks().size(), "one block per server; switch trays hold only fabric switches");
        var cpu = t.vertices().get("s1.cpu-1");
        var retimer = t.vertices().get("s1.retimer-1");
        var gpu = t.vertices().get("s1.gpu-1");
        assertTrue(cpu.y() < retimer.y() && retimer.y() < gpu.y(), "CPU above retimer above accelerator");
        double fabricY = t.vertices().values().stream().filter(v -> v.family() == Family.SCALEUP_SWITCH)
                .mapToDouble(TopologyLayout.Vertex::y).min().orElseThrow();
        assertTrue(t.vertices().values().stream().filter(v -> v.family() != Family.SCALEUP_SWITCH).allMatch(v -> v.y() < fabricY));
        var block1 = t.blocks().get(0);
        assertTrue(gpu.x() >= block1.x() && gpu.x() <= block1.x() + block1.w(), "server 1's accelerators sit in its block");
    }

    @Test
    void theServerBlocksWrapSoTheDrawingIsAboutAsWideAsAScreenNotAStrip() {
        Project p = PodGenerator.sample();
        TopologyLayout t = TopologyLayout.of(p, CATALOG, p.pods().get(0));
        double aspect = t.width() / t.height();
        assertTrue(aspect > 1.0 && aspect < 2.6, "8 servers in rows, width/height " + aspect + " (one row of 8 was about 7)");
        long rows = t.blocks().stream().filter(b -> b.chassisId() != null).mapToDouble(TopologyLayout.Block::y).distinct().count();
        assertTrue(rows >= 2, "the blocks wrap: " + rows + " row(s)");
    }

    @Test
    void anEmptyPodHasAnEmptyDrawing() {
        Project p = new Project("empty");
        TopologyLayout t = TopologyLayout.of(p, CATALOG, null);
        assertTrue(t.vertices().isEmpty());
        assertTrue(t.edges().isEmpty());
    }

    @Test
    void unconnectedPartsAreDrawnApartAndDraggedNodesStayWherePut() throws Exception {
        Project p = PodGenerator.sample();
        org.podforge.model.command.CommandStack stack = new org.podforge.model.command.CommandStack(p);
        String loose = "s1.gpu-1";
        java.util.List<org.podforge.model.command.Command> rm = new java.util.ArrayList<>();
        for (org.podforge.model.Link l : p.linksOf(loose)) {
            rm.add(new org.podforge.model.command.RemoveCommand(l.id()));
        }
        stack.execute(new org.podforge.model.command.CompositeCommand("unwire", rm));
        TopologyLayout t = TopologyLayout.of(p, CATALOG, p.pods().get(0));
        TopologyLayout.Vertex v = t.vertices().get(loose);
        assertEquals(TopologyLayout.LOOSE_LAYER, v.layer());
        double lowestWired = t.vertices().values().stream().filter(x -> x.layer() != TopologyLayout.LOOSE_LAYER)
                .mapToDouble(TopologyLayout.Vertex::y).max().orElseThrow();
        assertTrue(v.y() > lowestWired, "an unconnected part sits below every wired one, not among the edges");
        assertTrue(t.blocks().stream().anyMatch(b -> b.label().equals("Not connected (1)")));

        // a dragged node is one undoable command, saved with the pod and read back
        String pod = p.pods().get(0).id();
        String before = org.podforge.io.ProjectWriter.toJson(p);
        stack.execute(new org.podforge.model.command.ArrangeTopologyCommand(pod,
                java.util.Map.of("s1.cpu-1", new org.podforge.model.Pod.TopologyPoint(-300, 900))));
        TopologyLayout moved = TopologyLayout.of(p, CATALOG, p.pods().get(0));
        assertEquals(-300, moved.vertices().get("s1.cpu-1").x());
        assertEquals(900, moved.vertices().get("s1.cpu-1").y());
        assertTrue(moved.placedByUser("s1.cpu-1"));
        String json = org.podforge.io.ProjectWriter.toJson(p);
        assertTrue(json.contains("\"topology\""), "saved in the file");
        Project back = new org.podforge.io.ProjectReader(CATALOG).read("t.podforge.json",
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).project();
        assertEquals(new org.podforge.model.Pod.TopologyPoint(-300, 900), back.pods().get(0).topologyPositions().get("s1.cpu-1"));
        stack.undo();
        assertEquals(before, org.podforge.io.ProjectWriter.toJson(p), "undo puts the node back under the automatic layout");
    }
}
