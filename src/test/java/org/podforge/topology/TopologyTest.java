package org.podforge.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

class TopologyTest {
    static final Catalog CATALOG = CatalogLoader.builtIn();

    /** Adds pod-1 to {@code p}: one rack r1 with one empty 8-GPU server s1. */
    private static Pod podWithServer(Project p) {
        Pod pod = new Pod("pod-1", "", 1);
        p.addPod(pod);
        Rack r = new Rack("r1", "", "RACK-EIA-48U", 0, 0);
        pod.addRack(r);
        r.addChassis(new Chassis("s1", "", "GENERIC-HGX-8GPU-10U", 1));
        return pod;
    }

    @Test
    void chainsRunThroughRetimersAndCountSmartCableRetimers() {
        Project p = new Project("t");
        Pod pod = podWithServer(p);
        Chassis s = pod.racks().get(0).chassis().get(0);
        for (String[] c : new String[][] {{"cpu", "AMD-EPYC-9005"}, {"rt", "PT5161L"}, {"gpu", "NVIDIA-B200"},
                {"gpu2", "NVIDIA-B200"}, {"rt2", "PT5161L"}, {"x1", "ASTERA-SCORPIO-X-320"}}) {
            s.addComponent(new Component(c[0], "", c[1], null));
        }
        pod.addLink(new Link("l1", PortRef.parse("cpu/pcie-b-1"), PortRef.parse("rt/up"), 16, Medium.PCB));
        Link cable = new Link("l2", PortRef.parse("rt/down"), PortRef.parse("gpu/host"), 16, Medium.AEC);
        cable.setCablePart("ASTERA-ARIES-SCM-PCIE5");
        pod.addLink(cable);
        pod.addLink(new Link("l3", PortRef.parse("gpu2/host"), PortRef.parse("rt2/down"), 16, Medium.PCB));
        pod.addLink(new Link("l4", PortRef.parse("gpu/nvlink-1"), PortRef.parse("gpu2/nvlink-1"), 1, Medium.COPPER_INTERNAL));
        List<Island> islands = Island.all(p);
        assertEquals(2, islands.size(), "x1 is an island of its own");
        Topology t = new Topology(islands.get(0), CATALOG);
        List<Chain> chains = t.chains();
        assertEquals(3, chains.size());
        Chain host = chains.get(0);
        assertEquals(PortRef.parse("cpu/pcie-b-1"), host.endA());
        assertEquals(PortRef.parse("gpu/host"), host.endB());
        assertEquals(List.of("l1", "l2"), host.links().stream().map(Link::id).toList());
        assertEquals(3, host.retimerCount(), "one retimer + two inside the smart cable");
        Chain open = chains.stream().filter(c -> c.links().get(0).id().equals("l3")).findFirst().orElseThrow();
        assertEquals(PortRef.parse("gpu2/host"), open.endA());
        assertNull(open.endB(), "the chain stops at rt2, which has nothing on its other side");
        assertEquals(List.of(Set.of("cpu", "gpu")), t.hierarchies());
        assertEquals(List.of(Set.of("gpu", "gpu2")), t.scaleUpDomains());
    }

    @Test
    void islandsWithoutLinksShareOneEmptyReadOnlyHierarchyGraph() {
        Project p = new Project("t");
        Pod pod = podWithServer(p);
        Chassis s = pod.racks().get(0).chassis().get(0);
        s.addComponent(new Component("x1", "", "ASTERA-SCORPIO-X-320", null));
        s.addComponent(new Component("x2", "", "ASTERA-SCORPIO-X-320", null));
        List<Island> islands = Island.all(p);
        assertEquals(2, islands.size());
        Topology a = new Topology(islands.get(0), CATALOG);
        Topology b = new Topology(islands.get(1), CATALOG);
        // thousands of lone switches in a cluster: one graph for all of them, not one each (decision 0044)
        assertSame(a.pcieGraph(), b.pcieGraph());
        assertTrue(a.pcieGraph().vertexSet().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> a.pcieGraph().addVertex("x1"), "shared, so nobody may add to it");
        assertEquals(List.of(), a.hierarchies());
    }
}
