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
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * The printable document of a design, built with Apache PDFBox and no UI toolkit, so that the CLI
 * ({@code podforge print}) and the app (File > Export PDF..., File > Print...) produce the same pages: rack
 * elevations, {@link PrintOptions#perPage()} racks a page, each page framed with a legend and a title block.
 * Pages with one or two racks are portrait, wider sheets landscape. See docs/decisions/0016.
 */
public final class DesignPdf {
    private DesignPdf() {
    }

    /** What was printed: the page count and, per page, the racks on it (ids). */
    public record Result(int pages, List<List<String>> racksByPage) {
    }

    /**
     * Builds the document in memory (the caller closes it).
     *
     * @throws IllegalArgumentException when a selector names no rack, or the design has no rack to print
     */
    public static PDDocument build(Project project, Catalog catalog, Bom bom, PrintOptions o) throws IOException {
        return build(project, catalog, bom, o, new ArrayList<>());
    }

    private static PDDocument build(Project project, Catalog catalog, Bom bom, PrintOptions o, List<List<String>> racksByPage) throws IOException {
        List<Rack> racks = RackSelection.resolve(project, o.racks());
        if (racks.isEmpty()) {
            throw new IllegalArgumentException("the design has no rack to print; add a rack first");
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
        int sheets = (elevations.size() + per - 1) / per;
        boolean landscape = per > 2;
        double pw = landscape ? o.paper().longSide() : o.paper().shortSide();
        double ph = landscape ? o.paper().shortSide() : o.paper().longSide();
        String projectName = project.name().isBlank() ? "Untitled design" : project.name();
        PDDocument doc = new PDDocument();
        try {
            for (int s = 0; s < sheets; s++) {
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
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(PdfDraw.printable(PdfDraw.REGULAR, "Rack elevations: " + projectName));
            info.setSubject("Rack elevations (front)");
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
        try (PDDocument doc = build(project, catalog, bom, o, byPage)) {
            AtomicFiles.write(out, doc::save);
            return new Result(doc.getNumberOfPages(), List.copyOf(byPage));
        }
    }

    /** Writes the document to a stream. */
    public static Result write(Project project, Catalog catalog, Bom bom, PrintOptions o, OutputStream out) throws IOException {
        List<List<String>> byPage = new ArrayList<>();
        try (PDDocument doc = build(project, catalog, bom, o, byPage)) {
            doc.save(out);
            return new Result(doc.getNumberOfPages(), List.copyOf(byPage));
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
