package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.rules.Thresholds;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.bom.Validator;
import org.podforge.service.PodGenerator;
import org.podforge.service.generate.ClusterGenerator;
import org.podforge.io.TemplateIndex;
import org.podforge.service.templates.TemplateRegistry;

/**
 * Our SpreadsheetML writer ({@link WorkbookExporter} over {@link XlsxPackage}, decision 0043) against the workbook as
 * POI built it before ({@link PoiWorkbookOracle}, the old code kept as the oracle): the same designs written both ways
 * must read the same through POI ({@link WorkbookDiff}: sheets and their order, every cell's type, value, formula, cached
 * value and resolved style, column widths, panes, tables, defined names, print setup, headers and footers, charts and
 * their caches, document properties). Designs: the sample, every built-in template, a generated cluster, a cable
 * schedule split over several sheets, a pod holding only racks, EUR, GBP, other-currency and empty price books, a design
 * not validated, and a design whose names need escaping.
 */
class XlsxOracleTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @Test
    void theSample() throws IOException {
        assertSame("sample", DesignReport.of(BomFixtures.sample(), CATALOG, PRICES), SheetParts.EXCEL_DATA_ROWS);
    }

    @Test
    void everyBuiltInTemplate() throws Exception {
        TemplateRegistry templates = TemplateRegistry.builtIn();
        int n = 0;
        for (TemplateIndex.Entry e : templates.entries()) {
            Project p = templates.read(e, CATALOG).project();
            assertSame("template " + e.id(), DesignReport.of(p, CATALOG, PRICES), SheetParts.EXCEL_DATA_ROWS);
            n++;
        }
        assertTrue(n >= 3, n + " templates");
    }

    @Test
    void aGeneratedCluster() throws IOException {
        Project cluster = new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(1024, null)).project();
        assertSame("1,024-GPU cluster", DesignReport.of(cluster, CATALOG, PRICES), SheetParts.EXCEL_DATA_ROWS);
    }

    @Test
    void aCableScheduleSplitOverSheets() throws IOException {
        DesignReport rep = DesignReport.of(BomFixtures.sample(), CATALOG, PRICES);
        int rows = org.podforge.bom.CableScheduleRows.of(rep.cables()).size();
        assertTrue(rows >= 7, rows + " cable rows");
        int perSheet = rows / 3 + (rows % 3 == 0 ? 0 : 1) - 1; // four sheets, the last one short
        assertSame("sample, " + perSheet + " cable rows a sheet", rep, perSheet);
    }

    @Test
    void aPodHoldingOnlyRacks() throws IOException {
        Project p = BomFixtures.sample();
        Pod empty = new Pod("pod-empty", "Pod B", 1);
        empty.addRack(new Rack("rack-empty", "", PodGenerator.RACK, 0, 5));
        p.addPod(p.pods().size(), empty);
        assertSame("empty pod", DesignReport.of(p, CATALOG, PRICES, LinkFacts.nominal(p, CATALOG), Validator.unavailable("test")),
                SheetParts.EXCEL_DATA_ROWS);
    }

    @Test
    void otherCurrenciesAndNoPrices() throws IOException {
        for (String currency : List.of("EUR", "GBP", "CHF")) {
            PriceBook book = new PriceBook(PRICES.name() + " in " + currency, currency, PRICES.estimate(), PRICES.basis(), PRICES.origin(),
                    PRICES.prices().values(), PRICES.info());
            assertSame(currency, DesignReport.of(BomFixtures.sample(), CATALOG, book), SheetParts.EXCEL_DATA_ROWS);
        }
        assertSame("no prices", DesignReport.of(BomFixtures.sample(), CATALOG, PriceBook.empty()), SheetParts.EXCEL_DATA_ROWS);
    }

    @Test
    void namesThatNeedEscaping() throws IOException {
        Project p = BomFixtures.sample();
        p.setName("R&D <pod> \"A\" 'B' =1+1 \u0001 tab\tend " + "x".repeat(120));
        Pod odd = new Pod("pod-odd", "Pod & <co> =SUM(A1)", 2);
        odd.addRack(new Rack("rack-odd", "R&D", PodGenerator.RACK, 0, 5));
        p.addPod(p.pods().size(), odd);
        assertSame("escaped names", DesignReport.of(p, CATALOG, PRICES, LinkFacts.nominal(p, CATALOG), Validator.unavailable("not run")),
                SheetParts.EXCEL_DATA_ROWS);
    }

    /** Writes {@code report} both ways on the same day and requires no difference; both files open in POI. */
    private static void assertSame(String what, DesignReport report, int rowsPerSheet) throws IOException {
        LocalDate day = LocalDate.now();
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        PoiWorkbookOracle.write(report, poi, false, rowsPerSheet);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        WorkbookExporter.write(report, ours, rowsPerSheet, day, Instant.now());
        if (!LocalDate.now().equals(day)) {
            return; // midnight passed between the two: the headers' dates differ, nothing to compare
        }
        List<String> diff = WorkbookDiff.diff(poi.toByteArray(), ours.toByteArray());
        assertTrue(diff.isEmpty(), what + ": " + diff.size() + " difference(s), POI's first:\n"
                + String.join("\n", diff.subList(0, Math.min(15, diff.size()))));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ours.toByteArray()))) {
            assertEquals(WorkbookExporter.SUMMARY, wb.getSheetName(0), what);
            assertTrue(wb.getForceFormulaRecalculation(), what + ": recalculated on load");
        }
    }
}
