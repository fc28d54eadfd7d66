package org.podforge.app.variants;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.podforge.bom.Comparison;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.export.CompareWorkbook;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Project;
import org.podforge.service.ProjectSnapshot;
import org.podforge.service.variants.WhatIf;

/**
 * The What if window's logic, without any Node: a snapshot of the open design (the original, never edited),
 * the variants made from it one swap at a time, and their comparison from each design's own report (BOM and
 * validation), the same figures as {@code podforge compare}. Not thread-safe: the window calls it from one
 * background thread at a time.
 */
public final class WhatIfModel {
    /** A design in the comparison: its column name, the design and its report. */
    public record Entry(String name, Project project, DesignReport report) {
    }

    private final Catalog catalog;
    private final PriceBook prices;
    private final Project original;
    private final List<Entry> designs = new ArrayList<>();

    /** Takes a snapshot of {@code open}: later edits of the open design do not change the comparison. */
    public WhatIfModel(Project open, Catalog catalog, PriceBook prices) {
        this.catalog = catalog;
        this.prices = prices;
        this.original = ProjectSnapshot.copyOf(open);
    }

    public List<WhatIf.Swap> options() {
        return WhatIf.options(original, catalog);
    }

    /** Reports the original (first call only); slow on a large design, so run it off the FX thread. */
    public synchronized void start() {
        if (designs.isEmpty()) {
            designs.add(new Entry("Original", original, DesignReport.of(original, catalog, prices)));
        }
    }

    /** Makes the variant of the original with {@code swap} and adds it as a column; slow, off the FX thread. */
    public synchronized Entry make(WhatIf.Swap swap) {
        start();
        Project v = WhatIf.variant(original, catalog, swap);
        Entry e = new Entry("Variant " + designs.size() + ": " + swap.label(), v, DesignReport.of(v, catalog, prices));
        designs.add(e);
        return e;
    }

    public synchronized List<Entry> designs() {
        return List.copyOf(designs);
    }

    /** The original and the variants side by side, or null before the first variant. */
    public synchronized Comparison comparison() {
        if (designs.size() < 2) {
            return null;
        }
        return Comparison.of(designs.stream().map(e -> new Comparison.Design(e.name(), e.report())).toList(), catalog);
    }

    /** The Compare sheet of the workbook export (the one podforge compare --xlsx writes). */
    public void exportCompareSheet(Path out) throws IOException {
        Comparison c = comparison();
        if (c == null) {
            throw new IOException("make a variant first: there is nothing to compare yet");
        }
        CompareWorkbook.write(c, out);
    }

    /** Saves variant {@code i} (1 = first variant) as a design file. */
    public void saveVariant(int i, Path out) throws IOException {
        ProjectWriter.save(designs().get(i).project(), out);
    }
}
