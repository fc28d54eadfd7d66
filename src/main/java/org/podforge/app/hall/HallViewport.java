package org.podforge.app.hall;

/**
 * The hall view's camera, without JavaFX: screen = world * scale + translate. It answers which world
 * rectangle is visible (to draw only that) and which level of detail the zoom allows.
 */
public final class HallViewport {
    /** How much is drawn at a zoom. */
    public enum Detail {
        /** Pod replicas as blocks (named when the name fits), network racks as boxes, cables bundled per block pair. */
        OVERVIEW,
        /** Every rack by name, cables bundled per rack pair with their count. */
        RACKS
    }

    /** Racks narrower than this on screen are drawn as part of their pod replica's block. */
    static final double RACK_DETAIL_PX = 14;
    static final double MIN_SCALE = 1e-4;
    static final double MAX_SCALE = 8;

    private double scale = 1;
    private double tx;
    private double ty;
    private double width = 1;
    private double height = 1;

    public void setSize(double w, double h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
    }

    public double scale() { return scale; }

    public double tx() { return tx; }

    public double ty() { return ty; }

    public double width() { return width; }

    public double height() { return height; }

    /** Shows the whole hall, with a margin. */
    public void fit(HallModel m) {
        double w = m.maxX() - m.minX();
        double h = m.maxY() - m.minY();
        double margin = 16;
        double s = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h);
        scale = clamp(Math.min(s, 2));
        tx = (width - w * scale) / 2 - m.minX() * scale;
        ty = (height - h * scale) / 2 - m.minY() * scale;
    }

    /** Zooms by {@code factor} keeping the world point under screen point (sx, sy) in place. */
    public void zoomAt(double sx, double sy, double factor) {
        double wx = (sx - tx) / scale;
        double wy = (sy - ty) / scale;
        scale = clamp(scale * factor);
        tx = sx - wx * scale;
        ty = sy - wy * scale;
    }

    public void panBy(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    public Detail detail() {
        return HallModel.RACK_W * scale >= RACK_DETAIL_PX ? Detail.RACKS : Detail.OVERVIEW;
    }

    /** Visible world rectangle: {x0, y0, x1, y1}. */
    public double[] visibleWorld() {
        return new double[] {-tx / scale, -ty / scale, (width - tx) / scale, (height - ty) / scale};
    }

    public double toScreenX(double wx) {
        return wx * scale + tx;
    }

    public double toScreenY(double wy) {
        return wy * scale + ty;
    }

    public double toWorldX(double sx) {
        return (sx - tx) / scale;
    }

    public double toWorldY(double sy) {
        return (sy - ty) / scale;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
