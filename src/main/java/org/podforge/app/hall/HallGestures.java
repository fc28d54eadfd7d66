package org.podforge.app.hall;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.podforge.service.hall.RackMoves;

/**
 * The mouse in the hall view: a click selects a rack (Shift or Ctrl adds to the selection) or, on a pod's
 * block, the pod; a drag from a rack moves the selected racks, snapping to whole rows and positions, with their
 * outlines shown where they would land, as one undoable command on release (refused with the reason when a
 * place is taken); a drag from anywhere else pans; the right button opens {@link HallMenus}; hovering a rack
 * or a bundle shows a card with its place, or its cable count and speed.
 */
final class HallGestures {
    private final HallView view;
    private final Pane host;
    private final Label card = new Label();
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private boolean movingRacks;
    private int dRow;
    private int dPos;
    private boolean menuForPress;

    HallGestures(HallView view, Pane host) {
        this.view = view;
        this.host = host;
        card.setId("hall-hover");
        card.getStyleClass().add("pf-hover-card");
        card.setStyle("-fx-background-color: rgba(30,41,59,0.92); -fx-text-fill: white; -fx-padding: 4 8 4 8; -fx-background-radius: 4;");
        card.setManaged(false);
        card.setVisible(false);
        card.setMouseTransparent(true);
        card.setWrapText(true);
        card.setMaxWidth(460);
        host.getChildren().add(card);
        host.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        host.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        host.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        host.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        host.addEventHandler(MouseEvent.MOUSE_EXITED, e -> card.setVisible(false));
        host.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            card.setVisible(false);
            menuForPress = true;
            view.menus().show(host, e.getScreenX(), e.getScreenY(), e.getX(), e.getY());
            e.consume();
        });
    }

    /** Rows and positions the racks being dragged would move by (0, 0 when no rack is dragged). */
    int[] dragOffset() {
        return movingRacks ? new int[] {dRow, dPos} : new int[] {0, 0};
    }

    private void pressed(MouseEvent e) {
        card.setVisible(false);
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
        movingRacks = false;
        dRow = dPos = 0;
        menuForPress = false;
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int place = view.hitPlace(e.getX(), e.getY());
        if (place >= 0) {
            RackMoves.Spot spot = view.spotOf(place);
            boolean add = e.isShiftDown() || e.isShortcutDown();
            if (add) {
                view.selection().add(spot, true);
            } else if (!view.selection().contains(spot)) {
                view.selection().clear();
                view.selection().add(spot, false);
            }
            view.selectionChanged();
            movingRacks = view.selection().contains(spot);
        }
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 3) {
            dragged = true;
        }
        if (movingRacks) {
            double s = view.viewport().scale();
            dRow = (int) Math.round((e.getY() - pressY) / s / HallModel.ROW_PITCH);
            dPos = (int) Math.round((e.getX() - pressX) / s / HallModel.RACK_W);
            view.paint();
        } else {
            view.panMoving(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (e.getButton() == MouseButton.SECONDARY && !menuForPress && Math.hypot(e.getX() - pressX, e.getY() - pressY) < 4) {
            // for platforms that send no context-menu event for a right click (never a second menu for one press)
            menuForPress = true;
            view.menus().show(host, e.getScreenX(), e.getScreenY(), e.getX(), e.getY());
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        boolean wasMoving = movingRacks;
        int rows = dRow;
        int positions = dPos;
        movingRacks = false;
        dRow = dPos = 0;
        if (wasMoving) {
            if (rows != 0 || positions != 0) {
                view.run(() -> RackMoves.moveBy(view.project(), view.selection().spots(), rows, positions));
            } else {
                view.paint();
            }
            return;
        }
        if (!dragged) {
            clickedEmptyOrBlock(e);
        }
    }

    /** A click that hit no rack: a pod's block selects the pod, elsewhere clears the selection. */
    private void clickedEmptyOrBlock(MouseEvent e) {
        int block = view.hitBlock(e.getX(), e.getY());
        boolean add = e.isShiftDown() || e.isShortcutDown();
        if (!add) {
            view.selection().clear();
        }
        if (block >= 0) {
            view.selection().addPod(view.model().blocks().get(block).podId(), add);
        }
        view.selectionChanged();
    }

    private void moved(MouseEvent e) {
        String text = view.hoverText(e.getX(), e.getY());
        if (text == null) {
            card.setVisible(false);
            return;
        }
        card.setText(text);
        card.autosize();
        double w = card.prefWidth(-1);
        double h = card.prefHeight(w);
        card.resize(w, h);
        Point2D at = new Point2D(Math.min(e.getX() + 14, host.getWidth() - w - 4), Math.min(e.getY() + 16, host.getHeight() - h - 4));
        card.relocate(Math.max(2, at.getX()), Math.max(2, at.getY()));
        card.setVisible(true);
    }

    /** The hover card's text (tests). */
    String cardText() {
        return card.isVisible() ? card.getText() : null;
    }
}
