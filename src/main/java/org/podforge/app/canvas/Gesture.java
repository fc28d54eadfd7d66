package org.podforge.app.canvas;

import javafx.scene.input.MouseEvent;

/**
 * One pointer interaction on the canvas, from press to release (Scene Builder style: one class per
 * gesture). The canvas picks the gesture on press and forwards drag and release events to it; event
 * coordinates are in the canvas's own (screen) space.
 */
interface Gesture {
    void dragged(MouseEvent e);

    void released(MouseEvent e);

    /** Abandons the gesture (Escape, focus loss), undoing any live preview. */
    default void cancel() {
    }
}
