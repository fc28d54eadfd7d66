package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;

/**
 * The BOM's line numbers and procurement columns follow the price book's terms: with 5% spares and an
 * MOQ of 20 on the 16 B200s (8 per server x 2 replicas), 1 spare makes 17, raised to the MOQ of 20;
 * a part whose book states nothing orders exactly the design quantity, in "each".
 */
class ProcurementColumnsTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @TempDir
    Path dir;

    private static DesignReport report() {
        PriceBook base = CatalogLoader.builtInPrices();
        List<PriceBook.Price> prices = new ArrayList<>();
        for (PriceBook.Price p : base.prices().values()) {
            prices.add(p.partNumber().equals("NVIDIA-B200")
                    ? new PriceBook.Price(p.partNumber(), p.unitPrice(), false, "quote", "", new PriceBook.Terms("each", 120, 20L,
                            List.of(new PriceBook.Break(100, p.unitPrice() * 0.95)), 5.0))
                    : p);
        }
        PriceBook book = new PriceBook("Buyer book", "USD", false, "", "", prices);
        Project pr = BomFixtures.sample();
        return DesignReport.of(pr, CATALOG, book, LinkFacts.nominal(pr, CATALOG), Validator.unavailable("test"));
    }

    @Test
    void workbookAndCsvShowLineNumbersTermsSparesAndOrderQuantity() throws Exception {
        DesignReport rep = report();
        Path x = dir.resolve("w.xlsx");
        WorkbookExporter.export(rep, x);
        try (InputStream in = Files.newInputStream(x); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(WorkbookExporter.BOM);
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            DataFormatter fmt = new DataFormatter();
            int pn = WorkbookExporterTest.column(s, "Part number");
            int line = WorkbookExporterTest.column(s, "Line");
            int b200 = -1;
            int plain = -1;
            for (Row r : s) {
                if (r.getRowNum() == 0 || r.getCell(pn) == null) {
                    continue;
                }
                assertEquals(r.getRowNum(), (int) r.getCell(line).getNumericCellValue(), "line numbers 1..n");
                String part = r.getCell(pn).getStringCellValue();
                if (part.equals("NVIDIA-B200")) {
                    b200 = r.getRowNum();
                } else if (part.equals("AMD-EPYC-9005")) {
                    plain = r.getRowNum();
                }
            }
            Row r = s.getRow(b200);
            assertEquals("16", fmt.formatCellValue(r.getCell(WorkbookExporterTest.column(s, "Total qty")), ev));
            assertEquals("120", fmt.formatCellValue(r.getCell(WorkbookExporterTest.column(s, "Lead time (days)"))));
            assertEquals("1", fmt.formatCellValue(r.getCell(WorkbookExporterTest.column(s, "Spares")), ev));
            assertEquals("20", fmt.formatCellValue(r.getCell(WorkbookExporterTest.column(s, "Order qty")), ev));
            assertEquals("100:" + breakPrice(rep), r.getCell(WorkbookExporterTest.column(s, "Quantity breaks")).getStringCellValue());
            Row p = s.getRow(plain);
            assertEquals("each", p.getCell(WorkbookExporterTest.column(s, "Unit of measure")).getStringCellValue());
            assertEquals("", fmt.formatCellValue(p.getCell(WorkbookExporterTest.column(s, "MOQ"))), "not stated stays empty");
            assertEquals(fmt.formatCellValue(p.getCell(WorkbookExporterTest.column(s, "Total qty")), ev),
                    fmt.formatCellValue(p.getCell(WorkbookExporterTest.column(s, "Order qty")), ev));
        }
        StringWriter w = new StringWriter();
        CsvExporter.writeBom(rep.bom(), w);
        List<List<String>> rows = CsvExporterTest.parse(w.toString());
        List<String> b200 = rows.stream().filter(row -> row.contains("NVIDIA-B200")).findFirst().orElseThrow();
        assertEquals("20", b200.get(CsvExporter.BOM_COLUMNS.indexOf("Order qty")));
        assertEquals("1", b200.get(CsvExporter.BOM_COLUMNS.indexOf("Spares")));
        assertEquals("5", b200.get(CsvExporter.BOM_COLUMNS.indexOf("Spares %")));
        assertEquals("1", rows.get(1).get(0), "CSV lines are numbered too");
    }

    private static String breakPrice(DesignReport rep) {
        return rep.bom().priceBook().price("NVIDIA-B200").orElseThrow().terms().breaksText().split(":")[1];
    }
}
