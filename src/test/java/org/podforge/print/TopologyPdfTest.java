package org.podforge.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.podforge.bom.Bom;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Component;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;

/** The topology sheets: a landscape page per pod design after the elevations, with its parts' names and a legend, read back. */
class TopologyPdfTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final LocalDate DATE = LocalDate.of(2026, 12, 2);

    private static Project twoPods() {
        Project p = new Project("Two pods");
        p.addPod(PodGenerator.pod("pod-1", "Pod A", 4, 1, 0, "a"));
        Pod b = PodGenerator.pod("pod-2", "Pod B", 4, 1, 1, "b");
        p.addPod(1, b);
        return p;
    }

    private static PDDocument pdf(Project p, PrintOptions o, DesignPdf.Result[] result) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        result[0] = DesignPdf.write(p, CATALOG, Bom.of(p, CATALOG, CatalogLoader.builtInPrices()), o, bytes);
        return Loader.loadPDF(bytes.toByteArray());
    }

    private static String page(PDDocument doc, int i) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(i);
        s.setEndPage(i);
        return s.getText(doc);
    }

    @Test
    void bothSheetsGiveTheElevationsThenOneLandscapeTopologyPagePerPod() throws Exception {
        Project p = twoPods();
        PrintOptions o = new PrintOptions(List.of(), 2, PrintOptions.Paper.A4, "two.podforge.json", DATE, "1.2.3", PrintOptions.Sheets.BOTH);
        DesignPdf.Result[] r = new DesignPdf.Result[1];
        try (PDDocument doc = pdf(p, o, r)) {
            int rackPages = r[0].racksByPage().size();
            assertEquals(List.of("pod-1", "pod-2"), r[0].topologyPods());
            assertEquals(rackPages + 2, doc.getNumberOfPages());
            for (int k = 0; k < 2; k++) {
                Pod pod = p.pods().get(k);
                var page = doc.getPage(rackPages + k);
                assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
                String text = page(doc, rackPages + k + 1);
                assertTrue(text.contains("Topology: " + pod.label()), text);
                assertTrue(text.contains("Sheet " + (rackPages + k + 1) + " of " + (rackPages + 2)), text);
                assertTrue(text.contains("PCIe link") && text.contains("Legend"), "the legend names the protocols drawn: " + text);
                Component gpu = pod.allComponents().stream().filter(c -> c.partNumber().contains("B200") || c.id().contains("gpu"))
                        .findFirst().orElseThrow();
                assertTrue(text.contains(gpu.label()), "the parts are named: " + gpu.label() + " in " + text);
                assertFalse(text.contains(p.pods().get(1 - k).allComponents().get(0).label() + " "), "only this pod's parts");
            }
        }
    }

    @Test
    void topologyOnlyOfTheChosenRacksPodAndUnlinkedPartsApart() throws Exception {
        Project p = twoPods();
        Pod a = p.pods().get(0);
        Component loose = a.allComponents().get(a.allComponents().size() - 1);
        for (var l : new ArrayList<>(p.linksOf(loose.id()))) {
            ((org.podforge.model.Container) l.owner()).removeLink(l);
        }
        PrintOptions o = new PrintOptions(List.of("Pod A"), 2, PrintOptions.Paper.LETTER, null, DATE, null, PrintOptions.Sheets.TOPOLOGY);
        DesignPdf.Result[] r = new DesignPdf.Result[1];
        try (PDDocument doc = pdf(p, o, r)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(List.of(), r[0].racksByPage());
            String text = page(doc, 1);
            assertTrue(text.contains("Topology: Pod A") && text.contains("Not connected (1)"), text);
            assertTrue(text.contains("Sheet 1 of 1"), text);
            assertEquals("Topology: Two pods", doc.getDocumentInformation().getTitle());
        }
    }
}
