package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.CatalogLoader;

/**
 * {@link WorkbookDiff} finds nothing between two writes of the same workbook (same day, so the same header dates), nor
 * after POI reads and rewrites it (shared strings, style and entry order renumbered), and names the sheet and the cell
 * (or table, chart, name) of each change made to a copy.
 */
class WorkbookDiffTest {
    private static byte[] original;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeTheSample() throws IOException {
        DesignReport report = DesignReport.of(BomFixtures.sample(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices());
        byte[][] two;
        LocalDate day;
        do { // the headers print the export date: both writes on the same day
            day = LocalDate.now();
            two = new byte[][] {write(report), write(report)};
        } while (!day.equals(LocalDate.now()));
        original = two[0];
        assertEquals(List.of(), WorkbookDiff.diff(two[0], two[1]), "two writes of the same design");
    }

    private static byte[] write(DesignReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.write(report, out, SheetParts.EXCEL_DATA_ROWS);
        return out.toByteArray();
    }

    private interface Change {
        void apply(XSSFWorkbook wb) throws IOException;
    }

    /** The differences between the sample's workbook and a copy that POI read, changed and wrote back. */
    private static List<String> changed(Change change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            change.apply(wb);
            wb.write(out);
        }
        return WorkbookDiff.diff(original, out.toByteArray());
    }

    /** Exactly the expected lines (each named by sheet and cell), nothing else. */
    private static void assertReported(List<String> diffs, String... expected) {
        assertEquals(List.of(expected), diffs);
    }

