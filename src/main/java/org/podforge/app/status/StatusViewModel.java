package org.podforge.app.status;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import org.podforge.app.Analysis;
import org.podforge.app.AnalysisService;
import org.podforge.app.DocumentModel;
import org.podforge.app.Money;
import org.podforge.rules.Severity;

/**
 * The status bar's texts: the last message, the validation state, the cost per pod and the zoom. The
 * validation state style ("ok", "warnings", "errors", "busy") lets the view colour it.
 */
public final class StatusViewModel {
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "Checking…");
    private final ReadOnlyStringWrapper validationStyle = new ReadOnlyStringWrapper(this, "validationStyle", "busy");
    private final ReadOnlyStringWrapper cost = new ReadOnlyStringWrapper(this, "cost", "");
    private final StringProperty zoom = new SimpleStringProperty(this, "zoom", "");
    private final DocumentModel doc;
    private final AnalysisService analysis;
    /** The BOM the cost per pod was worked out from. */
    private org.podforge.bom.Bom costOf;
    /** The findings the validation text and style were worked out from, and those. */
    private java.util.List<org.podforge.rules.Finding> countedOf;
    private String countedText;
    private String countedStyle;

    public StatusViewModel(DocumentModel doc, AnalysisService analysis) {
        this.doc = doc;
        this.analysis = analysis;
        analysis.resultProperty().addListener((o, a, b) -> update());
        analysis.busyProperty().addListener((o, a, b) -> update());
        analysis.failureProperty().addListener((o, a, b) -> update());
        update();
    }

    /** Called when something that feeds the validation text changed. */
    public void update() {
        Analysis a = analysis.getResult();
        if (a != null && a.bom() != costOf) { // busy and idle come twice per edit, the same BOM with them
            costOf = a.bom();
            // only pods with more than racks count: an empty new pod must not halve the real pod's figure
            double[] r = org.podforge.bom.PodCost.range(a.bom());
            String cur = a.bom().currency();
            cost.set("Cost / pod " + (r == null ? Money.format(null, cur) : r[0] == r[1] ? Money.format(r[0], cur)
                    : Money.format(r[0], cur) + " \u2013 " + Money.format(r[1], cur)));
        }
        String failed = analysis.failureProperty().get();
        if (analysis.busyProperty().get()) {
            validation.set("Checking…");
            validationStyle.set("busy");
        } else if (failed != null) {
            validation.set(failed.startsWith("Checks stopped") ? failed : "Check failed: " + failed);
            validationStyle.set("errors");
        } else if (a != null) {
            if (a.findings() != countedOf) { // counted once per list of findings, not again for idle or the cables
                countedOf = a.findings();
                countedText = validationText(a);
                countedStyle = validationStyleOf(a);
            }
            validation.set(countedText);
            validationStyle.set(countedStyle);
        }
    }

    private static String validationText(Analysis a) {
        return a.summary();
    }

    private static String validationStyleOf(Analysis a) {
        var c = a.counts();
        return c.get(Severity.ERROR) > 0 ? "errors" : c.get(Severity.WARNING) > 0 ? "warnings" : "ok";
    }

    public ReadOnlyStringProperty messageProperty() {
        return doc.messageProperty();
    }

    public ReadOnlyStringProperty validationProperty() { return validation.getReadOnlyProperty(); }
    public ReadOnlyStringProperty validationStyleProperty() { return validationStyle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty costProperty() { return cost.getReadOnlyProperty(); }
    public StringProperty zoomProperty() { return zoom; }
}
