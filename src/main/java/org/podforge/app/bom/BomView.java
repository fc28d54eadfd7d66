package org.podforge.app.bom;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.podforge.bom.BomLine;

/** The BOM tab: headline costs (per pod, per GPU, total) above a virtualised table of lines. */
public final class BomView extends VBox {
    private final TableView<BomLine> table = new TableView<>();

    public BomView(BomViewModel vm) {
        setId("bom-view");
        Label perPod = figure("bom-cost-per-pod", vm.costPerPodProperty());
        Label perGpu = figure("bom-cost-per-gpu", vm.costPerGpuProperty());
        Label total = figure("bom-total", vm.totalProperty());
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add("text-muted");
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox head = new HBox(18, caption("Per pod"), perPod, caption("Per GPU"), perGpu, caption("Total"), total, summary);
        head.setAlignment(Pos.BASELINE_LEFT);
        head.setPadding(new Insets(6, 10, 6, 10));
        head.getStyleClass().add("bom-head");

        table.setId("bom-table");
        table.setItems(vm.lines());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No parts yet: drag parts from the palette into a rack."));
        table.getColumns().add(col("Pod", 110, BomLine::podName));
        table.getColumns().add(col("Part number", 170, BomLine::partNumber));
        table.getColumns().add(col("Description", 220, BomLine::description));
        table.getColumns().add(col("Family", 130, BomLine::familyLabel));
        table.getColumns().add(col("Vendor", 100, BomLine::vendor));
        table.getColumns().add(col("Status", 110, l -> l.isOrderable() ? "orderable" : "\u26a0 " + l.statusLabel()));
        table.getColumns().add(num("Qty / pod", l -> l.qtyPerPod()));
        table.getColumns().add(col("Unconnected", 100, l -> l.unconnectedPerPod() == 0 ? "" : "\u26a0 " + l.unconnectedPerPod() + " / pod"));
        table.getColumns().add(num("Pods", l -> (long) l.pods()));
        table.getColumns().add(num("Total qty", BomLine::totalQty));
        table.getColumns().add(priceColumn(vm));
        table.getColumns().add(col("Cost / pod", 110, l -> BomViewModel.money(l.costPerPod(), l.currency())));
        table.getColumns().add(col("Extended", 120, l -> BomViewModel.money(l.extendedCost(), l.currency())));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(head, table);
    }

    /** Unit price, editable when the shell gave the view model a price editor: double-click, type, Enter. */
    private TableColumn<BomLine, String> priceColumn(BomViewModel vm) {
        TableColumn<BomLine, String> c = col("Unit price", 110,
                l -> BomViewModel.money(l.unitPrice(), l.currency()) + (l.priceEstimate() && l.isPriced() ? " *" : ""));
        c.setId("bom-unit-price");
        if (vm.pricesEditable()) {
            table.setEditable(true);
            c.setEditable(true);
            c.setCellFactory(col -> new javafx.scene.control.cell.TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
                @Override
                public void startEdit() {
                    super.startEdit();
                    if (isEditing() && getGraphic() instanceof javafx.scene.control.TextField tf && getTableRow() != null
                            && getTableRow().getItem() != null) {
                        tf.setText(BomViewModel.plainPrice(getTableRow().getItem()));
                        tf.selectAll();
                    }
                }
            });
            c.setOnEditCommit(e -> vm.editPrice(e.getRowValue(), e.getNewValue()));
            c.setText("Unit price \u270e");
        }
        return c;
    }

    public TableView<BomLine> table() {
        return table;
    }

    private static Label caption(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("text-muted");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label figure(String id, javafx.beans.value.ObservableStringValue v) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(v);
        l.getStyleClass().addAll("title-4", "bom-figure");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TableColumn<BomLine, String> col(String title, double width, java.util.function.Function<BomLine, String> f) {
        TableColumn<BomLine, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<BomLine, Long> num(String title, java.util.function.Function<BomLine, Long> f) {
        TableColumn<BomLine, Long> c = new TableColumn<>(title);
        c.setPrefWidth(80);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }
}
