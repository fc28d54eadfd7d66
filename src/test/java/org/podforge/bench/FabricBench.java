package org.podforge.bench;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.podforge.bom.Bom;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.ConnectivityTier;
import org.podforge.bom.FabricBom;
import org.podforge.bom.Standard;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.export.CsvExporter;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.LinkPattern;
import org.podforge.model.Medium;
import org.podforge.model.MeshWiring;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.RailWiring;
import org.podforge.model.ReplicaLayout;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.RuleRegistry;
import org.podforge.rules.Thresholds;

/**
 * The fabric level at cluster scale: 131,072 GPUs as one pod design of 64 (8 servers of 8 B200 and 8 ConnectX-7)
 * deployed 2,048 times, rail-optimized on 64-port SN5600 switches in three non-blocking tiers: 4,096 leaves (a
 * scalable unit of 4 pods on 8 leaves, 32 down and 32 up), 4,096 spines (blocks of 32 leaves and 32 spines) and
 * 2,048 cores (64 planes of 64 spines and 32 cores), 10,240 switches in 640 network racks, three patterns standing
 * for 393,216 cables. Prints the file size, the time of the scaleout.fabric rule, of a full validation, of the BOM
 * and of streaming every fabric cable through the CSV cable schedule. Run:
 * {@code java -cp target/classes:target/test-classes:<deps> org.podforge.bench.FabricBench}.
 */
public final class FabricBench {
    private FabricBench() {
    }

