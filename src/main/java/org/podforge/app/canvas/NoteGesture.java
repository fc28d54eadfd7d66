package org.podforge.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * What the pointer and keys do on one canvas note: a press selects it (and takes the focus from the canvas); a drag
 * moves it live and commits one move on release; a double-click, Enter or F2 edits its text; Delete or Backspace
 * deletes it; its context menu offers Edit Text and Delete Note. The note's handlers consume what they handle, so
 * the canvas's own gestures (marquee, move, pan) never start on a note.
 */
final class NoteGesture {
    private static final double DRAG_SLOP = 3;
    private final NoteLayer layer;
    private final Label view;
    private final String id;
    private Point2D pressWorld;
    private double startX;
    private double startY;
    private boolean dragging;

    NoteGesture(NoteLayer layer, Label view, String id) {
        this.layer = layer;
        this.view = view;
        this.id = id;
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                layer.edit(id);
            }
            e.consume();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            layer.select(id);
            MenuItem edit = new MenuItem("Edit Note Text…");
            edit.setOnAction(a -> layer.edit(id));
            MenuItem del = new MenuItem("Delete Note");
            del.setOnAction(a -> layer.delete(id));
            ContextMenu menu = new ContextMenu(edit, del);
            menu.show(view, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            if (e.getButton() == MouseButton.SECONDARY) {
                e.consume(); // the note's own context menu, not a pan of the canvas
            }
            return;
        }
        layer.select(id);
        view.requestFocus();
        pressWorld = world(e);
        startX = view.getLayoutX();
        startY = view.getLayoutY();
        dragging = false;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (pressWorld == null) {
            return;
        }
        Point2D w = world(e);
        double dx = w.getX() - pressWorld.getX();
        double dy = w.getY() - pressWorld.getY();
        if (!dragging && Math.hypot(dx, dy) * layer.canvas().scale() < DRAG_SLOP) {
            e.consume();
            return;
        }
        dragging = true;
        view.setLayoutX(startX + dx);
        view.setLayoutY(startY + dy);
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressWorld != null && dragging) {
            double x = view.getLayoutX();
            double y = view.getLayoutY();
            view.setLayoutX(startX); // the command moves it; a refused move leaves it where it was
            view.setLayoutY(startY);
            layer.move(id, Math.round(x), Math.round(y));
        }
        pressWorld = null;
        dragging = false;
        e.consume();
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            layer.delete(id);
            layer.canvas().requestFocus();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
            layer.edit(id);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            layer.select(null);
            layer.canvas().requestFocus();
            e.consume();
        }
    }

    /** The event's point in world units (the note layer's coordinates). */
    private Point2D world(MouseEvent e) {
        return layer.root.sceneToLocal(e.getSceneX(), e.getSceneY());
    }
}
