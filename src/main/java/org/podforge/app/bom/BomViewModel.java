package org.podforge.app.bom;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podforge.app.AnalysisService;
import org.podforge.app.Money;
import org.podforge.bom.Bom;
import org.podforge.bom.BomLine;

/**
 * The BOM tab's state: the lines of the latest analysis and the headline figures (cost per pod, per GPU,
 * total, connectivity silicon per pod, unpriced parts). No Node references.
 */
public final class BomViewModel {
    private final ObservableList<BomLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper costPerPod = new ReadOnlyStringWrapper(this, "costPerPod", "—");
    private final ReadOnlyStringWrapper costPerGpu = new ReadOnlyStringWrapper(this, "costPerGpu", "—");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "—");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Bom bom;

    public BomViewModel(AnalysisService analysis) {
        analysis.resultProperty().addListener((o, a, r) -> show(r == null ? null : r.bom()));
        if (analysis.getResult() != null) {
            show(analysis.getResult().bom());
        }
    }

    void show(Bom b) {
        this.bom = b;
        if (b == null) {
            lines.clear();
            costPerPod.set("—");
            costPerGpu.set("—");
            total.set("—");
            summary.set("");
            return;
        }
        lines.setAll(b.lines());
        String cur = b.currency();
        costPerPod.set(Money.format(b.costPerPod(), cur));
        costPerGpu.set(Money.format(b.costPerGpu(), cur));
        total.set(Money.format(b.totalCost(), cur));
        long unpriced = b.lines().stream().filter(l -> !l.isPriced()).mapToLong(BomLine::totalQty).sum();
        summary.set(b.deployedPods() + " pod" + (b.deployedPods() == 1 ? "" : "s") + " deployed, " + b.gpus() + " GPUs · "
                + "connectivity silicon " + Money.format(b.siliconCostPerPod(), cur) + " per pod · "
                + b.priceBookLabel() + (unpriced == 0 ? "" : " · " + unpriced + " unpriced units not in the totals"));
    }

    public Bom bom() { return bom; }
    public ObservableList<BomLine> lines() { return lines; }
    public ReadOnlyStringProperty costPerPodProperty() { return costPerPod.getReadOnlyProperty(); }
    public ReadOnlyStringProperty costPerGpuProperty() { return costPerGpu.getReadOnlyProperty(); }
    public ReadOnlyStringProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** Formats a line's money column. */
    public static String money(Double v, String currency) {
        return Money.format(v, currency);
    }
}
