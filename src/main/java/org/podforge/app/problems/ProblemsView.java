package org.podforge.app.problems;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.podforge.rules.Finding;
import org.podforge.rules.Fix;
import org.podforge.rules.Severity;

/**
 * The Problems tab: findings with severity icons; double-click reveals the objects; the row context menu
 * and the Fix button run the selected finding's fixes (each an undoable command).
 */
public final class ProblemsView extends VBox {
    private final TableView<Finding> table = new TableView<>();
    private final MenuButton fixButton = new MenuButton("Fix");

    public ProblemsView(ProblemsViewModel vm) {
        setId("problems-view");
        Label summary = new Label();
        summary.setId("problems-summary");
        summary.textProperty().bind(vm.summaryProperty());
        ComboBox<Severity> filter = new ComboBox<>();
        filter.getItems().setAll(Severity.values());
        filter.valueProperty().bindBidirectional(vm.minimumProperty());
        filter.setTooltip(new Tooltip("Show findings at or above this severity"));
        fixButton.setId("problems-fix");
        fixButton.setGraphic(new FontIcon(MaterialDesignW.WRENCH_OUTLINE));
        fixButton.setDisable(true);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox head = new HBox(10, summary, spring, new Label("Show"), filter, fixButton);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(4, 10, 4, 10));

        table.setId("problems-table");
        table.setItems(vm.findings());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No problems found."));
        TableColumn<Finding, Severity> sev = new TableColumn<>("");
        sev.setPrefWidth(40);
        sev.setMinWidth(40);
        sev.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().severity()));
        sev.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                FontIcon icon = new FontIcon(s == Severity.ERROR ? MaterialDesignA.ALERT_CIRCLE
                        : s == Severity.WARNING ? MaterialDesignA.ALERT : MaterialDesignI.INFORMATION_OUTLINE);
                icon.getStyleClass().addAll("severity-icon", s.name());
                setGraphic(icon);
                setTooltip(new Tooltip(s.name()));
            }
        });
        table.getColumns().add(sev);
        table.getColumns().add(col("Rule", 150, Finding::ruleId));
        table.getColumns().add(col("Message", 620, Finding::message));
        table.getColumns().add(col("Objects", 160, f -> String.join(", ", f.subjects())));
        table.getColumns().add(col("Fixes", 60, f -> f.fixes().isEmpty() ? "" : Integer.toString(f.fixes().size())));
        table.setRowFactory(tv -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.reveal(row.getItem());
                }
            });
            row.itemProperty().addListener((o, a, f) -> {
                row.getStyleClass().removeIf(s -> s.startsWith("severity-"));
                if (f == null || f.fixes().isEmpty()) {
                    row.setContextMenu(null);
                    return;
                }
                row.getStyleClass().add("severity-" + f.severity().name());
                ContextMenu cm = new ContextMenu();
                MenuItem show = new MenuItem("Show in design");
                show.setOnAction(ev -> vm.reveal(f));
                cm.getItems().add(show);
                for (Fix fix : f.fixes()) {
                    MenuItem mi = new MenuItem(fix.label(), new FontIcon(MaterialDesignW.WRENCH_OUTLINE));
                    mi.setOnAction(ev -> vm.applyFix(f, fix));
                    cm.getItems().add(mi);
                }
                row.setContextMenu(cm);
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            fixButton.getItems().clear();
            if (f != null) {
                for (Fix fix : f.fixes()) {
                    MenuItem mi = new MenuItem(fix.label(), new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
                    mi.setOnAction(ev -> vm.applyFix(f, fix));
                    fixButton.getItems().add(mi);
                }
            }
            fixButton.setDisable(fixButton.getItems().isEmpty());
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(head, table);
    }

    public TableView<Finding> table() {
        return table;
    }

    private static TableColumn<Finding, String> col(String title, double width, Function<Finding, String> f) {
        TableColumn<Finding, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }
}