    private static XSSFCell first(XSSFSheet s, CellType type) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == type) {
                    return (XSSFCell) c;
                }
            }
        }
        throw new AssertionError("no " + type + " cell on " + s.getSheetName());
    }

    @Test
    void aWorkbookPoiRewroteIsTheSame() throws IOException {
        assertEquals(List.of(), changed(wb -> { }));
    }

    @Test
    void pathsAreReadLikeBytes() throws IOException {
        Path a = Files.write(dir.resolve("a.xlsx"), original);
        Path b = Files.write(dir.resolve("b.xlsx"), original);
        assertEquals(List.of(), WorkbookDiff.diff(a, b));
    }

    @Test
    void aCellValueOnAStreamedSheet() throws IOException {
        String[] was = new String[2];
        List<String> d = changed(wb -> {
            for (Cell c : wb.getSheet("Cable schedule").getRow(1)) {
                if (c.getCellType() == CellType.STRING && was[0] == null) {
                    was[0] = c.getAddress().formatAsString();
                    was[1] = c.getStringCellValue();
                    c.setBlank(); // POI sets an inline string's <v>, which readers ignore: the copy's text is a shared one
                    c.setCellValue("something else");
                }
            }
        });
        assertReported(d, "sheet 'Cable schedule' cell " + was[0] + ": string value \"" + was[1] + "\" vs \"something else\"");
    }

    @Test
    void aNumberBecomingText() throws IOException {
        String[] where = new String[1];
        List<String> d = changed(wb -> {
            XSSFCell c = first(wb.getSheet("BOM"), CellType.NUMERIC);
            where[0] = c.getAddress().formatAsString();
            c.setCellValue("12");
        });
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("sheet 'BOM' cell " + where[0] + ": cell type NUMERIC "), d.get(0));
        assertTrue(d.get(0).endsWith(" vs STRING \"12\""), d.get(0));
    }

    @Test
    void aFormula() throws IOException {
        String[] was = new String[2];
        List<String> d = changed(wb -> {
            XSSFCell c = first(wb.getSheet("Summary"), CellType.FORMULA);
            was[0] = c.getAddress().formatAsString();
            was[1] = c.getCellFormula();
            c.setCellFormula(was[1] + "+1");
        });
        assertTrue(d.contains("sheet 'Summary' cell " + was[0] + ": formula \"" + was[1] + "\" vs \"" + was[1] + "+1\""), d.toString());
        d.forEach(line -> assertTrue(line.startsWith("sheet 'Summary' cell " + was[0] + ": "), line));
    }

    @Test
    void aNumberFormat() throws IOException {
        String[] was = new String[2];
        List<String> d = changed(wb -> {
            XSSFCell c = first(wb.getSheet("BOM"), CellType.NUMERIC);
            was[0] = c.getAddress().formatAsString();
            was[1] = c.getCellStyle().getDataFormatString();
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(c.getCellStyle());
            s.setDataFormat(wb.createDataFormat().getFormat("0.000%"));
            c.setCellStyle(s); // a new style index with the same attributes but the format: only the format differs
        });
        assertReported(d, "sheet 'BOM' cell " + was[0] + ": data format \"" + was[1] + "\" vs \"0.000%\"");
    }

    @Test
    void aBoldFontAndAFill() throws IOException {
        List<String> d = changed(wb -> {
            XSSFCell c = wb.getSheet("Price book").getRow(0).getCell(0);
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(c.getCellStyle());
            var f = wb.createFont();
            f.setBold(!wb.getFontAt(c.getCellStyle().getFontIndex()).getBold());
            s.setFont(f);
            s.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.YELLOW.getIndex());
            s.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            c.setCellStyle(s);
        });
        assertTrue(d.stream().anyMatch(l -> l.startsWith("sheet 'Price book' cell A1: bold ")), d.toString());
        assertTrue(d.stream().anyMatch(l -> l.startsWith("sheet 'Price book' cell A1: fill colour ") && l.endsWith(" vs \"FFFFFF00\"")
                || l.startsWith("sheet 'Price book' cell A1: fill pattern ")), d.toString());
        d.forEach(line -> assertTrue(line.startsWith("sheet 'Price book' cell A1: "), line));
    }

    @Test
    void aColumnWidth() throws IOException {
        int[] was = new int[1];
        List<String> d = changed(wb -> {
            XSSFSheet s = wb.getSheet("Cost per pod");
            was[0] = s.getColumnWidth(1);
            s.setColumnWidth(1, was[0] + 256);
        });
        assertReported(d, "sheet 'Cost per pod' column B: width " + was[0] + " vs " + (was[0] + 256));
    }

    @Test
    void aTableReference() throws IOException {
        String[] was = new String[2];
        List<String> d = changed(wb -> {
            XSSFTable t = wb.getSheet("BOM").getTables().get(0);
            was[0] = t.getName();
            was[1] = t.getArea().formatAsString();
            AreaReference a = t.getArea();
            t.setArea(new AreaReference(a.getFirstCell(), new org.apache.poi.ss.util.CellReference(a.getLastCell().getRow() + 1,
                    a.getLastCell().getCol()), SpreadsheetVersion.EXCEL2007));
        });
        assertFalse(d.isEmpty());
        assertTrue(d.get(0).startsWith("sheet 'BOM' table '" + was[0] + "': area \"" + was[1] + "\" vs "), d.toString());
        d.forEach(line -> assertTrue(line.startsWith("sheet 'BOM' table '" + was[0] + "': "), line));
    }

    @Test
    void aChartSeriesRemoved() throws IOException {
        List<String> d = changed(wb -> {
            XSSFChart chart = wb.getSheet("Summary").getDrawingPatriarch().getCharts().get(0);
            chart.getChartSeries().get(0).removeSeries(0);
        });
        assertReported(d, "sheet 'Summary' chart 1 ('Cost by family'): series count 1 vs 0");
    }

    @Test
    void aChartSeriesCachedPoint() throws IOException {
        List<String> d = changed(wb -> {
            XSSFChart chart = wb.getSheet("Summary").getDrawingPatriarch().getCharts().get(0);
            var bar = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.Series) chart.getChartSeries().get(0).getSeries(0);
            var pt = bar.getCTBarSer().getVal().getNumRef().getNumCache().getPtArray(0);
            pt.setV(String.valueOf(Double.parseDouble(pt.getV()) + 1));
        });
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("sheet 'Summary' chart 1 ('Cost by family') series 1 values: cached point 1 "), d.get(0));
    }

    @Test
    void aHeaderText() throws IOException {
        List<String> d = changed(wb -> wb.getSheet("Silicon content").getHeader().setCenter("Another sheet"));
        assertReported(d, "sheet 'Silicon content' header: center \"Silicon content\" vs \"Another sheet\"");
    }

    @Test
    void aDefinedNameDropped() throws IOException {
        String[] was = new String[1];
        List<String> d = changed(wb -> {
            int bom = wb.getSheetIndex("BOM");
            XSSFName n = wb.getAllNames().stream()
                    .filter(x -> x.getSheetIndex() == bom && x.getNameName().equals("_xlnm.Print_Area")).findFirst().orElseThrow();
            was[0] = n.getRefersToFormula();
            wb.removeName(n);
        });
        assertReported(d, "defined name _xlnm.Print_Area (sheet 'BOM'): present (\"" + was[0] + "\") vs absent");
    }

    @Test
    void theForceRecalculationFlagAndAProperty() throws IOException {
        List<String> d = changed(wb -> {
            wb.setForceFormulaRecalculation(false);
            wb.getProperties().getCoreProperties().setTitle("Other");
        });
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.contains("workbook: force formula recalculation true vs false"), d.toString());
        assertTrue(d.stream().anyMatch(l -> l.startsWith("document properties: title ") && l.endsWith(" vs \"Other\"")), d.toString());
    }

    @Test
    void aSheetRenamedAndAFreezePane() throws IOException {
        List<String> d = changed(wb -> {
            wb.getSheet("Cost per pod").createFreezePane(0, 0);
            wb.getSheet("Price book").getPrintSetup().setLandscape(false);
        });
        assertTrue(d.stream().anyMatch(l -> l.startsWith("sheet 'Cost per pod': freeze panes ")), d.toString());
        assertTrue(d.contains("sheet 'Price book': print landscape true vs false"), d.toString());
    }

    @Test
    void manyDifferencesAreCapped() throws IOException {
        List<String> d;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            XSSFSheet s = wb.getSheet("BOM");
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        c.setCellValue(c.getStringCellValue() + "!");
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            d = WorkbookDiff.diff(original, out.toByteArray(), 3);
        }
        assertEquals(4, d.size(), d.toString());
        assertTrue(d.get(3).matches("\\.\\.\\. and \\d+ more differences"), d.get(3));
    }
}
