package org.podforge.app.wiring;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
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
import org.podforge.app.ThemeManager;
import org.podforge.service.wiring.BulkWiring;

/**
 * The bulk wiring window: sources and targets (move components between them), the rule, and a preview
 * table of every link the rule makes with its protocol, lanes and medium, plus what cannot be wired and
 * why. Apply executes exactly the previewed plan as one undoable command. Window-modal, shown without
 * blocking (robot tests drive it like a user).
 */
public final class BulkWiringDialog {
    private final BulkWiringViewModel vm;
    private final Stage stage = new Stage();
    private final Consumer<String> done;

    /** @param done receives the status message after Apply */
    public BulkWiringDialog(Window owner, BulkWiringViewModel vm, boolean dark, Consumer<String> done) {
        this.vm = vm;
        this.done = done;
        WindowModal.over(stage, owner);
        stage.setTitle(vm.title());
        BorderPane root = new BorderPane();
        root.setId("bulk-wiring");
        root.setPadding(new Insets(12));

        Label notice = new Label();
        notice.setId("wire-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        notice.getStyleClass().add("wire-notice");
        notice.setMinHeight(Region.USE_PREF_SIZE); // a reference wiring's steps are read whole, one per line, not cut off

        ComboBox<BulkWiring.Rule> rule = new ComboBox<>();
        rule.setId("wire-rule");
        rule.getItems().setAll(BulkWiring.Rule.values());
        rule.valueProperty().bindBidirectional(vm.ruleProperty());
        rule.setDisable(vm.isReference());
        rule.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> ports = new ComboBox<>(vm.portGroups());
        ports.setId("wire-ports");
        ports.valueProperty().bindBidirectional(vm.sourcePortsProperty());
        ports.setDisable(vm.isReference());
        ports.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String g) {
                return g == null || g.isEmpty() ? "Best suited to each target" : "Only the '" + g + "' ports";
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        ports.setTooltip(new Tooltip("Which ports of the sources to wire: by default scale-up ports go to scale-up switches, "
                + "network ports to network switches and host links to PCIe switches"));
        Label ruleLabel = new Label("Rule:");
        Label portsLabel = new Label("Source ports:");
        ruleLabel.setMinWidth(Region.USE_PREF_SIZE); // the rule list gives way, not its caption ("R..." was seen)
        portsLabel.setMinWidth(Region.USE_PREF_SIZE);
        ports.setMinWidth(Region.USE_PREF_SIZE);
        HBox ruleRow = new HBox(8, ruleLabel, rule, portsLabel, ports);
        ruleRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(rule, Priority.ALWAYS);
        // a reference wiring has its own rule per step (listed in the notice): a greyed-out rule list would say otherwise
        ruleRow.setManaged(!vm.isReference());
        ruleRow.setVisible(!vm.isReference());

        ListView<String> src = list("wire-sources", vm.sources());
        ListView<String> dst = list("wire-targets", vm.targets());
        Button toTargets = new Button("\u2192");
        toTargets.setId("wire-to-targets");
        toTargets.setTooltip(new Tooltip("Make the selected sources targets"));
        toTargets.setOnAction(e -> vm.move(List.copyOf(src.getSelectionModel().getSelectedItems()), true));
        Button toSources = new Button("\u2190");
        toSources.setId("wire-to-sources");
        toSources.setTooltip(new Tooltip("Make the selected targets sources"));
        toSources.setOnAction(e -> vm.move(List.copyOf(dst.getSelectionModel().getSelectedItems()), false));
        Button leaveOut = new Button("\u2715");
        leaveOut.setId("wire-leave-out");
        leaveOut.setTooltip(new Tooltip("Leave the selected components out of this wiring"));
        leaveOut.setOnAction(e -> {
            vm.leaveOut(List.copyOf(src.getSelectionModel().getSelectedItems()));
            vm.leaveOut(List.copyOf(dst.getSelectionModel().getSelectedItems()));
        });
        VBox moves = new VBox(6, toTargets, toSources, leaveOut);
        moves.setAlignment(Pos.CENTER);
        moves.setDisable(vm.isReference());
        GridPane lists = new GridPane();
        lists.setHgap(8);
        lists.setVgap(4);
        Label srcTitle = new Label();
        srcTitle.textProperty().bind(javafx.beans.binding.Bindings.size(vm.sources())
                .asString(vm.isReference() ? "Sources (%d): as the steps name them" : "Sources (%d): each is wired"));
        Label dstTitle = new Label();
        dstTitle.textProperty().bind(javafx.beans.binding.Bindings.size(vm.targets())
                .asString(vm.isReference() ? "Targets (%d)" : "Targets (%d): switches, in rail order"));
        lists.add(srcTitle, 0, 0);
        lists.add(dstTitle, 2, 0);
        lists.add(src, 0, 1);
        lists.add(moves, 1, 1);
        lists.add(dst, 2, 1);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(46);
        ColumnConstraints mid = new ColumnConstraints();
        mid.setPercentWidth(8);
        lists.getColumnConstraints().setAll(half, mid, half);

        TableView<BulkWiring.Planned> preview = new TableView<>();
        preview.setId("wire-preview");
        preview.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        preview.getColumns().add(column("From", p -> p.a().toString(), 170));
        preview.getColumns().add(column("To", p -> p.b().toString(), 170));
        preview.getColumns().add(column("Protocol", p -> p.protocol() == null ? "?" : p.protocol().label(), 90));
        preview.getColumns().add(column("Lanes", p -> "x" + p.lanes(), 60));
        preview.getColumns().add(column("Medium", p -> p.medium().label(), 260));
        preview.setPlaceholder(new Label("No link can be made with this rule (see the notes)."));
        preview.setPrefHeight(240);

        ListView<String> notes = new ListView<>();
        notes.setId("wire-notes");
        WrappingListCell.install(notes, n -> n);
        notes.setPrefHeight(120); // two wrapped notes, whole
        Label summary = new Label();
        summary.setId("wire-summary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("panel-title");

        vm.planProperty().addListener((o, a, p) -> show(p, preview, notes));
        show(vm.planProperty().get(), preview, notes);

        Label media = new Label(vm.isReference()
                ? "Media are the reference wiring's: a PCB trace inside a chassis and external copper between chassis unless a step "
                        + "names its medium; the checks then judge each run's reach and offer a cable that fits."
                : "Media are those of a single drag: PCB trace inside a chassis, external copper between chassis; "
                        + "the checks then judge each run's reach and offer a cable that fits.");
        media.setWrapText(true);
        media.getStyleClass().add("hint");

        VBox centre = new VBox(8, notice, ruleRow, lists, summary, preview, notes, media);
        VBox.setVgrow(preview, Priority.ALWAYS);
        root.setCenter(centre);

        Button cancel = new Button("Cancel");
        cancel.setId("wire-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button apply = new Button();
        apply.setId("wire-apply");
        apply.setDefaultButton(true);
        apply.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            BulkWiring.Plan p = vm.planProperty().get();
            int n = p == null ? 0 : p.links().size();
            return "Wire " + n + (n == 1 ? " link" : " links");
        }, vm.planProperty()));
        apply.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.planProperty().get() == null || vm.planProperty().get().isEmpty(), vm.planProperty()));
        apply.setOnAction(e -> {
            String msg = vm.apply();
            stage.close();
            if (msg != null && done != null) {
                done.accept(msg);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, cancel, apply);
        buttons.setPadding(new Insets(10, 0, 0, 0));
        root.setBottom(buttons);

        Scene scene = new Scene(root, 980, 660);
        ThemeManager.apply(scene, dark);
        stage.setScene(scene);
        OwnedWindow.keepSize(stage, scene);
        OwnedWindow.closeOnEscape(stage); // also from the lists and the preview table, which keep Escape for themselves
    }

    private static void show(BulkWiring.Plan p, TableView<BulkWiring.Planned> preview, ListView<String> notes) {
        preview.getItems().setAll(p == null ? List.of() : p.links());
        notes.getItems().setAll(p == null ? List.of() : p.notes());
        notes.setVisible(!notes.getItems().isEmpty());
        notes.setManaged(notes.isVisible());
    }

    private ListView<String> list(String id, javafx.collections.ObservableList<String> items) {
        ListView<String> l = new ListView<>(items);
        l.setId(id);
        l.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        l.setPrefHeight(170);
        WrappingListCell.install(l, vm::describe);
        return l;
    }

    private static TableColumn<BulkWiring.Planned, String> column(String title, java.util.function.Function<BulkWiring.Planned, String> f, double w) {
        TableColumn<BulkWiring.Planned, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }
}
