package org.podforge.app.problems;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podforge.app.Analysis;
import org.podforge.app.AnalysisService;
import org.podforge.app.DocumentModel;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.rules.Finding;
import org.podforge.rules.Fix;
import org.podforge.rules.Severity;

/**
 * The Problems tab's state: the findings of the latest analysis (optionally only those at or above a
 * severity), a summary, "reveal" for a finding's objects, and applying one of its fixes as an undoable
 * command on the live design. No Node references.
 */
public final class ProblemsViewModel {
    private final DocumentModel doc;
    private final ObservableList<Finding> all = FXCollections.observableArrayList();
    private final FilteredList<Finding> shown = new FilteredList<>(all);
    private final ObjectProperty<Severity> minimum = new SimpleObjectProperty<>(this, "minimum", Severity.INFO);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Checking…");
    private final Consumer<List<String>> reveal;

    /** @param reveal selects and shows objects (the canvas's reveal, or a plain selection) */
    public ProblemsViewModel(DocumentModel doc, AnalysisService analysis, Consumer<List<String>> reveal) {
        this.doc = doc;
        this.reveal = reveal;
        analysis.resultProperty().addListener((o, a, r) -> show(r));
        minimum.addListener((o, a, b) -> shown.setPredicate(f -> f.severity().atLeast(b)));
        shown.setPredicate(f -> f.severity().atLeast(minimum.get()));
        show(analysis.getResult());
    }

    void show(Analysis a) {
        if (a == null) {
            all.clear();
            summary.set("Checking…");
            return;
        }
        all.setAll(a.findings());
        summary.set(a.summary());
    }

    /** Findings shown (filtered by {@link #minimumProperty()}), errors first. */
    public ObservableList<Finding> findings() {
        return shown;
    }

    public ObjectProperty<Severity> minimumProperty() {
        return minimum;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Double-click: selects the finding's objects that still exist and brings them into view. */
    public void reveal(Finding f) {
        List<String> ids = f.subjects().stream().filter(id -> doc.getSession().project().containsId(id)).toList();
        if (ids.isEmpty()) {
            doc.messageProperty().set("The objects of this finding are no longer in the design.");
            return;
        }
        reveal.accept(ids);
    }

    /**
     * Runs a fix: builds its command against the design as it is now and executes it (one undo step).
     * Returns false, with the reason in the status message, when the fix no longer applies.
     */
    public boolean applyFix(Finding f, Fix fix) {
        Command c;
        try {
            c = fix.command(doc.getSession().project());
        } catch (CommandException e) {
            doc.messageProperty().set("Fix not applied: " + e.getMessage());
            return false;
        }
        boolean ok = doc.execute(c);
        if (ok) {
            doc.messageProperty().set("Applied fix: " + fix.label() + " (Undo with Ctrl+Z)");
        }
        return ok;
    }
}
