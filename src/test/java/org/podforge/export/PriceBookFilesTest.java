package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogException;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;

/** Price books from the spreadsheets a buyer writes: CSV and xlsx, good ones and bad rows. */
class PriceBookFilesTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void csvWithEveryColumnLoadsPricesAndProcurementTerms() throws Exception {
        Path f = csv("acme-q3.csv", "Price book,ACME Q3 quote\r\nVersion,3.1\r\nDate,2026-09-01\r\nQuote number,Q-4711\r\n"
                + "Valid until,2026-12-31\r\nCurrency,EUR\r\n\r\n"
                + "Part number,Unit price,Currency,Estimate,Unit of measure,Lead time (days),MOQ,Quantity breaks,Spares %,Basis,Source\r\n"
                + "ASTERA-ARIES6-X16,\"1,250.50\",EUR,quoted,each,42,10,100:1200; 1000:1100,5%,\"Quote Q-4711, line 3\",\r\n"
                + "GENERIC-MMF-MPO-OM4,12,,,m,7,,,,,\r\n");
        PriceBook b = PriceBookFiles.load(f);
        assertEquals("ACME Q3 quote", b.name());
        assertEquals("EUR", b.currency());
        assertFalse(b.estimate());
        assertEquals(new PriceBook.Info("3.1", LocalDate.of(2026, 9, 1), "Q-4711", LocalDate.of(2026, 12, 31)), b.info());
        PriceBook.Price aries = b.price("ASTERA-ARIES6-X16").orElseThrow();
        assertEquals(1250.50, aries.unitPrice(), 1e-9);
        assertFalse(aries.estimate());
        assertEquals("Quote Q-4711, line 3", aries.basis());
        PriceBook.Terms t = aries.terms();
        assertEquals("each", t.unit());
        assertEquals(42, t.leadTimeDays());
        assertEquals(10L, t.moq());
        assertEquals(List.of(new PriceBook.Break(100, 1200), new PriceBook.Break(1000, 1100)), t.breaks());
        assertEquals(5.0, t.sparesPercent());
        PriceBook.Terms fibre = b.price("GENERIC-MMF-MPO-OM4").orElseThrow().terms();
        assertEquals("m", fibre.unit());
        assertNull(fibre.moq(), "not stated stays unstated");
    }

    @Test
    void semicolonSeparatedCsvFromADecimalCommaLocaleIsRecognised() throws Exception {
        PriceBook b = PriceBookFiles.load(csv("eu.csv", "Part number;Unit price\nNVIDIA-B200;30000\n"));
        assertEquals(30000, b.price("NVIDIA-B200").orElseThrow().unitPrice());
        assertEquals("eu", b.name(), "named after the file without a Price book row");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not a number|X,abc|row 2, column 2 (Unit price): 'abc' is not a number; write a plain number",
            "currency sign|X,$1200|row 2, column 2 (Unit price): '$1200' has a currency in it",
            "negative|X,-5|row 2, column 2 (Unit price): '-5' is negative",
            "empty price|X,|row 2, column 2 (Unit price): is empty; write the unit price",
            "lead time in words|X,5,,,,2 weeks|row 2, column 6 (Lead time (days)): '2 weeks' is not a number",
            "moq zero|X,5,,,,,0|row 2, column 7 (MOQ): '0' is not a whole quantity of 1 or more",
            "break without colon|X,5,,,,,,100-45|row 2, column 8 (Quantity breaks): '100-45' is not quantity:price",
            "spares over 100|X,5,,,,,,,150|row 2, column 9 (Spares %): '150' is outside 0 to 100",
            "estimate word|X,5,,maybe|row 2, column 4 (Estimate): 'maybe' is neither 'estimate' nor 'quoted'",
            "bad currency|X,5,dollars|row 2, column 3 (Currency): 'DOLLARS' is not a three-letter currency code",
    })
    void aBadCellSaysFileRowColumnAndWhatToWrite(String what, String row, String message) throws Exception {
        Path f = csv("bad.csv", "Part number,Unit price,Currency,Estimate,Unit of measure,Lead time (days),MOQ,Quantity breaks,"
                + "Spares %\r\n" + row + "\r\n");
        CatalogException e = assertThrows(CatalogException.class, () -> PriceBookFiles.load(f), what);
        assertTrue(e.getMessage().startsWith(f.toString() + ", "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void wholeFileProblemsSayWhatToDo() throws Exception {
        assertMessage(csv("dup.csv", "Part number,Unit price\nX,1\nY,2\nX,3\n"), "row 4, column 1 (Part number): 'X' is already priced on row 2");
        assertMessage(csv("col.csv", "Part number,Unit price,Colour\nX,1,red\n"), "row 1, column 3: unknown column 'Colour'; rename it to one of");
        assertMessage(csv("noprice.csv", "Part number,Cost\nX,1\n"), "unknown column 'Cost'");
        assertMessage(csv("nohdr.csv", "Part,Price\nX,1\n"), "no header row: the first column of the header row must read 'Part number'");
        assertMessage(csv("mix.csv", "Part number,Unit price,Currency\nX,1,USD\nY,2,EUR\n"), "row 3, column 3 (Currency): EUR differs from USD");
        assertMessage(csv("quote.csv", "Part number,Unit price\n\"X,1\nY,2\n"), "line 2: a quoted field is never closed");
        assertMessage(csv("nopn.csv", "Part number,Unit price\n,5\n"), "row 2, column 1 (Part number): is empty while the row has other values");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "Part number,Unit price\nCâble,5\n".getBytes(StandardCharsets.ISO_8859_1));
        assertMessage(latin1, "not UTF-8 text; save the sheet as \"CSV UTF-8\"");
        // blank rows carry nothing and are skipped
        assertEquals(2, PriceBookFiles.load(csv("blank.csv", "Part number,Unit price\nX,1\n,\n\nY,2\n")).prices().size());
    }

    private static void assertMessage(Path f, String expected) {
        CatalogException e = assertThrows(CatalogException.class, () -> PriceBookFiles.load(f));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(f.getFileName().toString()), "names the file: " + e.getMessage());
    }

    @Test
    void xlsxWrittenByABuyerLoadsAndABadCellIsNamedByItsLetter() throws Exception {
        Path good = dir.resolve("buyer.xlsx");
        writeXlsx(good, new Object[][] {{"Part number", "Unit price", "Lead time (days)", "MOQ"},
                {"NVIDIA-B200", 29500.0, 120.0, 8.0}, {"AMD-EPYC-9005", 11000.0, null, null}});
        PriceBook b = PriceBookFiles.load(good);
        assertEquals(29500.0, b.price("NVIDIA-B200").orElseThrow().unitPrice());
        assertEquals(120, b.price("NVIDIA-B200").orElseThrow().terms().leadTimeDays());
        assertEquals(8L, b.price("NVIDIA-B200").orElseThrow().terms().moq());
        assertEquals("USD", b.currency());

        Path bad = dir.resolve("bad.xlsx");
        writeXlsx(bad, new Object[][] {{"Part number", "Unit price", "MOQ"}, {"NVIDIA-B200", 29500.0, 2.5}});
        assertMessage(bad, "row 2, column C (MOQ): '2.5' is not a whole quantity");
        Path notXlsx = csv("fake.xlsx", "Part number,Unit price\n");
        assertMessage(notXlsx, "cannot read the workbook");
    }

    @Test
    void theExportedWorkbooksPriceBookSheetLoadsBackWithTheSamePrices() throws Exception {
        Project p = BomFixtures.sample();
        PriceBook book = CatalogLoader.builtInPrices();
        DesignReport rep = DesignReport.of(p, CATALOG, book, LinkFacts.nominal(p, CATALOG), Validator.unavailable("test"));
        Path x = dir.resolve("export.xlsx");
        WorkbookExporter.export(rep, x);
        PriceBook back = PriceBookFiles.load(x);
        assertEquals(book.name(), back.name());
        assertEquals(book.currency(), back.currency());
        assertTrue(back.estimate(), "the built-in book's estimate label survives");
        assertEquals(book.prices().keySet(), back.prices().keySet());
        for (PriceBook.Price pr : book.prices().values()) {
            assertEquals(pr.unitPrice(), back.price(pr.partNumber()).orElseThrow().unitPrice(), 1e-9, pr.partNumber());
            assertEquals(pr.basis(), back.price(pr.partNumber()).orElseThrow().basis());
        }
    }

    private static void writeXlsx(Path f, Object[][] cells) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            XSSFSheet s = wb.createSheet("Prices");
            for (int r = 0; r < cells.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    Object v = cells[r][c];
                    if (v instanceof String str) {
                        row.createCell(c).setCellValue(str);
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    }
                }
            }
            wb.write(out);
        }
    }
}
