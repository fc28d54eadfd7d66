package org.podforge.app.hall;

/**
 * How a bundle of cables is drawn, without JavaFX: a quadratic arc between its two ends that bulges to the
 * left of its direction (so bundles along a row do not hide the row's racks), a stroke that widens with the
 * logarithm of the cable count, and the point on the arc where its count is written.
 */
public final class HallArcs {
    static final double BULGE = 0.18;

    private HallArcs() {
    }

    /** The control point of the arc from (x1, y1) to (x2, y2). */
    public static double[] control(double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        return new double[] {(x1 + x2) / 2 + dy * BULGE, (y1 + y2) / 2 - dx * BULGE};
    }

    /** The arc's middle (t = 0.5 of the quadratic curve): halfway between the chord's middle and the control point. */
    public static double[] midpoint(double x1, double y1, double x2, double y2) {
        double[] c = control(x1, y1, x2, y2);
        return new double[] {0.25 * x1 + 0.5 * c[0] + 0.25 * x2, 0.25 * y1 + 0.5 * c[1] + 0.25 * y2};
    }

    /** Stroke width in pixels for a bundle of {@code cables}: 1 for one cable, about 1.5 more per factor of 10, at most 7. */
    public static double width(long cables) {
        return Math.min(7, 1 + 1.5 * Math.log10(Math.max(1, cables)));
    }

    /** Shortest distance from (px, py) to the arc from (x1, y1) to (x2, y2), measured on 24 chords of the curve. */
    public static double distance(double x1, double y1, double x2, double y2, double px, double py) {
        double[] c = control(x1, y1, x2, y2);
        double best = Double.MAX_VALUE;
        double ax = x1;
        double ay = y1;
        for (int i = 1; i <= 24; i++) {
            double t = i / 24.0;
            double u = 1 - t;
            double bx = u * u * x1 + 2 * u * t * c[0] + t * t * x2;
            double by = u * u * y1 + 2 * u * t * c[1] + t * t * y2;
            best = Math.min(best, segment(ax, ay, bx, by, px, py));
            ax = bx;
            ay = by;
        }
        return best;
    }

    private static double segment(double ax, double ay, double bx, double by, double px, double py) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
