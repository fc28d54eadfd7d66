package org.podforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.Severity;

/**
 * The rack-scale reference designs in docs/examples: each committed file is exactly what {@link ReferenceRacks}
 * writes, has the hand-checked counts of fabric-and-power-facts K, and validates with no error and no warning.
 */
class ReferenceRacksTest {
    static final Catalog CATALOG = CatalogLoader.builtIn();
    static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @Test
    void committedFilesAreWhatTheGeneratorWrites() throws Exception {
        for (ReferenceRacks.Design d : ReferenceRacks.all()) {
            String committed = Files.readString(ReferenceRacks.DIR.resolve(d.file()), StandardCharsets.UTF_8);
            assertEquals(ProjectWriter.toJson(d.project()), committed,
                    d.file() + " differs from ReferenceRacks; rerun ReferenceRacks.main after a reviewed change");
        }
    }

    @Test
    void nvl72RacksHaveThePublishedCounts() throws Exception {
        for (String file : List.of(ReferenceRacks.GB200_FILE, ReferenceRacks.GB300_FILE)) {
            Project p = read(file);
            Map<String, Integer> parts = partCounts(p);
            String gpu = file.startsWith("gb200") ? "NVIDIA-B200-GB200" : "NVIDIA-B300-GB300";
            assertEquals(72, parts.get(gpu), file + " GPUs");
            assertEquals(72, count(p, Family.GPU), file + " accelerators of any kind");
            assertEquals(36, parts.get("NVIDIA-GRACE"), file + " Grace CPUs");
            assertEquals(18, parts.get("NVIDIA-NVLINK5-SWITCH"), file + " NVLink switch chips");
            assertEquals(18, chassis(p, file.startsWith("gb200") ? "NVIDIA-GB200-COMPUTE-TRAY" : "NVIDIA-GB300-COMPUTE-TRAY"), file + " compute trays");
            assertEquals(9, chassis(p, "NVIDIA-NVLINK5-SWITCH-TRAY"), file + " switch trays");
            assertEquals(8, chassis(p, "NVIDIA-NVL72-POWER-SHELF-33KW"), file + " power shelves");
            // 72 x 18 GPU-side links = 18 x 72 switch ports, and every GPU reaches every chip exactly once
            Map<String, Map<String, Integer>> gpuToChip = new TreeMap<>();
            int nvlinks = 0;
            for (Link l : p.allLinks()) {
                if (l.b().componentId().startsWith("nvsw-")) {
                    nvlinks++;
                    gpuToChip.computeIfAbsent(l.a().componentId(), k -> new TreeMap<>()).merge(l.b().componentId(), 1, Integer::sum);
                }
            }
            assertEquals(1296, nvlinks, file + " NVLink links");
            assertEquals(72, gpuToChip.size());
            for (Map<String, Integer> chips : gpuToChip.values()) {
                assertEquals(18, chips.size());
                assertTrue(chips.values().stream().allMatch(n -> n == 1));
            }
            if (file.startsWith("gb200")) {
                assertEquals(72, parts.get("NVIDIA-CONNECTX-7"), "4 ConnectX-7 per tray");
                assertEquals(36, parts.get("NVIDIA-BLUEFIELD-3"), "2 BlueField-3 per tray");
            } else {
                assertEquals(72, parts.get("NVIDIA-CONNECTX-8"), "4 ConnectX-8 per tray");
                assertEquals(18, parts.get("NVIDIA-BLUEFIELD-3"), "1 BlueField per tray");
            }
        }
    }

