package org.podforge.app.bom;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.podforge.app.DocumentModel;
import org.podforge.bom.CableRun;

/**
 * The Cables tab: the cable schedule, one row per link. Selected rows are the design's selected links (both ways,
 * {@link CablesSelection}); double-click shows the link on the canvas.
 */
public final class CablesView extends VBox {
    private final TableView<CableRun> table = new TableView<>();

    public CablesView(CablesViewModel vm, DocumentModel doc, Consumer<String> reveal) {
        setId("cables-view");
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("text-muted");
        summary.setPadding(new Insets(6, 10, 6, 10));
        table.setId("cables-table");
        table.setItems(vm.runs());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No links yet: drag from one port to another to connect them."));
        table.getColumns().add(col("Pod", 100, CableRun::podName));
        table.getColumns().add(col("Link", 90, CableRun::linkId));
        table.getColumns().add(col("A end", 260, r -> CablesViewModel.end(r.a())));
        table.getColumns().add(col("Z end", 260, r -> CablesViewModel.end(r.z())));
        table.getColumns().add(col("Medium / part", 190, CableRun::mediumOrPart));
        table.getColumns().add(col("Length", 70, r -> r.hasLength() ? String.format(Locale.ROOT, "%.2f m", r.lengthM()) : "—"));
        table.getColumns().add(col("Lanes", 55, r -> "x" + r.lanes()));
        table.getColumns().add(col("Gen", 50, r -> r.generation() == null ? "" : "Gen" + r.generation()));
        table.getColumns().add(col("Copies", 60, r -> Integer.toString(r.replicas())));
        table.setRowFactory(tv -> {
            TableRow<CableRun> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    reveal.accept(row.getItem().linkId());
                }
            });
            return row;
        });
        CablesSelection.install(table, doc);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(summary, table);
    }

    private static TableColumn<CableRun, String> col(String title, double width, Function<CableRun, String> f) {
        TableColumn<CableRun, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }
}
