package org.podforge.app.hall;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.podforge.app.canvas.CanvasStyle;
import org.podforge.model.command.CommandStack;
import org.podforge.service.Session;

/**
 * The hall: every rack of every pod replica and every network rack in its row, with the cross-pod cables
 * bundled per rack pair (one arc and a count, never one line per cable). One immediate-mode canvas the size
 * of the view, redrawn for what is visible ({@link HallCulling}) at the detail the zoom allows
 * ({@link HallViewport.Detail}): at overview a pod replica is one block with its name. Wheel zooms, drag
 * pans, Fit shows the whole hall; a click selects the rack (its design rack for a pod replica). The model
 * ({@link HallModel}) is rebuilt once per design change, batched per FX event-queue turn.
 */
public final class HallView extends BorderPane {
    private static final Font LABEL = Font.font("System", 11);
    private static final Color NETWORK_FILL = Color.web("#0f766e");
    private static final Color NETWORK_FILL_DARK = Color.web("#2dd4bf");

    private final Session session;
    private final Pane host = new Pane();
    private final Canvas canvas = new Canvas(1, 1);
    private final Label info = new Label();
    private final HallViewport viewport = new HallViewport();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final Consumer<CommandStack.Event> stackListener = ev -> schedule();
    private HallCulling culling;
    private HallCulling.Frame lastFrame;
    private boolean queued;
    private boolean fitPending = true;
    private double lastX;
    private double lastY;
    private boolean dragged;

