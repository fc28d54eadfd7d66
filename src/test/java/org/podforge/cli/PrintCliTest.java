package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code podforge print}: the sample's two racks, one a page, read back; bad options exit 2 with a message and write nothing. */
class PrintCliTest {
    @Test
    void printsOnePagePerRackOfTheSample(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("racks.pdf");
        CliTest.Run r = CliTest.run("print", CliTest.SAMPLE.toString(), "--pdf", pdf.toString(), "--per-page", "1");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "no library chatter on stderr");
        assertTrue(r.out().contains("(2 pages, 2 racks)"), r.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            String second = s.getText(doc);
            assertTrue(second.contains("Rack B") && second.contains("sample-8x8.podforge.json"), second);
            assertFalse(second.contains("Rack A"), second);
        }
    }

    @Test
    void aSelectionAndBadOptions(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("a.pdf");
        CliTest.Run ok = CliTest.run("print", CliTest.SAMPLE.toString(), "--pdf", pdf.toString(), "--racks", "Rack A");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("(1 page, 1 rack)"), ok.out());
        Path none = dir.resolve("none.pdf");
        CliTest.Run bad = CliTest.run("print", CliTest.SAMPLE.toString(), "--pdf", none.toString(), "--racks", "Rack Z");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("no rack or pod is called 'Rack Z'"), bad.err());
        assertFalse(Files.exists(none), "nothing written");
        assertEquals(2, CliTest.run("print", CliTest.SAMPLE.toString(), "--pdf", none.toString(), "--per-page", "9").code());
        assertEquals(2, CliTest.run("print", CliTest.SAMPLE.toString(), "--pdf", dir.resolve("x.png").toString()).code());
        CliTest.Run paper = CliTest.run("print", CliTest.SAMPLE.toString(), "--pdf", none.toString(), "--paper", "b5");
        assertEquals(2, paper.code());
        assertTrue(paper.err().contains("a4, letter or a3"), paper.err());
    }
}
