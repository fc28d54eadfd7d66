package org.podforge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.podforge.bom.Bom;
import org.podforge.bom.BomLine;
import org.podforge.bom.CableScheduleRows;
import org.podforge.bom.DesignReport;
import org.podforge.bom.ValidationStatus;
import org.podforge.catalog.PriceBook;
import org.podforge.io.AtomicFiles;
import org.podforge.model.Family;
import org.podforge.model.Plural;
import org.podforge.service.Session;

/**
 * The BOM workbook (.xlsx). Sheets, in order: {@value #SUMMARY}, {@value #BOM}, {@value #COST_PER_POD},
 * {@value #SILICON}, {@value #CONNECTIVITY}, {@value #CABLES}, {@value #FINDINGS}, {@value #PRICES}. Costs are live
 * formulas (unit prices look up the Price book sheet, extended costs multiply, summaries sum); each carries the BOM
 * model's value as its cached result, so readers that never recalculate show the right numbers (tests prove the cached
 * values equal POI's evaluation of the formulas), and the workbook is flagged for full recalculation on open. The
 * small sheets are built in memory ({@link XlsxSheet}); the cable schedule and the findings (hundreds of thousands of
 * rows for a large cluster) are streamed into the zip ({@link XlsxStreamedSheet}). The package is our own
 * SpreadsheetML writer ({@link XlsxPackage}, decision 0043): no POI class is loaded by an export. The file is written
 * atomically. docs/export.md describes every sheet.
 */
public final class WorkbookExporter {
    public static final String SUMMARY = "Summary";
    public static final String BOM = "BOM";
    public static final String COST_PER_POD = "Cost per pod";
    public static final String SILICON = "Silicon content";
    public static final String CABLES = "Cable schedule";
    public static final String FINDINGS = "Findings";
    public static final String PRICES = "Price book";
    public static final String CONNECTIVITY = ConnectivitySheet.NAME;
    public static final List<String> SHEETS = List.of(SUMMARY, BOM, COST_PER_POD, SILICON, CONNECTIVITY, CABLES, FINDINGS, PRICES);

    /** Rows of the Summary sheet the checks look for (column A labels). */
    public static final String TOTAL_COST = "Total cost";
    public static final String COST_PER_POD_LABEL = "Cost per pod";
    public static final String COST_PER_GPU = "Cost per GPU";
    public static final String SILICON_PER_POD = "Connectivity silicon per pod";
    public static final String SILICON_PER_GPU = "Connectivity silicon per GPU";

    private WorkbookExporter() {
    }

    /** File > Export workbook: the session's design, catalog and price book, validated, to {@code out}. */
    public static void export(Session session, Path out) throws IOException {
        export(DesignReport.of(session.project(), session.catalog(), session.priceBook()), out);
    }

    /** Writes the workbook atomically: on any failure no file (or the previous file) is left at {@code out}. */
    public static void export(DesignReport report, Path out) throws IOException {
        export(report, out, SheetParts.EXCEL_DATA_ROWS);
    }

    /**
     * @param rowsPerSheet data rows per streamed sheet before it continues on "Cable schedule (2)", ...: Excel's
     *                     limit, smaller only in tests (so the split is tested without a million-row design)
     */
    static void export(DesignReport report, Path out, int rowsPerSheet) throws IOException {
        AtomicFiles.write(out, os -> write(report, os, rowsPerSheet));
    }

    /** The workbook written to {@code os} (not closed): what {@link #export(DesignReport, Path)} puts in its file. */
    static void write(DesignReport report, OutputStream os, int rowsPerSheet) throws IOException {
        write(report, os, rowsPerSheet, LocalDate.now(), Instant.now());
    }

    /** As {@link #write(DesignReport, OutputStream, int)} on the given export day and time (tests compare two exports). */
    static void write(DesignReport report, OutputStream os, int rowsPerSheet, LocalDate day, Instant now) throws IOException {
        long t = System.nanoTime();
        Bom bom = report.bom();
        SheetPrint print = new SheetPrint(bom.projectName(), day);
        Builder builder = new Builder(report, print);
        builder.build();
        trace("sheets", t);
        long t0 = System.nanoTime();
        List<CableScheduleRows.Row> cableRows = CableScheduleRows.of(report.cables());
        trace("cable schedule rows (" + cableRows.size() + ")", t0);
        int rows = cableRows.size();
        int parts = SheetParts.count(rows, rowsPerSheet);
        if (parts > 1) {
            builder.noteCableSheets(parts, rowsPerSheet);
        }
        XlsxPackage pkg = new XlsxPackage(bom.currency(), print,
                new DocumentProperties(bom.projectName(), bom.priceBook().name(), now));
        for (XlsxSheet s : builder.sheetsBefore()) {
            pkg.add(s);
        }
        for (int i = 0; i < parts; i++) {
            pkg.add(XlsxStreamedSheet.cables(SheetParts.name(CABLES, i + 1),
                    cableRows.subList(i * rowsPerSheet, (int) Math.min(rows, (long) (i + 1) * rowsPerSheet))));
        }
        pkg.add(XlsxStreamedSheet.findings(FINDINGS, report.validation()));
        pkg.add(builder.priceSheet);
        t = System.nanoTime();
        pkg.write(os);
        trace("write the workbook", t);
    }

