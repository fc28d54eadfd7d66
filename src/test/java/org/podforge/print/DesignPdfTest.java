package org.podforge.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.podforge.bom.Bom;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.PodGenerator;

/** The rack elevation PDF: a page per rack (or N a page) with each rack's and chassis' labels, read back with PDFBox. */
class DesignPdfTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final LocalDate DATE = LocalDate.of(2026, 12, 2);

    private static Project twoRacks() {
        Project p = new Project("Pilot pod");
        Pod pod = new Pod("pod-1", "Pod A", 1);
        Rack a = new Rack("rack-1", "Rack North", PodGenerator.RACK, 0, 0);
        a.addChassis(new Chassis("srv-1", "Server Alpha", PodGenerator.SERVER, 1));
        a.addChassis(new Chassis("sw-1", "Tray Bravo", PodGenerator.SWITCH_TRAY, 12));
        Rack b = new Rack("rack-2", "Rack South", PodGenerator.RACK, 0, 1);
        b.addChassis(new Chassis("srv-2", "Server Charlie", PodGenerator.SERVER, 5));
        pod.addRack(0, a);
        pod.addRack(1, b);
        p.addPod(0, pod);
        return p;
    }

    private static List<String> pages(Project p, PrintOptions o) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DesignPdf.write(p, CATALOG, Bom.of(p, CATALOG, CatalogLoader.builtInPrices()), o, bytes);
        try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
            PDFTextStripper s = new PDFTextStripper();
            List<String> out = new java.util.ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                out.add(s.getText(doc));
            }
            return out;
        }
    }

    @Test
    void onePagePerRackWithItsOwnLabels() throws Exception {
        List<String> pages = pages(twoRacks(), new PrintOptions(List.of(), 1, PrintOptions.Paper.A4, "pilot.podforge.json", DATE, "1.2.3"));
        assertEquals(2, pages.size());
        String first = pages.get(0);
        assertTrue(first.contains("Rack North"), first);
        assertTrue(first.contains("Server Alpha") && first.contains("Tray Bravo"), first);
        assertTrue(first.contains(PodGenerator.SERVER), first);
        assertFalse(first.contains("Server Charlie"), "the other rack's chassis is on its own page");
        assertTrue(first.contains("U1-10") && first.contains("U12"), "U ranges: " + first);
        assertTrue(first.contains("Sheet 1 of 2") && first.contains("pilot.podforge.json") && first.contains("2026-12-02")
                && first.contains("PodForge 1.2.3"), "title block: " + first);
        assertTrue(first.contains("Legend") && first.contains(ChassisKind.COMPUTE.label()), "legend: " + first);
        String second = pages.get(1);
        assertTrue(second.contains("Rack South") && second.contains("Server Charlie"), second);
        assertFalse(second.contains("Server Alpha"), second);
    }

    @Test
    void severalRacksOnOnePageAndASelection() throws Exception {
        Project p = twoRacks();
        List<String> both = pages(p, new PrintOptions(List.of(), 4, PrintOptions.Paper.LETTER, null, DATE, null));
        assertEquals(1, both.size());
        assertTrue(both.get(0).contains("Rack North") && both.get(0).contains("Rack South") && both.get(0).contains("unsaved design"));
        List<String> south = pages(p, new PrintOptions(List.of("rack south"), 1, PrintOptions.Paper.A4, null, DATE, null));
        assertEquals(1, south.size());
        assertTrue(south.get(0).contains("Server Charlie") && !south.get(0).contains("Rack North"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pages(p, new PrintOptions(List.of("rack-9"), 1, PrintOptions.Paper.A4, null, DATE, null)));
        assertTrue(e.getMessage().contains("rack-9") && e.getMessage().contains("rack-1 (Rack North)"), e.getMessage());
    }

    @Test
    void overlapIsDrawnWithItsReasonAndOddNamesPrint() throws Exception {
        Project p = twoRacks();
        Rack a = p.pods().get(0).racks().get(0);
        a.addChassis(new Chassis("srv-3", "Sérveur \u202eΔ\u0007", PodGenerator.SERVER, 5));
        RackElevation e = RackElevation.of(a, CATALOG, null);
        assertEquals("overlaps Server Alpha", e.mounted().stream().filter(m -> m.chassisId().equals("srv-3")).findFirst().orElseThrow().conflict());
        String page = pages(p, new PrintOptions(List.of("rack-1"), 1, PrintOptions.Paper.A4, null, DATE, null)).get(0);
        assertTrue(page.contains("overlaps Server Alpha"), page);
        assertTrue(page.contains("Sérveur ?"), "an accented name prints, a character the font lacks prints as '?', controls are dropped: " + page);
    }

    @Test
    void noRackIsAClearError() {
        Project p = new Project("Empty");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> pages(p, PrintOptions.defaults(null, DATE, null)));
        assertTrue(e.getMessage().contains("no rack"), e.getMessage());
    }
}
