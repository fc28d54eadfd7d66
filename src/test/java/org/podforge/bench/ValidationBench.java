package org.podforge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Project;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.rules.RuleEngine;
import org.podforge.service.PodGenerator;

/**
 * Validation benchmark (a main, not a test): clusters of 512, 4,096 and 16,384 accelerators from
 * {@link PodGenerator#cluster(int)}; measures reading the project file, a full validation pass, and the
 * incremental re-validation after moving one server (one U up, then back). Prints medians.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=org.podforge.bench.ValidationBench}
 * (optional args: sizes, e.g. {@code -Dexec.args="512 4096"}).
 */
public final class ValidationBench {
    private ValidationBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {512, 4096, 16384} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Catalog catalog = CatalogLoader.builtIn();
        PriceBook prices = CatalogLoader.builtInPrices();
        System.out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        // warm-up on a small cluster so the JIT has compiled the hot paths
        run(catalog, prices, 256, 3, false);
        System.out.println("| GPUs | components | links | file MB | read ms | full validation ms | full/read | full, 1 thread ms | incremental ms | incremental/full | findings |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            run(catalog, prices, n, n >= 16384 ? 3 : 5, true);
        }
    }

    private static void run(Catalog catalog, PriceBook prices, int gpus, int reps, boolean print) throws Exception {
        Project generated = PodGenerator.cluster(gpus);
        Path file = Files.createTempFile("bench-" + gpus + "-", ".podforge.json");
        try {
            ProjectWriter.save(generated, file);
            generated = null;
            double mb = Files.size(file) / 1e6;
            List<Double> read = new ArrayList<>();
            Project p = null;
            for (int i = 0; i < reps; i++) {
                System.gc();
                long t0 = System.nanoTime();
                p = new ProjectReader(catalog).read(file).project();
                read.add((System.nanoTime() - t0) / 1e6);
            }
            // full passes, parallel and on one thread interleaved so neither gets a warmer JIT or heap
            List<Double> full = new ArrayList<>();
            List<Double> single = new ArrayList<>();
            RuleEngine engine = null;
            for (int i = 0; i < reps; i++) {
                System.gc();
                RuleEngine e = new RuleEngine(p, catalog, prices);
                long t0 = System.nanoTime();
                e.validateAll();
                full.add((System.nanoTime() - t0) / 1e6);
                engine = e;
                System.gc();
                RuleEngine s1 = new RuleEngine(p, catalog, prices).parallel(false);
                t0 = System.nanoTime();
                s1.validateAll();
                single.add((System.nanoTime() - t0) / 1e6);
            }
            int findings = engine.findings().size();
            // incremental: move the first server of the middle pod one U up, then back
            Chassis server = p.pods().get(p.pods().size() / 2).racks().get(0).chassis().get(0);
            String rackId = server.rack().id();
            int u = server.uPosition();
            List<Double> inc = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                MoveChassisCommand move = new MoveChassisCommand(server.id(), rackId, u + 1);
                move.execute(p);
                long t0 = System.nanoTime();
                engine.update(move);
                inc.add((System.nanoTime() - t0) / 1e6);
                move.undo(p);
                t0 = System.nanoTime();
                engine.update(move);
                inc.add((System.nanoTime() - t0) / 1e6);
            }
            if (!engine.findings().equals(RuleEngine.validate(p, catalog, prices))) {
                throw new IllegalStateException("incremental findings differ from a full pass");
            }
            if (print) {
                double r = median(read);
                double f = median(full);
                double i = median(inc);
                System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %.1f | %.0f | %.0f | %.2f | %.0f | %.2f | %.2f%% | %,d |%n", gpus,
                        p.allComponents().size(), p.allLinks().size(), mb, r, f, f / r, median(single), i, 100 * i / f, findings);
                System.out.flush();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
