package org.podforge.export;

import org.podforge.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podforge.bom.CableScheduleRows;
import org.podforge.bom.Bom;
import org.podforge.bom.BomLine;
import org.podforge.bom.DesignReport;
import org.podforge.bom.FindingRow;
import org.podforge.bom.ValidationStatus;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Family;
import org.podforge.model.Plural;

/**
 * TEST ORACLE: the BOM workbook exactly as it was written with POI before decision 0043 (the XSSF sheets, the streamed
 * sheets spliced into POI's zip). {@code XlsxOracleTest} writes the same designs with it and with {@link WorkbookExporter}
 * and compares the two files through POI. Only the constants and entry points were renamed.
 * The BOM workbook (.xlsx). Sheets, in order: {@value #SUMMARY}, {@value #BOM}, {@value #COST_PER_POD},
 * {@value #SILICON}, {@value #CABLES}, {@value #FINDINGS}, {@value #PRICES}. Costs are live formulas
 * (unit prices look up the Price book sheet, extended costs multiply, summaries sum); each carries the BOM
 * model's value as its cached result, so readers that never recalculate show the right numbers (tests prove
 * the cached values equal POI's evaluation of the formulas), and the workbook is flagged for full
 * recalculation on open. Every sheet but the cable schedule is an XSSF
 * sheet; the cable schedule and the findings (hundreds of thousands of rows for a large cluster) are
 * streamed into the zip as SpreadsheetML (see {@link StreamedSheet}).
 * The file is written atomically. docs/export.md describes every sheet.
 */
final class PoiWorkbookOracle {
    static final String SUMMARY = WorkbookExporter.SUMMARY;
    static final String BOM = WorkbookExporter.BOM;
    static final String COST_PER_POD = WorkbookExporter.COST_PER_POD;
    static final String SILICON = WorkbookExporter.SILICON;
    static final String CABLES = WorkbookExporter.CABLES;
    static final String FINDINGS = WorkbookExporter.FINDINGS;
    static final String PRICES = WorkbookExporter.PRICES;
    static final String CONNECTIVITY = WorkbookExporter.CONNECTIVITY;
    static final String TOTAL_COST = WorkbookExporter.TOTAL_COST;
    static final String COST_PER_POD_LABEL = WorkbookExporter.COST_PER_POD_LABEL;
    static final String COST_PER_GPU = WorkbookExporter.COST_PER_GPU;
    static final String SILICON_PER_POD = WorkbookExporter.SILICON_PER_POD;
    static final String SILICON_PER_GPU = WorkbookExporter.SILICON_PER_GPU;

    private PoiWorkbookOracle() {
    }

    /** Writes the workbook atomically: on any failure no file (or the previous file) is left at {@code out}. */
    static void export(DesignReport report, Path out) throws IOException {
        export(report, out, false);
    }

    /**
     * @param evaluate evaluate every formula with POI before writing (tests only: it proves nothing the cached
     *                 values do not already hold, and costs seconds of a cold JVM); when false the cached values are
     *                 the BOM model's numbers (the same values: see CachedFormulaValuesTest). Either way the
     *                 workbook is flagged for recalculation on open.
     */
    static void export(DesignReport report, Path out, boolean evaluate) throws IOException {
        export(report, out, evaluate, SheetParts.EXCEL_DATA_ROWS);
    }

    /**
     * @param rowsPerSheet data rows per streamed sheet before it continues on "Cable schedule (2)", ...: Excel's
     *                     limit, smaller only in tests (so the split is tested without a million-row design)
     */
    static void export(DesignReport report, Path out, boolean evaluate, int rowsPerSheet) throws IOException {
        AtomicFiles.write(out, os -> write(report, os, evaluate, rowsPerSheet));
    }