    /** Excel holds at most 32,767 characters in a cell: see {@link SafeText}. */
    static final int MAX_CELL_TEXT = SafeText.MAX_CELL;

    /** Every text cell of the workbook: XML-safe, never a formula, cut with a visible mark past Excel's limit. */
    static String fit(String s) {
        return SafeText.cell(s);
    }

    static void trace(String what, long since) {
        if (Boolean.getBoolean("podforge.export.trace")) {
            System.out.printf("  export %s: %.2f s%n", what, (System.nanoTime() - since) / 1e9);
        }
    }

    // ---- the small sheets ------------------------------------------------------------------------

    /** Builds every sheet but the streamed ones (cable schedule, findings), with their tables, charts and print titles. */
    static final class Builder {
        private final DesignReport report;
        private final Bom bom;
        private final XlsxSheet summary = new XlsxSheet(SUMMARY);
        private final XlsxSheet bomSheet = new XlsxSheet(BOM);
        private final XlsxSheet podSheet = new XlsxSheet(COST_PER_POD);
        private final XlsxSheet siliconSheet = new XlsxSheet(SILICON);
        private final XlsxSheet connectivitySheet = new XlsxSheet(CONNECTIVITY);
        private final XlsxSheet priceSheet = new XlsxSheet(PRICES);
        private int tables;
        // BOM sheet geometry (1-based Excel rows)
        private int bomFirst;
        private int bomLast;
        // Price book sheet lookup range
        private int priceFirst;
        private int priceLast;
        // Summary cells
        private String podsCell;
        private String gpusCell;
        private static final int FAM_COL = 6;
        private int famFirstRow;
        private int famLastRow;
        private int slFirstRow;
        private int slLastRow;
        private int cablesRow = -1;

        private final SheetPrint print;
        private int priceHeaderRow;

        Builder(DesignReport report, SheetPrint print) {
            this.report = report;
            this.bom = report.bom();
            this.print = print;
        }

        void build() {
            long t = System.nanoTime();
            priceBook();
            bomSheet();
            trace("price book + BOM sheets", t);
            summarySheet();
            trace("+ summary", t);
            costPerPod();
            trace("+ cost per pod", t);
            silicon();
            int connectivityHeader = ConnectivitySheet.write(connectivitySheet, bom);
            charts();
            bomSheet.printTitles(0, 0);
            podSheet.printTitles(0, 0);
            siliconSheet.printTitles(0, 0);
            connectivitySheet.printTitles(connectivityHeader, connectivityHeader);
            priceSheet.printTitles(priceHeaderRow, priceHeaderRow);
        }

        /** The sheets before the cable schedule, in order. */
        List<XlsxSheet> sheetsBefore() {
            return List.of(summary, bomSheet, podSheet, siliconSheet, connectivitySheet);
        }

        /** The Summary's note on the cable count names every cable schedule sheet when there are several. */
        void noteCableSheets(int parts, int rowsPerSheet) {
            text(row(summary, cablesRow), 3, String.format(java.util.Locale.ROOT, "multiplied rows on the sheets %s to %s "
                    + "(a sheet holds %,d rows); one row per physical cable in cable-schedule.csv", CABLES,
                    SheetParts.name(CABLES, parts), rowsPerSheet));
        }

    // -- helpers

        /** A row of a sheet being built: where its cells go. */
        private record Row(XlsxSheet sheet, int index) {
        }

        private static Row row(XlsxSheet s, int idx) {
            return new Row(s, idx);
        }

        /** Every text cell: cell-safe ({@link #fit}). */
        private static void text(Row r, int col, String v) {
            text(r, col, v, null);
        }

        private static void text(Row r, int col, String v, XlsxStyle style) {
            r.sheet().text(r.index(), col, fit(v == null ? "" : v), style);
        }

        private static void num(Row r, int col, double v, XlsxStyle style) {
            r.sheet().number(r.index(), col, v, style);
        }

        /** A formula cell whose cached value is the model's {@code cached} (a Number, a String, or null for "n/a"). */
        private static void formula(Row r, int col, String f, XlsxStyle style, Object cached) {
            r.sheet().formula(r.index(), col, f, cached == null ? NA : cached, style);
        }

        static final String NA = "n/a";

        private void header(XlsxSheet s, int rowIdx, List<String> names) {
            Row r = row(s, rowIdx);
            for (int i = 0; i < names.size(); i++) {
                text(r, i, names.get(i), XlsxStyle.HEADER);
            }
        }

        private static String col(int idx) {
            return XlsxXml.col(idx);
        }

        /**
         * The pods per-pod figures divide by ({@link Bom#costedPods()}): {@code deployed} less the replicas of pod
         * designs holding only racks, read from the Cost per pod sheet; {@code deployed} itself when none is empty.
         */
        private String costedPods(String deployed) {
            if (!bom.hasEmptyPods()) {
                return deployed;
            }
            StringBuilder f = new StringBuilder("(").append(deployed);
            for (int i = 0; i < bom.pods().size(); i++) {
                if (!bom.pods().get(i).furnished()) {
                    f.append("-'").append(COST_PER_POD).append("'!$C$").append(i + 2);
                }
            }
            return f.append(')').toString();
        }

