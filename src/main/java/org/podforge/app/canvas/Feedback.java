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
 * space, so they stay readable at any zoom). Nodes are created once and shown or hidden. The message has a layer of
 * its own above the port fans ({@link #top}), and is placed off an open fan so the fan never hides it.
 */
final class Feedback {
    private final PodCanvas canvas;
    final Group world = new Group();
    final Pane screen = new Pane();
    /** Above the port fans: the message bubble. */
    final Pane top = new Pane();
    private final Rectangle target = new Rectangle();
    private final Rectangle marquee = new Rectangle();
    private final Line band = new Line();
    private final Label message = new Label();
    private final Group compatible = new Group();
    private boolean messageOk;
    private Point2D messageAt;

    Feedback(PodCanvas canvas) {
        this.canvas = canvas;
        world.setMouseTransparent(true);
        screen.setMouseTransparent(true);
        screen.setPickOnBounds(false);
        top.setMouseTransparent(true);
        top.setPickOnBounds(false);
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
        screen.getChildren().addAll(marquee, band);
        top.getChildren().add(message);
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

    /**
     * A message bubble near a screen point, off any open port fan (during a connection the target's fan opens under
     * the pointer and used to hide the message); empty or null text hides it.
     */
    void message(String text, boolean ok, Point2D at) {
        messageOk = ok;
        messageAt = at;
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
        OverlayGeometry.Rect r = OverlayGeometry.placeMessage(at.getX(), at.getY(), message.getWidth(), message.getHeight(),
                fanRects(), canvas.getWidth(), canvas.getHeight());
        message.relocate(r.x(), r.y());
        message.setVisible(true);
    }

    /** Places the message shown again, off the fans open now (a target's fan opens or switches after it was shown). */
    void replaceMessage() {
        if (message.isVisible() && messageAt != null) {
            message(message.getText(), messageOk, messageAt);
        }
    }

    /** The canvas bounds of the port fans showing. */
    private java.util.List<OverlayGeometry.Rect> fanRects() {
        java.util.List<OverlayGeometry.Rect> out = new java.util.ArrayList<>();
        for (javafx.scene.Node n : canvas.fanLayer().getChildren()) {
            if (n.isVisible()) {
                var b = n.getBoundsInParent();
                out.add(new OverlayGeometry.Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
            }
        }
        return out;
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
