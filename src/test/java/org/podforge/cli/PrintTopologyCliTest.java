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

/** {@code podforge print --sheets topology|both}: the topology page of the sample's pod, read back; a bad value exits 2. */
class PrintTopologyCliTest {
    @Test
    void topologyAndBothSheets(@TempDir Path dir) throws Exception {
        Path topo = dir.resolve("topology.pdf");
        CliTest.Run r = CliTest.run("print", CliTest.SAMPLE.toString(), "--pdf", topo.toString(), "--sheets", "topology");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(1 page, 0 racks, topology of 1 pod)"), r.out());
        try (PDDocument doc = Loader.loadPDF(topo.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Topology: ") && text.contains("sample-8x8.podforge.json"), text);
        }
        Path both = dir.resolve("both.pdf");
        CliTest.Run b = CliTest.run("print", CliTest.SAMPLE.toString(), "--pdf", both.toString(), "--sheets", "both", "--per-page", "2");
        assertEquals(0, b.code(), b.err());
        assertTrue(b.out().contains("(2 pages, 2 racks, topology of 1 pod)"), b.out());
        Path none = dir.resolve("none.pdf");
        CliTest.Run bad = CliTest.run("print", CliTest.SAMPLE.toString(), "--pdf", none.toString(), "--sheets", "hall");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("racks, topology or both"), bad.err());
        assertFalse(Files.exists(none));
    }
}
