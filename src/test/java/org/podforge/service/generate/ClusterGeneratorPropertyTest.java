package org.podforge.service.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.MeshWiring;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.PortRole;
import org.podforge.model.Project;
import org.podforge.model.RailWiring;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.Severity;
import org.podforge.rules.Thresholds;

/**
 * Over a grid of small inputs, a generated design matches its inputs (GPUs, pods, scale-up fabric, rails,
 * tiers) and validates with no error; or the request is refused with a reason naming the input. Scale-up
 * fabrics whose switch is not in the catalog (yet) must be refused, and must generate cleanly once it is.
 */
class ClusterGeneratorPropertyTest {
    static final Catalog CATALOG = CatalogLoader.builtIn();
    static final PriceBook PRICES = CatalogLoader.builtInPrices();
    static final ClusterGenerator GEN = new ClusterGenerator(CATALOG, Thresholds.builtIn());

    static Stream<Arguments> grid() {
        List<Arguments> out = new ArrayList<>();
        // gpu, gpus/server, servers, scale-up, family, pods, oversubscription, expected tiers (0: do not check)
        out.add(Arguments.of("GENERIC-XPU-PCIE6", 8, 4, ScaleUp.SCORPIO_X, "NVIDIA-SN5600", 1, 1.0, 2));
        out.add(Arguments.of("GENERIC-XPU-PCIE6", 8, 4, ScaleUp.SCORPIO_X, "NVIDIA-Q3400-RA", 3, 1.0, 2));
        out.add(Arguments.of("GENERIC-XPU-PCIE6", 8, 4, ScaleUp.SCORPIO_X, "NVIDIA-SN5600", 72, 1.0, 3));
        out.add(Arguments.of("GENERIC-XPU-PCIE6", 8, 2, ScaleUp.NONE, "GENERIC-TH6-DAVISSON-CPO", 5, 2.0, 2));
        out.add(Arguments.of("GENERIC-XPU-PCIE6", 4, 2, ScaleUp.SCORPIO_X, "NVIDIA-SN5600", 2, 1.0, 2));
        out.add(Arguments.of("NVIDIA-B200", 8, 2, ScaleUp.NONE, "NVIDIA-SN5600", 4, 1.0, 2));
        out.add(Arguments.of("NVIDIA-B200", 8, 2, ScaleUp.NVLINK, "NVIDIA-SN5600", 2, 1.0, 2));
        out.add(Arguments.of("NVIDIA-B300", 8, 1, ScaleUp.NVLINK, "NVIDIA-Q3400-RA", 2, 1.0, 2));
        out.add(Arguments.of("AMD-MI355X", 8, 2, ScaleUp.NONE, "GENERIC-TH5-64X800G", 3, 3.0, 2));
        out.add(Arguments.of("AMD-MI455X", 4, 2, ScaleUp.UALINK, "NVIDIA-SN5600", 2, 1.0, 2));
        out.add(Arguments.of("AMD-MI455X", 4, 2, ScaleUp.ETHERNET, "NVIDIA-SN5600", 2, 1.0, 2));
        out.add(Arguments.of("GENERIC-XPU-PCIE6", 8, 1, ScaleUp.SCORPIO_X, "none", 1, 1.0, 0));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}x{2} {3} {4} x{5} at {6}:1")
    @MethodSource("grid")
    void generatedDesignsMatchTheirInputsAndValidate(String gpu, int perServer, int servers, ScaleUp su, String family, int pods, double o,
                                                     int tiers) {
        GenerateRequest req = GenerateRequest.builder().gpuPart(gpu).gpusPerServer(perServer).serversPerPod(servers).scaleUp(su)
                .scaleOutFamily(family).pods(pods).oversubscription(o).build();
        ClusterGenerator.Result res;
        try {
            res = GEN.generate(req);
        } catch (GenerateRefused e) {
            assertFalse(e.getMessage().isBlank());
            assertNotNull(e.input(), "a refusal names its input: " + e.getMessage());
            // only a scale-up fabric whose switch the catalog lacks may be refused on this grid
            assertTrue(su != ScaleUp.NONE && su != ScaleUp.SCORPIO_X && !hasScaleUpSwitch(su), "refused: " + e.getMessage());
            return;
        }
        Project p = res.project();
        Pod pod = p.pods().get(0);
        assertEquals(1, p.pods().size());
        assertEquals(pods, pod.replicas());
        long gpus = pod.allComponents().stream().filter(c -> family(c) == Family.GPU).count() * pod.replicas();
        assertEquals(req.totalGpus(), gpus);
        // scale-up: every GPU's scale-up ports on the chosen fabric are wired (none: no scale-up links)
        long suLinks = pod.links().stream().filter(l -> isScaleUp(l, p)).count();
        if (su == ScaleUp.NONE) {
            assertEquals(0, suLinks);
        } else {
            Part gp = CATALOG.require(gpu);
            int ports = gp.portSpecs().stream().filter(s -> s.role() == PortRole.SCALE_UP && s.speaks(su.protocol())).findFirst().orElseThrow()
                    .count();
            assertEquals((long) perServer * servers * ports, suLinks);
        }
        if (!"none".equals(family)) {
            FabricPlan plan = res.fabric();
            assertEquals(tiers, plan.tiers());
            RailWiring rails = (RailWiring) pattern(p, "rails").wiring();
            assertEquals(req.totalGpus() * req.nicsPerGpu(), rails.count(p), "one rail cable per NIC port");
            assertTrue(rails.problems(p).isEmpty(), rails.problems(p).toString());
            checkPorts(p);
            if (plan.tiers() >= 2) {
                MeshWiring ls = (MeshWiring) pattern(p, "leaf-spine").wiring();
                assertTrue(ls.problems(p).isEmpty());
                // every leaf's up cables reach the spines: oversubscription at most as asked
                assertEquals((long) plan.leaves() * plan.leafUp(), ls.count(p));
                assertTrue(plan.leafDown() <= o * plan.leafUp() + 1e-9);
            }
            if (plan.tiers() == 3) {
                MeshWiring sc = (MeshWiring) pattern(p, "spine-core").wiring();
                assertEquals((long) plan.spines() * plan.spineUp(), sc.count(p));
            }
            assertEquals(plan.switches(), p.fabric().allComponents().size());
        } else {
            assertTrue(p.fabric().isEmpty());
        }
        List<Finding> errors = RuleEngine.validate(p, CATALOG, PRICES).stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    /** No switch port is used twice or beyond the switch's ports (patterns' port ranges, added up per switch). */
    private static void checkPorts(Project p) {
        Map<String, List<int[]>> used = new HashMap<>();
        for (LinkPattern lp : p.fabric().patterns()) {
            lp.wiring().portUse(p, (id, prefix, first, count, up) -> {
                if (p.component(id).map(c -> c.chassis().rack().pod() == null).orElse(false)) {
                    used.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {first, first + count - 1});
                }
            });
        }
        for (var e : used.entrySet()) {
            Component c = p.component(e.getKey()).orElseThrow();
            int ports = CATALOG.require(c.partNumber()).ports().size();
            List<int[]> ranges = e.getValue();
            for (int i = 0; i < ranges.size(); i++) {
                int[] a = ranges.get(i);
                assertTrue(a[0] >= 1 && a[1] <= ports, e.getKey() + " uses ports " + a[0] + ".." + a[1] + " of " + ports);
                for (int j = i + 1; j < ranges.size(); j++) {
                    int[] b = ranges.get(j);
                    if (a[0] <= b[1] && b[0] <= a[1]) {
                        fail(e.getKey() + " uses ports " + a[0] + ".." + a[1] + " and " + b[0] + ".." + b[1]);
                    }
                }
            }
        }
    }

    private static LinkPattern pattern(Project p, String id) {
        return p.pattern(id).orElseThrow(() -> new AssertionError("no pattern " + id));
    }

    private static Family family(Component c) {
        return CATALOG.require(c.partNumber()).family();
    }

    private static boolean isScaleUp(Link l, Project p) {
        Component a = p.component(l.a().componentId()).orElseThrow();
        Component b = p.component(l.b().componentId()).orElseThrow();
        return family(a) == Family.SCALEUP_SWITCH || family(b) == Family.SCALEUP_SWITCH;
    }

    private static boolean hasScaleUpSwitch(ScaleUp su) {
        return CATALOG.byFamily(Family.SCALEUP_SWITCH).stream()
                .anyMatch(x -> x.portSpecs().stream().anyMatch(s -> s.role() == PortRole.SWITCH && s.speaks(su.protocol())));
    }
}
