package org.podforge.service.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.catalog.Catalog;
import org.podforge.cli.PodForgeCli;
import org.podforge.model.Project;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.Severity;
import org.podforge.rules.Thresholds;

/** Tier sizing arithmetic, refusals with their reasons, and the CLI around the generator. */
class ClusterGeneratorTest {
    static final Catalog CATALOG = ClusterGeneratorPropertyTest.CATALOG;

    @Test
    void tiersFollowTheRadixAndTheDgxSuperPodCounts() {
        // DGX SuperPOD B200, 2 SU: 64 nodes of 8 rails on 64-port switches: 16 leaves, 8 spines, 512 + 512 cables (fabric H2)
        FabricPlan two = FabricPlan.of(64, 1, 8, 32, 2, "SN5600");
        assertEquals(2, two.tiers());
        assertEquals(16, two.leaves());
        assertEquals(8, two.spines());
        assertEquals(512, (long) two.leaves() * two.leafUp());
        // the cluster: 2,048 pods of 8 servers on radix 128 (Tomahawk 6 class): three tiers, 5,120 switches
        FabricPlan three = FabricPlan.of(128, 1, 8, 8, 2048, "TH6");
        assertEquals(3, three.tiers());
        assertEquals(5120, three.switches());
        assertEquals(131_072L, (long) three.leaves() * three.leafDown());
        // 2:1 at the leaf: twice as many ports down as up
        FabricPlan over = FabricPlan.of(64, 2, 8, 8, 4, "SN5600");
        assertTrue(over.leafDown() <= 2 * over.leafUp() && over.leafDown() > over.leafUp());
    }

    @Test
    void aSwitchFamilyThatCannotReachTheSizeIsRefused() {
        GenerateRefused e = assertThrows(GenerateRefused.class, () -> FabricPlan.of(64, 1, 8, 8, 2048, "NVIDIA-SN5600"));
        assertEquals("pods", e.input());
        assertTrue(e.getMessage().contains("more than three tiers"), e.getMessage());
        GenerateRefused pod = assertThrows(GenerateRefused.class, () -> FabricPlan.of(64, 1, 8, 40, 1, "NVIDIA-SN5600"));
        assertTrue(pod.getMessage().contains("takes at most 32 down ports"), pod.getMessage());
    }

    @Test
    void aRackBudgetTooSmallForOneServerIsRefused() {
        GenerateRefused e = assertThrows(GenerateRefused.class, () -> generator(CATALOG).generate(GenerateRequest.builder()
                .gpuPart("NVIDIA-B300").scaleUp(ScaleUp.NONE).rackBudgetW(5000.0).build()));
        assertEquals("rack-budget", e.input());
        assertTrue(e.getMessage().contains("more than the rack budget of 5,000 W"), e.getMessage());
    }

    @Test
    void scorpioXDomainsStopAtEightyGpus() {
        generator(CATALOG).generate(GenerateRequest.builder().serversPerPod(10).scaleOutFamily("none").build());
        GenerateRefused e = assertThrows(GenerateRefused.class,
                () -> generator(CATALOG).generate(GenerateRequest.builder().serversPerPod(12).scaleOutFamily("none").build()));
        assertEquals("domain", e.input());
        assertTrue(e.getMessage().contains("reaches 80 GPUs"), e.getMessage());
    }

