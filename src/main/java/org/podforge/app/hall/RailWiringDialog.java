package org.podforge.app.hall;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.podforge.app.OwnedWindow;
import org.podforge.app.WindowModal;
import org.podforge.app.WrappingListCell;
import org.podforge.geometry.Geometry;
import org.podforge.rules.RuleContext;
import org.podforge.rules.Thresholds;
import org.podforge.service.generate.GenerateRequest;
import org.podforge.service.hall.RailWiringPlanner;

/**
 * "Wire rails...": a pod (selected in the hall) to the leaf switches of the selected network racks, previewed
 * before anything is written: the rails found, the scalable units, the cable count, lanes, speed and media, what
 * stands in the way and what to know. Apply writes one fabric pattern ({@link RailWiringPlanner}) as one undo
 * step. Window-modal, shown without blocking.
 */
final class RailWiringDialog {
    private final HallView view;
    private final String podId;
    private final List<String> leaves;
    private final Stage stage = new Stage();
    private final Label summary = new Label();
    private final ListView<String> notes = new ListView<>();
    private final CheckBox autoUnits = new CheckBox("As few units as the leaves allow");
    private final Spinner<Integer> perUnit;
    private final ComboBox<GenerateRequest.MediaPreference> media = new ComboBox<>();
    private final Button apply = new Button("Apply");
    private final Geometry geometry;
    private RailWiringPlanner.Plan plan;

    RailWiringDialog(Window owner, HallView view, String podId, List<String> leaves) {
        this.view = view;
        this.podId = podId;
        this.leaves = leaves;
        Thresholds t = Thresholds.builtIn().withOverrides(view.project().thresholdOverrides());
        this.geometry = new Geometry(view.session().catalog(), RuleContext.geometryDefaults(t));
        int replicas = view.project().pod(podId).map(p -> p.replicas()).orElse(1);
        perUnit = new Spinner<>(1, Math.max(1, replicas), 1);
        WindowModal.over(stage, owner);
        stage.setTitle("Wire rails of " + view.project().pod(podId).map(p -> p.label()).orElse(podId));

        perUnit.setId("rails-per-unit");
        perUnit.setEditable(true);
        perUnit.setPrefWidth(90);
        autoUnits.setId("rails-auto-units");
        autoUnits.setSelected(true);
        perUnit.disableProperty().bind(autoUnits.selectedProperty());
        media.setId("rails-media");
        media.getItems().setAll(GenerateRequest.MediaPreference.values());
        media.setValue(GenerateRequest.MediaPreference.COPPER);
        media.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(GenerateRequest.MediaPreference m) {
                return m == GenerateRequest.MediaPreference.COPPER ? "Copper where it reaches, else optics" : "Optics";
            }

            @Override
            public GenerateRequest.MediaPreference fromString(String s) {
                return null;
            }
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Pod"), new Label(stage.getTitle().substring("Wire rails of ".length())));
        form.addRow(1, new Label("Leaf switches"), new Label(leaves.size() + " in the selected network racks"));
        form.addRow(2, new Label("Replicas per unit"), new HBox(8, perUnit, autoUnits));
        form.addRow(3, new Label("Media"), media);
        summary.setId("rails-summary");
        summary.setWrapText(true);
        notes.setId("rails-notes");
        notes.setPrefHeight(170);
        WrappingListCell.install(notes, n -> n);
        apply.setId("rails-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> apply());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, apply);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox centre = new VBox(8, summary, new Label("Problems and notes"), notes);
        VBox.setVgrow(notes, Priority.ALWAYS);
        BorderPane root = new BorderPane(centre, form, null, buttons, null);
        root.setId("rail-wiring");
        root.setPadding(new Insets(12));
        BorderPane.setMargin(centre, new Insets(10, 0, 10, 0));
        stage.setScene(new Scene(root, 760, 480));
        OwnedWindow.keepSize(stage, stage.getScene());
        OwnedWindow.closeOnEscape(stage); // also from the notes list or the media list, which keep Escape for themselves
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        autoUnits.selectedProperty().addListener((o, a, b) -> replan());
        perUnit.valueProperty().addListener((o, a, b) -> replan());
        media.valueProperty().addListener((o, a, b) -> replan());
        replan();
        if (plan != null) {
            perUnit.getValueFactory().setValue(plan.replicasPerUnit());
        }
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    RailWiringPlanner.Plan plan() {
        return plan;
    }

    private void replan() {
        plan = RailWiringPlanner.plan(view.project(), view.session().catalog(), geometry, podId, leaves,
                autoUnits.isSelected() ? null : perUnit.getValue(), media.getValue());
        summary.setText(plan.summary());
        List<String> lines = new ArrayList<>();
        plan.problems().forEach(s -> lines.add("Cannot wire: " + s));
        plan.notes().forEach(s -> lines.add("Note: " + s));
        if (lines.isEmpty()) {
            lines.add(String.format(Locale.ROOT, "Ready: one pattern standing for %,d cables (leaf ports %s%d on)", plan.cables(),
                    plan.leafPortPrefix(), plan.leafFirstPort()));
        }
        notes.getItems().setAll(lines);
        apply.setDisable(!plan.canApply());
    }

    private void apply() {
        RailWiringPlanner.Plan p = plan;
        view.run(() -> p.command(view.project()));
        stage.close();
    }
}