        /** "-cost of the empty pods" to subtract from the total for {@link Bom#costPerPod()}, or "" when none is empty. */
        private String emptyPodsCost() {
            StringBuilder f = new StringBuilder();
            if (bom.hasEmptyPods()) {
                for (Bom.PodRollup p : bom.pods()) {
                    if (!p.furnished()) {
                        f.append("-SUMIFS(").append(bomRange(B_EXT)).append(',').append(bomRange(B_POD)).append(',')
                                .append(exact(p.podId())).append(')');
                    }
                }
            }
            return f.toString();
        }

        /** Absolute range on the BOM sheet for one column, e.g. BOM!$L$2:$L$40. */
        private String bomRange(int colIdx) {
            String c = col(colIdx);
            return "BOM!$" + c + "$" + bomFirst + ":$" + c + "$" + bomLast;
        }

        /** A SUMIFS criterion matching exactly this text (no operators, wildcards escaped). */
        static String exact(String s) {
            String esc = s.replace("~", "~~").replace("*", "~*").replace("?", "~?");
            return "\"=" + esc.replace("\"", "\"\"") + "\"";
        }

        private static void widths(XlsxSheet s, int... chars) {
            for (int i = 0; i < chars.length; i++) {
                s.width(i, Math.min(255, chars[i]));
            }
        }

        private void table(XlsxSheet s, String name, int firstRow, int lastRow, int lastCol) {
            if (lastRow <= firstRow) {
                lastRow = firstRow + 1; // a table needs a data row
            }
            s.table(++tables, name, firstRow, lastRow, lastCol);
        }

        // -- Price book

        /** The price table's columns: the layout a price book is loaded from too (PriceTable), so this sheet loads back. */
        static final List<String> PRICE_COLUMNS = org.podforge.catalog.PriceTable.COLUMNS;

        private void priceBook() {
            PriceBook pb = bom.priceBook();
            PriceBook.Info info = pb.info();
            String[][] meta = {{"Price book", pb.name()}, {"Currency", pb.currency()},
                    {"Estimates", pb.estimate() ? "yes: illustrative estimates, not quotes" : "no"},
                    {"Basis", pb.basis()}, {"Loaded from", pb.origin()},
                    {"Version", info.version() == null ? "" : info.version()},
                    {"Date", info.date() == null ? "" : info.date().toString()},
                    {"Quote number", info.quoteNumber() == null ? "" : info.quoteNumber()},
                    {"Valid until", info.validUntil() == null ? "" : info.validUntil().toString()}};
            for (int i = 0; i < meta.length; i++) {
                Row r = row(priceSheet, i);
                text(r, 0, meta[i][0], XlsxStyle.BOLD);
                text(r, 1, meta[i][1]);
            }
            int h = meta.length + 1;
            priceHeaderRow = h;
            header(priceSheet, h, PRICE_COLUMNS);
            int i = h + 1;
            for (PriceBook.Price p : pb.prices().values()) {
                Row r = row(priceSheet, i++);
                text(r, 0, p.partNumber());
                num(r, 1, p.unitPrice(), XlsxStyle.MONEY);
                text(r, 2, pb.currency());
                text(r, 3, p.estimate() || pb.estimate() ? "estimate" : "quoted");
                PriceBook.Terms terms = p.terms();
                text(r, 4, terms.unit() == null ? "" : terms.unit());
                optionalNumber(r, 5, terms.leadTimeDays());
                optionalNumber(r, 6, terms.moq());
                text(r, 7, terms.breaksText());
                optionalNumber(r, 8, terms.sparesPercent());
                text(r, 9, p.basis());
                text(r, 10, p.url());
            }
            priceFirst = h + 2;
            priceLast = i; // 1-based last data row
            if (!pb.prices().isEmpty()) {
                table(priceSheet, "PriceBook", h, i - 1, PRICE_COLUMNS.size() - 1);
            }
            priceSheet.freeze(0, h + 1);
            widths(priceSheet, 30, 14, 9, 10, 12, 10, 8, 22, 9, 80, 50);
        }

        // -- BOM

        static final int B_NO = 0;
        static final int B_POD = 1;
        static final int B_PN = 2;
        static final int B_DESC = 3;
        static final int B_FAMILY = 4;
        static final int B_VENDOR = 5;
        static final int B_LINE = 6;
        static final int B_SILICON = 7;
        static final int B_QTY_POD = 8;
        static final int B_PODS = 9;
        static final int B_TOTAL = 10;
        static final int B_UNIT = 11;
        static final int B_EXT = 12;
        static final int B_CURRENCY = 13;
        static final int B_PROC = 17;
        /** First column of the subtotal block right of the BOM table, one empty column after it. */
        static final int SUB_COL = CsvExporter.BOM_COLUMNS.size() + 1;

        private void optionalNumber(Row r, int col, Number v) {
            if (v == null) {
                text(r, col, "");
            } else {
                num(r, col, v.doubleValue(), XlsxStyle.INTEGER);
            }
        }

