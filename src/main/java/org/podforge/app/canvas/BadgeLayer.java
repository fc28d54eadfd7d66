package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.model.Component;
import org.podforge.model.Project;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;

/**
 * The problem badges of the canvas (red error, amber warning; infos stay in the Problems list), one per
 * flagged object, at a constant size on screen. When components are too small on screen for a badge each
 * (below {@link #MIN_CELL_PX}) or not drawn at all, the badges of a chassis' components roll up with the
 * chassis' own into one badge per chassis that shows how many findings it holds, so badges never cover
 * the chassis they report on. A badge's tooltip lists its messages; a click opens the worst finding.
 */
final class BadgeLayer {
    /** A component cell narrower than this on screen gets no badge of its own (the chassis badge counts it). */
    static final double MIN_CELL_PX = 26;
    final Group root = new Group();
    private final Map<String, List<Finding>> byId = new HashMap<>();

    /** Replaces the findings shown (INFO findings are left out). */
    void set(List<Finding> findings) {
        byId.clear();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            for (String id : f.subjects()) {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
            }
        }
    }

    List<Finding> findings(String id) {
        return byId.getOrDefault(id, List.of());
    }

    static Severity worst(List<Finding> fs) {
        Severity worst = null;
        for (Finding f : fs) {
            if (worst == null || f.severity().atLeast(worst)) {
                worst = f.severity();
            }
        }
        return worst;
    }

    /**
     * Redraws the badges for the racks whose skins are live.
     *
     * @param detailOf  rack id -> whether its skin is drawn in detail (components shown)
     * @param rackOf    object id -> its rack id
     */
    void update(CanvasLayout l, Project p, Map<String, Boolean> detailOf, Map<String, String> rackOf, LinkLayer links,
                double scale, Consumer<Finding> open) {
        root.getChildren().clear();
        if (byId.isEmpty()) {
            return;
        }
        Set<String> live = detailOf.keySet();
        double k = 1 / Math.max(PodCanvas.MIN_SCALE, scale);
        // per chassis, the findings rolled up from its components (and its own), in first-seen order
        Map<String, List<Finding>> rolled = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding>> e : byId.entrySet()) {
            String id = e.getKey();
            Box b = l.box(id);
            if (b == null) {
                LinkGeometry g = links.geometry(id);
                if (g != null) {
                    double[] m = g.middle();
                    root.getChildren().add(badge(id, e.getValue(), m[0], m[1], k, 0, open));
                }
                continue;
            }
            String rack = rackOf.get(id);
            if (rack != null && !live.contains(rack)) {
                continue;
            }
            Component comp = p.component(id).orElse(null);
            if (comp != null) {
                boolean drawn = Boolean.TRUE.equals(detailOf.get(rack));
                if (drawn && Math.min(b.w(), b.h()) * scale >= MIN_CELL_PX) {
                    root.getChildren().add(badge(id, e.getValue(), b.maxX() - 1, b.y() + 1, k, 0, open));
                } else if (comp.chassis() != null) {
                    addAll(rolled.computeIfAbsent(comp.chassis().id(), x -> new ArrayList<>()), e.getValue());
                }
                continue;
            }
            if (p.chassis(id).isPresent()) {
                addAll(rolled.computeIfAbsent(id, x -> new ArrayList<>()), e.getValue());
                continue;
            }
            root.getChildren().add(badge(id, e.getValue(), b.maxX() - 8 * k, b.y() + 8 * k, k, 0, open));
        }
        for (Map.Entry<String, List<Finding>> e : rolled.entrySet()) {
            Box b = l.box(e.getKey());
            if (b == null) {
                continue;
            }
            int own = findings(e.getKey()).size();
            int count = e.getValue().size();
            root.getChildren().add(badge(e.getKey(), e.getValue(), b.maxX() - 10 * k, b.y() + 9 * k, k, count > own || count > 1 ? count : 0, open));
        }
    }

    private static void addAll(List<Finding> to, List<Finding> fs) {
        for (Finding f : fs) {
            if (!to.contains(f)) {
                to.add(f);
            }
        }
    }

    /** A badge; {@code count} > 0 shows the number of findings it stands for instead of "!". */
    private static Group badge(String id, List<Finding> fs, double x, double y, double k, int count, Consumer<Finding> open) {
        Severity sev = worst(fs);
        Color c = sev == Severity.ERROR ? Color.web("#dc2626") : sev == Severity.WARNING ? Color.web("#f59e0b") : Color.web("#3b82f6");
        String label = count > 0 ? (count > 99 ? "99+" : Integer.toString(count)) : "!";
        Text t = new Text(label);
        t.setFont(Font.font("System", FontWeight.BOLD, count > 9 ? 10 : 11));
        t.setFill(Color.WHITE);
        double w = t.getLayoutBounds().getWidth();
        double r = Math.max(7.5, w / 2 + 4);
        Circle dot = new Circle(0, 0, r, c);
        dot.setStroke(Color.WHITE);
        dot.setStrokeWidth(1.5);
        t.setX(-w / 2);
        t.setY(4);
        t.setMouseTransparent(true);
        Group g = new Group(dot, t);
        g.setTranslateX(x);
        g.setTranslateY(y);
        g.setScaleX(k);
        g.setScaleY(k);
        g.getStyleClass().add("pf-badge");
        g.getProperties().put(DesignRenderer.ID, id);
        g.getProperties().put("podforge.severity", sev.name());
        g.getProperties().put("podforge.count", fs.size());
        StringBuilder sb = new StringBuilder();
        if (count > 0) {
            sb.append(fs.size()).append(fs.size() == 1 ? " problem" : " problems").append(" in ").append(id).append(" and its parts:\n");
        }
        int shown = 0;
        for (Finding f : fs) {
            if (shown++ == 12) {
                sb.append("\n\u2026 and ").append(fs.size() - 12).append(" more");
                break;
            }
            if (shown > 1) {
                sb.append('\n');
            }
            sb.append(f.severity().label()).append(": ").append(f.message());
        }
        sb.append("\n\nClick for details and fixes").append(count > 0 ? "; zoom in for a badge per part" : "");
        Tooltip tip = new Tooltip(sb.toString());
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        Tooltip.install(g, tip);
        g.setCursor(Cursor.HAND);
        g.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY && open != null && !fs.isEmpty()) {
                open.accept(fs.stream().min(Finding::compareTo).orElseThrow());
                e.consume();
            }
        });
        return g;
    }
}
