package org.podforge.app.canvas;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * The canvas's hover card: when the pointer rests on a slot, component, chassis or rack for a moment, a
 * small card next to it says what it is ({@link HoverText}); any move, press, scroll or exit hides it.
 * One label in screen space, so it reads the same at every zoom and costs nothing per object.
 */
final class HoverCard {
    static final Duration DELAY = Duration.millis(450);
    private final PodCanvas canvas;
    final Label card = new Label();
    private final PauseTransition rest = new PauseTransition(DELAY);
    private double x;
    private double y;

    HoverCard(PodCanvas canvas) {
        this.canvas = canvas;
        card.setId("pf-hover-card");
        card.getStyleClass().add("pf-hover-card");
        card.setMouseTransparent(true);
        card.setManaged(false);
        card.setVisible(false);
        card.setWrapText(true);
        card.setMaxWidth(420);
        rest.setOnFinished(e -> show());
    }

    void install() {
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hide();
            x = e.getX();
            y = e.getY();
            rest.playFromStart();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hide());
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hide());
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
        canvas.addEventHandler(javafx.scene.input.ScrollEvent.SCROLL, e -> hide());
    }

    void hide() {
        rest.stop();
        card.setVisible(false);
    }

    /** Shows the card for what lies at canvas point (x, y); returns its text (null: nothing shown). */
    String showAt(double sx, double sy) {
        x = sx;
        y = sy;
        show();
        return card.isVisible() ? card.getText() : null;
    }

    private void show() {
        if (canvas.gestureActive() || canvas.overFan(x, y)) {
            return;
        }
        String text = HoverText.of(canvas.canvasLayout(), canvas.session().catalog(), canvas.pickScreen(x, y));
        if (text == null || canvas.scale() < PodCanvas.DETAIL_SCALE * 0.5 && !text.contains("U used")) {
            return; // zoomed far out only racks are told apart
        }
        card.setText(text);
        card.applyCss();
        card.autosize();
        double w = card.prefWidth(-1);
        double h = card.prefHeight(w);
        card.resize(w, h);
        double px = x + 16 + w > canvas.getWidth() ? Math.max(0, x - 12 - w) : x + 16;
        double py = y + 18 + h > canvas.getHeight() ? Math.max(0, y - 8 - h) : y + 18;
        card.relocate(px, py);
        card.setVisible(true);
        card.toFront();
    }
}