        private void bomSheet() {
            header(bomSheet, 0, CsvExporter.BOM_COLUMNS);
            List<BomLine> lines = bom.lines();
            bomFirst = 2;
            bomLast = Math.max(2, lines.size() + 1);
            boolean anyPrices = !bom.priceBook().prices().isEmpty();
            String lookup = "'Price book'!$A$" + priceFirst + ":$B$" + priceLast;
            for (int i = 0; i < lines.size(); i++) {
                BomLine l = lines.get(i);
                int x = i + 2; // Excel row
                Row r = row(bomSheet, i + 1);
                num(r, B_NO, i + 1, XlsxStyle.INTEGER);
                text(r, B_POD, SafeText.name(l.podId()));
                text(r, B_PN, SafeText.name(l.partNumber()));
                text(r, B_DESC, l.description());
                text(r, B_FAMILY, l.familyLabel());
                text(r, B_VENDOR, SafeText.name(l.vendor()));
                text(r, B_LINE, SafeText.name(l.productLine()));
                text(r, B_SILICON, l.isConnectivitySilicon() ? "Yes" : "No");
                num(r, B_QTY_POD, l.qtyPerPod(), XlsxStyle.INTEGER);
                num(r, B_PODS, l.pods(), XlsxStyle.INTEGER);
                formula(r, B_TOTAL, col(B_QTY_POD) + x + "*" + col(B_PODS) + x, XlsxStyle.INTEGER, l.totalQty());
                if (anyPrices) {
                    formula(r, B_UNIT, "IFERROR(VLOOKUP($" + col(B_PN) + x + "," + lookup + ",2,FALSE),\"" + CsvExporter.UNPRICED + "\")",
                            XlsxStyle.MONEY, l.isPriced() ? l.unitPrice() : CsvExporter.UNPRICED);
                } else {
                    text(r, B_UNIT, CsvExporter.UNPRICED);
                }
                String unit = col(B_UNIT) + x;
                formula(r, B_EXT, "IF(ISNUMBER(" + unit + ")," + col(B_TOTAL) + x + "*" + unit + ",\"" + CsvExporter.UNPRICED
                        + "\")", XlsxStyle.MONEY, l.isPriced() ? l.extendedCost() : CsvExporter.UNPRICED);
                text(r, B_CURRENCY, l.currency());
                text(r, B_CURRENCY + 1, l.isPriced() ? (l.priceEstimate() ? "estimate" : "quoted") : "");
                if (l.unitPowerW() != null) {
                    num(r, B_CURRENCY + 2, l.unitPowerW(), XlsxStyle.DECIMAL);
                } else {
                    text(r, B_CURRENCY + 2, "");
                }
                text(r, B_CURRENCY + 3, l.statusLabel());
                procurement(r, x, l);
            }
            table(bomSheet, "BomTable", 0, lines.size(), CsvExporter.BOM_COLUMNS.size() - 1);
            bomSheet.freeze(0, 1);
            // totals beside the table (columns Q:R), not below it: summing a whole BOM column never double counts
            int lc = SUB_COL;
            int vc = SUB_COL + 1;
            String ext = col(B_EXT) + bomFirst + ":" + col(B_EXT) + bomLast;
            Row total = row(bomSheet, 0);
            text(total, lc, "Total", XlsxStyle.BOLD);
            formula(total, vc, "SUM(" + ext + ")", XlsxStyle.MONEY_BOLD, bom.totalCost());
            Row vis = row(bomSheet, 1);
            text(vis, lc, "Visible rows (filters)");
            formula(vis, vc, "SUBTOTAL(109," + ext + ")", XlsxStyle.MONEY, bom.totalCost());
            Row unp = row(bomSheet, 2);
            text(unp, lc, "Unpriced units");
            formula(unp, vc, "SUMIF(" + col(B_UNIT) + bomFirst + ":" + col(B_UNIT) + bomLast + ",\"" + CsvExporter.UNPRICED
                    + "\"," + col(B_TOTAL) + bomFirst + ":" + col(B_TOTAL) + bomLast + ")", XlsxStyle.INTEGER, bom.unpricedQty());
            int sub = 5;
            text(row(bomSheet, sub - 1), lc, "Subtotal by family", XlsxStyle.BOLD);
            for (Bom.Rollup f : bom.byFamily()) {
                Row r = row(bomSheet, sub++);
                text(r, lc, f.name());
                formula(r, vc, "SUMIF(" + col(B_FAMILY) + bomFirst + ":" + col(B_FAMILY) + bomLast + "," + exact(f.name()) + ","
                        + ext + ")", XlsxStyle.MONEY, f.cost());
            }
            bomSheet.width(SUB_COL - 1, 2);
            bomSheet.width(lc, 24);
            bomSheet.width(vc, 18);
            widths(bomSheet, 5, 10, 30, 40, 22, 14, 16, 12, 11, 7, 10, 14, 16, 9, 10, 12, 12, 10, 10, 8, 20, 8, 8, 10);
        }

