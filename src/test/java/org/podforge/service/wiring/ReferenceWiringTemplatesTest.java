package org.podforge.service.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectReader;
import org.podforge.model.Chassis;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.Severity;

/**
 * The shipped reference wirings against the shipped templates built from the same parts: every link of a
 * template is taken out, every rack and chassis whose part carries a reference wiring is auto-wired, and the
 * result must be the template's own links (compared by component, port group, lanes and medium; port numbers
 * may differ) less exactly the links the catalog says are not published (NICs, drives and DPUs whose root port
 * is unknown), with no error or warning that the template does not have except about those left-out parts.
 * Counts are the sources' (72 GPUs x 18 NVLink links in an NVL72; 8 x 18 in an HGX B200).
 */
class ReferenceWiringTemplatesTest {
    private static final Catalog CAT = CatalogLoader.builtIn();

    private static Project load(String name) throws Exception {
        return new ProjectReader(CAT).read(Path.of("docs/examples", name)).project();
    }

    private static String group(String port) {
        return port.replaceAll("-\\d+$", "");
    }

    /** "gpu-1/nvlink <-> nvswitch-1/port x1 PCB": a link as a designer reads it, whatever its port numbers. */
    private static String signature(Link l) {
        String a = l.a().componentId() + "/" + group(l.a().port());
        String b = l.b().componentId() + "/" + group(l.b().port());
        String ends = a.compareTo(b) <= 0 ? a + " <-> " + b : b + " <-> " + a;
        return ends + " x" + l.lanes() + " " + l.medium();
    }

    private static Map<String, Integer> signatures(Project p) {
        Map<String, Integer> out = new TreeMap<>();
        for (Link l : p.allLinks()) {
            out.merge(signature(l), 1, Integer::sum);
        }
        return out;
    }

    private static void unwire(Project p) {
        for (Pod pod : p.pods()) {
            for (Link l : List.copyOf(pod.links())) {
                pod.removeLink(l);
            }
        }
    }

    /**
     * Auto-wires every rack (its own reference wiring and its chassis'), then every chassis again (which must add
     * nothing: a pair that has its links gets no more); returns the links made per scope id.
     */
    private static Map<String, Integer> autoWireAll(Project p) {
        Map<String, Integer> made = new TreeMap<>();
        List<String> scopes = new ArrayList<>();
        for (Pod pod : p.pods()) {
            pod.racks().forEach(r -> scopes.add(r.id()));
        }
        for (Pod pod : p.pods()) {
            pod.racks().forEach(r -> r.chassis().forEach(c -> scopes.add(c.id())));
        }
        for (String id : scopes) {
            ReferenceWiring.Result r = ReferenceWiring.of(p, CAT, id);
            if (!r.found()) {
                continue;
            }
            if (!r.plan().isEmpty()) {
                r.plan().command().execute(p);
            }
            made.put(id, r.plan().links().size());
            if (p.chassis(id).isPresent()) {
                assertEquals(0, r.plan().links().size(), id + ": its rack's auto-wire already wired it: " + r.plan().links());
            }
        }
        return made;
    }

    private static Family family(Project p, String componentId) {
        return p.component(componentId).flatMap(c -> CAT.find(c.partNumber())).map(Part::family).orElse(null);
    }

