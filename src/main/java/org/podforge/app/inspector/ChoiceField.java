package org.podforge.app.inspector;

import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.podforge.app.WrappingButtonCell;

/**
 * An inspector choice: a drop-down whose shown value is never cut ({@link WrappingButtonCell}: a value too
 * long for the field wraps onto a second line and the field grows to hold it); the list opens no wider than
 * the field (it stays inside the window, so never past the screen edge). The whole value and the row's help
 * are also the field's tooltip.
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
        WrappingButtonCell.install(cb, row::shown);
        cb.setValue(row.value());
        cb.setMaxWidth(Double.MAX_VALUE);
        cb.setMinWidth(80);
        String shown = row.shown(row.value());
        // made on the first hover (decision 0021)
        org.podforge.app.LazyTooltip.install(cb, row.help().isEmpty() || row.help().equals(shown) ? shown : shown + "\n\n" + row.help());
        cb.setOnAction(e -> {
            if (cb.getValue() != null && !cb.getValue().equals(row.value())) {
                picked.accept(cb.getValue());
            }
        });
        return cb;
    }
}