    @Test
    void nvlinkDomainsAreOneTierOfSwitchChipsUpTo72Gpus() {
        Catalog withNvlink = CATALOG; // NVIDIA-NVLINK5-SWITCH: 72 ports of 400G per direction (fabric G1, ADR 0007)
        // one HGX server: 2 chips on the board, 9 links from each GPU to each (fabric G1: 8 x 18 = 144 = 2 x 72)
        ClusterGenerator.Result one = generator(withNvlink).generate(GenerateRequest.builder().gpuPart("NVIDIA-B200")
                .scaleUp(ScaleUp.NVLINK).serversPerPod(2).scaleOutFamily("none").build());
        Project p = one.project();
        assertEquals(2 * 2, p.pods().get(0).allComponents().stream().filter(c -> c.partNumber().equals("NVIDIA-NVLINK5-SWITCH")).count());
        List<Finding> errors = RuleEngine.validate(p, withNvlink, ClusterGeneratorPropertyTest.PRICES).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), errors.toString());
        // 80 GPUs in one NVLink domain: 18 switches of 72 ports take 72 GPUs, so it is refused, not built broken
        GenerateRefused e = assertThrows(GenerateRefused.class, () -> generator(withNvlink).generate(GenerateRequest.builder()
                .gpuPart("NVIDIA-B200").gpusPerServer(4).serversPerPod(20).scaleUp(ScaleUp.NVLINK).domainGpus(80).scaleOutFamily("none").build()));
        assertEquals("domain", e.input());
        assertTrue(e.getMessage().contains("reaches 72 GPUs"), e.getMessage());
    }

    @Test
    void theFabricLineCountsInWordsWithPlurals() {
        // two tiers of 2 leaves and 1 spine for 1 SU of 1 pod: the preview said "1 spines", "1 SU(s) of 1 pod(s)"
        FabricPlan small = new FabricPlan(64, 32, 1, 1, 2, 8, 8, 2, 1, 1, 1, 8, 0, 0, 0);
        assertEquals("2 tiers: 2 leaves, 1 spine, 0 cores (radix 64, 1:1); 1 SU of 1 pod", small.describe(1));
        FabricPlan big = new FabricPlan(128, 64, 32, 64, 8, 64, 64, 3, 32, 4, 16, 2, 64, 32, 1);
        assertEquals("3 tiers: 512 leaves, 512 spines, 1,024 cores (radix 128, 1:1); 64 SUs of 32 pods, 16 blocks of 4 SUs",
                big.describe(1));
    }

    @Test
    void theCliGeneratesFromChoicesAndRefusesWithTheReason(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.podforge.json");
        Run ok = run("generate", "--gpu", "NVIDIA-B200", "--gpus-per-server", "8", "--servers", "2", "--scale-up", "none", "--scale-out", "SN5600",
                "--pods", "4", "--rack", "RACK-EIA-48U", "-o", f.toString());
        assertEquals(0, ok.code, ok.err);
        assertTrue(ok.out.contains("2 tiers: "), ok.out);
        Run info = run("info", f.toString());
        assertTrue(info.out.matches("(?s).*GPUs\\s+64.*"), info.out);
        Run bad = run("generate", "--scale-up", "warp-drive", "-o", dir.resolve("x.json").toString());
        assertEquals(PodForgeCli.BAD_INPUT, bad.code);
        assertTrue(bad.err.contains("--scale-up: 'warp-drive' is not one of"), bad.err);
        Run tooSmall = run("generate", "--gpu", "NVIDIA-B300", "--scale-up", "none", "--rack-budget", "5000", "-o", dir.resolve("y.json").toString());
        assertEquals(PodForgeCli.BAD_INPUT, tooSmall.code);
        assertTrue(tooSmall.err.contains("--rack-budget"), tooSmall.err);
        assertTrue(!Files.exists(dir.resolve("y.json")), "a refused request writes no file");
        Run gpus = run("generate", "--gpus", "128", "-o", dir.resolve("c.json").toString());
        assertEquals(0, gpus.code, gpus.err);
        assertTrue(gpus.out.contains("Scale-out:"), gpus.out);
    }

    @Test
    void theCliWritesTemplatesAndTheRackSettingsItWasGiven(@TempDir Path dir) throws Exception {
        Run list = run("generate", "--template", "list");
        assertEquals(0, list.code, list.err);
        assertTrue(list.out.contains("amd-helios"), list.out);
        Path t = dir.resolve("helios.podforge.json");
        Run tpl = run("generate", "--template", "amd-helios", "-o", t.toString());
        assertEquals(0, tpl.code, tpl.err);
        assertTrue(tpl.out.contains("72 accelerators"), tpl.out);
        Run unknown = run("generate", "--template", "nope", "-o", dir.resolve("n.json").toString());
        assertEquals(PodForgeCli.BAD_INPUT, unknown.code);
        assertTrue(unknown.err.contains("amd-helios"), "the names are listed: " + unknown.err);
        Run mixed = run("generate", "--template", "amd-helios", "--pods", "2", "-o", dir.resolve("m.json").toString());
        assertEquals(PodForgeCli.BAD_INPUT, mixed.code);

        Path g = dir.resolve("g.podforge.json");
        Run ok = run("generate", "--gpu", "NVIDIA-B200", "--scale-up", "none", "--scale-out", "SN5600", "--servers", "4", "--pods", "2",
                "--cooling", "rear-door", "--rack-budget", "58000", "--ssds", "4", "--oversubscription", "2:1", "-o", g.toString());
        assertEquals(0, ok.code, ok.err);
        var p = new org.podforge.io.ProjectReader(CATALOG_FOR_CLI).read(g).project();
        for (var r : p.pods().get(0).racks()) {
            assertEquals(org.podforge.model.Cooling.REAR_DOOR, r.cooling());
            assertEquals(58_000.0, r.powerBudgetW());
        }
        assertEquals(2.0, p.thresholdOverrides().get(ClusterGenerator.LEAF_OVERSUBSCRIPTION), "the ratio asked for is the design's limit");
        assertEquals(16, p.pods().get(0).allComponents().stream().filter(c -> c.partNumber().equals("MICRON-9650-E1S")).count());
        Run bad = run("generate", "--cooling", "arctic", "-o", dir.resolve("b.json").toString());
        assertEquals(PodForgeCli.BAD_INPUT, bad.code);
        assertTrue(bad.err.contains("--cooling"), bad.err);
    }

    private static final Catalog CATALOG_FOR_CLI = org.podforge.catalog.CatalogLoader.builtIn();

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        int code = PodForgeCli.run(args, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static ClusterGenerator generator(Catalog c) {
        return new ClusterGenerator(c, Thresholds.builtIn());
    }
}
