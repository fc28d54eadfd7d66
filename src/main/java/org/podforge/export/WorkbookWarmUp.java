package org.podforge.export;

import java.io.OutputStream;
import org.podforge.bom.DesignReport;
import org.podforge.bom.Standard;
import org.podforge.bom.ValidationStatus;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;

/**
 * The workbook export's fixed cost, paid on another core (decision 0040; off unless {@code -D}{@value #PROPERTY}
 * {@code =true}): a {@code podforge export --xlsx} spends most of its workbook time making POI ready (loading and
 * initialising its and XMLBeans' classes, spinning their lambdas, the JIT compiling them), the same for a one-cell
 * workbook as for a cluster's. {@link #begin()} writes the workbook of the built-in sample (its BOM, not validated) to
 * nowhere on a daemon thread while the main thread parses the command line, reads the design and validates it; the
 * real export then finds POI ready. Nothing it makes is kept or shared: it has its own design, report and workbook,
 * and POI's classes are safe to use from two threads on two workbooks.
 *
 * <p>Off by default: on our 2-core machine the C1 compiler already keeps the second core busy during an export, so
 * the warm-up's extra CPU (0.5-0.7 s) bought no wall time under load (docs/performance.md); it is there to be measured
 * on a quiet machine and on more cores.
 */
public final class WorkbookWarmUp {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkbookWarmUp.class);

    /** {@code -Dpodforge.export.warmUp=true} turns it on. */
    public static final String PROPERTY = "podforge.export.warmUp";

    private WorkbookWarmUp() {
    }

    /** Starts the warm-up on a daemon thread (it never keeps the JVM alive) when turned on. */
    public static void begin() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        Thread t = new Thread(WorkbookWarmUp::run, "workbook-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The warm-up; a failure only means the real export warms POI up itself. */
    static void run() {
        try {
            writeSample(OutputStream.nullOutputStream());
            org.podforge.service.StartupTrace.mark("workbook-warm-up-done"); // with this thread's CPU, when tracing
        } catch (Exception | LinkageError e) {
            LOG.debug("workbook warm-up failed (the export warms up itself)", e);
        }
    }

    /** The built-in sample's workbook (its BOM, not validated) to {@code os}. */
    static void writeSample(OutputStream os) throws java.io.IOException {
        Catalog catalog = CatalogLoader.builtIn(); // cached: the command's own built-in catalog is this one, read once
        PriceBook prices = CatalogLoader.builtInPrices();
        Project sample = PodGenerator.sample();
        DesignReport report = DesignReport.of(sample, catalog, prices, Standard.linkFacts(sample, catalog),
                (p, c, pb) -> ValidationStatus.notRun("warm-up"));
        WorkbookExporter.write(report, os, false, SheetParts.EXCEL_DATA_ROWS);
    }
}
