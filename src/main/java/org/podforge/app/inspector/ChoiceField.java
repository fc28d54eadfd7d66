package org.podforge.app.inspector;

import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * An inspector choice: a drop-down whose shown value is never cut. A value too long for the field (a part
 * number with its name, "Automatic: rear-door heat exchanger") wraps onto a second line and the field grows
 * to hold it, as the list's own entries do; the list opens no wider than the field (it stays inside the window,
 * so never past the screen edge). The whole value and the row's help are also the field's tooltip.
 */
final class ChoiceField {
    private ChoiceField() {
    }

    static ComboBox<String> create(PropertyRow row, Consumer<String> picked) {
        ComboBox<String> cb = new ComboBox<>();
        cb.setId("prop-" + row.key());
        cb.getItems().setAll(row.choices());
        cb.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return row.shown(v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        cb.setCellFactory(lv -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(cb.widthProperty().subtract(18));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : row.shown(item));
            }
        });
        ListCell<String> button = new ListCell<>() {
            private final Text measure = new Text();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : row.shown(item));
            }

            @Override
            protected void layoutChildren() {
                fit(this, cb, measure);
                super.layoutChildren();
            }
        };
        button.setWrapText(true);
        cb.setButtonCell(button);
        cb.setValue(row.value());
        cb.setMaxWidth(Double.MAX_VALUE);
        cb.setMinWidth(80);
        String shown = row.shown(row.value());
        cb.setTooltip(new Tooltip(row.help().isEmpty() || row.help().equals(shown) ? shown : shown + "\n\n" + row.help()));
        cb.setOnAction(e -> {
            if (cb.getValue() != null && !cb.getValue().equals(row.value())) {
                picked.accept(cb.getValue());
            }
        });
        return cb;
    }

    /**
     * Grows the field to the height of its wrapped value when the value does not fit on one line, and back when
     * it does (measured with the cell's own font, inside its own padding).
     */
    private static void fit(ListCell<String> cell, ComboBox<String> cb, Text measure) {
        String text = cell.getText();
        double inner = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
        if (text == null || text.isEmpty() || inner <= 0) {
            return;
        }
        measure.setFont(cell.getFont());
        measure.setText(text);
        boolean cut = measure.getLayoutBounds().getWidth() > inner;
        double want = cut ? Math.ceil(cell.prefHeight(cell.getWidth()) + cb.snappedTopInset() + cb.snappedBottomInset()) : Region.USE_COMPUTED_SIZE;
        if (cb.getPrefHeight() != want) {
            cb.setPrefHeight(want);
            cb.setMinHeight(cut ? want : Region.USE_COMPUTED_SIZE);
        }
    }
}
