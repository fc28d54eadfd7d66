package org.podforge.app.generate;

import java.util.List;
import java.util.Locale;
import org.podforge.app.FileController;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.rules.Thresholds;
import org.podforge.service.Session;
import org.podforge.service.generate.ClusterGenerator;
import org.podforge.service.generate.GenerateRefused;
import org.podforge.service.generate.GenerateRequest;
import org.podforge.service.templates.TemplatePreview;

/**
 * The Generate wizard's logic, without any Node: the catalog parts each choice offers, the outcome of a request
 * (the generated design with its preview, or the refusal with the input it is about) from the same
 * {@link ClusterGenerator} as {@code podforge generate}, and opening a generated design as a new untitled one
 * after the unsaved-changes prompt. {@link #evaluate} touches only read-only data and may run off the FX thread.
 */
public final class GenerateWizardModel {
    /**
     * What a request gives: a design with its preview, or the refusal.
     *
     * @param request the request
     * @param result  the generated design, or null when refused
     * @param preview counts, cost per GPU and power per rack from the design's own BOM, or null when refused
     * @param refused why it cannot be generated, or null
     */
    public record Outcome(GenerateRequest request, ClusterGenerator.Result result, TemplatePreview preview, GenerateRefused refused) {
        public boolean ok() {
            return result != null;
        }
    }

    private final FileController files;
    private final ClusterGenerator generator;

    public GenerateWizardModel(FileController files) {
        this.files = files;
        this.generator = new ClusterGenerator(files.catalog(), Thresholds.builtIn());
    }

    /** Part numbers of a family, in catalog order. */
    public List<String> parts(Family f) {
        return files.catalog().byFamily(f).stream().map(Part::partNumber).toList();
    }

    /** "PART-NUMBER: name (STATUS)" for a list entry; the part number alone when it is not in the catalog. */
    public String describe(String partNumber) {
        return files.catalog().find(partNumber).map(p -> {
            String status = p.status().name().toLowerCase(Locale.ROOT);
            boolean said = p.isOrderable() || p.name().toLowerCase(Locale.ROOT).contains(status);
            return p.partNumber() + ": " + p.name() + (said ? "" : " (" + status + ")");
        }).orElse(partNumber);
    }

    /** Generates the design for {@code r} and previews it, or returns the refusal. */
    public Outcome evaluate(GenerateRequest r) {
        try {
            ClusterGenerator.Result res = generator.generate(r);
            return new Outcome(r, res, TemplatePreview.of(res.project(), files.catalog(), files.prices()), null);
        } catch (GenerateRefused e) {
            return new Outcome(r, null, null, e);
        }
    }

    /**
     * Opens the generated design as a new untitled design after the unsaved-changes prompt; the current design is
     * not touched when the user keeps it. Returns false when nothing was opened.
     */
    public boolean open(Outcome o) {
        if (o == null || !o.ok() || !files.confirmDiscardChanges()) {
            return false;
        }
        files.document().setSession(new Session(o.result().project(), files.catalog(), files.prices(), null, List.of()));
        files.document().messageProperty().set("Generated \"" + o.result().project().name() + "\" (untitled: Save As to keep it)");
        return true;
    }
}
