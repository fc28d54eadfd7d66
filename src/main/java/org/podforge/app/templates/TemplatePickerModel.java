package org.podforge.app.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podforge.app.FileController;
import org.podforge.io.LoadResult;
import org.podforge.io.ProjectFileException;
import org.podforge.io.TemplateIndex;
import org.podforge.service.Session;
import org.podforge.service.templates.TemplatePreview;
import org.podforge.service.templates.TemplateRegistry;

/**
 * The New from template dialog's logic, without any Node: the registered templates, the preview of one
 * (read and costed once, then cached) and opening one as a new untitled design. Opening asks about unsaved
 * changes first and never writes a file: the template is read afresh into a new session with no file, so
 * Save asks where to put it.
 */
public final class TemplatePickerModel {
    /** A preview, or why there is none (the template cannot be read). */
    public record Preview(TemplatePreview preview, String error) {
        public boolean ok() {
            return preview != null;
        }
    }

    private final TemplateRegistry registry;
    private final FileController files;
    private final Map<String, Preview> previews = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();

    public TemplatePickerModel(TemplateRegistry registry, FileController files) {
        this.registry = registry;
        this.files = files;
    }

    public List<TemplateIndex.Entry> entries() {
        return registry.entries();
    }

    /** The list label of an entry: its group and the design's name (the id when it cannot be read). */
    public String label(TemplateIndex.Entry e) {
        return e.group() + " · " + names.computeIfAbsent(e.id(), id -> registry.name(e));
    }

    public Preview preview(TemplateIndex.Entry e) {
        return previews.computeIfAbsent(e.id(), id -> {
            try {
                LoadResult lr = registry.read(e, files.catalog());
                return new Preview(TemplatePreview.of(lr.project(), files.catalog(), files.prices()), null);
            } catch (ProjectFileException | RuntimeException ex) {
                return new Preview(null, ex.getMessage());
            }
        });
    }

    /**
     * Opens the template as a new untitled design after the unsaved-changes prompt. Returns false when the
     * user kept the current design or the template cannot be read (then a dialog says why).
     */
    public boolean open(TemplateIndex.Entry e) {
        if (!files.confirmDiscardChanges()) {
            return false;
        }
        try {
            LoadResult lr = registry.read(e, files.catalog());
            files.document().setSession(new Session(lr.project(), files.catalog(), files.prices(), null, lr.warnings()));
            files.document().messageProperty().set("Opened the template \"" + lr.project().name() + "\" (untitled: Save As to keep it)");
            return true;
        } catch (ProjectFileException ex) {
            files.dialogs().showError("Cannot open the template", ex.getMessage());
            return false;
        }
    }
}
