package org.podforge.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.podforge.bom.Bom;
import org.podforge.catalog.Catalog;
import org.podforge.io.AtomicFiles;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.TopologyLayout;

/**
 * The printable document of a design, built with Apache PDFBox and no UI toolkit, so that the CLI
 * ({@code podforge print}) and the app (File > Export PDF..., File > Print...) produce the same pages: rack
 * elevations, {@link PrintOptions#perPage()} racks a page, and (per {@link PrintOptions#sheets()}) the topology of
 * their pods, a landscape sheet per pod design; each page framed with a legend and a title block. Pages with one or
 * two racks are portrait, wider sheets landscape. See docs/decisions/0016 and 0025.
 */
public final class DesignPdf {
    private DesignPdf() {
    }

    /** What was printed: the page count, per rack page the racks on it (ids), and the pods whose topology was printed. */
    public record Result(int pages, List<List<String>> racksByPage, List<String> topologyPods) {
        public Result(int pages, List<List<String>> racksByPage) {
            this(pages, racksByPage, List.of());
        }
    }

    /**
     * Builds the document in memory (the caller closes it).
     *
     * @throws IllegalArgumentException when a selector names no rack, or the design has no rack to print
     */
    public static PDDocument build(Project project, Catalog catalog, Bom bom, PrintOptions o) throws IOException {
        return build(project, catalog, bom, o, new ArrayList<>(), new ArrayList<>());
    }

    private static PDDocument build(Project project, Catalog catalog, Bom bom, PrintOptions o, List<List<String>> racksByPage,
                                    List<String> topologyPods) throws IOException {
        List<Rack> racks = RackSelection.resolve(project, o.racks());
        if (racks.isEmpty()) {
            throw new IllegalArgumentException("the design has no rack to print; add a rack first");
        }
        List<Pod> pods = new ArrayList<>();
        for (Rack r : racks) {
            if (r.pod() != null && !pods.contains(r.pod())) {
                pods.add(r.pod());
            }
        }
        if (!o.sheets().racks()) {
            racks = List.of();
        }
        if (!o.sheets().topology()) {
            pods = List.of();
        }
        if (racks.isEmpty() && pods.isEmpty()) {
            throw new IllegalArgumentException("the racks chosen belong to no pod, so there is no topology to print; print their elevations instead");
        }
        Map<String, Bom.RackRollup> power = new HashMap<>();
        if (bom != null) {
            for (Bom.PodRollup p : bom.pods()) {
                for (Bom.RackRollup r : p.racks()) {
                    power.putIfAbsent(r.rackId(), r);
                }
            }
        }
        List<RackElevation> elevations = new ArrayList<>();
        for (Rack r : racks) {
            elevations.add(RackElevation.of(r, catalog, power.get(r.id())));
        }
        int per = o.perPage();
        int rackSheets = (elevations.size() + per - 1) / per;
        int sheets = rackSheets + pods.size();
        boolean landscape = per > 2;
        double pw = landscape ? o.paper().longSide() : o.paper().shortSide();
        double ph = landscape ? o.paper().shortSide() : o.paper().longSide();
        String projectName = project.name().isBlank() ? "Untitled design" : project.name();
        PDDocument doc = new PDDocument();
        try {
            for (int s = 0; s < rackSheets; s++) {
                List<RackElevation> onPage = elevations.subList(s * per, Math.min(elevations.size(), (s + 1) * per));
                PDPage page = new PDPage(new PDRectangle((float) pw, (float) ph));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    PdfDraw d = new PdfDraw(cs);
                    SheetFrame.Area a = SheetFrame.draw(d, pw, ph, "Rack elevations, front: " + projectName, subject(onPage), s + 1, sheets,
                            projectName, o, ElevationSheet.legend());
                    ElevationSheet.draw(d, a, onPage, per);
                }
                racksByPage.add(onPage.stream().map(RackElevation::rackId).toList());
            }
            for (int i = 0; i < pods.size(); i++) {
                Pod pod = pods.get(i);
                TopologyLayout t = TopologyLayout.of(project, catalog, pod);
                PDPage page = new PDPage(new PDRectangle((float) o.paper().longSide(), (float) o.paper().shortSide()));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    PdfDraw d = new PdfDraw(cs);
                    String shown = t.vertices().size() < t.totalComponents()
                            ? " (first " + t.vertices().size() + " of " + t.totalComponents() + " parts)" : "";
                    SheetFrame.Area a = SheetFrame.draw(d, o.paper().longSide(), o.paper().shortSide(), "Topology: " + pod.label() + shown,
                            "Topology of " + pod.label() + " (" + t.vertices().size() + " parts, " + t.edges().size() + " links)",
                            rackSheets + i + 1, sheets, projectName, o, TopologySheet.legend(t));
                    TopologySheet.draw(d, a, t);
                }
                topologyPods.add(pod.id());
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            String what = racks.isEmpty() ? "Topology" : pods.isEmpty() ? "Rack elevations" : "Rack elevations and topology";
            info.setTitle(PdfDraw.printable(PdfDraw.REGULAR, what + ": " + projectName));
            info.setSubject(racks.isEmpty() ? "Topology" : pods.isEmpty() ? "Rack elevations (front)" : "Rack elevations (front) and topology");
            info.setCreator("PodForge " + o.version());
            info.setCreationDate(Calendar.getInstance());
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /** Writes the document to {@code out} atomically (the file is whole or absent, never half-written). */
    public static Result write(Project project, Catalog catalog, Bom bom, PrintOptions o, Path out) throws IOException {
        List<List<String>> byPage = new ArrayList<>();
        List<String> pods = new ArrayList<>();
        try (PDDocument doc = build(project, catalog, bom, o, byPage, pods)) {
            AtomicFiles.write(out, doc::save);
            return new Result(doc.getNumberOfPages(), List.copyOf(byPage), List.copyOf(pods));
        }
    }

    /** Writes the document to a stream. */
    public static Result write(Project project, Catalog catalog, Bom bom, PrintOptions o, OutputStream out) throws IOException {
        List<List<String>> byPage = new ArrayList<>();
        List<String> pods = new ArrayList<>();
        try (PDDocument doc = build(project, catalog, bom, o, byPage, pods)) {
            doc.save(out);
            return new Result(doc.getNumberOfPages(), List.copyOf(byPage), List.copyOf(pods));
        }
    }

    private static String subject(List<RackElevation> racks) {
        List<String> pods = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (RackElevation r : racks) {
            if (!pods.contains(r.podLabel())) {
                pods.add(r.podLabel());
            }
            names.add(r.label());
        }
        return String.join(", ", pods) + ": " + String.join(", ", names);
    }
}