    @Test
    void heliosHasThePublishedCountsAndOnePlanePerGpuPort() throws Exception {
        Project p = read(ReferenceRacks.HELIOS_FILE);
        Map<String, Integer> parts = partCounts(p);
        assertEquals(72, parts.get("AMD-MI455X"), "72 MI455X (fabric G5, K)");
        assertEquals(18, parts.get("AMD-EPYC-VENICE"), "18 Venice, one per tray");
        assertEquals(18, chassis(p, "AMD-HELIOS-COMPUTE-TRAY"), "18 compute trays");
        assertEquals(18, parts.get("BROADCOM-TOMAHAWK6-200G"), "18 illustrative switch planes");
        Map<String, Map<String, Integer>> gpuToChip = new TreeMap<>();
        for (Link l : p.allLinks()) {
            if (l.b().componentId().startsWith("th6-")) {
                assertEquals(4, l.lanes(), "x4 800G UALink/Ethernet ports");
                gpuToChip.computeIfAbsent(l.a().componentId(), k -> new TreeMap<>()).merge(l.b().componentId(), 1, Integer::sum);
            }
        }
        assertEquals(72, gpuToChip.size());
        gpuToChip.values().forEach(chips -> assertEquals(18, chips.size()));
    }

    @Test
    void everyReferenceDesignValidatesWithoutErrorsOrWarnings() throws Exception {
        for (ReferenceRacks.Design d : ReferenceRacks.all()) {
            // the one warning a correct design may carry: parts whose power no public source gives (fabric J1/J2
            // [GAP]: Helios, MI455X, Venice, Vulcano) are listed, never counted as 0 in silence (ADR 0012)
            List<Finding> bad = RuleEngine.validate(read(d.file()), CATALOG, PRICES).stream()
                    .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                    .filter(f -> !(d.file().startsWith("amd-helios")
                            && org.podforge.rules.builtin.RackPowerRule.isUnknownPower(f.ruleId(), f.severity().name(), f.message())))
                    .toList();
            assertTrue(bad.isEmpty(), d.file() + ": " + bad.stream().map(f -> f.ruleId() + ": " + f.message()).toList());
        }
    }

    // ---- deliberate mistakes: each gives the right finding and nothing else ----------------------------------

