package org.podforge.app.topology;

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
    void anEmptyPodHasAnEmptyDrawing() {
        Project p = new Project("empty");
        TopologyLayout t = TopologyLayout.of(p, CATALOG, null);
        assertTrue(t.vertices().isEmpty());
        assertTrue(t.edges().isEmpty());
    }
}
