package org.podforge.app.canvas;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * Pans the view: middle or right button drag, or Space + left drag; a right click without a drag opens the
 * context menu (quick fixes, Delete). Wheel zoom is in {@link PodCanvas}.
 */
final class PanGesture implements Gesture {
    private final PodCanvas canvas;
    private double lastX;
    private double lastY;
    private final double x0;
    private final double y0;
    private final boolean secondary;
    private final javafx.scene.Node picked;

    PanGesture(PodCanvas canvas, MouseEvent press) {
        this.canvas = canvas;
        this.lastX = press.getX();
        this.lastY = press.getY();
        this.x0 = press.getX();
        this.y0 = press.getY();
        this.secondary = press.getButton() == javafx.scene.input.MouseButton.SECONDARY;
        this.picked = press.getPickResult() == null ? null : press.getPickResult().getIntersectedNode();
    }

    @Override
    public void dragged(MouseEvent e) {
        if (secondary && Math.hypot(e.getX() - x0, e.getY() - y0) >= 4) {
            canvas.hideContextMenu(); // a right drag pans; the menu opened on the press (GTK) goes away
        }
        canvas.setCursor(Cursor.CLOSED_HAND);
        canvas.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    public void released(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
        // fallback for platforms that send no context-menu event for the press (the canvas handles
        // CONTEXT_MENU_REQUESTED); never reopen a menu already shown for this press
        if (secondary && Math.hypot(e.getX() - x0, e.getY() - y0) < 4 && !canvas.contextMenuShowingForPress()) {
            canvas.showContextMenu(e.getX(), e.getY(), picked);
        }
    }

    @Override
    public void cancel() {
        canvas.setCursor(Cursor.DEFAULT);
    }
}
