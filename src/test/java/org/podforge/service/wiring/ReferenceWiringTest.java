package org.podforge.service.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.SlotSpec;

/** Auto-wire from a part's catalog reference wiring, and a plain "there is none" when the catalog has none. */
class ReferenceWiringTest {
    private static final Catalog BUILT_IN = CatalogLoader.builtIn();

    /** The built-in catalog plus a test tray whose entry carries a reference wiring (two steps). */
    private static Catalog withReferenceTray() {
        List<Part> parts = new ArrayList<>(BUILT_IN.all());
        parts.add(Part.builder("TEST-REF-TRAY-2U", Family.CHASSIS).name("Test tray").heightU(2)
                .slot(new SlotSpec("xpu", "GPU_MODULE", 2)).slot(new SlotSpec("xsw", "SWITCH_ASIC", 2))
                .attribute(ReferenceWiring.ATTRIBUTE, "xpu -> xsw every; xpu -> xsw rail").build());
        return new Catalog(parts);
    }

    private static Project project(String chassisPart) {
        Project p = new Project("ref");
        Pod pod = new Pod("pod-1", "Pod", 1);
        Rack r = new Rack("rack-1", "", "RACK-EIA-48U", 0, 0);
        Chassis c = new Chassis("tray-1", "", chassisPart, 1);
        c.addComponent(new Component("xpu-1", "", "GENERIC-XPU-PCIE6", "xpu-1"));
        c.addComponent(new Component("xpu-2", "", "GENERIC-XPU-PCIE6", "xpu-2"));
        c.addComponent(new Component("xsw-1", "", "ASTERA-SCORPIO-X-320", "xsw-1"));
        c.addComponent(new Component("xsw-2", "", "ASTERA-SCORPIO-X-320", "xsw-2"));
        r.addChassis(c);
        pod.addRack(r);
        p.addPod(pod);
        return p;
    }

    @Test
    void stepsArePlannedTogetherWithoutReusingAPort() {
        Catalog cat = withReferenceTray();
        Project p = project("TEST-REF-TRAY-2U");
        ReferenceWiring.Result r = ReferenceWiring.of(p, cat, "tray-1");
        assertTrue(r.found(), r.reason());
        assertEquals(2, r.steps().size());
        // every: 2 x 2 links; rail: xpu-1 -> xsw-1 and xpu-2 -> xsw-2 again, on fresh ports
        assertEquals(6, r.plan().links().size(), r.plan().notes().toString());
        Set<PortRef> xpuEnds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (BulkWiring.Planned l : r.plan().links()) {
            assertTrue(xpuEnds.add(l.a()), "an XPU port is booked once across the steps: " + l.describe());
            assertTrue(ids.add(l.id()), "ids are distinct across the steps: " + l.id());
            assertEquals(Medium.PCB, l.medium(), "inside one chassis a link is a board trace");
        }
    }

    @Test
    void withoutAReferenceWiringTheResultSaysSoAndPlansNothing() {
        Project p = project("GENERIC-SCALEUP-SWITCH-TRAY-1U");
        ReferenceWiring.Result r = ReferenceWiring.of(p, BUILT_IN, "tray-1");
        assertFalse(r.found());
        assertTrue(r.reason().startsWith("The catalog carries no reference wiring for "), r.reason());
        assertTrue(r.reason().contains("does not invent one"), r.reason());
    }

    @Test
    void aMalformedStepIsNamed() {
        assertEquals(List.of(new ReferenceWiring.Step("gpu", "nvswitch", BulkWiring.Rule.EVERY_TARGET),
                new ReferenceWiring.Step("nic", "leaf", BulkWiring.Rule.RAIL)), ReferenceWiring.parse("gpu -> nvswitch; nic -> leaf rail"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReferenceWiring.parse("gpu nvswitch"));
        assertTrue(e.getMessage().contains("'gpu nvswitch'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReferenceWiring.parse("gpu -> nvswitch all"));
        assertTrue(e.getMessage().contains("rule 'all'"), e.getMessage());
    }
}
