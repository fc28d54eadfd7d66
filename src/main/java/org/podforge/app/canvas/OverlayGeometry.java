package org.podforge.app.canvas;

import java.util.List;

/**
 * Where the screen-space overlays of the canvas go, as pure geometry (no nodes, so it is unit-tested without a
 * toolkit): the message bubble of a gesture next to the pointer. It stays inside the visible canvas (the view,
 * {@code viewW} x {@code viewH}, less a {@link #MARGIN}) and is moved off an open port fan.
 */
final class OverlayGeometry {
    /** Gap kept between an overlay and the edge of the view. */
    static final double MARGIN = 4;
    /** Gap between a fan and a message beside it. */
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

    /**
     * The place of a {@code w} x {@code h} message for the pointer at ({@code px}, {@code py}): below right of it,
     * kept in view; when that would cover an open fan ({@code avoid}), beside the fan at the pointer's height
     * (right, then left), else below or above it, whichever first fits the view clear of every fan. When none does
     * the message keeps its place next to the pointer (and is drawn above the fans).
     */
    static Rect placeMessage(double px, double py, double w, double h, List<Rect> avoid, double viewW, double viewH) {
        Rect near = new Rect(Math.max(MARGIN, Math.min(px + 16, viewW - w - 8)), Math.max(MARGIN, Math.min(py + 18, viewH - h - 8)), w, h);
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

    /** {@code v} kept in [lo, hi]; lo wins when the range is empty (the overlay is larger than the view). */
    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