    /** Findings (rule and severity, by rule) of the design that are errors or warnings. */
    private static Map<String, List<Finding>> problems(Project p) {
        Map<String, List<Finding>> out = new TreeMap<>();
        for (Finding f : RuleEngine.validate(p, CAT, CatalogLoader.builtInPrices())) {
            if (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING) {
                out.computeIfAbsent(f.ruleId() + " " + f.severity(), k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    /**
     * Auto-wires the unwired template and checks: the auto-wired links are all the template's; the template's
     * links it lacks all match {@code leftOut}; a new error or warning names only components that a left-out link
     * touches.
     */
    private static Map<String, Integer> check(String template, BiPredicate<Project, Link> leftOut, int expectedLeftOut) throws Exception {
        Project shipped = load(template);
        Map<String, Integer> want = signatures(shipped);
        Map<String, List<Finding>> before = problems(shipped);
        List<String> leftOutParts = new ArrayList<>();
        List<Link> lacking = new ArrayList<>();
        for (Link l : shipped.allLinks()) {
            if (leftOut.test(shipped, l)) {
                lacking.add(l);
                leftOutParts.add(l.a().componentId());
                leftOutParts.add(l.b().componentId());
            }
        }
        assertEquals(expectedLeftOut, lacking.size(), template + ": links the reference wirings leave out");

        Project p = load(template);
        unwire(p);
        Map<String, Integer> made = autoWireAll(p);
        Map<String, Integer> got = signatures(p);
        Map<String, Integer> missing = new HashMap<>(want);
        got.forEach((sig, n) -> {
            assertTrue(want.getOrDefault(sig, 0) >= n, template + ": auto-wire made a link the template does not have: " + sig
                    + " (" + n + " times, template " + want.getOrDefault(sig, 0) + ")");
            missing.merge(sig, -n, Integer::sum);
        });
        int missingCount = missing.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(expectedLeftOut, missingCount, template + ": the template's links auto-wire lacks: "
                + new TreeMap<>(missing).entrySet().stream().filter(e -> e.getValue() > 0).limit(12).toList());
        assertEquals(shipped.allLinks().size() - expectedLeftOut, p.allLinks().size(), template);

        Map<String, List<Finding>> after = problems(p);
        after.forEach((key, findings) -> {
            int had = before.getOrDefault(key, List.of()).size();
            if (findings.size() <= had) {
                return;
            }
            for (Finding f : findings) {
                assertTrue(f.subjects().stream().anyMatch(leftOutParts::contains)
                                || before.getOrDefault(key, List.of()).stream().anyMatch(b -> b.subjects().equals(f.subjects())),
                        template + ": new " + key + " not about a part the reference wiring leaves out: " + f.message());
            }
        });
        return made;
    }

    @Test
    void gb200Nvl72RackAndTraysGiveTheTemplateLessTheUnpublishedNicRootPorts() throws Exception {
        Map<String, Integer> made = check("gb200-nvl72.podforge.json", (p, l) -> family(p, l.a().componentId()) == Family.NIC
                || family(p, l.b().componentId()) == Family.NIC, 18 * 6);
        assertEquals(72 * 18 + 18 * 4, made.get("rack-1"), "72 GPUs x 18 NVLink links, one to each of the 18 switch chips, "
                + "and in each of the 18 trays 2 Grace x 2 B200 over NVLink-C2C");
        assertEquals(18, made.keySet().stream().filter(k -> !k.equals("rack-1")).count(), "18 compute trays: " + made);
    }

    @Test
    void theNvl72SpineGivesEveryGpuOneLinkToEachSwitchChip() throws Exception {
        Project p = load("gb200-nvl72.podforge.json");
        unwire(p);
        ReferenceWiring.Result r = ReferenceWiring.of(p, CAT, "rack-1");
        assertTrue(r.found(), r.reason());
        assertEquals(1, r.plan().notes().size(), r.plan().notes().toString());
        assertTrue(r.plan().notes().get(0).startsWith("Still without a link after this reference wiring: 108 components: cx7-1, ")
                && r.plan().notes().get(0).contains(" and 96 more. "),
                "the trays' NICs and DPUs (72 + 36), whose Grace root ports are not published, are left, and the note says so: "
                        + r.plan().notes().get(0));
        Map<String, Map<String, Integer>> perGpu = new TreeMap<>();
        Map<String, Integer> perChip = new TreeMap<>();
        for (BulkWiring.Planned l : r.plan().links()) {
            if (l.protocol() != org.podforge.model.Protocol.NVLINK) {
                assertEquals(org.podforge.model.Protocol.NVLINK_C2C, l.protocol(), "the trays' own wiring: " + l.describe());
                continue;
            }
            assertEquals(org.podforge.model.Medium.COPPER_INTERNAL, l.medium(), "the rack's passive copper spine");
            perGpu.computeIfAbsent(l.a().componentId(), k -> new TreeMap<>()).merge(l.b().componentId(), 1, Integer::sum);
            perChip.merge(l.b().componentId(), 1, Integer::sum);
        }
        assertEquals(72, perGpu.size());
        perGpu.forEach((gpu, chips) -> {
            assertEquals(18, chips.size(), gpu + " reaches every chip");
            chips.values().forEach(n -> assertEquals(1, n, gpu + ": one link per chip"));
        });
        assertEquals(18, perChip.size());
        perChip.values().forEach(n -> assertEquals(72, n, "each chip: one port per GPU, 72 in all"));
    }

    @Test
    void gb300Nvl72GivesTheTemplateLessTheGraceRootPorts() throws Exception {
        Map<String, Integer> made = check("gb300-nvl72.podforge.json", (p, l) -> family(p, l.a().componentId()) == Family.CPU
                && group(l.a().port()).equals("pcie"), 18 * 5);
        assertEquals(72 * 18 + 18 * 12, made.get("rack-1"), "the spine, and per tray 4 C2C + 4 GPU + 4 drive links");
    }

    @Test
    void dgxB200ServerGivesTheTemplateLessTheDrivesAndDpus() throws Exception {
        Map<String, Integer> made = check("dgx-b200-server.podforge.json", ReferenceWiringTemplatesTest::driveOrDpu, 8 + 2);
        // 8 GPUs x 18 NVLink links (9 to each of the 2 chips) + 2 x 2 CPU-switch + 8 switch-retimer + 8 retimer-GPU + 8 switch-NIC
        assertEquals(144 + 4 + 8 + 8 + 8, made.get("rack-1"), "the generic rack has none, its server has: " + made);
    }

    /** A link of a drive, or of a DPU (in slots pcie-9 and pcie-10 of the HGX-class chassis): their root ports are not published. */
    private static boolean driveOrDpu(Project p, Link l) {
        for (String id : List.of(l.a().componentId(), l.b().componentId())) {
            if (family(p, id) == Family.SSD || p.component(id).map(c -> "pcie-9".equals(c.slot()) || "pcie-10".equals(c.slot())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aRackOfServersIsWiredServerByServerInOneStep() throws Exception {
        Project p = load("dgx-b200-scalable-unit.podforge.json");
        unwire(p);
        int servers = 0;
        int planned = 0;
        for (Rack rack : p.pods().get(0).racks()) {
            ReferenceWiring.Result r = ReferenceWiring.of(p, CAT, rack.id());
            if (!r.found()) {
                continue;
            }
            servers += (int) rack.chassis().stream().filter(c -> c.partNumber().equals("GENERIC-HGX-8GPU-10U")).count();
            planned += r.plan().links().size();
            assertEquals(5, r.steps().size(), "one part's steps, listed once: " + r.lines());
            assertTrue(r.lines().get(0).startsWith("8-GPU HGX-class server chassis"), r.lines().toString());
        }
        assertEquals(2, servers);
        assertEquals(2 * 172, planned, "both servers, 172 links each");
        Map<String, Integer> made = check("dgx-b200-scalable-unit.podforge.json", ReferenceWiringTemplatesTest::driveOrDpu, 2 * 10);
        assertEquals(2 * 172, made.entrySet().stream().filter(e -> p.rack(e.getKey()).isPresent()).mapToInt(Map.Entry::getValue).sum());
    }

    @Test
    void aChassisWithoutItsOwnWiringPointsToItsRack() throws Exception {
        Project p = load("gb200-nvl72.podforge.json");
        Rack rack = p.rack("rack-1").orElseThrow();
        Chassis switchTray = rack.chassis().stream().filter(c -> c.partNumber().equals("NVIDIA-NVLINK5-SWITCH-TRAY")).findFirst().orElseThrow();
        ReferenceWiring.Result r = ReferenceWiring.of(p, CAT, switchTray.id());
        assertTrue(!r.found() && r.reason().contains("Its rack") && r.reason().contains("select the rack"), r.reason());
    }

    @Test
    void aFullyWiredDesignPlansNothingMore() throws Exception {
        Project p = load("dgx-b200-server.podforge.json");
        String chassis = p.pods().get(0).racks().get(0).chassis().get(0).id();
        ReferenceWiring.Result r = ReferenceWiring.of(p, CAT, chassis);
        assertTrue(r.found(), r.reason());
        assertTrue(r.plan().isEmpty(), "every port the wiring uses is taken: " + r.plan().links().size() + " " + r.plan().notes());
        assertTrue(!r.plan().notes().isEmpty(), "and the notes say why nothing is planned");
    }

}
