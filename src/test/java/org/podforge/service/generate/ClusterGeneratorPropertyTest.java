package org.podforge.service.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Component;
import org.podforge.model.Cooling;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.MeshWiring;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.PortRole;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.RailWiring;
import org.podforge.power.PowerModel;
import org.podforge.power.RackPower;
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

    /** One point of the grid: the request and the scale-out tiers it must get (0: no fabric). */
    record Case(GenerateRequest req, int tiers) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%s %dx%d %s %s x%d at %s:1%s%s%s", req.gpuPart(), req.gpusPerServer(), req.serversPerPod(),
                    req.scaleUp(), req.scaleOutFamily(), req.pods(), req.oversubscription(), req.domainGpus() == null ? "" : " domain " + req.domainGpus(),
                    req.rackBudgetW() == null ? "" : " budget " + req.rackBudgetW(), req.cooling() == null ? "" : " " + req.cooling());
        }
    }

    private static Case c(String gpu, int perServer, int servers, ScaleUp su, String family, int pods, double o, int tiers) {
        return new Case(GenerateRequest.builder().gpuPart(gpu).gpusPerServer(perServer).serversPerPod(servers).scaleUp(su).scaleOutFamily(family)
                .pods(pods).oversubscription(o).build(), tiers);
    }

    static Stream<Case> grid() {
        List<Case> out = new ArrayList<>();
        out.add(c("GENERIC-XPU-PCIE6", 8, 4, ScaleUp.SCORPIO_X, "NVIDIA-SN5600", 1, 1.0, 2));
        out.add(c("GENERIC-XPU-PCIE6", 8, 4, ScaleUp.SCORPIO_X, "NVIDIA-Q3400-RA", 3, 1.0, 2));
        out.add(c("GENERIC-XPU-PCIE6", 8, 4, ScaleUp.SCORPIO_X, "NVIDIA-SN5600", 72, 1.0, 3));
        out.add(c("GENERIC-XPU-PCIE6", 8, 2, ScaleUp.NONE, "GENERIC-TH6-DAVISSON-CPO", 5, 2.0, 2));
        out.add(c("GENERIC-XPU-PCIE6", 4, 2, ScaleUp.SCORPIO_X, "NVIDIA-SN5600", 2, 1.0, 2));
        out.add(c("NVIDIA-B200", 8, 2, ScaleUp.NONE, "NVIDIA-SN5600", 4, 1.0, 2));
        out.add(c("NVIDIA-B200", 8, 2, ScaleUp.NVLINK, "NVIDIA-SN5600", 2, 1.0, 2));
        out.add(c("NVIDIA-B300", 8, 1, ScaleUp.NVLINK, "NVIDIA-Q3400-RA", 2, 1.0, 2));
        out.add(c("AMD-MI355X", 8, 2, ScaleUp.NONE, "GENERIC-TH5-64X800G", 3, 3.0, 2));
        out.add(c("AMD-MI455X", 4, 2, ScaleUp.UALINK, "NVIDIA-SN5600", 2, 1.0, 2));
        out.add(c("AMD-MI455X", 4, 2, ScaleUp.ETHERNET, "NVIDIA-SN5600", 2, 1.0, 2));
        out.add(c("GENERIC-XPU-PCIE6", 8, 1, ScaleUp.SCORPIO_X, "none", 1, 1.0, 0));
        // a Helios-sized UALink domain: 72 GPUs over Ethernet switch trays in the middle of one rack
        out.add(new Case(GenerateRequest.builder().gpuPart("AMD-MI455X").gpusPerServer(4).serversPerPod(18).scaleUp(ScaleUp.UALINK)
                .domainGpus(72).scaleOutFamily("none").build(), 0));
        // an NVL72-sized NVLink domain of 18 four-GPU servers
        out.add(new Case(GenerateRequest.builder().gpuPart("NVIDIA-B200").gpusPerServer(4).serversPerPod(18).scaleUp(ScaleUp.NVLINK)
                .domainGpus(72).scaleOutFamily("none").rackPart("NVIDIA-NVL72-RACK").cooling(Cooling.LIQUID).build(), 0));
        // power and cooling: a tight budget, a rear door, a blocking fabric, storage and CXL memory
        out.add(new Case(GenerateRequest.builder().gpuPart("NVIDIA-B200").serversPerPod(4).scaleUp(ScaleUp.NONE).scaleOutFamily("NVIDIA-SN5600")
                .pods(2).rackBudgetW(30_000.0).oversubscription(2).build(), 2));
        out.add(new Case(GenerateRequest.builder().gpuPart("NVIDIA-B200").serversPerPod(8).scaleUp(ScaleUp.NVLINK).scaleOutFamily("NVIDIA-SN5600")
                .cooling(Cooling.REAR_DOOR).ssdsPerServer(4).cxlPerCpu(1).media(GenerateRequest.MediaPreference.OPTICS).build(), 2));
        // found by running the generator as a new user would (each GPU, CPU, NIC speed, rails; docs/decisions/0031):
        // a GB200 superchip GPU, hosted over NVLink-C2C by Grace (it has no PCIe host port), in 4-GPU servers
        out.add(new Case(GenerateRequest.builder().gpuPart("NVIDIA-B200-GB200").cpuPart("NVIDIA-GRACE").gpusPerServer(4).serversPerPod(2)
                .scaleUp(ScaleUp.NVLINK).scaleOutFamily("NVIDIA-SN5600").pods(2).build(), 2));
        // a GB300 GPU has both: C2C to Grace and a PCIe host port on the server's switch
        out.add(new Case(GenerateRequest.builder().gpuPart("NVIDIA-B300-GB300").cpuPart("NVIDIA-GRACE").gpusPerServer(4).serversPerPod(2)
                .scaleUp(ScaleUp.NONE).scaleOutFamily("NVIDIA-SN5600").pods(2).build(), 2));
        // Gen6 CPUs and an Intel CPU (no EPYC port names): the CPU-switch link at Gen6 is cabled, board trace is too short
        out.add(new Case(GenerateRequest.builder().gpuPart("NVIDIA-B200").cpuPart("AMD-EPYC-VENICE").serversPerPod(2).scaleUp(ScaleUp.NVLINK)
                .scaleOutFamily("NVIDIA-SN5600").pods(2).build(), 2));
        out.add(new Case(GenerateRequest.builder().gpuPart("NVIDIA-B200").cpuPart("INTEL-XEON-6900P").cxlPerCpu(2).serversPerPod(2)
                .scaleUp(ScaleUp.NVLINK).scaleOutFamily("NVIDIA-SN5600").pods(2).build(), 2));
        // Scorpio X on the server board (a one-server domain): Gen6 x4 links cabled inside the chassis
        out.add(new Case(GenerateRequest.builder().serversPerPod(2).scaleUp(ScaleUp.SCORPIO_X).domainGpus(8).scaleOutFamily("NVIDIA-SN5600")
                .pods(2).build(), 2));
        // fewer rails than NICs: every server gives each rail the same NIC places (rail-aligned, not a warning)
        out.add(new Case(GenerateRequest.builder().gpuPart("NVIDIA-B200").serversPerPod(4).scaleUp(ScaleUp.NONE).scaleOutFamily("NVIDIA-SN5600")
                .rails(2).pods(8).build(), 2));
        // 800G per GPU with the switch and NIC left to the generator: a NIC that carries it is chosen
        out.add(new Case(GenerateRequest.builder().gpuPart("NVIDIA-B200").serversPerPod(4).scaleUp(ScaleUp.NONE).speedGbps(800.0).pods(8).build(), 2));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grid")
    void generatedDesignsMatchTheirInputsAndValidate(Case k) {
        GenerateRequest req = k.req();
        String gpu = req.gpuPart();
        ScaleUp su = req.scaleUp();
        String family = req.scaleOutFamily();
        int pods = req.pods();
        double o = req.oversubscription();
        int tiers = k.tiers();
        int perServer = req.gpusPerServer();
        int servers = req.serversPerPod();
        // every point of the grid is a possible request: none may be refused
        ClusterGenerator.Result res = GEN.generate(req);
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
        List<Finding> findings = RuleEngine.validate(p, CATALOG, PRICES);
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), errors.toString());
        // not even a warning (within power and cooling, the fabric as blocking as asked, reaches met, rails aligned, one NIC
        // per GPU), except where the catalog has a gap: a part publishing no power figure, no price in the price book, or no
        // catalogued module that fits a port's cage (port.speed says which)
        List<Finding> held = findings.stream().filter(f -> f.severity() != Severity.INFO)
                .filter(f -> !f.ruleId().equals("bom.price"))
                .filter(f -> !(f.ruleId().equals("port.speed") && f.message().contains("the catalog has no orderable")))
                .filter(f -> !(f.ruleId().equals("rack.power") && f.message().contains("publish no power figure")))
                .toList();
        assertTrue(held.isEmpty(), held.toString());
        PowerModel pm = new PowerModel(p, CATALOG, Thresholds.builtIn());
        for (Rack r : pod.racks()) {
            RackPower rp = pm.rack(r);
            assertTrue(rp.totalW() <= rp.budget().watts() + 1e-6, r.id() + " " + rp.totalW());
            if (req.rackBudgetW() != null) {
                assertEquals(req.rackBudgetW(), r.powerBudgetW(), "the budget asked for is the rack's");
            }
            assertEquals(req.cooling(), r.cooling(), "the cooling asked for is declared on the rack");
        }
        if (o > 1 && !"none".equals(family)) {
            assertEquals(o, p.thresholdOverrides().get(ClusterGenerator.LEAF_OVERSUBSCRIPTION));
        }
        long ssds = pod.allComponents().stream().filter(x -> x.partNumber().equals(PodDesigner.SSD)).count();
        if (req.ssdsPerServer() != null) {
            assertEquals((long) req.ssdsPerServer() * servers, ssds);
        }
    }

    @Test
    void withTheSwitchAndNicLeftToItTheGeneratorPicksAFamilyWhoseRailsItCanCable() {
        Project p = GEN.generate(GenerateRequest.builder().build()).project();
        LinkPattern rails = pattern(p, "rails");
        assertNotNull(rails.cablePart(), "the default design's rails have a cable");
        if (rails.medium() == org.podforge.model.Medium.FIBER_MM || rails.medium() == org.podforge.model.Medium.FIBER_SM) {
            assertNotNull(rails.transceiverPart(), "and modules where the medium needs them");
        }
        assertFalse(p.description().contains("left empty"), p.description());
    }

    @Test
    void impossibleRequestsAreRefusedWithTheReason() {
        // 80 NVLink GPUs in one domain: one tier of 18 chips of 72 ports takes 72
        GenerateRefused e = assertThrows(GenerateRefused.class, () -> GEN.generate(GenerateRequest.builder().gpuPart("NVIDIA-B200")
                .gpusPerServer(4).serversPerPod(20).scaleUp(ScaleUp.NVLINK).domainGpus(80).scaleOutFamily("none").build()));
        assertEquals("domain", e.input());
        assertTrue(e.getMessage().contains("80 NVLink GPUs in one domain"), e.getMessage());
        // a rack budget too small for one server
        e = assertThrows(GenerateRefused.class, () -> GEN.generate(GenerateRequest.builder().gpuPart("NVIDIA-B200").scaleUp(ScaleUp.NONE)
                .scaleOutFamily("none").rackBudgetW(10_000.0).build()));
        assertEquals("rack-budget", e.input());
        assertTrue(e.getMessage().contains("14,300 W, more than the rack budget of 10,000 W"), e.getMessage());
        // air-cooled servers in a rack declared liquid: no cold plates to serve
        e = assertThrows(GenerateRefused.class, () -> GEN.generate(GenerateRequest.builder().gpuPart("NVIDIA-B200").scaleUp(ScaleUp.NONE)
                .scaleOutFamily("none").cooling(Cooling.LIQUID).build()));
        assertEquals("cooling", e.input());
        // a superchip GPU (no PCIe host port) on a CPU without NVLink-C2C: the CPU to give is named
        e = assertThrows(GenerateRefused.class, () -> GEN.generate(GenerateRequest.builder().gpuPart("NVIDIA-B200-GB200").gpusPerServer(4)
                .scaleOutFamily("none").build()));
        assertEquals("cpu", e.input());
        assertTrue(e.getMessage().contains("NVLink-C2C") && e.getMessage().contains("NVIDIA-GRACE") && !e.getMessage().contains("VERA"),
                e.getMessage());
        // Grace hosts two GPUs over C2C: eight per server cannot be bonded
        e = assertThrows(GenerateRefused.class, () -> GEN.generate(GenerateRequest.builder().gpuPart("NVIDIA-B200-GB200").cpuPart("NVIDIA-GRACE")
                .scaleOutFamily("none").build()));
        assertEquals("gpus-per-server", e.input());
        // a CPU without a PCIe root port for the server's switch
        e = assertThrows(GenerateRefused.class, () -> GEN.generate(GenerateRequest.builder().cpuPart("NVIDIA-VERA").scaleOutFamily("none").build()));
        assertEquals("cpu", e.input());
        // CXL memory on a CPU whose root ports do not speak CXL
        e = assertThrows(GenerateRefused.class, () -> GEN.generate(GenerateRequest.builder().cpuPart("NVIDIA-GRACE").gpuPart("NVIDIA-B200")
                .gpusPerServer(4).cxlPerCpu(1).scaleOutFamily("none").build()));
        assertEquals("cxl-per-cpu", e.input());
        // a fabric PodForge does not generate is named, not just "none"
        e = assertThrows(GenerateRefused.class, () -> GEN.generate(GenerateRequest.builder().gpuPart("AWS-TRAINIUM2").scaleUp(ScaleUp.NVLINK)
                .scaleOutFamily("none").build()));
        assertTrue(e.getMessage().contains("switched scale-up fabrics only, not AWS NeuronLink"), e.getMessage());
        assertFalse(e.getMessage().contains("NeuronLink, AWS NeuronLink"), e.getMessage());
        // an odd number of SSDs cannot split over the two CPUs
        e = assertThrows(GenerateRefused.class, () -> GEN.generate(GenerateRequest.builder().ssdsPerServer(3).scaleOutFamily("none").build()));
        assertEquals("ssds", e.input());
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
}
