package org.podforge.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Medium;
import org.podforge.model.Project;

class CableScheduleTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void endsCarryRackUChassisComponentAndPort() {
        Project p = BomFixtures.sample();
        CableSchedule s = CableSchedule.of(p, LinkFacts.nominal(p, CATALOG), CATALOG);
        CableRun fib = s.runs().stream().filter(r -> r.linkId().equals("l-nic-fibre")).findFirst().orElseThrow();
        assertEquals("R1", fib.a().rack());
        assertEquals(1, fib.a().u());
        assertEquals("Server 1", fib.a().chassis());
        assertEquals("nic-1", fib.a().component());
        assertEquals("NVIDIA-CONNECTX-7", fib.a().componentPart());
        assertEquals("net", fib.a().port());
        assertEquals("R2", fib.z().rack());
        assertEquals("srv-2", fib.z().chassisId());
        assertEquals(Medium.FIBER_MM, fib.medium());
        assertEquals("GENERIC-MMF-MPO-OM4", fib.cablePart());
        assertEquals("GENERIC-800G-OSFP-SR8", fib.transceiverPart());
        assertEquals(12.5, fib.lengthM());
        assertEquals(8, fib.lanes());
        assertNull(fib.generation()); // Ethernet ports carry no PCIe generation
    }

    @Test
    void lengthAndGenerationComeFromTheGivenFunctions() {
        Project p = BomFixtures.sample();
        LinkFacts facts = new LinkFacts(l -> l.id().length(), l -> 7, "test lengths", "test generations");
        CableSchedule s = CableSchedule.of(p, facts, CATALOG);
        CableRun r = s.runs().get(0);
        assertEquals(r.linkId().length(), r.lengthM());
        assertEquals(7, r.generation());
        assertEquals("test lengths", s.lengthBasis());
    }

    @Test
    void nominalGenerationIsTheLowestOfPortsAndCable() {
        Project p = BomFixtures.sample();
        CableSchedule s = CableSchedule.of(p, LinkFacts.nominal(p, CATALOG), CATALOG);
        // EPYC (Gen5) -> Aries 6 (Gen6): 5; Aries 6 -> B200 host (Gen5): 5; B200 -> Scorpio X over a Gen5 SCM: 5
        assertEquals(5, s.runs().stream().filter(r -> r.linkId().equals("l-cpu-rt-1")).findFirst().orElseThrow().generation());
        CableRun unknownLength = s.runs().stream().filter(r -> r.linkId().equals("l-gpu-sw-5")).findFirst().orElseThrow();
        assertFalse(unknownLength.hasLength());
        assertEquals(5, unknownLength.generation());
    }

    @Test
    void physicalCablesExpandReplicasWithUniqueLabels() {
        Project p = BomFixtures.sample();
        CableSchedule s = CableSchedule.of(p, LinkFacts.nominal(p, CATALOG), CATALOG);
        int podALinks = p.pod("pod-a").orElseThrow().links().size();
        assertEquals(2L * (podALinks - 4), s.cableCount()); // four CPU->retimer board traces are not cables
        assertEquals(4, s.boardTraceRuns());
        List<String> labels = new ArrayList<>();
        s.forEachCable(c -> labels.add(c.label()));
        assertEquals(s.cableCount(), labels.size());
        assertEquals(labels.size(), labels.stream().distinct().count());
        assertTrue(labels.contains("pod-a.2/l-nic-fibre"));
        assertTrue(labels.stream().noneMatch(l -> l.contains("l-cpu-rt")));
        List<String> devices = new ArrayList<>();
        s.forEachCable(c -> devices.add(c.deviceName(c.run().a())));
        assertTrue(devices.contains("srv-1.1"));
        assertTrue(devices.contains("srv-1.2"));
    }

    @Test
    void aRangeOfCablesIsTheSameSliceOfTheWholeWalk() {
        // a replicated pod design with its generated fabric (rails, leaf-spine), then a lone pod after it
        Project p = new org.podforge.service.generate.ClusterGenerator(CATALOG, org.podforge.rules.Thresholds.builtIn())
                .generate(org.podforge.service.generate.GenerateRequest.builder().serversPerPod(1).pods(3).scaleOutFamily("NVIDIA-SN5600")
                        .build()).project();
        p.addPod(org.podforge.service.PodGenerator.pod("pod-9", "Pod lone", 4, 1, 40, "lone."));
        assertTrue(s(p).fabricCableCount() > 0);
        CableSchedule s = CableSchedule.of(p, LinkFacts.nominal(p, CATALOG), CATALOG);
        List<String> all = new ArrayList<>();
        s.forEachCable(c -> all.add(c.label()));
        assertEquals(s.cableCount(), all.size());
        long n = all.size();
        for (long[] r : new long[][] {{0, n}, {0, 1}, {1, 7}, {n / 3, 2 * n / 3}, {n - 5, n}, {n - 1, n + 10}, {n, n + 3}, {5, 5}}) {
            List<String> part = new ArrayList<>();
            s.forEachCable(r[0], r[1], c -> part.add(c.label()));
            assertEquals(all.subList((int) Math.min(n, r[0]), (int) Math.min(n, r[1])), part, r[0] + ".." + r[1]);
        }
    }

    private static CableSchedule s(Project p) {
        return CableSchedule.of(p, LinkFacts.nominal(p, CATALOG), CATALOG);
    }
}
