package org.podforge.app.canvas;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.paint.Color;
import org.podforge.model.Note;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.NoteCommand;
import org.podforge.service.Session;

/**
 * The design's free text notes, drawn in world space above the racks and links (they zoom with the design, like a
 * note on a drawing, down to {@link #READABLE}: zoomed out further, a note keeps that size on screen, growing over
 * the design from its top left corner, so its text can still be read at fit zoom). Rebuilt from the model after every command, so undo and redo show at once. The gestures on a
 * note are {@link NoteGesture}'s, the text editor {@link NoteEditor}'s; both go through {@link NoteCommand}. A
 * selected note is the layer's own (notes are not parts of the design, so they stay out of the session's
 * selection, the inspector and Delete Selection).
 */
final class NoteLayer {
    static final String STYLE = "pf-note";
    static final double MAX_WIDTH = 280;
    /** The smallest zoom a note's text is drawn at: below it the note is scaled up to stay this size on screen. */
    static final double READABLE = 0.85;
    private static final Color FILL = Color.web("#fef3c7");
    private static final Color FILL_DARK = Color.web("#4b3b12");
    private static final Color STROKE = Color.web("#d4a017");

    final Group root = new Group();
    private final PodCanvas canvas;
    private final Session session;
    private final NoteEditor editor;
    private final Consumer<CommandStack.Event> listener = ev -> refresh();
    private List<Note> shown = List.of();
    private boolean dark;
    private String selected;
    /** The factor notes are scaled by (1 at readable zooms). */
    private double grow = 1;

    NoteLayer(PodCanvas canvas, Session session, NoteEditor editor) {
        this.canvas = canvas;
        this.session = session;
        this.editor = editor;
        session.commands().addListener(listener);
        refresh();
    }

    void dispose() {
        session.commands().removeListener(listener);
    }

    void setDark(boolean d) {
        dark = d;
        shown = List.of();
        refresh();
    }

    /** Redraws the notes when they changed. */
    void refresh() {
        List<Note> now = session.project().notes();
        if (now.equals(shown)) {
            return;
        }
        shown = List.copyOf(now);
        if (selected != null && session.project().note(selected).isEmpty()) {
            selected = null;
        }
        root.getChildren().clear();
        for (Note n : shown) {
            Label view = new Label(n.text().isBlank() ? " " : n.text());
            view.getStyleClass().add(STYLE);
            view.getProperties().put("podforge.id", n.id());
            view.setWrapText(true);
            view.setMaxWidth(MAX_WIDTH);
            view.setPadding(new Insets(8, 10, 8, 10));
            view.setTextFill(dark ? Color.web("#fde68a") : Color.web("#3b2f05"));
            view.setBackground(new Background(new BackgroundFill(dark ? FILL_DARK : FILL, new CornerRadii(3), Insets.EMPTY)));
            view.setLayoutX(n.x());
            view.setLayoutY(n.y());
            view.setFocusTraversable(true);
            new NoteGesture(this, view, n.id()).install();
            applyGrow(view);
            root.getChildren().add(view);
        }
        paintSelection();
    }

    /** Follows the canvas zoom: below {@link #READABLE}, notes grow so their text keeps its size on screen. */
    void zoomed(double scale) {
        double g = scale <= 0 ? 1 : Math.max(1, READABLE / scale);
        if (Math.abs(g - grow) < 1e-6) {
            return;
        }
        grow = g;
        for (javafx.scene.Node v : root.getChildren()) {
            applyGrow(v);
        }
    }

    /** The factor a note is scaled by at the current zoom (tests). */
    double grow() {
        return grow;
    }

    private void applyGrow(javafx.scene.Node v) {
        if (grow == 1) {
            v.getTransforms().clear();
        } else {
            v.getTransforms().setAll(new javafx.scene.transform.Scale(grow, grow, 0, 0));
        }
    }

    /** The note's view, or null. */
    Label view(String id) {
        for (javafx.scene.Node v : root.getChildren()) {
            if (id.equals(v.getProperties().get("podforge.id"))) {
                return (Label) v;
            }
        }
        return null;
    }

    String selected() {
        return selected;
    }

    void select(String id) {
        selected = id;
        paintSelection();
    }

    private void paintSelection() {
        for (javafx.scene.Node v : root.getChildren()) {
            boolean on = v.getProperties().get("podforge.id").equals(selected);
            ((Label) v).setBorder(new Border(new BorderStroke(on ? canvas.style().selection : STROKE, BorderStrokeStyle.SOLID,
                    new CornerRadii(3), new BorderWidths(on ? 3 : 1))));
        }
    }

    PodCanvas canvas() {
        return canvas;
    }

    /** The open editor's text area (tests), or null. */
    javafx.scene.control.TextArea editorArea() {
        return editor.area();
    }

    /** Opens the text editor on a note. */
    void edit(String id) {
        session.project().note(id).ifPresent(n -> editor.open(n.x(), n.y(), n.text(), text -> {
            if (text.equals(n.text())) {
                return;
            }
            run(text.isBlank() ? NoteCommand.delete(session.project(), id) : NoteCommand.edit(session.project(), id, text));
        }));
    }

    /** Opens the editor for a new note at a world point; the note is added only if some text was typed. */
    void addAt(double wx, double wy) {
        editor.open(wx, wy, "", text -> {
            if (!text.isBlank()) {
                NoteCommand add = NoteCommand.add(session.project(), text, wx, wy);
                if (run(add)) {
                    select(add.after().id());
                }
            }
        });
    }

    void move(String id, double wx, double wy) {
        run(NoteCommand.move(session.project(), id, wx, wy));
    }

    void delete(String id) {
        run(NoteCommand.delete(session.project(), id));
    }

    private boolean run(NoteCommand c) {
        try {
            session.execute(c);
            canvas.setStatus(c.description());
            return true;
        } catch (CommandException e) {
            canvas.setStatus(e.getMessage());
            return false;
        }
    }
}