        /**
         * The procurement columns: the price book's terms as values, then Spares and Order qty as formulas
         * over this row (so a buyer who changes a spares percentage or MOQ sees the order follow).
         */
        private void procurement(Row r, int x, BomLine l) {
            PriceBook.Terms t = Procurement.terms(bom.priceBook(), l);
            int c = B_PROC;
            text(r, c, Procurement.unit(t));
            optionalNumber(r, c + 1, t.leadTimeDays());
            optionalNumber(r, c + 2, t.moq());
            text(r, c + 3, t.breaksText());
            if (t.sparesPercent() == null) {
                text(r, c + 4, "");
            } else {
                num(r, c + 4, t.sparesPercent(), XlsxStyle.DECIMAL);
            }
            String total = col(B_TOTAL) + x;
            String pct = col(c + 4) + x;
            formula(r, c + 5, "IF(ISNUMBER(" + pct + "),ROUNDUP(" + total + "*" + pct + "/100,0),\"\")", XlsxStyle.INTEGER,
                    t.sparesPercent() == null ? "" : (Object) (double) Procurement.spares(l.totalQty(), t));
            String spares = col(c + 5) + x;
            String moq = col(c + 2) + x;
            formula(r, c + 6, "MAX(" + total + "+IF(ISNUMBER(" + spares + ")," + spares + ",0),IF(ISNUMBER(" + moq + ")," + moq
                    + ",0))", XlsxStyle.INTEGER,
                    (double) Procurement.orderQty(l.totalQty(), t));
        }

        // -- Summary

        private void summarySheet() {
            ValidationStatus v = report.validation();
            int r = 0;
            text(row(summary, r++), 0, "PodForge BOM summary", XlsxStyle.TITLE);
            r = kv(r, "Project", bom.projectName(), null);
            for (String[] q : QuoteBlock.of(bom.projectName(), bom.priceBook(), print.date()).rows()) {
                r = kv(r, q[0], q[1], q[0].equals("Price book") ? bom.priceBook().basis() : q[2]);
            }
            StringBuilder pods = new StringBuilder();
            for (Bom.PodRollup p : bom.pods()) {
                if (pods.length() > 0) {
                    pods.append("; ");
                }
                pods.append(p.podName()).append(" x ").append(p.replicas());
            }
            r = kv(r, "Pods x replicas", pods.length() == 0 ? "no pods" : pods.toString(), null);
            int podRows = Math.max(1, bom.pods().size());
            Row dp = row(summary, r);
            text(dp, 0, "Deployed pods");
            formula(dp, 1, "SUM('Cost per pod'!$C$2:$C$" + (podRows + 1) + ")", XlsxStyle.INTEGER, bom.deployedPods());
            podsCell = costedPods("Summary!$B$" + (r + 1));
            r++;
            Row gp = row(summary, r);
            text(gp, 0, "GPU count");
            formula(gp, 1, "SUMIF(" + bomRange(B_FAMILY) + "," + exact(Family.GPU.label()) + "," + bomRange(B_TOTAL) + ")",
                    XlsxStyle.INTEGER, bom.gpus());
            gpusCell = "Summary!$B$" + (r + 1);
            String pc = costedPods("$B$" + (r));
            String gc = "$B$" + (r + 1);
            r++;
            int totalRow = r + 1;
            Row tc = row(summary, r++);
            text(tc, 0, TOTAL_COST, XlsxStyle.BOLD);
            formula(tc, 1, "SUM(" + bomRange(B_EXT) + ")", XlsxStyle.MONEY_BOLD, bom.totalCost());
            text(tc, 3, "priced parts only; unpriced units below are not in any cost");
            Row cp = row(summary, r++);
            text(cp, 0, COST_PER_POD_LABEL);
            formula(cp, 1, "IF(" + pc + ">0,($B$" + totalRow + emptyPodsCost() + ")/" + pc + ",\"n/a\")", XlsxStyle.MONEY, bom.costPerPod());
            text(cp, 3, (bom.pods().size() > 1 ? "total over all deployed pods; per design on the Cost per pod sheet" : "")
                    + (bom.hasEmptyPods() ? "; pods holding only racks are not counted" : ""));
            Row cg = row(summary, r++);
            text(cg, 0, COST_PER_GPU);
            formula(cg, 1, "IF(" + gc + ">0,$B$" + totalRow + "/" + gc + ",\"n/a\")", XlsxStyle.MONEY, bom.costPerGpu());
            int silRow = r + 1;
            Row sc = row(summary, r++);
            text(sc, 0, "Connectivity silicon");
            formula(sc, 1, "SUMIF(" + bomRange(B_SILICON) + ",\"Yes\"," + bomRange(B_EXT) + ")", XlsxStyle.MONEY, bom.siliconCost());
            text(sc, 3, "retimers, PCIe and scale-up switches, CXL memory controllers, smart cable modules");
            Row sp = row(summary, r++);
            text(sp, 0, SILICON_PER_POD);
            formula(sp, 1, "IF(" + pc + ">0,$B$" + silRow + "/" + pc + ",\"n/a\")", XlsxStyle.MONEY, bom.siliconCostPerPod());
            Row sg = row(summary, r++);
            text(sg, 0, SILICON_PER_GPU);
            formula(sg, 1, "IF(" + gc + ">0,$B$" + silRow + "/" + gc + ",\"n/a\")", XlsxStyle.MONEY, bom.siliconCostPerGpu());
            Row up = row(summary, r++);
            text(up, 0, "Unpriced units");
            formula(up, 1, "SUMIF(" + bomRange(B_UNIT) + ",\"" + CsvExporter.UNPRICED + "\"," + bomRange(B_TOTAL) + ")", XlsxStyle.INTEGER,
                    bom.unpricedQty());
            text(up, 3, bom.unpricedParts().isEmpty() ? "every part is priced"
                    : "counted, not priced (never as 0): " + String.join(", ", bom.unpricedParts()));
            r = kv(r, "Validation status", v.summary(), v.ran() ? v.note() : "");
            Row er = row(summary, r++);
            text(er, 0, "Errors");
            num(er, 1, v.errors(), XlsxStyle.INTEGER);
            Row wr = row(summary, r++);
            text(wr, 0, "Warnings");
            num(wr, 1, v.warnings(), XlsxStyle.INTEGER);
            Row ir = row(summary, r++);
            text(ir, 0, "Infos");
            num(ir, 1, v.infos(), XlsxStyle.INTEGER);
            Row pw = row(summary, r++);
            text(pw, 0, "Power per pod (W)");
            Double ppp = bom.perPod(bom.totalPowerW());
            if (ppp != null) {
                num(pw, 1, ppp, XlsxStyle.INTEGER);
            }
            Map<String, Long> unknown = bom.powerUnknown();
            text(pw, 3, (bom.pods().stream().anyMatch(Bom.PodRollup::powerEstimate) ? "includes estimated figures; " : "")
                    + (unknown.isEmpty() ? "every part has a power figure"
                    : "known parts only; no power figure for: " + describe(unknown)));
            Row pt = row(summary, r++);
            text(pt, 0, "Power, all pods (W)");
            num(pt, 1, bom.totalPowerW(), XlsxStyle.INTEGER);
            r = rackPower(r + 1);
            cablesRow = r;
            Row cr = row(summary, r++);
            text(cr, 0, "Cables (physical)");
            num(cr, 1, report.cables().cableCount(), XlsxStyle.INTEGER);
            text(cr, 3, "all copies; the Cable schedule sheet multiplies: one row per cable of each pod design with its Copies, "
                    + "the fabric's pattern cables grouped per pattern and rack pair with their count; one row per physical cable "
                    + "in cable-schedule.csv (export --csv). " + Plural.of(report.cables().boardTraceRuns(), "board-trace link")
                    + " per pod design " + (report.cables().boardTraceRuns() == 1 ? "is not a cable and is" : "are not cables and are") + " not listed");
            r = kv(r, "Cable lengths", report.cables().lengthBasis(), null);
            r = kv(r, "Link generations", report.cables().generationBasis(), null);
            r = kv(r, "Estimates", bom.priceBook().estimate()
                    ? "all prices are illustrative estimates; see the Price book sheet for each basis" : "prices from " + bom.priceBookLabel(), null);

            // Cost by family (data for the chart), columns E:G
            Row fh = row(summary, 0);
            text(fh, FAM_COL, "Family", XlsxStyle.HEADER);
            text(fh, FAM_COL + 1, "Cost", XlsxStyle.HEADER);
            text(fh, FAM_COL + 2, "Units", XlsxStyle.HEADER);
            famFirstRow = 1;
            int fr = 1;
            for (Bom.Rollup f : bom.byFamily()) {
                Row x = row(summary, fr++);
                text(x, FAM_COL, f.name());
                formula(x, FAM_COL + 1, "SUMIF(" + bomRange(B_FAMILY) + "," + exact(f.name()) + "," + bomRange(B_EXT) + ")", XlsxStyle.MONEY,
                        f.cost());
                formula(x, FAM_COL + 2, "SUMIF(" + bomRange(B_FAMILY) + "," + exact(f.name()) + "," + bomRange(B_TOTAL) + ")",
                        XlsxStyle.INTEGER, f.qty());
            }
            famLastRow = fr - 1;
            widths(summary, 34, 18, 14, 80, 14, 2, 24, 16, 10);
        }

