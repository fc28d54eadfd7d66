package org.podforge.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import org.podforge.app.canvas.CanvasLayout.Box;

/**
 * The overlay of the canvas: target highlight and move ghost (in world space, so they scale with the
 * design), plus the marquee rectangle, the rubber band of a connection and a message bubble (in screen
 * space, so they stay readable at any zoom). Nodes are created once and shown or hidden.
 */
final class Feedback {
    private final PodCanvas canvas;
    final Group world = new Group();
    final Pane screen = new Pane();
    private final Rectangle target = new Rectangle();
    private final Rectangle marquee = new Rectangle();
    private final Line band = new Line();
    private final Label message = new Label();
    private final Group compatible = new Group();

    Feedback(PodCanvas canvas) {
        this.canvas = canvas;
        world.setMouseTransparent(true);
        screen.setMouseTransparent(true);
        screen.setPickOnBounds(false);
        target.setVisible(false);
        target.getStyleClass().add("pf-drop-target");
        marquee.setVisible(false);
        marquee.setFill(javafx.scene.paint.Color.web("#3b82f6", 0.10));
        marquee.setStroke(javafx.scene.paint.Color.web("#3b82f6"));
        marquee.getStrokeDashArray().setAll(4.0, 3.0);
        marquee.getStyleClass().add("pf-marquee");
        band.setVisible(false);
        band.setStrokeWidth(2.5);
        band.setStrokeLineCap(StrokeLineCap.ROUND);
        band.getStrokeDashArray().setAll(6.0, 4.0);
        message.setVisible(false);
        message.setMouseTransparent(true);
        message.getStyleClass().add("pf-canvas-message");
        message.setMaxWidth(360);
        message.setWrapText(true);
        world.getChildren().addAll(compatible, target);
        screen.getChildren().addAll(marquee, band, message);
    }

    private double px() {
        return 1 / Math.max(0.02, canvas.scale());
    }

    /** Outlines a world box green (ok) or red (not ok); null hides it. */
    void target(Box b, boolean ok) {
        if (b == null) {
            target.setVisible(false);
            return;
        }
        CanvasStyle st = canvas.style();
        target.setX(b.x() - 2 * px());
        target.setY(b.y() - 2 * px());
        target.setWidth(b.w() + 4 * px());
        target.setHeight(b.h() + 4 * px());
        target.setStrokeWidth(3 * px());
        target.setStroke(ok ? st.ok : st.bad);
        target.setFill((ok ? st.ok : st.bad).deriveColor(0, 1, 1, 0.18));
        target.getProperties().put("podforge.ok", ok);
        target.setVisible(true);
    }

    /** Rings the given world boxes as compatible connection targets. */
    void compatible(Iterable<Box> boxes) {
        compatible.getChildren().clear();
        if (boxes == null) {
            return;
        }
        for (Box b : boxes) {
            Rectangle r = new Rectangle(b.x() - px(), b.y() - px(), b.w() + 2 * px(), b.h() + 2 * px());
            r.setFill(null);
            r.setStroke(canvas.style().ok);
            r.setStrokeWidth(2 * px());
            compatible.getChildren().add(r);
        }
    }

    void marquee(double x0, double y0, double x1, double y1) {
        marquee.setX(Math.min(x0, x1));
        marquee.setY(Math.min(y0, y1));
        marquee.setWidth(Math.abs(x1 - x0));
        marquee.setHeight(Math.abs(y1 - y0));
        marquee.setVisible(true);
    }

    void hideMarquee() {
        marquee.setVisible(false);
    }

    void band(double x0, double y0, double x1, double y1, javafx.scene.paint.Color c) {
        band.setStartX(x0);
        band.setStartY(y0);
        band.setEndX(x1);
        band.setEndY(y1);
        band.setStroke(c);
        band.setVisible(true);
    }

    void hideBand() {
        band.setVisible(false);
    }

    /** A message bubble near a screen point; empty or null text hides it. */
    void message(String text, boolean ok, Point2D at) {
        if (text == null || text.isBlank()) {
            message.setVisible(false);
            return;
        }
        message.setText(text);
        CanvasStyle st = canvas.style();
        String bg = ok ? (st.dark ? "#14532d" : "#ecfdf5") : (st.dark ? "#7f1d1d" : "#fef2f2");
        String fg = ok ? (st.dark ? "#dcfce7" : "#14532d") : (st.dark ? "#fee2e2" : "#7f1d1d");
        String border = ok ? "#16a34a" : "#dc2626";
        message.setStyle("-fx-background-color: " + bg + "; -fx-text-fill: " + fg + "; -fx-border-color: " + border
                + "; -fx-border-radius: 6; -fx-background-radius: 6; -fx-padding: 5 9 5 9; -fx-font-size: 12px;");
        message.getProperties().put("podforge.ok", ok);
        message.applyCss();
        message.autosize();
        double x = Math.min(at.getX() + 16, canvas.getWidth() - message.getWidth() - 8);
        double y = Math.min(at.getY() + 18, canvas.getHeight() - message.getHeight() - 8);
        message.relocate(Math.max(4, x), Math.max(4, y));
        message.setVisible(true);
    }

    String messageText() {
        return message.isVisible() ? message.getText() : "";
    }

    void clear() {
        target.setVisible(false);
        marquee.setVisible(false);
        band.setVisible(false);
        message.setVisible(false);
        compatible.getChildren().clear();
    }
}
