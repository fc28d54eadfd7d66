package org.podforge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.podforge.bom.Bom;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;
import org.podforge.print.DesignPdf;
import org.podforge.print.PrintOptions;
import org.podforge.print.RackSelection;
import org.podforge.service.PodGenerator;

/**
 * Print benchmark (a main, not a test): the rack elevations of a generated cluster written as a PDF, N racks a
 * page. Prints racks, pages, the time to build the BOM and to write the PDF (median of the runs after one warm-up)
 * and the file size.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=org.podforge.bench.PrintBench [-Dexec.args="4096 4 5"]</pre>
 */
public final class PrintBench {
    private PrintBench() {
    }

    public static void main(String[] args) throws Exception {
        int gpus = args.length > 0 ? Integer.parseInt(args[0]) : 4096;
        int perPage = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Catalog catalog = CatalogLoader.builtIn();
        Project p = PodGenerator.cluster(gpus);
        int racks = RackSelection.all(p).size();
        PrintOptions o = new PrintOptions(List.of(), perPage, PrintOptions.Paper.A4, "bench", LocalDate.of(2026, 12, 2), "bench");
        Path out = Files.createTempFile("podforge-print", ".pdf");
        List<Double> bomMs = new ArrayList<>();
        List<Double> pdfMs = new ArrayList<>();
        int pages = 0;
        for (int i = 0; i <= runs; i++) {
            long t0 = System.nanoTime();
            Bom bom = Bom.of(p, catalog, CatalogLoader.builtInPrices());
            long t1 = System.nanoTime();
            pages = DesignPdf.write(p, catalog, bom, o, out).pages();
            long t2 = System.nanoTime();
            if (i > 0) {
                bomMs.add((t1 - t0) / 1e6);
                pdfMs.add((t2 - t1) / 1e6);
            }
        }
        System.out.printf("%d accelerators, %d racks, %d per page: %d pages, %,d bytes%n", gpus, racks, perPage, pages, Files.size(out));
        System.out.printf("median of %d runs: BOM %.0f ms, PDF %.0f ms (%.1f ms per page)%n", runs, median(bomMs), median(pdfMs),
                median(pdfMs) / Math.max(1, pages));
        Files.deleteIfExists(out);
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }
}