        private int rackPower(int r) {
            Row h = row(summary, r++);
            List<String> cols = List.of("Rack (one copy of its pod)", "Power (W)", "Budget (W)", "Power not known for", "Cost");
            for (int i = 0; i < cols.size(); i++) {
                text(h, i, cols.get(i), XlsxStyle.HEADER);
            }
            for (Bom.RackRollup rr : bom.racks()) {
                Row x = row(summary, r++);
                text(x, 0, rr.podId() + " / " + rr.rackLabel());
                num(x, 1, rr.powerW(), XlsxStyle.INTEGER);
                if (rr.budgetW() != null) {
                    num(x, 2, rr.budgetW(), XlsxStyle.INTEGER);
                }
                text(x, 3, (rr.powerEstimate() ? "includes estimates; " : "") + describe(rr.powerUnknown()));
                num(x, 4, rr.cost(), XlsxStyle.MONEY);
            }
            return r + 1;
        }

        private static String describe(Map<String, Long> unknown) {
            List<String> parts = new ArrayList<>();
            unknown.forEach((k, v) -> parts.add(v + " x " + k));
            return String.join(", ", parts);
        }

        private int kv(int r, String k, String v, String note) {
            Row x = row(summary, r);
            text(x, 0, k);
            text(x, 1, v);
            if (note != null && !note.isEmpty()) {
                text(x, 3, note);
            }
            return r + 1;
        }

        // -- Cost per pod

