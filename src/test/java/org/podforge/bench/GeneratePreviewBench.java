package org.podforge.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.rules.Thresholds;
import org.podforge.service.generate.ClusterGenerator;
import org.podforge.service.generate.GenerateRequest;
import org.podforge.service.templates.TemplatePreview;

/**
 * What one live preview of File > Generate… costs: {@code ClusterGenerator.generate} (with the power fit that
 * rebuilds the pod until its racks are within budget and cooling) plus {@code TemplatePreview.of} (the BOM), as
 * the wizard runs them off the FX thread after each change. In process, after two warm-up runs per size; prints
 * the median, minimum and maximum per size and the load average.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.podforge.bench.GeneratePreviewBench
 *     [-Dexec.args="64,4096,131072 5"]</pre>
 */
public final class GeneratePreviewBench {
    private GeneratePreviewBench() {
    }

    public static void main(String[] args) {
        long[] sizes = Arrays.stream((args.length > 0 ? args[0] : "64,4096,131072").split(",")).mapToLong(Long::parseLong).toArray();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Catalog catalog = CatalogLoader.builtIn();
        PriceBook prices = CatalogLoader.builtInPrices();
        ClusterGenerator gen = new ClusterGenerator(catalog, Thresholds.builtIn());
        System.out.printf(Locale.ROOT, "java %s, %d CPU(s), load average %.1f; %d run(s) per size after 2 warm-ups%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs);
        for (long gpus : sizes) {
            // the wizard's default server (8 XPUs, Scorpio X) deployed as pods of 8 servers
            GenerateRequest r = GenerateRequest.builder().pods((int) (gpus / 64)).build();
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < runs + 2; i++) {
                long t0 = System.nanoTime();
                ClusterGenerator.Result res = gen.generate(r);
                TemplatePreview p = TemplatePreview.of(res.project(), catalog, prices);
                double t = (System.nanoTime() - t0) / 1e6;
                if (p.gpus() != gpus) {
                    throw new IllegalStateException("preview has " + p.gpus() + " GPUs, asked " + gpus);
                }
                if (i >= 2) {
                    ms.add(t);
                }
            }
            ms.sort(Double::compare);
            System.out.printf(Locale.ROOT, "%,9d GPUs: median %,.0f ms (min %,.0f, max %,.0f)%n", gpus, ms.get(ms.size() / 2), ms.get(0),
                    ms.get(ms.size() - 1));
        }
    }
}
