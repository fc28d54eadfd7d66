package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.CableScheduleRows;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;

/**
 * Past Excel's row limit the cable schedule continues on "Cable schedule (2)", ... and nothing is left out.
 * The limit is a parameter, so the default suite tests "at the limit" and "one past it" on the sample pod;
 * the real 1,048,576-row case runs with -Dpodforge.bigExport=true.
 */
class SheetRowLimitTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @TempDir
    Path dir;

    private static DesignReport report(Project p) {
        return DesignReport.of(p, CATALOG, CatalogLoader.builtInPrices(), LinkFacts.nominal(p, CATALOG), Validator.unavailable("test"));
    }

    /** The cable rows of every cable schedule sheet, in sheet order, as CSV-like text. */
    private static List<String> sheetRows(Path xlsx, List<String> sheetNames) throws IOException {
        List<String> rows = new ArrayList<>();
        DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                sheetNames.add(s.getSheetName());
                if (!s.getSheetName().startsWith(WorkbookExporter.CABLES)) {
                    continue;
                }
                assertEquals(CableScheduleSheet.COLUMNS.get(0), s.getRow(0).getCell(0).getStringCellValue(), "each part has the header");
                for (Row r : s) {
                    if (r.getRowNum() == 0) {
                        continue;
                    }
                    Cell c = r.getCell(0);
                    rows.add(c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue()
                            + "|" + fmt.formatCellValue(r.getCell(2)));
                }
            }
        }
        return rows;
    }

    /** The rows the sheets must hold: the multiplied schedule's, cable and copies. */
    private static List<String> expectedRows(DesignReport rep) {
        List<String> rows = new ArrayList<>();
        for (CableScheduleRows.Row r : CableScheduleRows.of(rep.cables())) {
            rows.add(r.cable() + "|" + r.copies());
        }
        return rows;
    }

    @Test
    void atTheLimitOneSheetOnePastItASecondAndNothingLeftOut() throws IOException {
        DesignReport rep = report(BomFixtures.sample());
        List<String> expected = expectedRows(rep);
        int cables = expected.size();
        assertTrue(cables > 5, "rows: " + cables);

        Path at = dir.resolve("at.xlsx");
        WorkbookExporter.export(rep, at, cables);
        List<String> names = new ArrayList<>();
        assertEquals(expected, sheetRows(at, names));
        assertEquals(WorkbookExporter.SHEETS, names, "at the limit: one cable sheet");

        Path past = dir.resolve("past.xlsx");
        WorkbookExporter.export(rep, past, cables - 1);
        names.clear();
        assertEquals(expected, sheetRows(past, names), "every cable, in order, across the two sheets");
        assertEquals(List.of("Summary", "BOM", "Cost per pod", "Silicon content", "Connectivity", "Cable schedule", "Cable schedule (2)",
                "Findings", "Price book"), names);
        try (InputStream in = Files.newInputStream(past); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(1, wb.getSheet("Cable schedule (2)").getLastRowNum(), "one past the limit: one row on the second sheet");
            String note = null;
            for (Row r : wb.getSheet(WorkbookExporter.SUMMARY)) {
                if (r.getCell(0) != null && "Cables (physical)".equals(r.getCell(0).getStringCellValue())) {
                    note = r.getCell(3).getStringCellValue();
                }
            }
            assertTrue(note != null && note.contains("Cable schedule (2)"), String.valueOf(note));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // formulas still evaluate after the reorder
        }

        Path many = dir.resolve("many.xlsx");
        WorkbookExporter.export(rep, many, 7);
        names.clear();
        assertEquals(expected, sheetRows(many, names));
        assertEquals(SheetParts.count(cables, 7), names.stream().filter(n -> n.startsWith(WorkbookExporter.CABLES)).count());
    }

    /**
     * The real thing: 911 replicas of the generator's sample pod, over 1,048,575 cables: the workbook multiplies (one
     * sheet), the CSV lists every cable. Minutes and gigabytes: run on demand.
     */
    @Test
    @EnabledIfSystemProperty(named = "podforge.bigExport", matches = "true")
    void aMillionCablesExportWithTheRealLimit() throws IOException {
        Project p = org.podforge.service.PodGenerator.sample();
        long perPod = report(p).cables().cableCount();
        p.pods().get(0).setReplicas((int) (SheetParts.EXCEL_DATA_ROWS / perPod) + 1);
        DesignReport rep = report(p);
        assertTrue(rep.cables().cableCount() > SheetParts.EXCEL_DATA_ROWS, perPod + " per pod, " + rep.cables().cableCount());
        long t = System.nanoTime();
        Path out = dir.resolve("big.xlsx");
        WorkbookExporter.export(rep, out);
        System.out.printf("exported %,d cables: %.1f s, %,d bytes%n", rep.cables().cableCount(), (System.nanoTime() - t) / 1e9,
                Files.size(out));
        try (var zip = new java.util.zip.ZipFile(out.toFile())) {
            assertEquals(WorkbookExporter.SHEETS.size(), zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).count(),
                    "the workbook multiplies: one cable schedule sheet for a million cables");
        }
        List<Path> csv = CsvExporter.exportAll(rep, dir.resolve("csv"));
        try (var lines = Files.lines(dir.resolve("csv").resolve(CsvExporter.CABLES_FILE))) {
            assertEquals(rep.cables().cableCount() + 1, lines.count());
        }
        assertTrue(!csv.isEmpty());
    }
}