        private void costPerPod() {
            List<String> fams = new ArrayList<>();
            for (Bom.Rollup f : bom.byFamily()) {
                fams.add(f.name());
            }
            List<String> cols = new ArrayList<>(List.of("Pod", "Pod name", "Pods", "GPUs per pod"));
            cols.addAll(fams);
            cols.addAll(List.of("Cost per pod", "Cost, all replicas", "Cost per GPU", "Unpriced units per pod"));
            header(podSheet, 0, cols);
            int fFirst = 4;
            int fLast = 4 + fams.size() - 1;
            int cCost = fLast + 1;
            int r = 1;
            for (Bom.PodRollup p : bom.pods()) {
                int x = r + 1;
                Row row = row(podSheet, r++);
                text(row, 0, p.podId());
                text(row, 1, p.podName());
                num(row, 2, p.replicas(), XlsxStyle.INTEGER);
                formula(row, 3, "IF($C" + x + ">0,SUMIFS(" + bomRange(B_TOTAL) + "," + bomRange(B_POD) + ",\"=\"&$A" + x + ","
                        + bomRange(B_FAMILY) + "," + exact(Family.GPU.label()) + ")/$C" + x + ",0)", XlsxStyle.INTEGER,
                        p.replicas() > 0 ? p.gpusPerPod() : 0);
                for (int f = fFirst; f <= fLast; f++) {
                    formula(row, f, "IF($C" + x + ">0,SUMIFS(" + bomRange(B_EXT) + "," + bomRange(B_POD) + ",\"=\"&$A" + x + ","
                            + bomRange(B_FAMILY) + ",\"=\"&" + col(f) + "$1)/$C" + x + ",0)", XlsxStyle.MONEY,
                            p.replicas() > 0 ? p.costByFamily().getOrDefault(fams.get(f - fFirst), 0.0) : 0.0);
                }
                formula(row, cCost, fams.isEmpty() ? "0" : "SUM(" + col(fFirst) + x + ":" + col(fLast) + x + ")", XlsxStyle.MONEY_BOLD,
                        p.costPerPod());
                formula(row, cCost + 1, col(cCost) + x + "*$C" + x, XlsxStyle.MONEY, p.totalCost());
                formula(row, cCost + 2, "IF($D" + x + ">0," + col(cCost) + x + "/$D" + x + ",\"n/a\")", XlsxStyle.MONEY, p.costPerGpu());
                formula(row, cCost + 3, "IF($C" + x + ">0,SUMIFS(" + bomRange(B_TOTAL) + "," + bomRange(B_POD) + ",\"=\"&$A" + x
                        + "," + bomRange(B_UNIT) + ",\"" + CsvExporter.UNPRICED + "\")/$C" + x + ",0)", XlsxStyle.INTEGER,
                        p.replicas() > 0 ? p.unpricedQtyPerPod() : 0);
            }
            int last = Math.max(2, r); // 1-based last data row
            if (bom.pods().isEmpty()) {
                r = 2;
            }
            table(podSheet, "CostPerPod", 0, Math.max(1, r - 1), cols.size() - 1);
            Row tot = row(podSheet, r + 1);
            text(tot, 0, "All pods", XlsxStyle.BOLD);
            formula(tot, 2, "SUM(C2:C" + last + ")", XlsxStyle.INTEGER, bom.deployedPods());
            formula(tot, 3, "SUMPRODUCT(C2:C" + last + ",D2:D" + last + ")", XlsxStyle.INTEGER, bom.gpus());
            text(tot, 1, "totals over every replica");
            double podsCost = 0; // the pods' own cost: a scale-out fabric is not a pod (the Summary's totals count it)
            long podGpus = 0;
            for (int f = fFirst; f <= cCost; f++) {
                double v = 0;
                for (Bom.PodRollup p : bom.pods()) {
                    v += p.replicas() * (f == cCost ? p.costPerPod() : p.costByFamily().getOrDefault(fams.get(f - fFirst), 0.0));
                }
                formula(tot, f, "SUMPRODUCT($C$2:$C$" + last + "," + col(f) + "2:" + col(f) + last + ")", XlsxStyle.MONEY_BOLD, v);
                podsCost = v;
            }
            double allReplicas = 0;
            for (Bom.PodRollup p : bom.pods()) {
                allReplicas += p.totalCost();
                podGpus += p.replicas() > 0 ? (long) p.replicas() * p.gpusPerPod() : 0;
            }
            formula(tot, cCost + 1, "SUM(" + col(cCost + 1) + "2:" + col(cCost + 1) + last + ")", XlsxStyle.MONEY_BOLD, allReplicas);
            String tc = col(cCost) + (r + 2);
            formula(tot, cCost + 2, "IF(D" + (r + 2) + ">0," + tc + "/D" + (r + 2) + ",\"n/a\")", XlsxStyle.MONEY,
                    podGpus > 0 ? (Object) (podsCost / podGpus) : null);
            podSheet.freeze(2, 1);
            podSheet.width(0, 12);
            podSheet.width(1, 24);
            for (int c = 2; c < cols.size(); c++) {
                podSheet.width(c, 16);
            }
        }

        // -- Silicon content

