package org.podforge.app.variants;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.podforge.app.FileController;
import org.podforge.app.OwnedWindow;
import org.podforge.app.Money;
import org.podforge.bom.Comparison;
import org.podforge.io.ProjectFormat;
import org.podforge.service.Session;
import org.podforge.service.variants.WhatIf;

/**
 * What if…: swap one choice of the open design (a part, copper or optics) to make a variant beside the
 * original, and see them side by side (the {@link Comparison} of podforge compare; differing rows marked).
 * Each swap adds a column; the open design is never changed. The variant can be opened as a new untitled
 * design or saved, and the comparison exported as the Compare sheet. Keyboard: the swap list has the focus,
 * Enter makes the variant, Escape closes.
 */
public final class WhatIfWindow {
    private final Stage stage = new Stage();
    private final WhatIfModel model;
    private final FileController files;
    private final Executor background;
    private final Executor ui;
    private final ComboBox<WhatIf.Swap> swaps = new ComboBox<>();
    private final TableView<Comparison.Row> table = new TableView<>();
    private final Label status = new Label();
    private final Button make = new Button("Make Variant");
    private final Button open = new Button("Open Variant");
    private final Button save = new Button("Save Variant As…");
    private final Button export = new Button("Export Compare Sheet…");

    public WhatIfWindow(Window owner, FileController files) {
        this(owner, files, daemon(), Platform::runLater);
    }