    public HallView(Session session) {
        this.session = session;
        setId("hall-view");
        getStyleClass().add("pf-hall");
        Button fit = new Button("Fit");
        fit.setId("hall-fit");
        fit.setOnAction(e -> fit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Wheel zooms, drag pans; zoom in to see each rack");
        hint.getStyleClass().add("muted");
        HBox bar = new HBox(8, fit, info, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        host.getChildren().add(canvas);
        host.setMinSize(100, 80);
        setCenter(host);
        host.widthProperty().addListener((o, a, b) -> resized());
        host.heightProperty().addListener((o, a, b) -> resized());
        host.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getX(), e.getY(), e.getDeltaY() > 0 ? 1.2 : 1 / 1.2);
            }
            e.consume();
        });
        host.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getX();
            lastY = e.getY();
            dragged = false;
        });
        host.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Math.abs(e.getX() - lastX) + Math.abs(e.getY() - lastY) > 0) {
                dragged = true;
            }
            panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        });
        host.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                select(e.getX(), e.getY());
            }
        });
        dark.addListener((o, a, b) -> paint());
        session.commands().addListener(stackListener);
        rebuild();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Removes the listeners this view put on the session. */
    public void dispose() {
        session.commands().removeListener(stackListener);
    }

    /** The hall as last built (for tests and benchmarks). */
    public HallModel model() {
        return culling.model();
    }

    /** The camera (for tests and benchmarks). */
    public HallViewport viewport() {
        return viewport;
    }

    /** What the last paint drew (for tests and benchmarks). */
    public HallCulling.Frame lastFrame() {
        return lastFrame;
    }

    /** The canvas painted (for benchmarks that render it). */
    public Canvas canvas() {
        return canvas;
    }

    public void fit() {
        if (host.getWidth() <= 0 || host.getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        viewport.fit(culling.model());
        paint();
    }

    public void zoomAt(double sx, double sy, double factor) {
        fitPending = false;
        viewport.zoomAt(sx, sy, factor);
        paint();
    }

    public void panBy(double dx, double dy) {
        fitPending = false;
        viewport.panBy(dx, dy);
        paint();
    }

    private void resized() {
        canvas.setWidth(host.getWidth());
        canvas.setHeight(host.getHeight());
        viewport.setSize(host.getWidth(), host.getHeight());
        if (fitPending) {
            fit();
        } else {
            paint();
        }
    }

    private void schedule() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                rebuild();
            });
        }
    }

    private void rebuild() {
        HallModel m = HallModel.of(session.project());
        culling = new HallCulling(m);
        long podRacks = m.networkPlaceBase();
        long netRacks = m.places().size() - podRacks;
        info.setText(String.format(Locale.ROOT, "%,d pod replica(s) in %,d racks · %,d network rack(s) · %,d cross-pod cable(s) in %,d bundle(s)",
                m.blocks().size(), podRacks, netRacks, m.fabricCables(), m.rackBundles().size()));
        if (fitPending) {
            fit();
        } else {
            paint();
        }
    }

    private void select(double sx, double sy) {
        int place = hit(viewport.toWorldX(sx), viewport.toWorldY(sy));
        if (place >= 0) {
            session.select(List.of(culling.model().places().get(place).rackId()));
        } else {
            session.clearSelection();
        }
    }

    /** The place under a world point in the last frame, or -1. */
    private int hit(double wx, double wy) {
        if (lastFrame == null) {
            return -1;
        }
        for (int p : lastFrame.places()) {
            HallModel.Place pl = culling.model().places().get(p);
            if (wx >= pl.x() && wx <= pl.x() + HallModel.RACK_W && wy >= pl.y() && wy <= pl.y() + HallModel.RACK_D) {
                return p;
            }
        }
        return -1;
    }

    /** Draws one frame: what is visible, at the detail the zoom allows. */
    public void paint() {
        if (culling == null) {
            return;
        }
        CanvasStyle st = CanvasStyle.of(dark.get());
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(st.background);
        g.fillRect(0, 0, w, h);
        HallModel m = culling.model();
        HallCulling.Frame f = culling.frame(viewport);
        lastFrame = f;
        double s = viewport.scale();
        boolean overview = f.detail() == HallViewport.Detail.OVERVIEW;
        g.setFont(LABEL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        Set<String> selected = session.selection();

        // pod replicas: filled blocks at overview, outlines around their racks at rack detail
        g.setLineWidth(1);
        for (int i : f.blocks()) {
            HallModel.Block b = m.blocks().get(i);
            double x = viewport.toScreenX(b.x());
            double y = viewport.toScreenY(b.y());
            double bw = Math.max(1, b.w() * s);
            double bh = Math.max(1, b.h() * s);
            if (overview) {
                g.setFill(st.rackFill);
                g.fillRect(x, y, bw, bh);
                if (bw > 4) {
                    g.setStroke(st.rackStroke);
                    g.strokeRect(x, y, bw, bh);
                }
                if (bw > b.label().length() * 6.2 + 6 && bh > 12) {
                    g.setFill(st.text);
                    g.fillText(b.label(), x + bw / 2, y + bh / 2);
                }
            } else {
                g.setStroke(st.podStroke);
                g.strokeRect(x - 3, y - 3, bw + 6, bh + 6);
                g.setFill(st.mutedText);
                g.fillText(b.label(), x + bw / 2, y - 10);
            }
        }

        // racks: network racks always, pod racks at rack detail
        for (int p : f.places()) {
            HallModel.Place pl = m.places().get(p);
            double x = viewport.toScreenX(pl.x());
            double y = viewport.toScreenY(pl.y());
            double rw = Math.max(1.5, HallModel.RACK_W * s);
            double rd = Math.max(1.5, HallModel.RACK_D * s);
            boolean network = pl.kind() == HallModel.Kind.NETWORK_RACK;
            g.setFill(network ? (st.dark ? NETWORK_FILL_DARK : NETWORK_FILL) : st.chassisFill);
            g.fillRect(x, y, rw, rd);
            if (rw > 4) {
                g.setStroke(selected.contains(pl.rackId()) ? st.selection : st.rackStroke);
                g.strokeRect(x, y, rw, rd);
            }
            if (!overview) {
                g.setFill(network ? Color.WHITE : st.chassisText);
                g.save();
                g.translate(x + rw / 2, y + rd / 2);
                g.rotate(-90);
                g.fillText(fitText(pl.label(), rd), 0, 0);
                g.restore();
            }
        }

        // cables: one arc per pair, wider with more cables, with its count when there is room
        double[] e = culling.ends(f.detail());
        List<HallModel.Bundle> bundles = overview ? m.blockBundles() : m.rackBundles();
        g.setStroke(st.dark ? Color.web("#60a5fa", 0.55) : Color.web("#2563eb", 0.45));
        for (int i : f.bundles()) {
            long n = bundles.get(i).cables();
            double x1 = viewport.toScreenX(e[4 * i]);
            double y1 = viewport.toScreenY(e[4 * i + 1]);
            double x2 = viewport.toScreenX(e[4 * i + 2]);
            double y2 = viewport.toScreenY(e[4 * i + 3]);
            double[] c = HallArcs.control(x1, y1, x2, y2);
            g.setLineWidth(HallArcs.width(n));
            g.beginPath();
            g.moveTo(x1, y1);
            g.quadraticCurveTo(c[0], c[1], x2, y2);
            g.stroke();
        }
        g.setFill(st.text);
        for (int i : f.bundles()) {
            double x1 = viewport.toScreenX(e[4 * i]);
            double y1 = viewport.toScreenY(e[4 * i + 1]);
            double x2 = viewport.toScreenX(e[4 * i + 2]);
            double y2 = viewport.toScreenY(e[4 * i + 3]);
            if (Math.hypot(x2 - x1, y2 - y1) < 90) {
                continue;
            }
            double[] mid = HallArcs.midpoint(x1, y1, x2, y2);
            g.fillText(String.format(Locale.ROOT, "%,d", bundles.get(i).cables()), mid[0], mid[1]);
        }
    }

    private static String fitText(String s, double px) {
        int max = (int) Math.floor((px - 4) / 6.2);
        if (max <= 1) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "\u2026";
    }
}
