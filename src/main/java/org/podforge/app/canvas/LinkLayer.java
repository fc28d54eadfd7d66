package org.podforge.app.canvas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.podforge.model.Medium;
import org.podforge.model.Protocol;

/**
 * The links of the canvas, drawn as bundles: one {@link Path} per protocol and medium style, holding
 * every link of that kind, with runs that coincide (the shared lanes of rack channels and cable trays)
 * drawn once. Thousands of links thus cost a few dozen nodes and far less stroking; a link is found by
 * geometry ({@link #linkAt}), and selected links get their own highlight path on top.
 */
final class LinkLayer {
    final Group root = new Group();
    private final Group bundles = new Group();
    private final Group highlights = new Group();
    private final Map<String, LinkGeometry> geometry = new HashMap<>();
    private final Map<String, Medium> media = new HashMap<>();

    LinkLayer() {
        root.getChildren().addAll(bundles, highlights);
        bundles.getStyleClass().add("pf-links");
        // the bundles are large paths that every dirty region touches; as a cached bitmap a drag frame
        // blits them instead of re-stroking thousands of segments
        bundles.setCache(true);
        bundles.setCacheHint(javafx.scene.CacheHint.QUALITY);
    }

    void clear() {
        geometry.clear();
        media.clear();
        bundles.getChildren().clear();
        highlights.getChildren().clear();
    }

    boolean contains(String linkId) {
        return geometry.containsKey(linkId);
    }

    LinkGeometry geometry(String linkId) {
        return geometry.get(linkId);
    }

    /** Replaces the drawn links. */
    void set(Iterable<LinkGeometry> links, Map<String, Medium> medium, CanvasStyle style) {
        clear();
        Map<String, Path> byStyle = new LinkedHashMap<>();
        Map<String, Set<Long>> seen = new HashMap<>();
        for (LinkGeometry g : links) {
            Medium m = medium.get(g.linkId());
            geometry.put(g.linkId(), g);
            media.put(g.linkId(), m);
            String key = (g.protocol() == null ? "-" : g.protocol().name()) + "/" + m.name();
            Path path = byStyle.computeIfAbsent(key, k -> bundle(g.protocol(), m, style));
            Set<Long> segs = seen.computeIfAbsent(key, k -> new HashSet<>());
            append(path, g, segs);
        }
        bundles.getChildren().setAll(byStyle.values());
    }

    private static Path bundle(Protocol p, Medium m, CanvasStyle style) {
        Path path = new Path();
        path.setStroke(style.protocolColor(p));
        path.setStrokeWidth(CanvasStyle.width(m));
        double[] d = CanvasStyle.dashes(m);
        for (double v : d) {
            path.getStrokeDashArray().add(v);
        }
        path.setStrokeLineCap(StrokeLineCap.ROUND);
        path.setStrokeLineJoin(StrokeLineJoin.ROUND);
        path.setFill(null);
        path.setOpacity(0.85);
        path.setPickOnBounds(false);
        path.getProperties().put(DesignRenderer.KIND, "links");
        path.getStyleClass().add("pf-link-bundle");
        return path;
    }

    /**
     * Adds a link's route to a path, skipping straight segments and whole curves already in it (the links between
     * the same two components of a chassis share one curve: a DGX board's 18 NVLink links per GPU to its two
     * NVSwitch chips are two curves, not 18).
     */
    static void append(Path path, LinkGeometry g, Set<Long> seen) {
        double[] p = g.points();
        var els = path.getElements();
        if (g.curve()) {
            if (seen != null && !seen.add(curveKey(p))) {
                return;
            }
            els.add(new MoveTo(p[0], p[1]));
            els.add(new CubicCurveTo(p[2], p[3], p[4], p[5], p[6], p[7]));
            return;
        }
        boolean penDown = false;
        for (int i = 0; i + 3 < p.length; i += 2) {
            long key = segmentKey(p[i], p[i + 1], p[i + 2], p[i + 3]);
            if (seen != null && !seen.add(key)) {
                penDown = false;
                continue;
            }
            if (!penDown) {
                els.add(new MoveTo(p[i], p[i + 1]));
                penDown = true;
            }
            els.add(new LineTo(p[i + 2], p[i + 3]));
        }
    }

    /** A curve's key: its four points, in quarter units (the segments' keys are built otherwise, see below). */
    private static long curveKey(double[] p) {
        long k = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 8; i++) {
            k = k * 1_000_003L + Math.round(p[i] * 4);
        }
        return k ^ 0x5DEECE66DL;
    }

    private static long segmentKey(double x1, double y1, double x2, double y2) {
        long a = Math.round(x1 * 4) * 31 + Math.round(y1 * 4);
        long b = Math.round(x2 * 4) * 31 + Math.round(y2 * 4);
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        return lo * 1_000_003L + hi;
    }

    /** The link nearest a world point within {@code tolerance}, or null. */
    String linkAt(double x, double y, double tolerance) {
        String best = null;
        double bestD = tolerance;
        for (LinkGeometry g : geometry.values()) {
            double d = g.distance(x, y);
            if (d <= bestD) {
                bestD = d;
                best = g.linkId();
            }
        }
        return best;
    }

    /** Draws the selected links on top, thicker and in the selection colour underneath their own. */
    void highlight(Set<String> ids, CanvasStyle style, double scale) {
        highlights.getChildren().clear();
        for (String id : ids) {
            LinkGeometry g = geometry.get(id);
            if (g == null) {
                continue;
            }
            Path halo = new Path();
            append(halo, g, null);
            halo.setStroke(style.selection);
            halo.setStrokeWidth(CanvasStyle.width(media.get(id)) + 5 / Math.max(0.05, scale));
            halo.setStrokeLineCap(StrokeLineCap.ROUND);
            halo.setStrokeLineJoin(StrokeLineJoin.ROUND);
            halo.setOpacity(0.6);
            halo.setMouseTransparent(true);
            Path line = new Path();
            append(line, g, null);
            line.setStroke(style.protocolColor(g.protocol()));
            line.setStrokeWidth(CanvasStyle.width(media.get(id)) + 1);
            line.setMouseTransparent(true);
            line.getStyleClass().addAll("pf-link", "selected");
            line.getProperties().put(DesignRenderer.ID, id);
            highlights.getChildren().addAll(halo, line);
        }
    }

    /** A path of the given links shifted by nothing (the caller moves it), for drag previews. */
    static Path previewPath(Iterable<LinkGeometry> links, Color color, double width) {
        Path p = new Path();
        for (LinkGeometry g : links) {
            append(p, g, null);
        }
        p.setStroke(color);
        p.setStrokeWidth(width);
        p.setFill(null);
        p.setMouseTransparent(true);
        return p;
    }

    /** Dims the bundles (while a chassis with links is dragged) or restores them. */
    void dim(boolean dim) {
        bundles.setOpacity(dim ? 0.25 : 1);
    }
}
