package org.podforge.export;

import org.podforge.io.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.Bom;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.BomLine;
import org.podforge.bom.DesignReport;
import org.podforge.bom.FindingRow;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.ValidationStatus;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;

class WorkbookExporterTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @TempDir
    Path dir;

    private static DesignReport report(Project p, PriceBook prices, Validator v) {
        return DesignReport.of(p, CATALOG, prices, LinkFacts.nominal(p, CATALOG), v);
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Column index of a header in row 0. */
    static int column(Sheet s, String name) {
        for (Cell c : s.getRow(0)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column '" + name + "' on " + s.getSheetName());
    }

    /** The value cell (column B) of the Summary row labelled {@code label} in column A. */
    static Cell summary(XSSFWorkbook wb, String label) {
        Sheet s = wb.getSheet(WorkbookExporter.SUMMARY);
        for (Row r : s) {
            Cell a = r.getCell(0);
            if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals(label)) {
                return r.getCell(1);
            }
        }
        throw new AssertionError("no Summary row labelled '" + label + "'");
    }

    /** Sum over BOM data rows of Total qty x Unit price where the unit price is a number: the reviewers' check. */
    static double bomSumQtyTimesPrice(XSSFWorkbook wb, FormulaEvaluator ev) {
        Sheet s = wb.getSheet(WorkbookExporter.BOM);
        int qty = column(s, "Total qty");
        int unit = column(s, "Unit price");
        int pn = column(s, "Part number");
        double sum = 0;
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            if (r == null || r.getCell(pn) == null || r.getCell(pn).getStringCellValue().isEmpty()) {
                break; // end of the table
            }
            var u = ev.evaluate(r.getCell(unit));
            if (u.getCellType() == CellType.NUMERIC) {
                sum += ev.evaluate(r.getCell(qty)).getNumberValue() * u.getNumberValue();
            } else {
                assertEquals(CsvExporter.UNPRICED, u.getStringValue());
            }
        }
        return sum;
    }

    @Test
    void everySheetIsPresentInOrderAndFormulasEvaluateToTheModel() throws IOException {
        Project p = BomFixtures.sample();
        DesignReport rep = report(p, PRICES, Validator.unavailable("test"));
        Bom bom = rep.bom();
        Path out = dir.resolve("fixture.xlsx");
        WorkbookExporter.export(rep, out);
        try (XSSFWorkbook wb = read(out)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(WorkbookExporter.SHEETS, names);
            assertTrue(wb.getForceFormulaRecalculation());

            // cached values, as a reader that never recalculates sees them
            assertEquals(bom.totalCost(), summary(wb, "Total cost").getNumericCellValue(), 1e-6);

            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.clearAllCachedResultValues();
            ev.evaluateAll();
            assertEquals(bom.totalCost(), summary(wb, "Total cost").getNumericCellValue(), 1e-6);
            assertEquals(bom.costPerPod(), summary(wb, "Cost per pod").getNumericCellValue(), 1e-6);
            assertEquals(bom.costPerGpu(), summary(wb, "Cost per GPU").getNumericCellValue(), 1e-6);
            assertEquals(bom.siliconCostPerPod(), summary(wb, "Connectivity silicon per pod").getNumericCellValue(), 1e-6);
            assertEquals(bom.siliconCostPerGpu(), summary(wb, "Connectivity silicon per GPU").getNumericCellValue(), 1e-6);
            assertEquals(16, summary(wb, "GPU count").getNumericCellValue());
            assertEquals(3, summary(wb, "Deployed pods").getNumericCellValue());
            assertEquals(bom.unpricedQty(), summary(wb, "Unpriced units").getNumericCellValue());
            assertEquals(bom.totalCost(), bomSumQtyTimesPrice(wb, ev), 1e-6);
            assertEquals(PRICES.label(), summary(wb, "Price book").getStringCellValue());
            assertTrue(summary(wb, "Validation status").getStringCellValue().startsWith("not validated"));
            assertEquals("Fixture \"A\", with commas", summary(wb, "Project").getStringCellValue());
            assertEquals("Pod A x 2; Storage pod x 1", summary(wb, "Pods x replicas").getStringCellValue());
        }
    }

    @Test
    void bomSheetIsAFilteredTableWithFrozenHeaderCurrencyAndLiveFormulas() throws IOException {
        Project p = BomFixtures.sample();
        DesignReport rep = report(p, PRICES, Validator.unavailable("test"));
        Path out = dir.resolve("bom.xlsx");
        WorkbookExporter.export(rep, out);
        try (XSSFWorkbook wb = read(out)) {
            XSSFSheet s = wb.getSheet(WorkbookExporter.BOM);
            for (String c : List.of("Part number", "Description", "Family", "Vendor", "Product line", "Qty per pod", "Pods",
                    "Total qty", "Unit price", "Extended cost")) {
                column(s, c);
            }
            assertEquals(1, s.getTables().size());
            assertTrue(s.getTables().get(0).getCTTable().isSetAutoFilter());
            assertEquals(rep.bom().lines().size() + 1, s.getTables().get(0).getArea().getLastCell().getRow() + 1);
            assertNotNull(s.getPaneInformation());
            assertTrue(s.getPaneInformation().isFreezePane());
            int unit = column(s, "Unit price");
            int ext = column(s, "Extended cost");
            int qty = column(s, "Total qty");
            Row first = s.getRow(1);
            assertEquals(CellType.FORMULA, first.getCell(ext).getCellType());
            assertEquals(CellType.FORMULA, first.getCell(qty).getCellType());
            assertEquals(CellType.FORMULA, first.getCell(unit).getCellType());
            assertTrue(first.getCell(unit).getCellStyle().getDataFormatString().contains("$"));
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll();
            List<BomLine> lines = rep.bom().lines();
            for (int i = 0; i < lines.size(); i++) {
                BomLine l = lines.get(i);
                Row r = s.getRow(i + 1);
                assertEquals(l.partNumber(), r.getCell(column(s, "Part number")).getStringCellValue());
                assertEquals(l.totalQty(), r.getCell(qty).getNumericCellValue());
                if (l.isPriced()) {
                    assertEquals(l.extendedCost(), r.getCell(ext).getNumericCellValue(), 1e-6);
                } else {
                    assertEquals(CsvExporter.UNPRICED, r.getCell(ext).getStringCellValue());
                    assertEquals(CsvExporter.UNPRICED, r.getCell(unit).getStringCellValue());
                }
            }
            // whole-column sums of the table equal the total: no subtotal sits in its columns
            double wholeColumn = 0;
            for (Row r : s) {
                Cell c = r.getCell(ext);
                if (c != null && r.getRowNum() > 0 && c.getCachedFormulaResultType() == CellType.NUMERIC) {
                    wholeColumn += c.getNumericCellValue();
                }
            }
            assertEquals(rep.bom().totalCost(), wholeColumn, 1e-6);
            // editing a price in the Price book sheet flows through: a live workbook
            XSSFSheet pb = wb.getSheet(WorkbookExporter.PRICES);
            for (Row r : pb) {
                Cell a = r.getCell(0);
                if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals("NVIDIA-B200")) {
                    r.getCell(1).setCellValue(36000);
                }
            }
            ev.clearAllCachedResultValues();
            ev.evaluateAll();
            assertEquals(rep.bom().totalCost() + 1000.0 * 16, summary(wb, "Total cost").getNumericCellValue(), 1e-6);
        }
    }

    @Test
    void costPerPodAndSiliconSheetsMatchTheModel() throws IOException {
        Project p = BomFixtures.sample();
        DesignReport rep = report(p, BomFixtures.without(PRICES, "ASTERA-LEO-CXL2"), Validator.unavailable("test"));
        Bom bom = rep.bom();
        Path out = dir.resolve("pods.xlsx");
        WorkbookExporter.export(rep, out);
        try (XSSFWorkbook wb = read(out)) {
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Sheet pods = wb.getSheet(WorkbookExporter.COST_PER_POD);
            int cost = column(pods, "Cost per pod");
            int gpus = column(pods, "GPUs per pod");
            int unpriced = column(pods, "Unpriced units per pod");
            for (int i = 0; i < bom.pods().size(); i++) {
                Bom.PodRollup pr = bom.pods().get(i);
                Row r = pods.getRow(i + 1);
                assertEquals(pr.podId(), r.getCell(0).getStringCellValue());
                assertEquals(pr.costPerPod(), r.getCell(cost).getNumericCellValue(), 1e-6);
                assertEquals(pr.gpusPerPod(), r.getCell(gpus).getNumericCellValue());
                assertEquals(pr.unpricedQtyPerPod(), r.getCell(unpriced).getNumericCellValue());
                for (var fam : pr.costByFamily().entrySet()) {
                    assertEquals(fam.getValue(), r.getCell(column(pods, fam.getKey())).getNumericCellValue(), 1e-6, fam.getKey());
                }
            }
            Sheet sil = wb.getSheet(WorkbookExporter.SILICON);
            List<Bom.Rollup> lines = bom.byProductLine(true);
            for (int i = 0; i < lines.size(); i++) {
                Row r = sil.getRow(i + 1);
                Bom.Rollup l = lines.get(i);
                assertEquals(l.name(), r.getCell(0).getStringCellValue());
                assertEquals(l.qty(), r.getCell(column(sil, "Units (all pods)")).getNumericCellValue());
                assertEquals(l.cost(), r.getCell(column(sil, "Cost (all pods)")).getNumericCellValue(), 1e-6);
                assertEquals(bom.perPod(l.cost()), r.getCell(column(sil, "Cost per pod")).getNumericCellValue(), 1e-6);
                assertEquals(bom.perGpu(l.qty()), r.getCell(column(sil, "Units per GPU")).getNumericCellValue(), 1e-9);
                assertEquals(l.unpricedQty(), r.getCell(column(sil, "Unpriced units")).getNumericCellValue());
            }
            assertEquals(bom.siliconCostPerPod(), summary(wb, "Connectivity silicon per pod").getNumericCellValue(), 1e-6);
            // charts: cost by family on Summary, silicon by product line
            assertEquals(1, wb.getSheet(WorkbookExporter.SUMMARY).getDrawingPatriarch().getCharts().size());
            assertEquals(1, wb.getSheet(WorkbookExporter.SILICON).getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void cableScheduleAndFindingsSheets() throws IOException {
        Project p = BomFixtures.sample();
        Validator v = (proj, cat, book) -> new ValidationStatus(true, "test rules", List.of(
                new FindingRow("reach.segment", "ERROR", "too long, \"really\"", List.of("l-gpu-sw-5", "gpu-5")),
                new FindingRow("bom.price", "WARNING", "ACME-WIDGET has no price", List.of("widget-1"))));
        DesignReport rep = report(p, PRICES, v);
        Path out = dir.resolve("cables.xlsx");
        WorkbookExporter.export(rep, out);
        try (XSSFWorkbook wb = read(out)) {
            Sheet c = wb.getSheet(WorkbookExporter.CABLES);
            // multiplied: one row per cable of each pod design, its Copies summing to every physical cable
            assertEquals(org.podforge.bom.CableScheduleRows.of(rep.cables()).size(), c.getLastRowNum());
            for (int i = 0; i < CableScheduleSheet.COLUMNS.size(); i++) {
                assertEquals(CableScheduleSheet.COLUMNS.get(i), c.getRow(0).getCell(i).getStringCellValue());
            }
            long copies = 0;
            for (int i = 1; i <= c.getLastRowNum(); i++) {
                copies += (long) c.getRow(i).getCell(column(c, "Copies")).getNumericCellValue();
            }
            assertEquals(rep.cables().cableCount(), copies);
            assertTrue(rep.cables().cableCount() > c.getLastRowNum(), "a replicated pod's cables are one row each");
            assertTrue(c.getPaneInformation().isFreezePane());
            assertNotNull(wb.getName("_xlnm._FilterDatabase"));
            int len = column(c, "Length (m)");
            boolean sawFibre = false;
            for (int i = 1; i <= c.getLastRowNum(); i++) {
                Row r = c.getRow(i);
                if (r.getCell(0).getStringCellValue().equals("l-nic-fibre")) {
                    sawFibre = true;
                    assertEquals("pod-a", r.getCell(column(c, "Pod")).getStringCellValue());
                    assertEquals(p.pod("pod-a").orElseThrow().replicas(), r.getCell(column(c, "Copies")).getNumericCellValue());
                    assertEquals(12.5, r.getCell(len).getNumericCellValue());
                    assertEquals(12.5, r.getCell(column(c, "Shortest (m)")).getNumericCellValue());
                    assertEquals("R2", r.getCell(column(c, "Z rack")).getStringCellValue());
                    assertEquals(1, r.getCell(column(c, "Z U")).getNumericCellValue());
                    assertEquals("nic-3", r.getCell(column(c, "Z component")).getStringCellValue());
                    assertEquals("GENERIC-MMF-MPO-OM4", r.getCell(column(c, "Medium or cable part")).getStringCellValue());
                    assertEquals("GENERIC-800G-OSFP-SR8", r.getCell(column(c, "Transceiver")).getStringCellValue());
                    assertEquals(8, r.getCell(column(c, "Lanes")).getNumericCellValue());
                }
            }
            assertTrue(sawFibre);
            Sheet f = wb.getSheet(WorkbookExporter.FINDINGS);
            List<String> header = new ArrayList<>();
            f.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(List.of("Rule", "Severity", "Where", "Replicas", "Message", "Subjects"), header);
            assertEquals("reach.segment", f.getRow(1).getCell(0).getStringCellValue());
            assertEquals("too long, \"really\"", f.getRow(1).getCell(column(f, "Message")).getStringCellValue());
            assertEquals("l-gpu-sw-5, gpu-5", f.getRow(1).getCell(column(f, "Subjects")).getStringCellValue());
            assertEquals("bom.price", f.getRow(2).getCell(0).getStringCellValue());
            assertEquals("INVALID: 1 error, 1 warning, 0 info", summary(wb, "Validation status").getStringCellValue());
            assertEquals(1, summary(wb, "Errors").getNumericCellValue());
            assertEquals(1, summary(wb, "Warnings").getNumericCellValue());
        }
    }

    @Test
    void withoutPoiEvaluationTheCachedValuesAreTheFormulasValues() throws IOException {
        // large workbooks skip POI's evaluation and cache the model's numbers: they must be what the formulas give
        Project p = BomFixtures.sample();
        DesignReport rep = report(p, BomFixtures.without(PRICES, "ASTERA-LEO-CXL2"), Validator.unavailable("test"));
        Path out = dir.resolve("cached.xlsx");
        WorkbookExporter.export(rep, out);
        List<String> cached = new ArrayList<>();
        int formulas = 0;
        try (XSSFWorkbook wb = read(out)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            formulas++;
                            cached.add(s.getSheetName() + "!" + c.getAddress() + "=" + value(c));
                        }
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            List<String> evaluated = new ArrayList<>();
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            evaluated.add(s.getSheetName() + "!" + c.getAddress() + "=" + value(c));
                        }
                    }
                }
            }
            assertTrue(formulas > 100, "formulas: " + formulas);
            assertEquals(evaluated, cached);
        }
    }

    /** A formula cell's cached result, numbers rounded to 1e-6. */
    private static String value(Cell c) {
        if (c.getCachedFormulaResultType() == CellType.NUMERIC) {
            return String.format(java.util.Locale.ROOT, "%.6f", c.getNumericCellValue());
        }
        return c.getCachedFormulaResultType() + ":" + c.getStringCellValue();
    }

    @Test
    void textsLongerThanAnExcelCellAreCutVisibly() {
        String longText = "x".repeat(40_000);
        String cut = WorkbookExporter.fit(longText);
        assertEquals(WorkbookExporter.MAX_CELL_TEXT, cut.length());
        assertTrue(cut.endsWith("[cut: 40000 characters]"), cut);
        assertEquals("short", WorkbookExporter.fit("short"));
    }

    @Test
    void emptyProjectStillExportsEverySheet() throws IOException {
        Project p = new Project("Empty");
        Path out = dir.resolve("empty.xlsx");
        WorkbookExporter.export(report(p, PriceBook.empty(), Validator.unavailable("test")), out);
        try (XSSFWorkbook wb = read(out)) {
            assertEquals(WorkbookExporter.SHEETS.size(), wb.getNumberOfSheets());
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertEquals(0.0, summary(wb, "Total cost").getNumericCellValue());
            assertEquals("n/a", summary(wb, "Cost per GPU").getStringCellValue());
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTempFile() throws IOException {
        Path out = dir.resolve("keep.xlsx");
        Files.writeString(out, "previous");
        assertThrows(IOException.class, () -> AtomicFiles.write(out, os -> {
            os.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("previous", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
        // and a workbook export over it replaces it completely
        WorkbookExporter.export(report(BomFixtures.sample(), PRICES, Validator.unavailable("test")), out);
        try (XSSFWorkbook wb = read(out)) {
            assertFalse(wb.getSheet(WorkbookExporter.BOM).getRow(1).getCell(1).getStringCellValue().isEmpty());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        Path fresh = dir.resolve("fresh.xlsx");
        WorkbookExporter.export(report(BomFixtures.sample(), PRICES, Validator.unavailable("test")), fresh);
        if (fresh.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                    "an export is readable like any document, not owner-only like a temp file");
        }
    }
}
