package org.podforge.app.generate;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.podforge.app.Money;
import org.podforge.service.generate.FabricPlan;
import org.podforge.service.templates.TemplatePreview;

/**
 * What the request will generate, shown live beside the inputs: GPUs, racks, components by family, the scale-out
 * tiers, cost per GPU and power per rack (from the design's own BOM, as the template preview and
 * {@code podforge compare} give them), and the generator's notes; or, when the request is impossible, the refusal
 * with the input it is about.
 */
final class GeneratePreviewView extends VBox {
    private final Label status = value("gen-status");
    private final Label refusal = value("gen-refusal");
    private final Label gpus = value("gen-preview-gpus");
    private final Label racks = value("gen-preview-racks");
    private final Label fabric = value("gen-preview-fabric");
    private final Label costPerGpu = value("gen-preview-cost-per-gpu");
    private final Label total = value("gen-preview-total");
    private final Label powerPerRack = value("gen-preview-power-per-rack");
    private final Label busiest = value("gen-preview-busiest-rack");
    private final Label components = value("gen-preview-components");
    private final Label notes = value("gen-preview-notes");
    private final GridPane grid = new GridPane();

    GeneratePreviewView() {
        setId("generate-preview");
        setSpacing(8);
        setPadding(new Insets(8, 12, 8, 12));
        Label title = new Label("What will be generated");
        title.getStyleClass().add("panel-title");
        refusal.setWrapText(true);
        refusal.setStyle("-fx-text-fill: #dc2626; -fx-font-weight: bold;");
        status.getStyleClass().add("muted");
        grid.setHgap(12);
        grid.setVgap(4);
        int r = 0;
        grid.addRow(r++, key("GPUs"), gpus);
        grid.addRow(r++, key("Racks"), racks);
        grid.addRow(r++, key("Scale-out"), fabric);
        grid.addRow(r++, key("Cost per GPU"), costPerGpu);
        grid.addRow(r++, key("Total cost"), total);
        grid.addRow(r++, key("Power per rack (average)"), powerPerRack);
        grid.addRow(r++, key("Busiest rack"), busiest);
        grid.addRow(r, key("Components"), components);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, values);
        for (Label l : new Label[] {components, fabric, notes}) {
            l.setWrapText(true);
        }
        Label note = new Label("Cost and power from the design's own BOM (known parts, active price book). The design opens as a new "
                + "untitled design after the usual prompt about unsaved changes; nothing is overwritten.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        getChildren().addAll(title, status, refusal, grid, notes, note);
        working();
    }

    /** While a request is being generated. */
    void working() {
        status.setText("Generating the preview…");
        show(refusal, false);
    }

    /** The outcome of the latest request. */
    void show(GenerateWizardModel.Outcome o, String refusalText) {
        if (!o.ok()) {
            status.setText("This request cannot be generated:");
            refusal.setText(refusalText);
            show(refusal, true);
            grid.setOpacity(0.35);
            notes.setText("");
            return;
        }
        show(refusal, false);
        grid.setOpacity(1);
        status.setText("Ready: Generate opens this design.");
        TemplatePreview v = o.preview();
        gpus.setText(String.format(Locale.ROOT, "%,d", v.gpus()));
        racks.setText(org.podforge.service.ProjectSummary.racksText(v.racks(), v.networkRacks()));
        FabricPlan f = o.result().fabric();
        fabric.setText(f == null ? "none" : o.result().switchPart() + ", " + f.describe(o.request().oversubscription()));
        costPerGpu.setText(Money.format(v.costPerGpu(), v.currency()));
        total.setText(Money.format(v.totalCost(), v.currency())
                + (v.unpricedUnits() == 0 ? "" : String.format(Locale.ROOT, " (%,d unpriced units not included)", v.unpricedUnits())));
        powerPerRack.setText(kw(v.powerPerRackW()));
        busiest.setText(kw(v.busiestRackW()));
        components.setText(v.byFamily().entrySet().stream().map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining(" · ")));
        String n = o.result().notes().stream().map(s -> "• " + s).collect(Collectors.joining("\n"));
        notes.setText((v.notCosted().isEmpty() ? "" : v.notCosted() + "\n") + n);
    }

    Label refusal() {
        return refusal;
    }

    private static void show(Label l, boolean on) {
        l.setVisible(on);
        l.setManaged(on);
    }

    private static String kw(Double w) {
        return w == null ? "—" : String.format(Locale.ROOT, "%.1f kW (known parts)", w / 1000);
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setStyle("-fx-opacity: 0.75;");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }
}
