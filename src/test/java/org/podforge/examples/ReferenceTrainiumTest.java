package org.podforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podforge.bom.Bom;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.Severity;

/**
 * The Trn2 UltraServer reference design: the committed file is what {@link ReferenceTrainium} writes, it has AWS's
 * counts (fabric-and-power-facts G6, K: 64 chips, 4 instances, 32 compute trays, 4 head trays, 72 RU, 6,144 GiB HBM),
 * every chip has its 4 torus neighbours inside its server and its 2 ring neighbours in the other servers, and it has
 * no error; its only warnings are the [GAP] its description names (NeuronLink's copper reach between the two racks).
 */
class ReferenceTrainiumTest {
    @Test
    void committedFileIsWhatTheBuilderWrites() throws Exception {
        ReferenceRacks.Design d = ReferenceTrainium.design();
        String committed = Files.readString(ReferenceRacks.DIR.resolve(d.file()), StandardCharsets.UTF_8);
        assertEquals(ProjectWriter.toJson(d.project()), committed, d.file() + " differs from ReferenceTrainium; rerun its main after a reviewed change");
    }

    @Test
    void ultraServerHasAwsCounts() throws Exception {
        Project p = read();
        Map<String, Integer> parts = new HashMap<>();
        p.allComponents().forEach(c -> parts.merge(c.partNumber(), 1, Integer::sum));
        assertEquals(64, parts.get("AWS-TRAINIUM2"), "64 Trainium2 per UltraServer (AWS)");
        int trays = 0;
        int heads = 0;
        int units = 0;
        double hbm = 0;
        for (Rack r : p.pods().get(0).racks()) {
            for (Chassis c : r.chassis()) {
                trays += c.partNumber().equals("AWS-TRN2-COMPUTE-TRAY") ? 1 : 0;
                heads += c.partNumber().equals("AWS-TRN2-HEAD-TRAY") ? 1 : 0;
                units += 2;
            }
        }
        for (Component c : p.allComponents()) {
            if (c.partNumber().equals("AWS-TRAINIUM2")) {
                hbm += ReferenceRacksTest.CATALOG.require(c.partNumber()).memoryCapacityGB().orElse(0.0);
            }
        }
        assertEquals(32, trays, "32 compute trays (K)");
        assertEquals(4, heads, "4 head trays, one per instance (K)");
        assertEquals(72, units, "72 RU: 4 servers of 18 RU (K)");
        assertEquals(6144, hbm, 1e-9, "64 x 96 GiB = 6,144 GiB of HBM (AWS)");
        assertEquals(64, Bom.of(p, ReferenceRacksTest.CATALOG, ReferenceRacksTest.PRICES).gpus());
    }

    @Test
    void everyChipHasItsFourTorusNeighboursAndItsTwoRingNeighbours() throws Exception {
        Project p = read();
        Map<String, Set<String>> torus = new HashMap<>();
        Map<String, Set<String>> ring = new HashMap<>();
        Set<String> portsUsed = new HashSet<>();
        for (Link l : p.allLinks()) {
            String pa = l.a().port();
            if (!pa.startsWith("neuronlink-") && !pa.startsWith("ring-")) {
                continue;
            }
            assertTrue(portsUsed.add(l.a().toString()) && portsUsed.add(l.b().toString()), "a NeuronLink port used twice: " + l.id());
            Map<String, Set<String>> m = pa.startsWith("ring-") ? ring : torus;
            m.computeIfAbsent(l.a().componentId(), k -> new HashSet<>()).add(l.b().componentId());
            m.computeIfAbsent(l.b().componentId(), k -> new HashSet<>()).add(l.a().componentId());
        }
        assertEquals(64, torus.size());
        assertEquals(64, ring.size());
        for (var e : torus.entrySet()) {
            String server = e.getKey().substring(0, e.getKey().indexOf('-'));
            assertEquals(4, e.getValue().size(), e.getKey() + " has 4 distinct torus neighbours (4x4 wrap-around torus)");
            assertTrue(e.getValue().stream().allMatch(n -> n.startsWith(server + "-")), e.getKey() + "'s torus stays in its server");
        }
        for (var e : ring.entrySet()) {
            String position = e.getKey().substring(e.getKey().lastIndexOf('-'));
            assertEquals(2, e.getValue().size(), e.getKey() + " has 2 ring neighbours (a ring of 4 instances)");
            assertTrue(e.getValue().stream().allMatch(n -> n.endsWith(position)), e.getKey() + "'s ring joins the same torus position");
        }
        assertEquals(32 * 4 + 16 * 4, portsUsed.size() / 2, "128 torus links + 64 ring links");
    }