    /** The workbook written to {@code os} (not closed): what {@link #export(DesignReport, Path)} puts in its file. */
    static void write(DesignReport report, java.io.OutputStream os, boolean evaluate, int rowsPerSheet) throws IOException {
        Map<String, StreamedSheet> streamed = new java.util.HashMap<>();
        PoiSheetPrint print = new PoiSheetPrint(report.bom().projectName(), java.time.LocalDate.now());
        StreamedStrings strings = new StreamedStrings();
        Builder builder = new Builder(report, evaluate, print);
        try (XSSFWorkbook xwb = builder.build()) {
            long t0 = System.nanoTime();
            List<CableScheduleRows.Row> cableRows = CableScheduleRows.of(report.cables());
            trace("cable schedule rows (" + cableRows.size() + ")", t0);
            int rows = cableRows.size();
            List<XSSFSheet> cableParts = StreamedSheet.placeholders(xwb, CABLES, SheetParts.count(rows, rowsPerSheet));
            for (int i = 0; i < cableParts.size(); i++) {
                streamed.put(StreamedSheet.partName(cableParts.get(i)), StreamedSheet.cables(cableRows.subList(i * rowsPerSheet,
                        (int) Math.min(rows, (long) (i + 1) * rowsPerSheet)), builder.st, cableParts.get(i), print, strings));
            }
            if (cableParts.size() > 1) {
                noteCableSheets(xwb, cableParts.size(), rowsPerSheet);
            }
            streamed.put(StreamedSheet.partName(xwb.getSheet(FINDINGS)),
                    StreamedSheet.findings(report.validation(), builder.st, xwb.getSheet(FINDINGS), print));
            long t = System.nanoTime();
            StreamedSheet.writeWorkbook(xwb, streamed, strings, os);
            trace("write the workbook, streamed sheets in", t);
        }
    }

