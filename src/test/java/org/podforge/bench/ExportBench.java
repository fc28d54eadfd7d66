package org.podforge.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Standard;
import org.podforge.bom.ValidationStatus;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.export.CsvExporter;
import org.podforge.export.WorkbookExporter;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;

/**
 * Export benchmark (a main, not a test): the 16,384-accelerator cluster from {@link PodGenerator} exported
 * to the workbook and the CSV files in a forked JVM with a bounded heap. Prints, per run, the time to
 * build the BOM/cable schedule/validation, to write the workbook and to write the CSV files, the file
 * sizes and the peak heap; then medians.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=org.podforge.bench.ExportBench [-Dexec.args="16384 512m 5"]</pre>
 */
public final class ExportBench {
    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int gpus = args.length > 0 ? Integer.parseInt(args[0]) : 16384;
        String heap = args.length > 1 ? args[1] : "512m";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + heap, "-Djava.awt.headless=true", "-cp", classPath(),
                ExportBench.class.getName(), "--child", Integer.toString(gpus), Integer.toString(runs));
        System.out.println("forking: java -Xmx" + heap + " ... ExportBench --child " + gpus + " " + runs);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                System.out.println(line);
            }
        }
        int code = p.waitFor();
        if (code != 0) {
            System.out.println("child JVM exited with " + code);
            System.exit(code);
        }
    }

    /** The class path of this JVM, or of the class loader exec:java runs us in. */
    static String classPath() throws Exception {
        ClassLoader cl = ExportBench.class.getClassLoader();
        if (cl instanceof java.net.URLClassLoader) {
            List<String> parts = new ArrayList<>();
            for (java.net.URL u : ((java.net.URLClassLoader) cl).getURLs()) {
                parts.add(Path.of(u.toURI()).toString());
            }
            if (!parts.isEmpty()) {
                return String.join(java.io.File.pathSeparator, parts);
            }
        }
        return System.getProperty("java.class.path");
    }

    /** Largest used heap seen by a thread sampling every 2 ms (the JVM's -Xmx bounds it anyway). */
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

    private static long peakHeapBytes() {
        return PEAK.get();
    }

    private static void resetPeaks() {
        PEAK.set(0);
    }

    private static void startSampler() {
        java.lang.management.MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        Thread t = new Thread(() -> {
            while (true) {
                PEAK.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        t.setDaemon(true);
        t.start();
    }

    private static void child(int gpus, int runs) throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "machine: %s %s, %d cpus, java %s, max heap %d MB%n", System.getProperty("os.name"),
                System.getProperty("os.arch"), rt.availableProcessors(), System.getProperty("java.version"),
                rt.maxMemory() >> 20);
        startSampler();
        Catalog catalog = CatalogLoader.builtIn();
        PriceBook prices = CatalogLoader.builtInPrices();
        long t0 = System.nanoTime();
        Project project = PodGenerator.cluster(gpus);
        System.out.printf(Locale.ROOT, "generated %d accelerators: %d pods, %d links, %d components in %.2f s (not timed below)%n",
                gpus, project.pods().size(), project.allLinks().size(), project.allComponents().size(),
                (System.nanoTime() - t0) / 1e9);
        System.gc();
        System.out.printf(Locale.ROOT, "heap used by the catalog and the generated project after GC: %d MB%n",
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
        Path dir = Files.createTempDirectory("podforge-bench");
        List<double[]> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            System.gc();
            resetPeaks();
            long a = System.nanoTime();
            LinkFacts facts = Standard.linkFacts(project, catalog);
            long a1 = System.nanoTime();
            ValidationStatus status = Standard.validator().validate(project, catalog, prices);
            long a2 = System.nanoTime();
            DesignReport rep = DesignReport.of(project, catalog, prices, facts, (p, c, b) -> status);
            long b = System.nanoTime();
            Path xlsx = dir.resolve("cluster.xlsx");
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            WorkbookExporter.export(rep, xlsx);
            long c = System.nanoTime();
            double workbookCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
            long peakXlsx = peakHeapBytes();
            List<Path> csv = CsvExporter.exportAll(rep, dir.resolve("csv"));
            long d = System.nanoTime();
            long csvBytes = 0;
            for (Path f : csv) {
                csvBytes += Files.size(f);
            }
            double[] r = {((a1 - a) + (b - a2)) / 1e9, (a2 - a1) / 1e9, (c - b) / 1e9, ((a1 - a) + (b - a2) + (c - b)) / 1e9,
                    (d - c) / 1e9, peakXlsx / 1048576.0, peakHeapBytes() / 1048576.0, workbookCpu,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
            System.out.printf(Locale.ROOT,
                    "run %d: BOM + cable schedule (geometry, chains) %.2f s, validation (rules engine) %.2f s, workbook %.2f s, "
                            + "BOM+schedule+workbook %.2f s, CSV x4 %.2f s; workbook CPU time of the exporting thread %.2f s (load average %.1f); peak used heap %.0f MB (to workbook), %.0f MB (with CSV); "
                            + "xlsx %.1f MB, CSV %.1f MB, %d cable rows, %d BOM lines; validation: %s%n",
                    run, r[0], r[1], r[2], r[3], r[4], r[7], r[8], r[5], r[6], Files.size(xlsx) / 1048576.0, csvBytes / 1048576.0,
                    rep.cables().cableCount(), rep.bom().lines().size(), rep.validation().summary());
            results.add(r);
        }
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
        String[] names = {"BOM+schedule", "validation", "workbook", "BOM+schedule+workbook", "CSV x4",
            "peak used heap MB (workbook)", "peak used heap MB (all)", "workbook thread CPU s", "load average"};
        StringBuilder sb = new StringBuilder("median of " + runs + " runs:");
        for (int i = 0; i < names.length; i++) {
            final int k = i;
            List<Double> v = new ArrayList<>();
            results.forEach(r -> v.add(r[k]));
            v.sort(Comparator.naturalOrder());
            sb.append(String.format(Locale.ROOT, " %s %.2f;", names[i], v.get(v.size() / 2)));
        }
        System.out.println(sb);
    }
}
