package org.podforge.app.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.podforge.app.ListEdits;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.canvas.CanvasLayout.Hit;
import org.podforge.app.canvas.CanvasLayout.Kind;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Names on the canvas that stay readable at every zoom (level of detail), drawn in screen space over the
 * design: where the design's own titles shrink below a readable size, pods, racks and chassis get a label
 * of constant size, placed inside their box and shown only when the box is big enough on screen to hold
 * it; components get their name once their cell is wide enough for it. A name too long for its box is
 * shortened with an ellipsis (the hover card gives it in full). At most {@link #MAX_LABELS} labels are
 * drawn; beyond that the view is too far out for names to help. A pod, rack or chassis label is also a handle: a
 * click on it picks its object (not a part that lies under it), see {@link #handleAt}. While the labels stand in
 * for them, the design's own titles are hidden ({@link DesignRenderer}), so a name is never written twice.
 */
final class LabelLayer {
    static final int MAX_LABELS = 600;
    /** Above this zoom the design's own titles (10-20 px in world units) read well; no overlay then. */
    static final double OWN_TITLES_READABLE = 0.8;
    private static final Font POD = Font.font("System", FontWeight.BOLD, 14);
    /** The pod label's height on screen (14 px bold). */
    private static final double POD_LABEL_H = 18;
    /** Room left free at a rack label's right for the rack's problem badge. */
    private static final double BADGE_ROOM = 14;
    private static final Font RACK = Font.font("System", FontWeight.BOLD, 12);
    private static final Font CHASSIS = Font.font("System", FontWeight.BOLD, 11);
    private static final Font COMPONENT = Font.font("System", 10);
    final Group root = new Group();
    /** The object each pod, rack and chassis label names, with the label's screen rectangle. */
    private final List<Handle> handles = new ArrayList<>();

    /** One label as it is drawn: text (already fitted), font, colours, screen point (top left) and what it names. */
    private record Spec(String text, Font font, Color fill, double sx, double sy, Color backdrop, Hit names) {
    }

    /** The labels drawn now: an edit that changes none of them (most moves and cables) keeps the nodes. */
    private List<Spec> drawn = List.of();
    /** The nodes drawn for each label now (two equal labels have two entries). */
    private Map<Spec, Deque<Drawn>> nodes = new HashMap<>();
    /** Fitted texts by text, font and width: the same names are fitted again after every edit and pan. */
    private final java.util.Map<String, String> fitted = new java.util.HashMap<>();

    private record Handle(double x, double y, double w, double h, Hit hit) {
        boolean contains(double sx, double sy) {
            return sx >= x && sx <= x + w && sy >= y && sy <= y + h;
        }
    }

    LabelLayer() {
        root.setMouseTransparent(true);
        root.setManaged(false);
    }

    /** Rebuilds the labels for the visible part of the design. */
    void update(PodCanvas canvas, CanvasLayout l, CanvasStyle style, double scale, Box view) {
        Project p = l.project();
        List<Spec> out = new ArrayList<>();
        boolean own = scale >= OWN_TITLES_READABLE;
        for (Pod pod : p.pods()) {
            Box pb = l.box(pod.id());
            if (pb == null || !pb.intersects(view)) {
                continue;
            }
            if (!own && pb.w() * scale > 60) {
                // in the pod's header when it is tall enough, else just above the pod's frame (over the racks' labels it hid them)
                double headerPx = CanvasLayout.POD_HEADER * scale;
                double y = headerPx >= POD_LABEL_H + 4 ? pb.y() + Math.min(6, headerPx - POD_LABEL_H - 2) / scale : pb.y() - (POD_LABEL_H + 2) / scale;
                add(out, canvas, pod.label(), POD, style.text, pb.x() + 8 / scale, y, pb.w() * scale - 16, style.podFill,
                        new Hit(Kind.POD, pod.id(), null, null, null, null, null, 0));
            }
            for (Rack r : pod.racks()) {
                Box rb = l.box(r.id());
                if (rb == null || !rb.intersects(view)) {
                    continue;
                }
                if (!own && rb.w() * scale > 30 && out.size() < MAX_LABELS) {
                    // over the rack's own (too small) title, in its header
                    add(out, canvas, r.label(), RACK, style.text, rb.x() + 3 / scale, rb.y() + 1 / scale, rb.w() * scale - 6 - BADGE_ROOM, style.rackFill,
                            new Hit(Kind.RACK, pod.id(), r.id(), null, null, null, null, 0));
                }
                for (Chassis c : r.chassis()) {
                    Box cb = l.box(c.id());
                    if (cb == null || out.size() >= MAX_LABELS) {
                        continue;
                    }
                    double h = cb.h() * scale;
                    if (!own && h >= 11) {
                        // top left, over the chassis' own (too small) title; as wide as the chassis allows
                        add(out, canvas, c.label(), CHASSIS, style.chassisText, cb.x() + 2 / scale, cb.y() + Math.max(0, Math.min(1, (h - 13) / 2)) / scale,
                                cb.w() * scale - 6, style.chassisFill, new Hit(Kind.CHASSIS, pod.id(), r.id(), c.id(), null, null, null, c.uPosition()));
                    }
                    if (scale < PodCanvas.DETAIL_SCALE) {
                        continue;
                    }
                    for (Component comp : c.components()) {
                        Box b = l.box(comp.id());
                        if (b == null || b.w() * scale < 40 || b.h() * scale < 22 || out.size() >= MAX_LABELS) {
                            continue;
                        }
                        add(out, canvas, comp.label(), COMPONENT, Color.WHITE, b.x() + 2 / scale, b.maxY() - 14 / scale, b.w() * scale - 4,
                                Color.web("#0f172a", 0.55), null);
                    }
                }
            }
        }
        if (out.size() >= MAX_LABELS) {
            out.clear();
        }
        if (out.equals(drawn)) {
            return;
        }
        drawn = out;
        // a label that is the same keeps its nodes (a moved chassis changes its own label, not the hundreds around it);
        // new Text nodes cost a text layout each here and a style pass in the next pulse
        Map<Spec, Deque<Drawn>> had = nodes;
        nodes = new HashMap<>();
        List<javafx.scene.Node> children = new ArrayList<>(out.size() * 2);
        handles.clear();
        for (Spec spec : out) {
            Deque<Drawn> same = had.get(spec);
            Drawn d = same == null || same.isEmpty() ? draw(spec) : same.poll();
            nodes.computeIfAbsent(spec, k -> new ArrayDeque<>()).add(d);
            if (d.backdrop() != null) {
                children.add(d.backdrop());
            }
            children.add(d.text());
            if (d.handle() != null) {
                handles.add(d.handle());
            }
        }
        ListEdits.match(root.getChildren(), children);
    }

    /** What the label under a screen point names (the last drawn, innermost, first), or null. */
    Hit handleAt(double sx, double sy) {
        for (int i = handles.size() - 1; i >= 0; i--) {
            if (handles.get(i).contains(sx, sy)) {
                return handles.get(i).hit();
            }
        }
        return null;
    }

    /** Adds a label at world point (wx, wy) (its top left), at most {@code maxPx} wide on screen. */
    private void add(List<Spec> out, PodCanvas canvas, String text, Font font, Color fill, double wx, double wy, double maxPx, Color backdrop,
            Hit names) {
        if (maxPx < 14) {
            return;
        }
        if (fitted.size() > 20_000) {
            fitted.clear();
        }
        String shown = fitted.computeIfAbsent(text + '\u0000' + font.getName() + '\u0000' + font.getSize() + '\u0000' + maxPx,
                k -> fit(text, font, maxPx));
        if (shown.isEmpty()) {
            return;
        }
        Point2D s = canvas.toScreen(wx, wy);
        out.add(new Spec(shown, font, fill, Math.round(s.getX()), Math.round(s.getY()), backdrop, names));
    }

    /** The nodes of one label: its backdrop (or null), its text, and its handle (or null). */
    private record Drawn(Rectangle backdrop, Text text, Handle handle) {
    }

    private static Drawn draw(Spec spec) {
        Text t = new Text(spec.text());
        t.setFont(spec.font());
        t.setFill(spec.fill());
        t.setTextOrigin(VPos.TOP);
        t.setX(spec.sx());
        t.setY(spec.sy());
        t.getStyleClass().add("pf-label");
        Rectangle r = null;
        if (spec.backdrop() != null) {
            double w = t.getLayoutBounds().getWidth();
            double h = t.getLayoutBounds().getHeight();
            r = new Rectangle(t.getX() - 2, t.getY(), w + 4, h);
            r.setFill(spec.backdrop());
            r.setArcWidth(4);
            r.setArcHeight(4);
        }
        Handle handle = null;
        if (spec.names() != null) {
            Bounds b = t.getBoundsInParent();
            handle = new Handle(b.getMinX() - 2, b.getMinY(), b.getWidth() + 4, b.getHeight(), spec.names());
        }
        return new Drawn(r, t, handle);
    }

    /** The text, or its start with an ellipsis, no wider than maxPx in the font ("" when not even 3 letters fit). */
    static String fit(String text, Font font, double maxPx) {
        Text probe = new Text(text);
        probe.setFont(font);
        if (probe.getLayoutBounds().getWidth() <= maxPx) {
            return text;
        }
        for (int n = text.length() - 1; n >= 3; n--) {
            probe.setText(text.substring(0, n) + "\u2026");
            if (probe.getLayoutBounds().getWidth() <= maxPx) {
                return probe.getText();
            }
        }
        return "";
    }
}