    @Test
    void noErrorNoWarningAndOneInfoForTheIntegratedNeuronLinkCables() throws Exception {
        List<Finding> all = RuleEngine.validate(read(), ReferenceRacksTest.CATALOG, ReferenceRacksTest.PRICES);
        assertEquals(List.of(), all.stream().filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .map(f -> f.ruleId() + ": " + f.message()).toList());
        // the ring cables between the two racks (servers 2-3 and 4-1, 2 per ring, 16 rings) are AWS's own cabling, whose
        // copper reach is not published: one INFO for the one cause, naming all 32 links
        List<Finding> reach = all.stream().filter(f -> f.ruleId().equals("scaleup.reach")).toList();
        assertEquals(1, reach.size(), reach.toString());
        Finding f = reach.get(0);
        assertEquals(Severity.INFO, f.severity());
        assertEquals(32, f.subjects().size());
        assertTrue(f.message().startsWith("32 scale-up links (") && f.message().contains("not characterized")
                && f.message().contains("integrated layout, up to 4.00 m"), f.message());
    }

    @Test
    void aNeuronLinkRunLongerThanTheIntegratedLayoutIsStillAWarning() throws Exception {
        // a user-drawn (here: a user-set) NeuronLink run of 12 m: AWS builds no such cable; the other 31 stay one INFO
        Project p = read();
        Finding integrated = RuleEngine.validate(p, ReferenceRacksTest.CATALOG, ReferenceRacksTest.PRICES).stream()
                .filter(f -> f.ruleId().equals("scaleup.reach")).findFirst().orElseThrow();
        String longest = integrated.subjects().get(0);
        p.link(longest).orElseThrow().setLengthOverrideM(12.0);
        List<Finding> reach = RuleEngine.validate(p, ReferenceRacksTest.CATALOG, ReferenceRacksTest.PRICES).stream()
                .filter(f -> f.ruleId().equals("scaleup.reach")).toList();
        assertEquals(2, reach.size(), reach.toString());
        Finding warning = reach.stream().filter(f -> f.severity() == Severity.WARNING).findFirst().orElseThrow();
        assertEquals(List.of(longest), warning.subjects());
        assertTrue(warning.message().contains("12.00 m") && warning.message().contains("longer than any run of the vendor's integrated layout"),
                warning.message());
        assertEquals(31, reach.stream().filter(f -> f.severity() == Severity.INFO).findFirst().orElseThrow().subjects().size());
    }

    @Test
    void scaleOutRatioJudgesServersNotTheGpuSledsOfOne() throws Exception {
        // the compute trays are GPU sleds hosted by the head tray (no CPU socket): their server's EFA NICs are not
        // published (G6), so no tray is told it lacks one NIC per GPU
        Project p = read();
        assertEquals(List.of(), RuleEngine.validate(p, ReferenceRacksTest.CATALOG, ReferenceRacksTest.PRICES).stream()
                .filter(f -> f.ruleId().equals("scaleout.ratio")).map(Finding::message).toList());
        // the same two chips in a server that hosts them (a CPU socket) and no NIC are still reported, once
        Chassis tray = p.pods().get(0).racks().get(0).chassis().stream()
                .filter(c -> c.partNumber().equals("AWS-TRN2-COMPUTE-TRAY")).findFirst().orElseThrow();
        Rack rack = tray.rack();
        Chassis server = new Chassis("srv-x", "Server X", "GENERIC-COMPUTE-TRAY-1U", 41);
        rack.addChassis(server);
        server.addComponent(new Component("srv-x-gpu-1", "", "NVIDIA-B200", "gpu-1"));
        server.addComponent(new Component("srv-x-gpu-2", "", "NVIDIA-B200", "gpu-2"));
        List<Finding> ratio = RuleEngine.validate(p, ReferenceRacksTest.CATALOG, ReferenceRacksTest.PRICES).stream()
                .filter(f -> f.ruleId().equals("scaleout.ratio")).toList();
        assertEquals(1, ratio.size(), ratio.toString());
        assertEquals(List.of("srv-x"), ratio.get(0).subjects());
    }

    @Test
    void aMissingTorusLinkLeavesTwoPortsUnconnectedAndIsReported() throws Exception {
        Project p = read();
        Pod pod = p.pods().get(0);
        Link gone = pod.links().stream().filter(l -> l.a().equals(new PortRef("s1-trn-6", "neuronlink-1"))).findFirst().orElseThrow();
        pod.removeLink(gone);
        List<Finding> found = RuleEngine.validate(p, ReferenceRacksTest.CATALOG, ReferenceRacksTest.PRICES).stream()
                .filter(f -> f.subjects().contains("s1-trn-6") || f.subjects().contains("s1-trn-7")).toList();
        assertTrue(!found.isEmpty(), "the chips that lost their torus link are named");
    }

    private static Project read() throws Exception {
        return new ProjectReader(ReferenceRacksTest.CATALOG).read(ReferenceRacks.DIR.resolve(ReferenceTrainium.FILE)).project();
    }
}
