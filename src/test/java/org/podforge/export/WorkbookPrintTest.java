package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;

/**
 * The workbook prints as procurement expects, read back with POI: every sheet landscape, one page wide,
 * header rows repeated, a print area, a header with the design name and date and a "Page N of M"
 * footer; chart series with a visible fill; the document's author, title and application are not POI's.
 * (The page count in LibreOffice is measured in docs/export.md; LibreOffice is not part of the build.)
 */
class WorkbookPrintTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @TempDir
    Path dir;

    private XSSFWorkbook export() throws Exception {
        Project p = BomFixtures.sample();
        DesignReport rep = DesignReport.of(p, CATALOG, CatalogLoader.builtInPrices(), LinkFacts.nominal(p, CATALOG),
                Validator.unavailable("test"));
        Path out = dir.resolve("w.xlsx");
        WorkbookExporter.export(rep, out);
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithRepeatedHeadersAreaHeaderAndFooter() throws Exception {
        try (XSSFWorkbook wb = export()) {
            for (String name : WorkbookExporter.SHEETS) {
                XSSFSheet s = wb.getSheet(name);
                PrintSetup ps = s.getPrintSetup();
                assertTrue(ps.getLandscape(), name + " landscape");
                assertEquals(1, ps.getFitWidth(), name + " one page wide");
                assertEquals(0, ps.getFitHeight(), name + " as many pages tall as needed");
                assertTrue(s.getFitToPage(), name + " scaled to fit");
                String area = wb.getPrintArea(wb.getSheetIndex(s));
                assertNotNull(area, name + " has a print area");
                assertTrue(area.contains("$A$1:"), name + " print area from A1: " + area);
                String header = s.getHeader().getLeft();
                assertTrue(header.contains("Fixture \"A\", with commas"), name + " header names the design: " + header);
                assertTrue(s.getHeader().getRight().matches("\\d{4}-\\d{2}-\\d{2}"), name + " header has the date");
                assertEquals("Page &P of &N", s.getFooter().getCenter(), name + " footer");
                if (!name.equals(WorkbookExporter.SUMMARY)) {
                    CellRangeAddress titles = s.getRepeatingRows();
                    assertNotNull(titles, name + " repeats its header row on every page");
                    assertEquals(titles.getFirstRow(), titles.getLastRow());
                }
            }
            assertEquals(0, wb.getSheet(WorkbookExporter.BOM).getRepeatingRows().getFirstRow());
            assertEquals(0, wb.getSheet(WorkbookExporter.CABLES).getRepeatingRows().getFirstRow());
            // the price table's header row is below the book's name, currency and basis
            int priceHeader = wb.getSheet(WorkbookExporter.PRICES).getRepeatingRows().getFirstRow();
            assertEquals("Part number", wb.getSheet(WorkbookExporter.PRICES).getRow(priceHeader).getCell(0).getStringCellValue());
        }
    }

    @Test
    void bomPrintAreaCoversTheTableAndItsTotals() throws Exception {
        try (XSSFWorkbook wb = export()) {
            XSSFSheet bom = wb.getSheet(WorkbookExporter.BOM);
            String area = wb.getPrintArea(wb.getSheetIndex(bom));
            int lastRow = bom.getLastRowNum() + 1;
            String totals = org.apache.poi.ss.util.CellReference.convertNumToColString(WorkbookExporter.Builder.SUB_COL + 1);
            assertTrue(area.endsWith("$" + totals + "$" + lastRow), "BOM table and the totals beside it: " + area);
        }
    }

    @Test
    void chartSeriesHaveASolidFill() throws Exception {
        try (XSSFWorkbook wb = export()) {
            int charts = 0;
            for (String name : List.of(WorkbookExporter.SUMMARY, WorkbookExporter.SILICON)) {
                for (XSSFChart c : wb.getSheet(name).getDrawingPatriarch().getCharts()) {
                    for (CTBarSer ser : c.getCTChart().getPlotArea().getBarChartArray(0).getSerArray()) {
                        assertTrue(ser.isSetSpPr() && ser.getSpPr().isSetSolidFill(), name + ": bars need a fill to show in LibreOffice");
                        charts++;
                    }
                }
            }
            assertEquals(2, charts);
        }
    }

    @Test
    void documentPropertiesNameTheDesignNotApachePoi() throws Exception {
        try (XSSFWorkbook wb = export()) {
            var core = wb.getProperties().getCoreProperties();
            assertNotEquals("Apache POI", core.getCreator());
            assertFalse(core.getCreator().isBlank());
            assertTrue(core.getTitle().startsWith("Fixture \"A\", with commas"), core.getTitle());
            assertEquals("PodForge", wb.getProperties().getExtendedProperties().getUnderlyingProperties().getApplication());
        }
    }

    @Test
    void ampersandsInTheDesignNameAreLiteralInHeaders() {
        assertEquals("R&&D pod", SheetPrint.headerText("R&D pod"));
        assertTrue(SheetPrint.headerText("x".repeat(200)).length() <= SheetPrint.MAX_NAME_IN_HEADER);
    }
}
