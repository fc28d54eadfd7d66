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
    private java.util.function.BiFunction<String, String, String> priceEditor;

    public BomViewModel(AnalysisService analysis) {
        analysis.resultProperty().addListener((o, a, r) -> {
            if (r == null || a == null || r.bom() != a.bom()) { // the second publish of a pass only adds its cables
                show(r == null ? null : r.bom());
            }
        });
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
        if (!lines.equals(b.lines())) { // a move or a cable that changes no count: the table keeps its rows
            lines.setAll(b.lines());
        }
        String cur = b.currency();
        costPerPod.set(Money.format(b.costPerPod(), cur));
        costPerGpu.set(Money.format(b.costPerGpu(), cur));
        total.set(Money.format(b.totalCost(), cur));
        long unpriced = b.lines().stream().filter(l -> !l.isPriced()).mapToLong(BomLine::totalQty).sum();
        summary.set(b.deployedPods() + " pod" + (b.deployedPods() == 1 ? "" : "s") + " deployed"
                + (b.hasEmptyPods() ? " (" + (b.deployedPods() - b.costedPods()) + " with only racks, not in per-pod figures)" : "")
                + ", " + b.gpus() + " GPUs · "
                + "connectivity silicon " + Money.format(b.siliconCostPerPod(), cur) + " per pod · "
                + b.priceBookLabel() + (unpriced == 0 ? "" : " · " + unpriced + " unpriced units not in the totals"));
    }

    /**
     * Lets the Unit price column be edited: {@code editor} takes the part number and the typed text and
     * returns null, or why the text is not a price (the shell executes the undoable command).
     */
    public void setPriceEditor(java.util.function.BiFunction<String, String, String> editor) {
        this.priceEditor = editor;
    }

    public boolean pricesEditable() {
        return priceEditor != null;
    }

    /** Sets a line's part price from typed text; returns null or why not. */
    public String editPrice(BomLine line, String text) {
        return priceEditor == null ? "prices cannot be edited here" : priceEditor.apply(line.partNumber(), text);
    }

    /** The unit price as plain text for editing ("1250.5"), empty when unpriced. */
    public static String plainPrice(BomLine line) {
        Double p = line.unitPrice();
        if (p == null) {
            return "";
        }
        return p == Math.rint(p) ? Long.toString(p.longValue()) : java.math.BigDecimal.valueOf(p).stripTrailingZeros().toPlainString();
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