    /** The Summary's note on the cable count names every cable schedule sheet when there are several. */
    private static void noteCableSheets(XSSFWorkbook wb, int parts, int rowsPerSheet) {
        for (Row r : wb.getSheet(SUMMARY)) {
            Cell a = r.getCell(0);
            if (a != null && a.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && a.getStringCellValue().equals("Cables (physical)")) {
                Cell d = r.getCell(3) == null ? r.createCell(3) : r.getCell(3);
                d.setCellValue(fit(String.format(java.util.Locale.ROOT, "multiplied rows on the sheets %s to %s "
                        + "(a sheet holds %,d rows); one row per physical cable in cable-schedule.csv", CABLES,
                        SheetParts.name(CABLES, parts), rowsPerSheet)));
            }
        }
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

    // ---- the XSSF part ---------------------------------------------------------------------------

    /** Builds every sheet but the cable schedule, evaluates the formulas and adds the charts. */
    static final class Builder {
        private final DesignReport report;
        private final Bom bom;
        private final XSSFWorkbook wb = new XSSFWorkbook();
        final PoiStyles st;
        private XSSFSheet summary;
        private XSSFSheet bomSheet;
        private XSSFSheet podSheet;
        private XSSFSheet siliconSheet;
        private XSSFSheet findingsSheet;
        private XSSFSheet priceSheet;
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

        private final boolean evaluate;
        private final PoiSheetPrint print;
        private int priceHeaderRow;

        Builder(DesignReport report, boolean evaluate) {
            this(report, evaluate, new PoiSheetPrint(report.bom().projectName(), java.time.LocalDate.now()));
        }

        Builder(DesignReport report, boolean evaluate, PoiSheetPrint print) {
            this.report = report;
            this.bom = report.bom();
            this.evaluate = evaluate;
            this.print = print;
            this.st = new PoiStyles(wb, bom.currency());
        }

        XSSFWorkbook build() throws IOException {
            try {
                summary = wb.createSheet(SUMMARY);
                bomSheet = wb.createSheet(BOM);
                podSheet = wb.createSheet(COST_PER_POD);
                siliconSheet = wb.createSheet(SILICON);
                XSSFSheet connectivitySheet = wb.createSheet(CONNECTIVITY);
                wb.createSheet(CABLES); // placeholders: their XML is streamed in at write time
                findingsSheet = wb.createSheet(FINDINGS);
                priceSheet = wb.createSheet(PRICES);
                long t = System.nanoTime();
                priceBook();
                bomSheet();
                trace("price book + BOM sheets", t);
                summarySheet();
                trace("+ summary", t);
                costPerPod();
                trace("+ cost per pod", t);
                silicon();
                int connectivityHeader = PoiConnectivitySheet.write(connectivitySheet, bom, st);
                trace("sheets", t);
                if (evaluate) {
                    t = System.nanoTime();
                    XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
                    trace("evaluate", t);
                }
                wb.setForceFormulaRecalculation(true);
                charts();
                print.apply(summary, 0);
                print.apply(bomSheet, 1);
                print.apply(podSheet, 1);
                print.apply(siliconSheet, 1);
                print.apply(connectivitySheet, connectivityHeader, connectivityHeader);
                print.apply(priceSheet, priceHeaderRow, priceHeaderRow);
                PoiConnectivitySheet.setProperties(wb, bom.projectName(), bom.priceBook().name());
                return wb;
            } catch (RuntimeException e) {
                wb.close();
                throw e;
            }
        }

        // -- helpers

        private static Row row(Sheet s, int idx) {
            Row r = s.getRow(idx);
            return r == null ? s.createRow(idx) : r;
        }

        private static Cell text(Row r, int col, String v) {
            Cell c = r.createCell(col);
            c.setCellValue(fit(v == null ? "" : v));
            return c;
        }

        private static Cell num(Row r, int col, double v, CellStyle style) {
            Cell c = r.createCell(col);
            c.setCellValue(v);
            if (style != null) {
                c.setCellStyle(style);
            }
            return c;
        }

        /** A formula cell whose cached value is the model's {@code cached} (a Number, a String, or null for "n/a"). */
        private static Cell formula(Row r, int col, String f, CellStyle style, Object cached) {
            Cell c = r.createCell(col);
            c.setCellFormula(f);
            if (cached instanceof Number) {
                c.setCellValue(((Number) cached).doubleValue());
            } else {
                c.setCellValue(cached == null ? NA : cached.toString());
            }
            if (style != null) {
                c.setCellStyle(style);
            }
            return c;
        }

        static final String NA = "n/a";

        private void header(Sheet s, int rowIdx, List<String> names) {
            Row r = row(s, rowIdx);
            for (int i = 0; i < names.size(); i++) {
                text(r, i, names.get(i)).setCellStyle(st.header);
            }
        }

        private static String col(int idx) {
            return CellReference.convertNumToColString(idx);
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

        private static void widths(Sheet s, int... chars) {
            for (int i = 0; i < chars.length; i++) {
                s.setColumnWidth(i, Math.min(255, chars[i]) * 256);
            }
        }

        private void table(XSSFSheet s, String name, int firstRow, int lastRow, int lastCol) {
            if (lastRow <= firstRow) {
                lastRow = firstRow + 1; // a table needs a data row
            }
            XSSFTable t = s.createTable(new AreaReference(new CellReference(firstRow, 0), new CellReference(lastRow, lastCol),
                    SpreadsheetVersion.EXCEL2007));
            t.setName(name);
            t.setDisplayName(name);
            t.getCTTable().addNewTableStyleInfo();
            t.getCTTable().getTableStyleInfo().setName("TableStyleMedium2");
            t.getCTTable().getTableStyleInfo().setShowRowStripes(true);
            if (!t.getCTTable().isSetAutoFilter()) {
                t.getCTTable().addNewAutoFilter().setRef(t.getArea().formatAsString());
            }
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
                text(r, 0, meta[i][0]).setCellStyle(st.bold);
                text(r, 1, meta[i][1]);
            }
            int h = meta.length + 1;
            priceHeaderRow = h;
            header(priceSheet, h, PRICE_COLUMNS);
            int i = h + 1;
            for (PriceBook.Price p : pb.prices().values()) {
                Row r = row(priceSheet, i++);
                text(r, 0, p.partNumber());
                num(r, 1, p.unitPrice(), st.money);
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
            priceSheet.createFreezePane(0, h + 1);
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
                num(r, col, v.doubleValue(), st.integer);
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
                num(r, B_NO, i + 1, st.integer);
                text(r, B_POD, SafeText.name(l.podId()));
                text(r, B_PN, SafeText.name(l.partNumber()));
                text(r, B_DESC, l.description());
                text(r, B_FAMILY, l.familyLabel());
                text(r, B_VENDOR, SafeText.name(l.vendor()));
                text(r, B_LINE, SafeText.name(l.productLine()));
                text(r, B_SILICON, l.isConnectivitySilicon() ? "Yes" : "No");
                num(r, B_QTY_POD, l.qtyPerPod(), st.integer);
                num(r, B_PODS, l.pods(), st.integer);
                formula(r, B_TOTAL, col(B_QTY_POD) + x + "*" + col(B_PODS) + x, st.integer, l.totalQty());
                if (anyPrices) {
                    formula(r, B_UNIT, "IFERROR(VLOOKUP($" + col(B_PN) + x + "," + lookup + ",2,FALSE),\"" + CsvExporter.UNPRICED + "\")",
                            st.money, l.isPriced() ? l.unitPrice() : CsvExporter.UNPRICED);
                } else {
                    text(r, B_UNIT, CsvExporter.UNPRICED);
                }
                String unit = col(B_UNIT) + x;
                formula(r, B_EXT, "IF(ISNUMBER(" + unit + ")," + col(B_TOTAL) + x + "*" + unit + ",\"" + CsvExporter.UNPRICED
                        + "\")", st.money, l.isPriced() ? l.extendedCost() : CsvExporter.UNPRICED);
                text(r, B_CURRENCY, l.currency());
                text(r, B_CURRENCY + 1, l.isPriced() ? (l.priceEstimate() ? "estimate" : "quoted") : "");
                if (l.unitPowerW() != null) {
                    num(r, B_CURRENCY + 2, l.unitPowerW(), st.decimal);
                } else {
                    text(r, B_CURRENCY + 2, "");
                }
                text(r, B_CURRENCY + 3, l.statusLabel());
                procurement(r, x, l);
            }
            table(bomSheet, "BomTable", 0, lines.size(), CsvExporter.BOM_COLUMNS.size() - 1);
            bomSheet.createFreezePane(0, 1);
            // totals beside the table (columns Q:R), not below it: summing a whole BOM column never double counts
            int lc = SUB_COL;
            int vc = SUB_COL + 1;
            String ext = col(B_EXT) + bomFirst + ":" + col(B_EXT) + bomLast;
            Row total = row(bomSheet, 0);
            text(total, lc, "Total").setCellStyle(st.bold);
            formula(total, vc, "SUM(" + ext + ")", st.moneyBold, bom.totalCost());
            Row vis = row(bomSheet, 1);
            text(vis, lc, "Visible rows (filters)");
            formula(vis, vc, "SUBTOTAL(109," + ext + ")", st.money, bom.totalCost());
            Row unp = row(bomSheet, 2);
            text(unp, lc, "Unpriced units");
            formula(unp, vc, "SUMIF(" + col(B_UNIT) + bomFirst + ":" + col(B_UNIT) + bomLast + ",\"" + CsvExporter.UNPRICED
                    + "\"," + col(B_TOTAL) + bomFirst + ":" + col(B_TOTAL) + bomLast + ")", st.integer, bom.unpricedQty());
            int sub = 5;
            text(row(bomSheet, sub - 1), lc, "Subtotal by family").setCellStyle(st.bold);
            for (Bom.Rollup f : bom.byFamily()) {
                Row r = row(bomSheet, sub++);
                text(r, lc, f.name());
                formula(r, vc, "SUMIF(" + col(B_FAMILY) + bomFirst + ":" + col(B_FAMILY) + bomLast + "," + exact(f.name()) + ","
                        + ext + ")", st.money, f.cost());
            }
            bomSheet.setColumnWidth(SUB_COL - 1, 2 * 256);
            bomSheet.setColumnWidth(lc, 24 * 256);
            bomSheet.setColumnWidth(vc, 18 * 256);
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
                num(r, c + 4, t.sparesPercent(), st.decimal);
            }
            String total = col(B_TOTAL) + x;
            String pct = col(c + 4) + x;
            formula(r, c + 5, "IF(ISNUMBER(" + pct + "),ROUNDUP(" + total + "*" + pct + "/100,0),\"\")", st.integer,
                    t.sparesPercent() == null ? "" : (Object) (double) Procurement.spares(l.totalQty(), t));
            String spares = col(c + 5) + x;
            String moq = col(c + 2) + x;
            formula(r, c + 6, "MAX(" + total + "+IF(ISNUMBER(" + spares + ")," + spares + ",0),IF(ISNUMBER(" + moq + ")," + moq
                    + ",0))", st.integer,
                    (double) Procurement.orderQty(l.totalQty(), t));
        }

        // -- Summary

        private void summarySheet() {
            ValidationStatus v = report.validation();
            int r = 0;
            text(row(summary, r++), 0, "PodForge BOM summary").setCellStyle(st.title);
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
            formula(dp, 1, "SUM('Cost per pod'!$C$2:$C$" + (podRows + 1) + ")", st.integer, bom.deployedPods());
            podsCell = costedPods("Summary!$B$" + (r + 1));
            r++;
            Row gp = row(summary, r);
            text(gp, 0, "GPU count");
            formula(gp, 1, "SUMIF(" + bomRange(B_FAMILY) + "," + exact(Family.GPU.label()) + "," + bomRange(B_TOTAL) + ")",
                    st.integer, bom.gpus());
            gpusCell = "Summary!$B$" + (r + 1);
            String pc = costedPods("$B$" + (r));
            String gc = "$B$" + (r + 1);
            r++;
            int totalRow = r + 1;
            Row tc = row(summary, r++);
            text(tc, 0, TOTAL_COST).setCellStyle(st.bold);
            formula(tc, 1, "SUM(" + bomRange(B_EXT) + ")", st.moneyBold, bom.totalCost());
            text(tc, 3, "priced parts only; unpriced units below are not in any cost");
            Row cp = row(summary, r++);
            text(cp, 0, COST_PER_POD_LABEL);
            formula(cp, 1, "IF(" + pc + ">0,($B$" + totalRow + emptyPodsCost() + ")/" + pc + ",\"n/a\")", st.money, bom.costPerPod());
            text(cp, 3, (bom.pods().size() > 1 ? "total over all deployed pods; per design on the Cost per pod sheet" : "")
                    + (bom.hasEmptyPods() ? "; pods holding only racks are not counted" : ""));
            Row cg = row(summary, r++);
            text(cg, 0, COST_PER_GPU);
            formula(cg, 1, "IF(" + gc + ">0,$B$" + totalRow + "/" + gc + ",\"n/a\")", st.money, bom.costPerGpu());
            int silRow = r + 1;
            Row sc = row(summary, r++);
            text(sc, 0, "Connectivity silicon");
            formula(sc, 1, "SUMIF(" + bomRange(B_SILICON) + ",\"Yes\"," + bomRange(B_EXT) + ")", st.money, bom.siliconCost());
            text(sc, 3, "retimers, PCIe and scale-up switches, CXL memory controllers, smart cable modules");
            Row sp = row(summary, r++);
            text(sp, 0, SILICON_PER_POD);
            formula(sp, 1, "IF(" + pc + ">0,$B$" + silRow + "/" + pc + ",\"n/a\")", st.money, bom.siliconCostPerPod());
            Row sg = row(summary, r++);
            text(sg, 0, SILICON_PER_GPU);
            formula(sg, 1, "IF(" + gc + ">0,$B$" + silRow + "/" + gc + ",\"n/a\")", st.money, bom.siliconCostPerGpu());
            Row up = row(summary, r++);
            text(up, 0, "Unpriced units");
            formula(up, 1, "SUMIF(" + bomRange(B_UNIT) + ",\"" + CsvExporter.UNPRICED + "\"," + bomRange(B_TOTAL) + ")", st.integer,
                    bom.unpricedQty());
            text(up, 3, bom.unpricedParts().isEmpty() ? "every part is priced"
                    : "counted, not priced (never as 0): " + String.join(", ", bom.unpricedParts()));
            r = kv(r, "Validation status", v.summary(), v.ran() ? v.note() : "");
            Row er = row(summary, r++);
            text(er, 0, "Errors");
            num(er, 1, v.errors(), st.integer);
            Row wr = row(summary, r++);
            text(wr, 0, "Warnings");
            num(wr, 1, v.warnings(), st.integer);
            Row ir = row(summary, r++);
            text(ir, 0, "Infos");
            num(ir, 1, v.infos(), st.integer);
            Row pw = row(summary, r++);
            text(pw, 0, "Power per pod (W)");
            Double ppp = bom.perPod(bom.totalPowerW());
            if (ppp != null) {
                num(pw, 1, ppp, st.integer);
            }
            Map<String, Long> unknown = bom.powerUnknown();
            text(pw, 3, (bom.pods().stream().anyMatch(Bom.PodRollup::powerEstimate) ? "includes estimated figures; " : "")
                    + (unknown.isEmpty() ? "every part has a power figure"
                    : "known parts only; no power figure for: " + describe(unknown)));
            Row pt = row(summary, r++);
            text(pt, 0, "Power, all pods (W)");
            num(pt, 1, bom.totalPowerW(), st.integer);
            r = rackPower(r + 1);
            Row cr = row(summary, r++);
            text(cr, 0, "Cables (physical)");
            num(cr, 1, report.cables().cableCount(), st.integer);
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
            text(fh, FAM_COL, "Family").setCellStyle(st.header);
            text(fh, FAM_COL + 1, "Cost").setCellStyle(st.header);
            text(fh, FAM_COL + 2, "Units").setCellStyle(st.header);
            famFirstRow = 1;
            int fr = 1;
            for (Bom.Rollup f : bom.byFamily()) {
                Row x = row(summary, fr++);
                text(x, FAM_COL, f.name());
                formula(x, FAM_COL + 1, "SUMIF(" + bomRange(B_FAMILY) + "," + exact(f.name()) + "," + bomRange(B_EXT) + ")", st.money,
                        f.cost());
                formula(x, FAM_COL + 2, "SUMIF(" + bomRange(B_FAMILY) + "," + exact(f.name()) + "," + bomRange(B_TOTAL) + ")",
                        st.integer, f.qty());
            }
            famLastRow = fr - 1;
            widths(summary, 34, 18, 14, 80, 14, 2, 24, 16, 10);
        }

        private int rackPower(int r) {
            Row h = row(summary, r++);
            List<String> cols = List.of("Rack (one copy of its pod)", "Power (W)", "Budget (W)", "Power not known for", "Cost");
            for (int i = 0; i < cols.size(); i++) {
                text(h, i, cols.get(i)).setCellStyle(st.header);
            }
            for (Bom.RackRollup rr : bom.racks()) {
                Row x = row(summary, r++);
                text(x, 0, rr.podId() + " / " + rr.rackLabel());
                num(x, 1, rr.powerW(), st.integer);
                if (rr.budgetW() != null) {
                    num(x, 2, rr.budgetW(), st.integer);
                }
                text(x, 3, (rr.powerEstimate() ? "includes estimates; " : "") + describe(rr.powerUnknown()));
                num(x, 4, rr.cost(), st.money);
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
                num(row, 2, p.replicas(), st.integer);
                formula(row, 3, "IF($C" + x + ">0,SUMIFS(" + bomRange(B_TOTAL) + "," + bomRange(B_POD) + ",\"=\"&$A" + x + ","
                        + bomRange(B_FAMILY) + "," + exact(Family.GPU.label()) + ")/$C" + x + ",0)", st.integer,
                        p.replicas() > 0 ? p.gpusPerPod() : 0);
                for (int f = fFirst; f <= fLast; f++) {
                    formula(row, f, "IF($C" + x + ">0,SUMIFS(" + bomRange(B_EXT) + "," + bomRange(B_POD) + ",\"=\"&$A" + x + ","
                            + bomRange(B_FAMILY) + ",\"=\"&" + col(f) + "$1)/$C" + x + ",0)", st.money,
                            p.replicas() > 0 ? p.costByFamily().getOrDefault(fams.get(f - fFirst), 0.0) : 0.0);
                }
                formula(row, cCost, fams.isEmpty() ? "0" : "SUM(" + col(fFirst) + x + ":" + col(fLast) + x + ")", st.moneyBold,
                        p.costPerPod());
                formula(row, cCost + 1, col(cCost) + x + "*$C" + x, st.money, p.totalCost());
                formula(row, cCost + 2, "IF($D" + x + ">0," + col(cCost) + x + "/$D" + x + ",\"n/a\")", st.money, p.costPerGpu());
                formula(row, cCost + 3, "IF($C" + x + ">0,SUMIFS(" + bomRange(B_TOTAL) + "," + bomRange(B_POD) + ",\"=\"&$A" + x
                        + "," + bomRange(B_UNIT) + ",\"" + CsvExporter.UNPRICED + "\")/$C" + x + ",0)", st.integer,
                        p.replicas() > 0 ? p.unpricedQtyPerPod() : 0);
            }
            int last = Math.max(2, r); // 1-based last data row
            if (bom.pods().isEmpty()) {
                r = 2;
            }
            table(podSheet, "CostPerPod", 0, Math.max(1, r - 1), cols.size() - 1);
            Row tot = row(podSheet, r + 1);
            text(tot, 0, "All pods").setCellStyle(st.bold);
            formula(tot, 2, "SUM(C2:C" + last + ")", st.integer, bom.deployedPods());
            formula(tot, 3, "SUMPRODUCT(C2:C" + last + ",D2:D" + last + ")", st.integer, bom.gpus());
            text(tot, 1, "totals over every replica");
            double podsCost = 0; // the pods' own cost: a scale-out fabric is not a pod (the Summary's totals count it)
            long podGpus = 0;
            for (int f = fFirst; f <= cCost; f++) {
                double v = 0;
                for (Bom.PodRollup p : bom.pods()) {
                    v += p.replicas() * (f == cCost ? p.costPerPod() : p.costByFamily().getOrDefault(fams.get(f - fFirst), 0.0));
                }
                formula(tot, f, "SUMPRODUCT($C$2:$C$" + last + "," + col(f) + "2:" + col(f) + last + ")", st.moneyBold, v);
                podsCost = v;
            }
            double allReplicas = 0;
            for (Bom.PodRollup p : bom.pods()) {
                allReplicas += p.totalCost();
                podGpus += p.replicas() > 0 ? (long) p.replicas() * p.gpusPerPod() : 0;
            }
            formula(tot, cCost + 1, "SUM(" + col(cCost + 1) + "2:" + col(cCost + 1) + last + ")", st.moneyBold, allReplicas);
            String tc = col(cCost) + (r + 2);
            formula(tot, cCost + 2, "IF(D" + (r + 2) + ">0," + tc + "/D" + (r + 2) + ",\"n/a\")", st.money,
                    podGpus > 0 ? (Object) (podsCost / podGpus) : null);
            podSheet.createFreezePane(2, 1);
            podSheet.setColumnWidth(0, 12 * 256);
            podSheet.setColumnWidth(1, 24 * 256);
            for (int c = 2; c < cols.size(); c++) {
                podSheet.setColumnWidth(c, 16 * 256);
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
            text(all, 0, "All connectivity silicon").setCellStyle(st.bold);
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
                text(vh, i, vcols.get(i)).setCellStyle(st.header);
            }
            for (Bom.Rollup v : bom.siliconByVendor()) {
                int x = r + 1;
                Row row = row(siliconSheet, r++);
                text(row, 0, v.name());
                String crit = bomRange(B_VENDOR) + ",\"=\"&$A" + x + "," + bomRange(B_SILICON) + ",\"Yes\"";
                perUnit(row, x, "SUMIFS(" + bomRange(B_TOTAL) + "," + crit + ")", "SUMIFS(" + bomRange(B_EXT) + "," + crit + ")",
                        "SUMIFS(" + bomRange(B_TOTAL) + "," + crit + "," + bomRange(B_UNIT) + ",\"" + CsvExporter.UNPRICED + "\")", v);
            }
            siliconSheet.createFreezePane(0, 1);
            widths(siliconSheet, 26, 16, 24, 15, 13, 13, 16, 14, 14, 14);
        }

        private void perUnit(Row row, int x, String units, String cost, String unpriced, Bom.Rollup m) {
            formula(row, 3, units, st.integer, m.qty());
            formula(row, 4, "IF(" + podsCell + ">0,D" + x + "/" + podsCell + ",\"n/a\")", st.decimal, bom.perPod(m.qty()));
            formula(row, 5, "IF(" + gpusCell + ">0,D" + x + "/" + gpusCell + ",\"n/a\")", st.decimal, bom.perGpu(m.qty()));
            formula(row, 6, cost, st.money, m.cost());
            formula(row, 7, "IF(" + podsCell + ">0,G" + x + "/" + podsCell + ",\"n/a\")", st.money, bom.perPod(m.cost()));
            formula(row, 8, "IF(" + gpusCell + ">0,G" + x + "/" + gpusCell + ",\"n/a\")", st.money, bom.perGpu(m.cost()));
            formula(row, 9, unpriced, st.integer, m.unpricedQty());
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

        // -- charts (after evaluation: XDDF caches the evaluated values)

        private void charts() {
            if (famLastRow >= famFirstRow) {
                bar(summary, "Cost by family", new CellRangeAddress(famFirstRow, famLastRow, FAM_COL, FAM_COL),
                        new CellRangeAddress(famFirstRow, famLastRow, FAM_COL + 1, FAM_COL + 1), "Cost", FAM_COL, famLastRow + 2,
                        FAM_COL + 8, famLastRow + 24);
            }
            if (slLastRow >= slFirstRow) {
                int top = siliconSheet.getLastRowNum() + 2;
                bar(siliconSheet, "Connectivity silicon cost per pod by product line",
                        new CellRangeAddress(slFirstRow, slLastRow, 0, 0), new CellRangeAddress(slFirstRow, slLastRow, 7, 7),
                        "Cost per pod", 0, top, 8, top + 20);
            }
        }

        private static void bar(XSSFSheet sheet, String title, CellRangeAddress cats, CellRangeAddress vals, String series,
                                int c1, int r1, int c2, int r2) {
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, c1, r1, c2, r2);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(title);
            chart.setTitleOverlay(false);
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            y.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFDataSource<String> c = CachedCellRange.strings(sheet, cats); // POI's own would evaluate every formula
            XDDFNumericalDataSource<Double> v = CachedCellRange.numbers(sheet, vals);
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
            data.setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
            XDDFChartData.Series s = data.addSeries(c, v);
            s.setTitle(series, null);
            // an explicit fill: without one LibreOffice draws the bars invisible
            org.apache.poi.xddf.usermodel.XDDFShapeProperties shape = new org.apache.poi.xddf.usermodel.XDDFShapeProperties();
            shape.setFillProperties(new org.apache.poi.xddf.usermodel.XDDFSolidFillProperties(
                    org.apache.poi.xddf.usermodel.XDDFColor.from(new byte[] {(byte) 0x2F, (byte) 0x6F, (byte) 0xB0})));
            s.setShapeProperties(shape);
            chart.plot(data);
        }
    }
}
