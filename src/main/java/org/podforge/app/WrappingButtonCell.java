package org.podforge.app;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A drop-down's button cell whose value is never cut: a value too long for the field (a part number with its
 * name, "Automatic (the first family that reaches the size)") wraps onto a second line and the field grows to
 * hold it, as the list's own entries do; it shrinks back when a short value is chosen. Measured with the cell's
 * own font, inside its own padding. Used by the inspector's choices and the Generate form.
 */
public final class WrappingButtonCell<T> extends ListCell<T> {
    private final ComboBox<T> box;
    private final Function<T, String> text;
    private final Text measure = new Text();

    public WrappingButtonCell(ComboBox<T> box, Function<T, String> text) {
        this.box = box;
        this.text = text;
        setWrapText(true);
    }

    /** Puts a wrapping button cell on {@code box}, showing each value as {@code text} gives it. */
    public static <T> void install(ComboBox<T> box, Function<T, String> text) {
        box.setButtonCell(new WrappingButtonCell<>(box, text));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }

    @Override
    protected void layoutChildren() {
        fit();
        super.layoutChildren();
    }

    private void fit() {
        String t = getText();
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        if (t == null || t.isEmpty() || inner <= 0) {
            return;
        }
        measure.setFont(getFont());
        measure.setText(t);
        boolean cut = measure.getLayoutBounds().getWidth() > inner;
        double want = cut ? Math.ceil(prefHeight(getWidth()) + box.snappedTopInset() + box.snappedBottomInset()) : Region.USE_COMPUTED_SIZE;
        if (box.getPrefHeight() != want) {
            box.setPrefHeight(want);
            box.setMinHeight(cut ? want : Region.USE_COMPUTED_SIZE);
        }
    }
}
