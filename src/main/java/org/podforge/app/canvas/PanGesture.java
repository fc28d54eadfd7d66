package org.podforge.app.canvas;

import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/** Pans the view: middle or right button drag, or Space + left drag. Wheel zoom is in {@link PodCanvas}. */
final class PanGesture implements Gesture {
    private final PodCanvas canvas;
    private double lastX;
    private double lastY;

    PanGesture(PodCanvas canvas, MouseEvent press) {
        this.canvas = canvas;
        this.lastX = press.getX();
        this.lastY = press.getY();
        canvas.setCursor(Cursor.CLOSED_HAND);
    }

    @Override
    public void dragged(MouseEvent e) {
        canvas.panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
    }

    @Override
    public void released(MouseEvent e) {
        canvas.setCursor(Cursor.DEFAULT);
    }

    @Override
    public void cancel() {
        canvas.setCursor(Cursor.DEFAULT);
    }
}
