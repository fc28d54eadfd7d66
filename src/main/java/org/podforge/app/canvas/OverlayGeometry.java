package org.podforge.app.canvas;

import java.util.List;

/**
 * Where the screen-space overlays of the canvas go, as pure geometry (no nodes, so it is unit-tested without a
 * toolkit): the grid of a port fan and its place next to its component, and the message bubble of a gesture next
 * to the pointer. Everything stays inside the visible canvas (the view, {@code viewW} x {@code viewH}, less a
 * {@link #MARGIN}) whenever it can: a fan opened near the bottom or right edge is shifted or flipped (and takes
 * more, shorter columns when it is taller than the view); the message is moved off an open fan.
 */
final class OverlayGeometry {
    /** Gap kept between an overlay and the edge of the view. */
    static final double MARGIN = 4;
    /** Gap between a component and its fan, and between a fan and a message beside it. */
    static final double GAP = 10;

    private OverlayGeometry() {
    }

    /** A screen rectangle. */
    record Rect(double x, double y, double w, double h) {
        double maxX() {
            return x + w;
        }

        double maxY() {
            return y + h;
        }

        boolean intersects(Rect o) {
            return x < o.maxX() && o.x < maxX() && y < o.maxY() && o.y < maxY();
        }

        /** True when this lies inside a view of that size, {@link #MARGIN} clear of its edges. */
        boolean inside(double viewW, double viewH) {
            return x >= MARGIN - 1e-9 && y >= MARGIN - 1e-9 && maxX() <= viewW - MARGIN + 1e-9 && maxY() <= viewH - MARGIN + 1e-9;
        }
    }

    /** A fan's grid: {@code cols} columns of {@code perCol} rows. */
    record Grid(int cols, int perCol) {
        int rows(int ports) {
            return Math.min(perCol, Math.max(1, ports));
        }
    }

    /**
     * The columns of a fan of {@code ports} rows of {@code rowH} under a {@code top} px header (plus {@code bottom}
     * px), columns {@code colW} wide: at least {@code minRows} per column and no wider than {@code maxW} while that
     * fits the view's height; a fan that would be taller than the view takes more columns (up to the view's width)
     * so its last rows can be seen and clicked.
     */
    static Grid fanGrid(int ports, int minRows, double rowH, double colW, double top, double bottom, double pad, double maxW,
            double viewW, double viewH) {
        int n = Math.max(1, ports);
        int maxCols = Math.max(1, (int) Math.floor((maxW - pad) / colW));
        int perCol = Math.max(minRows, ceilDiv(n, maxCols));
        int fitRows = (int) Math.floor((viewH - 2 * MARGIN - top - bottom) / rowH);
        if (perCol > fitRows && fitRows >= 1) {
            int widest = Math.max(1, (int) Math.floor((viewW - 2 * MARGIN - pad) / colW));
            int cols = Math.min(widest, ceilDiv(n, fitRows));
            perCol = ceilDiv(n, cols);
            if (cols > 1 && perCol < minRows) {
                perCol = Math.min(fitRows, minRows);
            }
        }
        return new Grid(Math.max(1, ceilDiv(n, perCol)), perCol);
    }

    /**
     * The top-left corner of a {@code w} x {@code h} fan for a component drawn at {@code comp} (screen): right of
     * it, else left of it, level with its middle (20 px higher), then shifted into the view. A fan larger than the
     * view keeps its top-left (its header and first rows) in view.
     */
    static Rect placeFan(Rect comp, double w, double h, double viewW, double viewH) {
        double x = comp.maxX() + GAP;
        if (x + w > viewW - MARGIN) {
            double left = comp.x() - GAP - w;
            // flip to the left when it fits there, or when there is more room on the left than on the right
            if (left >= MARGIN || comp.x() - MARGIN > viewW - MARGIN - comp.maxX()) {
                x = left;
            }
        }
        double y = (comp.y() + comp.maxY()) / 2 - 20;
        return new Rect(clamp(x, MARGIN, viewW - MARGIN - w), clamp(y, MARGIN, viewH - MARGIN - h), w, h);
    }

    /**
     * The place of a {@code w} x {@code h} message for the pointer at ({@code px}, {@code py}): below right of it,
     * kept in view; when that would cover an open fan ({@code avoid}), beside the fan at the pointer's height
     * (right, then left), else below or above it, whichever first fits the view clear of every fan. When none does
     * the message keeps its place next to the pointer (and is drawn above the fans).
     */
    static Rect placeMessage(double px, double py, double w, double h, List<Rect> avoid, double viewW, double viewH) {
        Rect near = new Rect(clamp(px + 16, MARGIN, viewW - w - 8), clamp(py + 18, MARGIN, viewH - h - 8), w, h);
        Rect hit = firstHit(near, avoid);
        if (hit == null) {
            return near;
        }
        double sideY = clamp(py - h / 2, MARGIN, viewH - MARGIN - h);
        double underX = clamp(px - w / 2, MARGIN, viewW - MARGIN - w);
        List<Rect> tries = List.of(
                new Rect(hit.maxX() + GAP, sideY, w, h),
                new Rect(hit.x() - GAP - w, sideY, w, h),
                new Rect(underX, hit.maxY() + 6, w, h),
                new Rect(underX, hit.y() - 6 - h, w, h));
        for (Rect r : tries) {
            if (r.inside(viewW, viewH) && firstHit(r, avoid) == null) {
                return r;
            }
        }
        return near;
    }

    private static Rect firstHit(Rect r, List<Rect> avoid) {
        for (Rect a : avoid) {
            if (r.intersects(a)) {
                return a;
            }
        }
        return null;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** {@code v} kept in [lo, hi]; lo wins when the range is empty (the overlay is larger than the view). */
    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