        private void silicon() {
            List<String> cols = List.of("Product line", "Vendor", "Family", "Units (all pods)", "Units per pod", "Units per GPU",
                    "Cost (all pods)", "Cost per pod", "Cost per GPU", "Unpriced units");
            header(siliconSheet, 0, cols);
            int r = 1;
            slFirstRow = 1;
            for (Bom.Rollup l : bom.byProductLine(true)) {
                int x = r + 1;
                Row row = row(siliconSheet, r++);
                text(row, 0, l.name());
                text(row, 1, l.vendor());
                text(row, 2, l.family());
                boolean hasLine = bom.lines().stream().anyMatch(b -> b.isConnectivitySilicon() && b.productLine().equals(l.name()));
                String crit = (hasLine ? bomRange(B_LINE) : bomRange(B_PN)) + ",\"=\"&$A" + x + "," + bomRange(B_VENDOR) + ",\"=\"&$B"
                        + x + "," + bomRange(B_FAMILY) + ",\"=\"&$C" + x + "," + bomRange(B_SILICON) + ",\"Yes\"";
                perUnit(row, x, "SUMIFS(" + bomRange(B_TOTAL) + "," + crit + ")", "SUMIFS(" + bomRange(B_EXT) + "," + crit + ")",
                        "SUMIFS(" + bomRange(B_TOTAL) + "," + crit + "," + bomRange(B_UNIT) + ",\"" + CsvExporter.UNPRICED + "\")", l);
            }
            slLastRow = r - 1;
            int tableLast = Math.max(1, r - 1);
            table(siliconSheet, "SiliconByLine", 0, tableLast, cols.size() - 1);
            r = Math.max(r, 2) + 1;
            Row all = row(siliconSheet, r++);
            text(all, 0, "All connectivity silicon", XlsxStyle.BOLD);
            int ax = r;
            perUnit(all, ax, "SUMIF(" + bomRange(B_SILICON) + ",\"Yes\"," + bomRange(B_TOTAL) + ")",
                    "SUMIF(" + bomRange(B_SILICON) + ",\"Yes\"," + bomRange(B_EXT) + ")",
                    "SUMIFS(" + bomRange(B_TOTAL) + "," + bomRange(B_SILICON) + ",\"Yes\"," + bomRange(B_UNIT) + ",\""
                            + CsvExporter.UNPRICED + "\")", allSilicon());
            r++;
            Row vh = row(siliconSheet, r++);
            List<String> vcols = List.of("Vendor", "", "", "Units (all pods)", "Units per pod", "Units per GPU", "Cost (all pods)",
                    "Cost per pod", "Cost per GPU", "Unpriced units");
            for (int i = 0; i < vcols.size(); i++) {
                text(vh, i, vcols.get(i), XlsxStyle.HEADER);
            }
            for (Bom.Rollup v : bom.siliconByVendor()) {
                int x = r + 1;
                Row row = row(siliconSheet, r++);
                text(row, 0, v.name());
                String crit = bomRange(B_VENDOR) + ",\"=\"&$A" + x + "," + bomRange(B_SILICON) + ",\"Yes\"";
                perUnit(row, x, "SUMIFS(" + bomRange(B_TOTAL) + "," + crit + ")", "SUMIFS(" + bomRange(B_EXT) + "," + crit + ")",
                        "SUMIFS(" + bomRange(B_TOTAL) + "," + crit + "," + bomRange(B_UNIT) + ",\"" + CsvExporter.UNPRICED + "\")", v);
            }
            siliconSheet.freeze(0, 1);
            widths(siliconSheet, 26, 16, 24, 15, 13, 13, 16, 14, 14, 14);
        }

        private void perUnit(Row row, int x, String units, String cost, String unpriced, Bom.Rollup m) {
            formula(row, 3, units, XlsxStyle.INTEGER, m.qty());
            formula(row, 4, "IF(" + podsCell + ">0,D" + x + "/" + podsCell + ",\"n/a\")", XlsxStyle.DECIMAL, bom.perPod(m.qty()));
            formula(row, 5, "IF(" + gpusCell + ">0,D" + x + "/" + gpusCell + ",\"n/a\")", XlsxStyle.DECIMAL, bom.perGpu(m.qty()));
            formula(row, 6, cost, XlsxStyle.MONEY, m.cost());
            formula(row, 7, "IF(" + podsCell + ">0,G" + x + "/" + podsCell + ",\"n/a\")", XlsxStyle.MONEY, bom.perPod(m.cost()));
            formula(row, 8, "IF(" + gpusCell + ">0,G" + x + "/" + gpusCell + ",\"n/a\")", XlsxStyle.MONEY, bom.perGpu(m.cost()));
            formula(row, 9, unpriced, XlsxStyle.INTEGER, m.unpricedQty());
        }

        private Bom.Rollup allSilicon() {
            long qty = 0;
            long unpriced = 0;
            for (BomLine l : bom.lines()) {
                if (l.isConnectivitySilicon()) {
                    qty += l.totalQty();
                    unpriced += l.isPriced() ? 0 : l.totalQty();
                }
            }
            return new Bom.Rollup("All connectivity silicon", "", "", qty, bom.siliconCost(), unpriced);
        }

        // -- charts (their caches are the cells' cached values)

        private void charts() {
            if (famLastRow >= famFirstRow) {
                summary.barChart("Cost by family", "Cost", famFirstRow, famLastRow, FAM_COL, FAM_COL + 1, FAM_COL, famLastRow + 2,
                        FAM_COL + 8, famLastRow + 24);
            }
            if (slLastRow >= slFirstRow) {
                int top = siliconSheet.lastRow() + 2;
                siliconSheet.barChart("Connectivity silicon cost per pod by product line", "Cost per pod", slFirstRow, slLastRow, 0, 7,
                        0, top, 8, top + 20);
            }
        }
    }
}
