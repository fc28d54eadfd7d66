package org.podforge.app;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;

/**
 * A list cell whose text wraps to the list's width instead of being cut with "..." or pushing a sideways scroll
 * bar (a wiring note, a template name). The text is a {@link Text} wrapped at the list's width less {@link #INSET}
 * (more than the list's border, padding and vertical scroll bar take), so the row is exactly as tall as its lines at
 * any width: a wrapping Labeled measured its height for fewer lines than it then drew, and a long note ended in "...".
 * The companion of {@link WrappingButtonCell} for a list's rows. The cell's text stays set (for look-ups and
 * accessibility); the Text shows it in the cell's font and text fill (so a selected row reads as one).
 */
public final class WrappingListCell<T> extends ListCell<T> {
    private static final double INSET = 40;
    private final Function<T, String> text;
    private final Text shown = new Text();

    public WrappingListCell(ListView<T> list, Function<T, String> text) {
        this.text = text;
        shown.wrappingWidthProperty().bind(Bindings.max(20, list.widthProperty().subtract(INSET)));
        shown.fontProperty().bind(fontProperty());
        shown.fillProperty().bind(textFillProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Shows every item of {@code list} as {@code text} gives it, wrapped to the list's width. */
    public static <T> void install(ListView<T> list, Function<T, String> text) {
        list.setCellFactory(v -> new WrappingListCell<>(list, text));
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        String s = empty || item == null ? null : text.apply(item);
        setText(s);
        shown.setText(s == null ? "" : s);
        setGraphic(s == null ? null : shown);
    }
}
