package org.podforge.app.bom;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podforge.app.AnalysisService;
import org.podforge.bom.CableEnd;
import org.podforge.bom.CableRun;
import org.podforge.bom.CableSchedule;

/** The Cables tab's state: the runs of the latest cable schedule and a one-line summary. */
public final class CablesViewModel {
    private final ObservableList<CableRun> runs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public CablesViewModel(AnalysisService analysis) {
        analysis.resultProperty().addListener((o, a, r) -> {
            if (r == null || r.cables() != null) { // until a new schedule arrives, the last one stays
                show(r == null ? null : r.cables());
            }
        });
        if (analysis.getResult() != null && analysis.getResult().cables() != null) {
            show(analysis.getResult().cables());
        }
    }

    void show(CableSchedule s) {
        if (s == null) {
            runs.clear();
            summary.set("");
            return;
        }
        runs.setAll(s.runs());
        long cables = s.runs().stream().filter(CableRun::isCable).count();
        long fabric = s.fabricCableCount();
        summary.set(s.runs().size() + " links per pod design, " + cables + " of them cables; " + s.cableCount()
                + " physical runs deployed" + (fabric == 0 ? "" : String.format(java.util.Locale.ROOT,
                " (%,d of them the fabric's cross-pod cables, in the exports)", fabric)) + " · lengths: " + s.lengthBasis());
    }

    public ObservableList<CableRun> runs() { return runs; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** "rack-1 U12 srv-3 / gpu-2 : host" */
    public static String end(CableEnd e) {
        if (e == null || e.componentId().isEmpty()) {
            return "(missing)";
        }
        return e.rack() + (e.u() == null ? "" : " U" + e.u()) + " · " + e.chassis() + " · " + e.component() + " : " + e.port();
    }
}