    /** Errors and warnings of the project, as "rule: message". */
    static List<Finding> problems(Project p) {
        return RuleEngine.validate(p, CATALOG, PRICES).stream()
                .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING).toList();
    }

    static Finding only(Project p) {
        List<Finding> bad = problems(p);
        assertEquals(1, bad.size(), bad.stream().map(f -> f.ruleId() + ": " + f.message()).toList().toString());
        return bad.get(0);
    }

    /** Adds a 19th compute tray holding a 73rd GPU (with its Grace) in the rack's free units. */
    static Component add73rdGpu(Project p) {
        Rack rack = p.pods().get(0).racks().get(0);
        Chassis tray = new Chassis("tray-19", "Compute tray 19", "NVIDIA-GB200-COMPUTE-TRAY", 40);
        rack.addChassis(tray);
        Component grace = new Component("grace-37", "Grace 37", "NVIDIA-GRACE", "cpu-1");
        Component gpu = new Component("gpu-73", "B200 73", "NVIDIA-B200-GB200", "gpu-1");
        tray.addComponent(grace);
        tray.addComponent(gpu);
        Component nic = new Component("cx7-73", "ConnectX-7 73", "NVIDIA-CONNECTX-7", "pcie-1");
        tray.addComponent(nic);
        p.pods().get(0).addLink(new Link("link-x0", new PortRef("grace-37", "c2c-1"), new PortRef("gpu-73", "c2c"), 1, Medium.PCB));
        p.pods().get(0).addLink(new Link("link-x19", new PortRef("grace-37", "pcie-1"), new PortRef("cx7-73", "host"), 16, Medium.PCB));
        return gpu;
    }

    @Test
    void a73rdGpuWiredToEverySwitchChipOverflowsTheRackDomain() throws Exception {
        Project p = read(ReferenceRacks.GB200_FILE);
        add73rdGpu(p);
        for (int k = 1; k <= 18; k++) {
            // every chip's 72 ports are taken: the 73rd GPU can only share port 1
            p.pods().get(0).addLink(new Link("link-x" + k, new PortRef("gpu-73", "nvlink-" + k), new PortRef("nvsw-" + k, "port-1"), 1,
                    Medium.COPPER_INTERNAL));
        }
        Finding f = only(p);
        assertEquals("scaleup.domain", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("73 accelerators without a second switch tier") && f.message().contains("at most 72"), f.message());
        assertTrue(f.message().contains("18 switch ports carry more links"), f.message());
    }

    @Test
    void aGpuWithNoNvlinkCableIsReportedAsStrandedAndItsFixWiresIt() throws Exception {
        Project p = read(ReferenceRacks.GB200_FILE);
        Pod pod = p.pods().get(0);
        for (Link l : List.copyOf(pod.links())) {
            if (l.a().componentId().equals("gpu-5") && l.a().port().startsWith("nvlink-")) {
                pod.removeLink(l);
            }
        }
        Finding f = only(p);
        assertEquals("scaleup.domain", f.ruleId());
        assertEquals(List.of("gpu-5"), f.subjects());
        assertTrue(f.message().contains("reaches none of the 18 switch planes"), f.message());
        f.fixes().get(0).command(p).execute(p);
        assertTrue(problems(p).isEmpty(), problems(p).toString());
    }

    @Test
    void aMissingSwitchTrayLinkNamesTheGpuAndThePlaneAndItsFixRestoresTheRack() throws Exception {
        Project p = read(ReferenceRacks.GB200_FILE);
        Pod pod = p.pods().get(0);
        Link gone = pod.links().stream().filter(l -> l.a().equals(new PortRef("gpu-5", "nvlink-3"))).findFirst().orElseThrow();
        pod.removeLink(gone);
        Finding f = only(p);
        assertEquals("scaleup.domain", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(List.of("gpu-5", "nvsw-3"), f.subjects());
        assertTrue(f.message().contains("gpu-5 reaches 17 of the 18 switch planes"), f.message());
        f.fixes().get(0).command(p).execute(p);
        assertTrue(problems(p).isEmpty(), problems(p).toString());
    }

    @Test
    void aSwitchPortUsedTwiceIsOneFindingAndItsFixMovesTheExtraLink() throws Exception {
        Project p = read(ReferenceRacks.GB200_FILE);
        Pod pod = p.pods().get(0);
        Link moved = pod.links().stream().filter(l -> l.a().equals(new PortRef("gpu-2", "nvlink-1"))).findFirst().orElseThrow();
        pod.removeLink(moved);
        pod.addLink(new Link(moved.id(), moved.a(), new PortRef("nvsw-1", "port-1"), 1, Medium.COPPER_INTERNAL));
        Finding f = only(p);
        assertEquals("scaleup.domain", f.ruleId());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("nvsw-1/port-1 x2"), f.message());
        f.fixes().get(0).command(p).execute(p);
        assertTrue(problems(p).isEmpty(), problems(p).toString());
    }

    static Project read(String file) throws Exception {
        return new ProjectReader(CATALOG).read(ReferenceRacks.DIR.resolve(file)).project();
    }

    static Map<String, Integer> partCounts(Project p) {
        Map<String, Integer> m = new TreeMap<>();
        for (Pod pod : p.pods()) {
            for (Rack r : pod.racks()) {
                for (Chassis c : r.chassis()) {
                    for (Component comp : c.components()) {
                        m.merge(comp.partNumber(), 1, Integer::sum);
                    }
                }
            }
        }
        return m;
    }

    static int count(Project p, Family family) {
        int n = 0;
        for (Map.Entry<String, Integer> e : partCounts(p).entrySet()) {
            if (CATALOG.require(e.getKey()).family() == family) {
                n += e.getValue();
            }
        }
        return n;
    }

    static int chassis(Project p, String partNumber) {
        int n = 0;
        for (Pod pod : p.pods()) {
            for (Rack r : pod.racks()) {
                n += (int) r.chassis().stream().filter(c -> c.partNumber().equals(partNumber)).count();
            }
        }
        return n;
    }
}
