package org.podforge.app.canvas;

import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.podforge.model.Note;

/**
 * Edits a note's text in place: a text area in screen space (readable at any zoom) over the note's corner. Ctrl+Enter
 * or a click elsewhere keeps the text, Escape throws it away; Enter starts a new line. The caller turns the kept
 * text into one command (nothing when it did not change).
 */
final class NoteEditor {
    static final String ID = "note-editor";
    private final PodCanvas canvas;
    private final Group overlay;
    private TextArea area;

    NoteEditor(PodCanvas canvas, Group overlay) {
        this.canvas = canvas;
        this.overlay = overlay;
    }

    /** Opens the editor at a world point with {@code text}; {@code done} gets the text kept (not on Escape). */
    void open(double wx, double wy, String text, Consumer<String> done) {
        close();
        TextArea a = new TextArea(text);
        a.setId(ID);
        a.setWrapText(true);
        a.setPrefSize(280, 120);
        a.setPromptText("Note text (Ctrl+Enter to keep, Esc to cancel)");
        a.setTextFormatter(new TextFormatter<String>(ch -> ch.getControlNewText().length() <= Note.MAX_TEXT ? ch : null));
        Point2D s = canvas.toScreen(wx, wy);
        a.setLayoutX(Math.max(0, Math.min(s.getX(), canvas.getWidth() - 290)));
        a.setLayoutY(Math.max(0, Math.min(s.getY(), canvas.getHeight() - 130)));
        boolean[] finished = {false};
        Runnable keep = () -> {
            if (!finished[0]) {
                finished[0] = true;
                String t = a.getText();
                close();
                done.accept(t);
            }
        };
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                finished[0] = true;
                close();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                keep.run();
                e.consume();
            }
            // other keys stay in the text area (Delete, arrows, +/- must not reach the canvas)
        });
        a.addEventHandler(KeyEvent.ANY, KeyEvent::consume);
        boolean[] hadFocus = {false};
        a.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                hadFocus[0] = true;
            } else if (hadFocus[0]) {
                keep.run(); // a click elsewhere keeps the text (not the focus shuffle of a closing menu before it got focus)
            }
        });
        area = a;
        overlay.getChildren().add(a);
        a.positionCaret(text.length());
        a.requestFocus();
        javafx.application.Platform.runLater(a::requestFocus); // after a context menu has closed and handed focus back
    }

    boolean isOpen() {
        return area != null;
    }

    /** The open text area (tests), or null. */
    TextArea area() {
        return area;
    }

    void close() {
        if (area != null) {
            TextArea a = area;
            area = null;
            overlay.getChildren().remove(a);
            canvas.requestFocus();
        }
    }
}