    /** @param background where reports are computed; {@code ui} where results are shown (tests pass direct executors) */
    public WhatIfWindow(Window owner, FileController files, Executor background, Executor ui) {
        this.files = files;
        this.background = background;
        this.ui = ui;
        Session s = files.document().getSession();
        model = new WhatIfModel(s.project(), s.catalog(), s.priceBook());

        swaps.setId("whatif-swap");
        swaps.getItems().setAll(model.options());
        swaps.setCellFactory(v -> new SwapCell());
        swaps.setButtonCell(new SwapCell());
        swaps.setMaxWidth(Double.MAX_VALUE);
        swaps.setPromptText(swaps.getItems().isEmpty() ? "This design offers no swap" : "Choose one choice to swap");
        if (!swaps.getItems().isEmpty()) {
            swaps.getSelectionModel().select(0);
        }
        swaps.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER && !swaps.isShowing()) {
                k.consume();
                makeVariant();
            }
        });
        make.setId("whatif-make");
        make.setDefaultButton(true);
        make.disableProperty().bind(swaps.getSelectionModel().selectedItemProperty().isNull());
        make.setOnAction(e -> makeVariant());
        HBox top = new HBox(8, new Label("Swap"), swaps, make);
        HBox.setHgrow(swaps, Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));

        table.setId("whatif-table");
        table.setPlaceholder(new Label("Choose a swap and make a variant: it appears beside the original, figure by figure."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Comparison.Row r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("whatif-differs");
                setStyle("");
                if (!empty && r != null && r.differs()) {
                    getStyleClass().add("whatif-differs");
                    setStyle("-fx-font-weight: bold;");
                }
            }
        });

        open.setId("whatif-open");
        save.setId("whatif-save");
        export.setId("whatif-export");
        open.setOnAction(e -> openVariant());
        save.setOnAction(e -> saveVariant());
        export.setOnAction(e -> exportSheet());
        for (Button b : new Button[] {open, save, export}) {
            b.setDisable(true);
        }
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        status.setId("whatif-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox buttons = new HBox(8, open, save, export, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        javafx.scene.layout.VBox bottom = new javafx.scene.layout.VBox(6, status, buttons);
        bottom.setPadding(new Insets(8));

        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.setBottom(bottom);
        OwnedWindow.setUp(stage, owner, root, 1200, 680, false);
        stage.setTitle("What If: " + s.project().name());
        stage.setOnShown(e -> swaps.requestFocus());
        status.setText(swaps.getItems().isEmpty() ? "No part of this design has a same-family alternative with the ports it uses, "
                + "and it has no copper or optical network links." : swaps.getItems().size() + " swaps available.");
    }

    private static Executor daemon() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "podforge-whatif");
            t.setDaemon(true);
            return t;
        });
    }

    public Stage stage() {
        return stage;
    }

    public WhatIfModel model() {
        return model;
    }

    private void makeVariant() {
        WhatIf.Swap swap = swaps.getSelectionModel().getSelectedItem();
        if (swap == null) {
            return;
        }
        make.disableProperty().unbind();
        make.setDisable(true);
        status.setText("Making the variant and validating both designs…");
        background.execute(() -> {
            try {
                WhatIfModel.Entry e = model.make(swap);
                Comparison c = model.comparison();
                ui.execute(() -> shown(c, e.name()));
            } catch (RuntimeException ex) {
                ui.execute(() -> failed(ex));
            }
        });
    }

    private void shown(Comparison c, String made) {
        rebuild(c);
        long differing = c.rows().stream().filter(Comparison.Row::differs).count();
        status.setText(made + ": " + differing + " of " + c.rows().size() + " figures differ (bold).");
        for (Button b : new Button[] {open, save, export}) {
            b.setDisable(false);
        }
        make.disableProperty().bind(swaps.getSelectionModel().selectedItemProperty().isNull());
    }

    private void failed(RuntimeException ex) {
        status.setText("No variant: " + ex.getMessage());
        make.disableProperty().bind(swaps.getSelectionModel().selectedItemProperty().isNull());
    }

    private void rebuild(Comparison c) {
        table.getColumns().clear();
        TableColumn<Comparison.Row, String> section = new TableColumn<>("Section");
        section.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().section()));
        section.setPrefWidth(150);
        TableColumn<Comparison.Row, String> metric = new TableColumn<>("Figure");
        metric.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().metric()));
        metric.setPrefWidth(300);
        table.getColumns().add(section);
        table.getColumns().add(metric);
        String currency = c.currency();
        for (int i = 0; i < c.designs().size(); i++) {
            int d = i;
            TableColumn<Comparison.Row, String> col = new TableColumn<>(c.designs().get(i).name());
            col.setId("whatif-col-" + i);
            col.setCellValueFactory(r -> new ReadOnlyStringWrapper(value(r.getValue().values().get(d), r.getValue().unit(), currency)));
            col.setPrefWidth(i == 0 ? 130 : 260);
            table.getColumns().add(col);
        }
        for (int i = 1; i < c.designs().size(); i++) {
            int d = i;
            TableColumn<Comparison.Row, String> delta = new TableColumn<>("Δ " + i);
            delta.setCellValueFactory(r -> new ReadOnlyStringWrapper(delta(r.getValue().delta(d), r.getValue().unit(), currency)));
            delta.setPrefWidth(110);
            table.getColumns().add(delta);
        }
        table.getItems().setAll(c.rows());
    }

    /** A figure as the table shows it: money in the price book's currency, watts, counts, per-GPU ratios. */
    static String value(Double v, Comparison.Unit u, String currency) {
        if (v == null) {
            return "n/a";
        }
        return switch (u) {
            case MONEY -> Money.format(v, currency);
            case WATTS -> String.format(Locale.ROOT, "%,.0f W", v);
            case PER_GPU -> String.format(Locale.ROOT, "%,.3f", v);
            case COUNT -> String.format(Locale.ROOT, "%,.0f", v);
        };
    }

    static String delta(Double v, Comparison.Unit u, String currency) {
        if (v == null) {
            return "";
        }
        if (Math.abs(v) < 1e-9) {
            return "=";
        }
        return (v > 0 ? "+" : "−") + value(Math.abs(v), u, currency);
    }

    private int lastVariant() {
        return model.designs().size() - 1;
    }

    private void openVariant() {
        WhatIfModel.Entry e = model.designs().get(lastVariant());
        if (!files.confirmDiscardChanges()) {
            return;
        }
        Session s = files.document().getSession();
        files.document().setSession(new Session(org.podforge.service.ProjectSnapshot.copyOf(e.project()), s.catalog(), s.priceBook(), null,
                java.util.List.of()));
        files.document().messageProperty().set("Opened " + e.name() + " (untitled: Save As to keep it)");
    }

    private void saveVariant() {
        WhatIfModel.Entry e = model.designs().get(lastVariant());
        files.chooseExportFile("Save variant", safe(e.project().name()) + ProjectFormat.EXTENSION, "PodForge design", ProjectFormat.EXTENSION)
                .ifPresent(target -> files.export("the variant", target, t -> model.saveVariant(lastVariant(), t)));
    }

    private void exportSheet() {
        files.chooseExportFile("Export Compare sheet", "what-if-compare.xlsx", "Excel workbook", ".xlsx")
                .ifPresent(target -> {
                    if (files.export("the Compare sheet", target, model::exportCompareSheet)) {
                        status.setText("Exported the Compare sheet to " + target.getFileName());
                    }
                });
    }

    private static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._ -]+", "-").strip();
        return s.isEmpty() ? "variant" : s.length() > 80 ? s.substring(0, 80) : s;
    }

    private static final class SwapCell extends ListCell<WhatIf.Swap> {
        @Override
        protected void updateItem(WhatIf.Swap s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.label());
        }
    }

    /** The File menu line: "What If… (compare a variant)" over {@code owner}, on the open design. */
    public static MenuItem menuItem(Window owner, FileController files) {
        MenuItem mi = new MenuItem("What If… (Compare a Variant)");
        mi.setId("menu-what-if");
        mi.setOnAction(e -> new WhatIfWindow(owner, files).stage().show());
        return mi;
    }
}
