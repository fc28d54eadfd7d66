package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
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
    /** Key of a badge's tooltip in its node's properties, once made (tests read it). */
    static final String TIP = "podforge.tooltip";
    final Group root = new Group();
    private final Map<String, Shown> shown = new HashMap<>();
    private Consumer<Finding> open;
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
     * Redraws the badges for the racks whose skins are live. A badge whose object, findings, place and count are
     * the same as shown keeps its node: after an edit only the badges that changed are rebuilt (a new node costs
     * CSS and, on the 4,096-GPU cluster, thousands of them took most of the FX thread's time after each edit).
     *
     * @param detailOf  rack id -> whether its skin is drawn in detail (components shown)
     * @param rackOf    object id -> its rack id
     */
    void update(CanvasLayout l, Project p, Map<String, Boolean> detailOf, Map<String, String> rackOf, LinkLayer links,
                double scale, Consumer<Finding> open) {
        this.open = open;
        Map<String, Spec> want = new LinkedHashMap<>();
        if (!byId.isEmpty()) {
            wanted(l, p, detailOf, rackOf, links, scale, want);
        }
        List<Group> gone = new ArrayList<>();
        for (Iterator<Map.Entry<String, Shown>> it = shown.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Shown> e = it.next();
            if (!e.getValue().spec().equals(want.get(e.getKey()))) {
                gone.add(e.getValue().node());
                it.remove();
            }
        }
        if (gone.size() == root.getChildren().size()) {
            root.getChildren().clear();
        } else if (!gone.isEmpty()) {
            Set<javafx.scene.Node> drop = Collections.newSetFromMap(new IdentityHashMap<>());
            drop.addAll(gone);
            root.getChildren().removeAll(drop);
        }
        List<Group> added = new ArrayList<>();
        for (Map.Entry<String, Spec> e : want.entrySet()) {
            if (!shown.containsKey(e.getKey())) {
                Group g = badge(e.getKey(), e.getValue());
                shown.put(e.getKey(), new Shown(e.getValue(), g));
                added.add(g);
            }
        }
        root.getChildren().addAll(added);
    }

    /** What one badge shows: the findings it stands for, where, at which scale, and the count it shows (0: "!"). */
    private record Spec(List<Finding> fs, double x, double y, double k, int count) {
    }

    private record Shown(Spec spec, Group node) {
    }

    /** The badges the live racks and links should show now, by object id (one badge per object). */
    private void wanted(CanvasLayout l, Project p, Map<String, Boolean> detailOf, Map<String, String> rackOf, LinkLayer links,
                        double scale, Map<String, Spec> want) {
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
                    want.put(id, new Spec(e.getValue(), m[0], m[1], k, 0));
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
                    want.put(id, new Spec(e.getValue(), b.maxX() - 1, b.y() + 1, k, 0));
                } else if (comp.chassis() != null) {
                    addAll(rolled.computeIfAbsent(comp.chassis().id(), x -> new ArrayList<>()), e.getValue());
                }
                continue;
            }
            if (p.chassis(id).isPresent()) {
                addAll(rolled.computeIfAbsent(id, x -> new ArrayList<>()), e.getValue());
                continue;
            }
            want.put(id, new Spec(e.getValue(), b.maxX() - 8 * k, b.y() + 8 * k, k, 0));
        }
        for (Map.Entry<String, List<Finding>> e : rolled.entrySet()) {
            Box b = l.box(e.getKey());
            if (b == null) {
                continue;
            }
            int own = findings(e.getKey()).size();
            int count = e.getValue().size();
            want.put(e.getKey(), new Spec(e.getValue(), b.maxX() - 10 * k, b.y() + 9 * k, k, count > own || count > 1 ? count : 0));
        }
    }

    /** What a badge's tooltip says: its findings (the first 12), and what a click does. */
    static String tooltipText(String id, List<Finding> fs, int count) {
        StringBuilder sb = new StringBuilder();
        if (count > 0) {
            sb.append(fs.size()).append(fs.size() == 1 ? " problem" : " problems").append(" in ").append(id).append(" and its parts:\n");
        }
        int n = 0;
        for (Finding f : fs) {
            if (n++ == 12) {
                sb.append("\n\u2026 and ").append(fs.size() - 12).append(" more");
                break;
            }
            if (n > 1) {
                sb.append('\n');
            }
            sb.append(f.severity().label()).append(": ").append(f.message());
        }
        sb.append("\n\nClick for details and fixes").append(count > 0 ? "; zoom in for a badge per part" : "");
        return sb.toString();
    }

    private static void addAll(List<Finding> to, List<Finding> fs) {
        for (Finding f : fs) {
            if (!to.contains(f)) {
                to.add(f);
            }
        }
    }

    /** A badge; {@code count} > 0 shows the number of findings it stands for instead of "!". */
    private Group badge(String id, Spec spec) {
        List<Finding> fs = spec.fs();
        int count = spec.count();
        double k = spec.k();
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
        g.setTranslateX(spec.x());
        g.setTranslateY(spec.y());
        g.setScaleX(k);
        g.setScaleY(k);
        g.getStyleClass().add("pf-badge");
        g.getProperties().put(DesignRenderer.ID, id);
        g.getProperties().put("podforge.severity", sev.name());
        g.getProperties().put("podforge.count", fs.size());
        // the tooltip is made when the pointer first enters the badge: a Tooltip is a popup window with its own
        // scene, and making one per badge up front cost more than the rest of the badge together
        g.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (!g.getProperties().containsKey(TIP)) {
                Tooltip tip = new Tooltip(tooltipText(id, fs, count));
                tip.setWrapText(true);
                tip.setMaxWidth(560);
                Tooltip.install(g, tip);
                g.getProperties().put(TIP, tip);
            }
        });
        g.setCursor(Cursor.HAND);
        g.setOnMousePressed(e -> {
            Consumer<Finding> open = this.open; // the opener current when clicked (kept badges outlive an update)
            if (e.getButton() == MouseButton.PRIMARY && open != null && !fs.isEmpty()) {
                open.accept(fs.stream().min(Finding::compareTo).orElseThrow());
                e.consume();
            }
        });
        return g;
    }
}
