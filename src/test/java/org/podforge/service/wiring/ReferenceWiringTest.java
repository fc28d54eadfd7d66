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

    @Test
    void theGrammarTakesPortGroupsSlotRunsPartsLinksPerPairAndAMedium() {
        List<ReferenceWiring.Step> steps = ReferenceWiring.parse("gpu/nvlink -> nvswitch/port every x9; cpu -> board/port block; "
                + "board/port -> pcie-1..8/host block medium=copper_internal; gpu -> switch[NVIDIA-NVLINK5-SWITCH,X-2]/port");
        assertEquals(4, steps.size());
        assertEquals(new ReferenceWiring.Step(new ReferenceWiring.End("gpu", 0, 0, List.of(), "nvlink"),
                new ReferenceWiring.End("nvswitch", 0, 0, List.of(), "port"), BulkWiring.Rule.EVERY_TARGET, 9, null), steps.get(0));
        assertEquals(BulkWiring.Rule.BLOCK, steps.get(1).rule());
        assertEquals(new ReferenceWiring.End("pcie", 1, 8, List.of(), "host"), steps.get(2).target());
        assertEquals(Medium.COPPER_INTERNAL, steps.get(2).medium());
        assertEquals(List.of("NVIDIA-NVLINK5-SWITCH", "X-2"), steps.get(3).target().parts());
        assertEquals("gpu/nvlink \u2192 nvswitch/port: each to every target, 9 links per pair", steps.get(0).describe());
        assertEquals("board/port \u2192 pcie-1..8/host: in equal runs, Passive copper, internal", steps.get(2).describe());
    }

    @Test
    void eachMalformedOptionIsNamedWithItsStep() {
        for (String[] bad : new String[][] {
                {"gpu -> nvswitch x0", "'x0'"},
                {"gpu -> nvswitch next x2", "does not apply"},
                {"gpu -> nvswitch medium=COPPER", "medium 'COPPER'"},
                {"gpu -> pcie-8..1", "slot run 'pcie-8..1'"},
                {"gpu -> nvswitch every rail", "rule twice"},
                {"gpu -> nvswitch x2 x3", "twice"},
                {"gpu -> nv switch", "rule 'switch'"},
                {"gpu/ -> nvswitch", "'gpu/'"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReferenceWiring.parse("cpu -> gpu; " + bad[0]), bad[0]);
            assertTrue(e.getMessage().contains("'" + bad[0] + "'") && e.getMessage().contains(bad[1]), bad[0] + ": " + e.getMessage());
        }
    }

    @Test
    void blockCutsSourcesAndTargetsIntoEqualRuns() {
        List<String> four = List.of("t1", "t2", "t3", "t4");
        assertEquals(List.of("t1", "t2"), BulkWiring.blockOf(0, 2, four), "a CPU to its own 2 of 4 switches");
        assertEquals(List.of("t3", "t4"), BulkWiring.blockOf(1, 2, four));
        List<String> two = List.of("c1", "c2");
        assertEquals(List.of("c1"), BulkWiring.blockOf(1, 4, two), "GPUs 1 and 2 to the first Grace");
        assertEquals(List.of("c2"), BulkWiring.blockOf(2, 4, two));
        assertEquals(List.of("t2"), BulkWiring.blockOf(1, 4, four), "as many sources as targets: one each");
    }

    /** Every shipped reference wiring parses and names slot groups and port groups that exist in the catalog. */
    @Test
    void everyShippedReferenceWiringNamesRealSlotsAndPorts() {
        int carried = 0;
        Set<String> chassisSlots = new HashSet<>();
        Set<String> portGroups = new HashSet<>();
        Set<String> partNumbers = new HashSet<>();
        for (Part part : BUILT_IN.all()) {
            partNumbers.add(part.partNumber());
            part.portSpecs().forEach(s -> portGroups.add(s.name()));
            if (part.family() == Family.CHASSIS) {
                part.slots().forEach(s -> chassisSlots.add(s.id()));
            }
        }
        for (Part part : BUILT_IN.all()) {
            String text = part.attributes().get(ReferenceWiring.ATTRIBUTE);
            if (text == null) {
                continue;
            }
            carried++;
            assertTrue(part.family() == Family.CHASSIS || part.family() == Family.RACK, part.partNumber());
            Set<String> slots = new HashSet<>();
            if (part.family() == Family.CHASSIS) {
                part.slots().forEach(s -> slots.add(s.id()));
            } else {
                slots.addAll(chassisSlots);
            }
            assertTrue(part.sources().stream().anyMatch(s -> s.fields().contains("attributes") && s.note().startsWith("Reference wiring")),
                    part.partNumber() + " cites the source of its reference wiring");
            for (ReferenceWiring.Step step : ReferenceWiring.parse(text)) {
                for (ReferenceWiring.End end : List.of(step.source(), step.target())) {
                    assertTrue(slots.contains(end.group()), part.partNumber() + ": no slot group '" + end.group() + "'");
                    assertTrue(end.ports() == null || portGroups.contains(end.ports()), part.partNumber() + ": no port group '" + end.ports() + "'");
                    end.parts().forEach(pn -> assertTrue(partNumbers.contains(pn), part.partNumber() + ": no part " + pn));
                }
            }
        }
        assertEquals(5, carried, "HGX-class server, GB200 and NVL36x2 and GB300 compute trays, NVL72 rack");
    }
}
