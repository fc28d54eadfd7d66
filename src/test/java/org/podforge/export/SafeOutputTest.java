package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/** A design from someone else never puts a formula, an unreadable character or a giant cell into an export. */
class SafeOutputTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-1+2", "@SUM(A1:A9)", "\tTAB",
            "\rCR", "bad\uFFFFchar\uFFFE", "lone\uD800surrogate", "nul\u0000esc\u001b", "\uFF1Dfullwidth", "ok-name",
            "r".repeat(100_000));

    @TempDir
    Path dir;

    @Test
    void safeTextNeutralisesFormulasReplacesNonXmlAndCaps() {
        assertEquals("'=1+2", SafeText.cell("=1+2"));
        assertEquals("'@cmd", SafeText.cell("@cmd"));
        assertEquals("'-1+2", SafeText.cell("-1+2"));
        assertEquals("'\tx", SafeText.cell("\tx"));
        assertEquals("-12.5", SafeText.cell("-12.5"), "a plain negative number stays a number");
        assertEquals("+3", SafeText.cell("+3"));
        assertEquals("'-", SafeText.cell("-"));
        assertEquals("a\uFFFDb\uFFFD", SafeText.cell("a\uFFFFb\uFFFE"));
        assertEquals("x\uFFFDy", SafeText.cell("x\uD800y"));
        assertEquals("x\uFFFD", SafeText.cell("x\uDC00"));
        assertEquals("\uD83D\uDE00 pair kept", SafeText.cell("\uD83D\uDE00 pair kept"));
        assertEquals("a\uFFFDb", SafeText.cell("a\u0001b"));
        assertEquals("tab\tand\nnewline", SafeText.cell("tab\tand\nnewline"));
        String cut = SafeText.name("n".repeat(1000));
        assertEquals(SafeText.MAX_NAME, cut.length());
        assertTrue(cut.endsWith("[cut: 1000 characters]"), cut);
        String longCell = SafeText.cell("x".repeat(40_000));
        assertEquals(SafeText.MAX_CELL, longCell.length());
        String emojis = "\uD83D\uDE00".repeat(300);
        String cutPair = SafeText.name(emojis);
        assertEquals(cutPair, SafeText.xml(cutPair), "a cut never leaves half a surrogate pair");
        for (String h : HOSTILE) {
            String once = SafeText.cell(h);
            assertEquals(once, SafeText.cell(once), "idempotent: " + h);
            assertEquals(SafeText.name(h), SafeText.cell(SafeText.name(h)));
            assertFalse(SafeText.looksLikeFormula(once));
        }
    }

    /** The sample pod with every name, and the part numbers of some parts, replaced by hostile texts. */
    static Project hostile() {
        Project p = BomFixtures.sample();
        p.setName(HOSTILE.get(0));
        int i = 0;
        for (Pod pod : p.pods()) {
            pod.setName(HOSTILE.get(i++ % HOSTILE.size()));
            for (Rack r : pod.racks()) {
                r.setName(HOSTILE.get(i++ % HOSTILE.size()));
                for (Chassis c : r.chassis()) {
                    c.setName(HOSTILE.get(i++ % HOSTILE.size()));
                }
            }
        }
        for (Component c : p.allComponents()) {
            c.setName(HOSTILE.get(i % HOSTILE.size()));
            if (i % 7 == 0) {
                c.setPartNumber(HOSTILE.get(i % HOSTILE.size()));
            }
            i++;
        }
        return p;
    }

    @Test
    void everyCsvFieldAndWorkbookCellIsSafe() throws IOException {
        DesignReport report = DesignReport.of(hostile(), CATALOG, CatalogLoader.builtInPrices());
        List<Path> csvs = CsvExporter.exportAll(report, dir.resolve("csv"));
        Path xlsx = dir.resolve("o.xlsx");
        WorkbookExporter.export(report, xlsx);

        List<String> texts = new ArrayList<>();
        for (Path f : csvs) {
            for (List<String> row : CsvExporterTest.parse(Files.readString(f, StandardCharsets.UTF_8))) {
                texts.addAll(row);
            }
            assertTrue(Files.size(f) < 2_000_000, f + " is " + Files.size(f) + " bytes: a 100,000-character name is capped");
        }
        int csvFields = texts.size();
        // every XML part, streamed or POI-written, is well-formed XML 1.0 (what Excel and LibreOffice require)
        javax.xml.parsers.SAXParserFactory sax = javax.xml.parsers.SAXParserFactory.newInstance();
        sax.setNamespaceAware(true);
        int parts = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        sax.newSAXParser().parse(in, new org.xml.sax.helpers.DefaultHandler());
                    } catch (org.xml.sax.SAXException ex) {
                        throw new AssertionError(e.getName() + " is not well-formed XML: " + ex.getMessage(), ex);
                    }
                    parts++;
                }
            }
        } catch (javax.xml.parsers.ParserConfigurationException ex) {
            throw new IllegalStateException(ex);
        }
        assertTrue(parts > 10, "parts: " + parts);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING) {
                            texts.add(c.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertTrue(texts.size() > csvFields + 100, "the workbook was read back");
        for (String t : texts) {
            assertFalse(SafeText.looksLikeFormula(t), "formula-like text in an output: " + t);
            assertEquals(t, SafeText.xml(t), "a character XML 1.0 forbids: " + t);
            assertTrue(t.length() <= SafeText.MAX_CELL);
        }
        String cables = Files.readString(dir.resolve("csv").resolve(CsvExporter.CABLES_FILE));
        assertTrue(cables.contains("'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")") || cables.contains("'+1+2")
                || cables.contains("'@SUM(A1:A9)"), "hostile names are in the export, neutralised");
        assertTrue(texts.stream().anyMatch(t -> t.contains("bad\uFFFDchar\uFFFD")), "non-characters replaced, not dropped");
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("[cut: 100000 characters]")), "long names cut with a marker");
    }
}
