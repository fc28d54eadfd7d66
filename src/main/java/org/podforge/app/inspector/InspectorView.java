package org.podforge.app.inspector;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.podforge.app.LazyTooltip;

/**
 * The inspector panel: a two-column property grid grouped by category. Text and number fields commit
 * on Enter or when focus leaves them (Escape reverts); choices commit when picked. Every commit goes
 * through {@link InspectorViewModel#apply}, i.e. an undoable command.
 */
public final class InspectorView extends VBox {
    private final InspectorViewModel vm;
    private final GridPane grid = new GridPane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // The scroll pane keeps the grid's height from before its rows changed (new rows, a longer value, its
            // text styled): GridPane then squeezes the rows, and a wrapped value (a chassis' power note, a rack's
            // draw) ran over the rows above and below it. Ask the viewport for the height the rows need.
            if (getParent() != null && getHeight() + 0.5 < prefHeight(getWidth())) {
                getParent().requestLayout();
            }
        }
    };
    private final Label heading = new Label();
    private final Label error = new Label();
    private String focusKey;
    /** The rows the grid shows and the value node of each (a read-only value's Label is updated in place). */
    private List<PropertyRow> shown = List.of();
    private final Map<String, Node> editors = new HashMap<>();

    public InspectorView(InspectorViewModel vm) {
        this.vm = vm;
        setId("inspector");
        getStyleClass().add("inspector");
        heading.getStyleClass().addAll("title-4", "inspector-heading");
        heading.textProperty().bind(vm.headingProperty());
        error.getStyleClass().addAll("inspector-error", "danger");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        grid.getStyleClass().add("inspector-grid");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 8, 8, 8));
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(90);
        c0.setPrefWidth(128);
        c0.setMaxWidth(150);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        grid.getColumnConstraints().setAll(c0, c1);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox top = new VBox(4, heading, error);
        top.setPadding(new Insets(8, 8, 0, 8));
        getChildren().setAll(top, scroll);
        vm.rows().addListener((javafx.collections.ListChangeListener<PropertyRow>) ch -> rebuild());
        rebuild();
    }

    private void rebuild() {
        if (updateInPlace(vm.rows())) {
            return;
        }
        shown = List.copyOf(vm.rows());
        editors.clear();
        grid.getChildren().clear();
        int r = 0;
        String category = null;
        Node toFocus = null;
        for (PropertyRow row : vm.rows()) {
            if (!row.category().equals(category)) {
                category = row.category();
                Label cat = new Label(category);
                cat.getStyleClass().add("inspector-category");
                grid.add(cat, 0, r++, 2, 1);
            }
            Label label = new Label(row.label());
            label.getStyleClass().add("inspector-label");
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            Node editor = editor(row);
            if (!row.help().isEmpty()) {
                LazyTooltip.install(label, row.help()); // made on the first hover (decision 0021)
            }
            grid.add(label, 0, r);
            grid.add(editor, 1, r++);
            editors.put(row.key(), editor);
            if (row.key().equals(focusKey)) {
                toFocus = editor;
            }
        }
        if (toFocus != null) {
            Node f = toFocus;
            javafx.application.Platform.runLater(f::requestFocus);
        }
        focusKey = null;
    }

    /**
     * When the new rows differ from the shown ones only in read-only values (a project total after a new cable, a
     * rack's draw), sets those values' texts and keeps every editor: no new controls, no CSS pass over the grid.
     */
    private boolean updateInPlace(List<PropertyRow> rows) {
        if (focusKey != null || rows.size() != shown.size() || rows.equals(shown)) {
            // an edit made here wants its field focused again; equal rows sent again put the value back in a field
            return false;
        }
        for (int i = 0; i < rows.size(); i++) {
            PropertyRow now = rows.get(i);
            PropertyRow was = shown.get(i);
            if (!now.equals(was) && (now.kind() != PropertyRow.Kind.READ_ONLY
                    || !now.equals(new PropertyRow(was.key(), was.category(), was.label(), was.kind(), now.value(), was.choices(),
                            was.help(), was.display()))
                    || !(editors.get(now.key()) instanceof Label))) {
                return false;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).value().equals(shown.get(i).value())) {
                ((Label) editors.get(rows.get(i).key())).setText(rows.get(i).value());
            }
        }
        shown = List.copyOf(rows);
        return true;
    }

    private Node editor(PropertyRow row) {
        switch (row.kind()) {
            case READ_ONLY: {
                Label v = new Label(row.value());
                v.setId("prop-" + row.key());
                v.getStyleClass().add("inspector-value");
                v.setWrapText(true);
                v.setMinHeight(Region.USE_PREF_SIZE); // as tall as its wrapped lines, never cut with an ellipsis
                return v;
            }
            case CHOICE:
                return ChoiceField.create(row, v -> {
                    focusKey = row.key();
                    vm.apply(row.key(), v);
                });
            default: {
                TextField tf = new TextField(row.value());
                tf.setId("prop-" + row.key());
                if (!row.help().isEmpty()) {
                    tf.setPromptText(row.kind() == PropertyRow.Kind.NUMBER ? "computed" : "");
                    LazyTooltip.install(tf, row.help());
                }
                Runnable commit = () -> {
                    if (!tf.getText().trim().equals(row.value())) {
                        vm.apply(row.key(), tf.getText());
                    }
                };
                tf.setOnAction(e -> {
                    focusKey = row.key();
                    commit.run();
                });
                tf.focusedProperty().addListener((o, was, is) -> {
                    if (was && !is) {
                        commit.run();
                    }
                });
                tf.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        tf.setText(row.value());
                        e.consume();
                    }
                });
                return tf;
            }
        }
    }
}