    static Project cluster() {
        Project p = new Project("131,072-GPU cluster");
        Pod pod = new Pod("pod-1", "64-GPU pod", 2048);
        pod.setLayout(new ReplicaLayout(32, 1, 2));
        p.addPod(pod);
        List<List<PortRef>> rails = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rails.add(new ArrayList<>());
        }
        for (int rk = 0; rk < 2; rk++) {
            Rack r = new Rack("rack-" + (rk + 1), "", "RACK-EIA-48U", 0, rk);
            pod.addRack(r);
            for (int s = 0; s < 4; s++) {
                int srv = rk * 4 + s + 1;
                Chassis c = new Chassis("srv-" + srv, "", "GENERIC-HGX-8GPU-10U", 1 + s * 10);
                r.addChassis(c);
                for (int g = 1; g <= 8; g++) {
                    c.addComponent(new Component("gpu-" + srv + "-" + g, "", "NVIDIA-B200", "gpu-" + g));
                    c.addComponent(new Component("nic-" + srv + "-" + g, "", "NVIDIA-CONNECTX-7", "pcie-" + g));
                    rails.get(g - 1).add(new PortRef("nic-" + srv + "-" + g, "net"));
                }
            }
        }
        List<String> leaves = switches(p, "leaf", 4096);
        List<String> spines = switches(p, "spine", 4096);
        List<String> cores = switches(p, "core", 2048);
        p.fabric().addPattern(new LinkPattern("rails", "Rails", new RailWiring("pod-1", rails, leaves, 4, "port-", 1), 4, Medium.FIBER_MM));
        p.fabric().addPattern(new LinkPattern("leaf-spine", "Leaf-spine", new MeshWiring(leaves, spines, 128, 1, "port-", 33, "port-", 1), 4,
                Medium.FIBER_SM));
        // plane g: spine g of every block ... ordered so that each group's 64 spines are contiguous
        List<String> byPlane = new ArrayList<>();
        for (int g = 0; g < 32; g++) {
            for (int b = 0; b < 128; b++) {
                byPlane.add(spines.get(b * 32 + g));
            }
        }
        p.fabric().addPattern(new LinkPattern("spine-core", "Spine-core", new MeshWiring(byPlane, cores, 64, 1, "port-", 33, "port-", 1), 4,
                Medium.FIBER_SM));
        return p;
    }

    private static List<String> switches(Project p, String prefix, int n) {
        List<String> ids = new ArrayList<>(n);
        Rack r = null;
        for (int i = 0; i < n; i++) {
            if (i % 16 == 0) {
                r = new Rack(prefix + "rack-" + (i / 16 + 1), "", "RACK-EIA-42U", 10 + i / 16 / 32, (i / 16) % 32);
                p.fabric().addRack(r);
            }
            Chassis box = new Chassis(prefix + "box-" + (i + 1), "", "NVIDIA-SN5600-BOX", 1 + (i % 16) * 2);
            box.addComponent(new Component(prefix + "-" + (i + 1), "", "NVIDIA-SN5600", "asic"));
            r.addChassis(box);
            ids.add(prefix + "-" + (i + 1));
        }
        return ids;
    }

    public static void main(String[] args) throws Exception {
        Catalog catalog = CatalogLoader.builtIn();
        long t = System.nanoTime();
        Project p = cluster();
        System.out.printf("model built in %.0f ms: %,d switches, %,d fabric cables (patterns), file %.1f MB%n", ms(t),
                p.fabric().allComponents().size(), org.podforge.model.FabricCables.count(p),
                ProjectWriter.toJson(p).getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6);
        RuleContext ctx = new RuleContext(p, catalog, CatalogLoader.builtInPrices(), Thresholds.builtIn());
        var rule = RuleRegistry.builtIn().find("scaleout.fabric").orElseThrow();
        for (int run = 0; run < 3; run++) {
            List<String> out = new ArrayList<>();
            t = System.nanoTime();
            rule.checkFabric(ctx, p.fabric(), new org.podforge.rules.Report() {
                @Override
                public void add(org.podforge.rules.Severity s, String m, List<String> subj, List<org.podforge.rules.Fix> f) {
                    out.add(s + " " + m);
                }

                @Override
                public void add(org.podforge.rules.Severity s, String m, List<String> subj, List<org.podforge.rules.Fix> f, String src) {
                    out.add(s + " " + m);
                }
            });
            System.out.printf("scaleout.fabric run %d: %.0f ms, %d finding(s)%s%n", run + 1, ms(t), out.size(), out.isEmpty() ? "" : ": " + out);
        }
        t = System.nanoTime();
        List<Finding> all = RuleEngine.validate(p, catalog, CatalogLoader.builtInPrices());
        System.out.printf("full validation: %.0f ms, %d finding(s), %d of scaleout.fabric%n", ms(t), all.size(),
                all.stream().filter(f -> f.ruleId().equals("scaleout.fabric")).count());
        incremental(p, catalog);
        t = System.nanoTime();
        Bom b = Bom.of(p, catalog, CatalogLoader.builtInPrices());
        System.out.printf("BOM: %.0f ms; fabric %,d switches, %,d cables; scale-out per GPU %.2f %s%n", ms(t), b.fabric().count(FabricBom.Role.SWITCH),
                b.fabric().count(FabricBom.Role.CABLE), b.connectivity().perGpu(ConnectivityTier.SCALE_OUT), b.currency());
        CableSchedule s = CableSchedule.of(p, Standard.linkFacts(p, catalog), catalog);
        long[] n = {0};
        t = System.nanoTime();
        s.forEachFabricCable(c -> n[0]++);
        System.out.printf("fabric cables streamed: %,d in %.0f ms (with lengths)%n", n[0], ms(t));
        t = System.nanoTime();
        CsvExporter.writeCables(s, Writer.nullWriter());
        System.out.printf("cable-schedule.csv of %,d cables written in %.0f ms; heap used %.0f MB%n", s.cableCount(), ms(t),
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
    }

    /**
     * The incremental path (ADR 0020, 0023): an edit of a pattern's module re-judges every network rack's power (640
     * racks, one pass over the patterns for all of them); moving a network rack re-judges that rack only. Each edit is
     * done and undone three times; the median of the six updates is printed, with the units checked.
     */
    private static void incremental(Project p, Catalog catalog) {
        RuleEngine engine = new RuleEngine(p, catalog, CatalogLoader.builtInPrices());
        org.podforge.model.command.CommandStack stack = new org.podforge.model.command.CommandStack(p);
        engine.attach(stack);
        engine.validateAll();
        String[] names = {"pattern module edit", "network rack move"};
        for (int k = 0; k < 2; k++) {
            List<Double> times = new ArrayList<>();
            long units = engine.checkedUnits();
            for (int run = 0; run < 3; run++) {
                org.podforge.model.command.Command c = k == 0
                        ? org.podforge.model.command.Edits.patternTransceiver(p, "rails", true, run % 2 == 0 ? "NVIDIA-MMA4Z00-NS" : "GENERIC-800G-OSFP-SR8")
                        : org.podforge.model.command.Edits.rackPlace(p, "leafrack-1", 40, run);
                long t = System.nanoTime();
                stack.execute(c);
                times.add(ms(t));
                t = System.nanoTime();
                stack.undo();
                times.add(ms(t));
            }
            times.sort(null);
            System.out.printf("incremental update after a %s: median %.0f ms (min %.0f, max %.0f), %.0f unit(s) checked per update%n", names[k],
                    (times.get(2) + times.get(3)) / 2, times.get(0), times.get(5), (engine.checkedUnits() - units) / 6.0);
        }
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
