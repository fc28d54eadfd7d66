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
import org.podforge.model.Pod;
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
    void everyReferenceDesignValidatesWithoutErrorsOrWarnings() throws Exception {
        for (ReferenceRacks.Design d : ReferenceRacks.all()) {
            List<Finding> bad = RuleEngine.validate(read(d.file()), CATALOG, PRICES).stream()
                    .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING).toList();
            assertTrue(bad.isEmpty(), d.file() + ": " + bad.stream().map(f -> f.ruleId() + ": " + f.message()).toList());
        }
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
