package org.podforge.app.templates;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.podforge.app.Money;
import org.podforge.app.WrappingListCell;
import org.podforge.io.TemplateIndex;
import org.podforge.service.templates.TemplatePreview;

/**
 * The template list beside a preview of the selected one: its description (sources, what is illustrative),
 * GPUs, racks, components by family, cost per GPU and power per rack. Keyboard: the list has the focus,
 * arrows choose, Enter opens; a double click opens too.
 */
public final class TemplatePickerView extends BorderPane {
    private final TemplatePickerModel model;
    private final ListView<TemplateIndex.Entry> list = new ListView<>();
    private final Label name = new Label();
    private final Label description = new Label();
    private final Label gpus = value("template-gpus");
    private final Label racks = value("template-racks");
    private final Label costPerGpu = value("template-cost-per-gpu");
    private final Label total = value("template-total");
    private final Label powerPerRack = value("template-power-per-rack");
    private final Label busiest = value("template-busiest-rack");
    private final Label components = value("template-components");
    private final Label fabricNote = value("template-not-costed");
    private Consumer<TemplateIndex.Entry> onOpen = e -> { };

    public TemplatePickerView(TemplatePickerModel model) {
        this.model = model;
        setId("template-picker");
        list.setId("template-list");
        list.getItems().setAll(model.entries());
        // names wrap within the list (they ran past its edge behind a sideways scroll bar at the dialog's size)
        WrappingListCell.install(list, model::label);
        list.setPrefWidth(380);
        list.setMinWidth(260);
        list.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER && selected() != null) {
                k.consume();
                onOpen.accept(selected());
            }
        });
        list.setOnMouseClicked(m -> {
            if (m.getButton() == MouseButton.PRIMARY && m.getClickCount() == 2 && selected() != null) {
                onOpen.accept(selected());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> show(e));

        name.setId("template-name");
        name.getStyleClass().add("panel-title");
        name.setWrapText(true);
        description.setId("template-description");
        description.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int r = 0;
        grid.addRow(r++, key("GPUs"), gpus);
        grid.addRow(r++, key("Racks"), racks);
        grid.addRow(r++, key("Cost per GPU"), costPerGpu);
        grid.addRow(r++, key("Total cost"), total);
        grid.addRow(r++, key("Power per rack (average)"), powerPerRack);
        grid.addRow(r++, key("Busiest rack"), busiest);
        grid.addRow(r, key("Components"), components);
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, values);
        components.setWrapText(true);
        Label about = new Label("About this design");
        about.setStyle("-fx-font-weight: bold;");
        Label note = new Label("Cost and power from the design's own BOM (known parts, active price book). "
                + "The template opens as a new untitled design; nothing is overwritten.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        fabricNote.setWrapText(true);
        fabricNote.setStyle("-fx-font-style: italic;");
        VBox right = new VBox(8, name, grid, fabricNote, about, description, note);
        right.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        setLeft(list);
        setCenter(scroll);
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setStyle("-fx-opacity: 0.75;");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        return l;
    }

    public TemplateIndex.Entry selected() {
        return list.getSelectionModel().getSelectedItem();
    }

    public ListView<TemplateIndex.Entry> list() {
        return list;
    }

    /** Called with the entry to open (Enter in the list, double click, or the dialog's Open button). */
    public void setOnOpen(Consumer<TemplateIndex.Entry> onOpen) {
        this.onOpen = onOpen;
    }

    private void show(TemplateIndex.Entry e) {
        if (e == null) {
            return;
        }
        TemplatePickerModel.Preview p = model.preview(e);
        if (!p.ok()) {
            name.setText(e.id());
            description.setText("This template cannot be read: " + p.error());
            for (Label l : new Label[] {gpus, racks, costPerGpu, total, powerPerRack, busiest, components}) {
                l.setText("—");
            }
            return;
        }
        TemplatePreview v = p.preview();
        name.setText(v.name());
        description.setText(v.description());
        fabricNote.setText(v.notCosted());
        fabricNote.setVisible(!v.notCosted().isEmpty());
        fabricNote.setManaged(!v.notCosted().isEmpty());
        gpus.setText(String.format(Locale.ROOT, "%,d", v.gpus()));
        racks.setText(org.podforge.service.ProjectSummary.racksText(v.racks(), v.networkRacks()));
        costPerGpu.setText(Money.format(v.costPerGpu(), v.currency()));
        total.setText(Money.format(v.totalCost(), v.currency())
                + (v.unpricedUnits() == 0 ? "" : String.format(Locale.ROOT, " (%,d unpriced units not included)", v.unpricedUnits())));
        powerPerRack.setText(kw(v.powerPerRackW()));
        busiest.setText(kw(v.busiestRackW()));
        components.setText(describe(v.byFamily()));
    }

    private static String kw(Double w) {
        return w == null ? "—" : String.format(Locale.ROOT, "%.1f kW (known parts)", w / 1000);
    }

    private static String describe(Map<String, Long> byFamily) {
        return byFamily.entrySet().stream().map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()))
                .collect(Collectors.joining(" · "));
    }
}
