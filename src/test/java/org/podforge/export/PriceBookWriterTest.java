package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;

/** A price book saved as JSON, CSV or xlsx loads back with the same prices and terms; a workbook is updated in place. */
class PriceBookWriterTest {
    static void assertSamePrices(PriceBook a, PriceBook b) {
        assertEquals(a.prices().keySet(), b.prices().keySet());
        a.prices().forEach((pn, p) -> {
            PriceBook.Price q = b.prices().get(pn);
            assertEquals(p.unitPrice(), q.unitPrice(), 1e-9, pn);
            assertEquals(p.terms(), q.terms(), pn);
            assertEquals(p.basis(), q.basis(), pn);
        });
        assertEquals(a.currency(), b.currency());
        assertEquals(a.name(), b.name());
    }

    @Test
    void everyFormatRoundTrips(@TempDir Path tmp) throws Exception {
        PriceBook pb = CatalogLoader.builtInPrices().withPrice("ASTERA-ARIES6-X16", 123.45, "edited in a test");
        for (String ext : List.of(".json", ".csv", ".xlsx")) {
            Path f = tmp.resolve("book" + ext);
            PriceBookWriter.save(pb, f);
            PriceBook back = PriceBookFiles.load(f);
            assertSamePrices(pb, back);
            assertEquals(123.45, back.price("ASTERA-ARIES6-X16").orElseThrow().unitPrice(), 1e-9, ext);
        }
    }

    @Test
    void anExistingWorkbookKeepsItsOtherSheetsAndFormulas(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("quote.xlsx");
        PriceBook pb = CatalogLoader.builtInPrices();
        PriceBookWriter.save(pb, f);
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellFormula("1+1");
            try (var out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        String pn = pb.prices().keySet().iterator().next();
        PriceBookWriter.save(pb.withPrice(pn, 7.0, "test").withPrice("NEW-PART-1", 9.5, "test"), f);
        try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertNotNull(wb.getSheet("Notes"));
            assertEquals("1+1", wb.getSheet("Notes").getRow(0).getCell(0).getCellFormula());
        }
        PriceBook back = PriceBookFiles.load(f);
        assertEquals(7.0, back.price(pn).orElseThrow().unitPrice());
        assertEquals(9.5, back.price("NEW-PART-1").orElseThrow().unitPrice());
    }
}
