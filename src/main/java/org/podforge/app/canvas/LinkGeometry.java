package org.podforge.app.canvas;

import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Protocol;
import org.podforge.model.Rack;

/**
 * Where a link is drawn, as plain numbers (no nodes), routed like a cable: inside one chassis a short
 * curve (board trace); between chassis of a rack out to the rack's right-hand cable channel, along it
 * and back in; between racks up the channel to a cable tray above the racks, across, and down the other
 * rack's channel. Links of one protocol share a lane of the channel, so identical runs coincide and are
 * drawn once (see {@link LinkLayer}).
 *
 * @param points x,y pairs of a polyline, or for a curve: start, control 1, control 2, end
 */
record LinkGeometry(String linkId, Protocol protocol, double[] points, boolean curve) {

    static LinkGeometry of(CanvasLayout layout, Link l, Protocol protocol) {
        double[] a = layout.anchor(l.a().componentId());
        double[] z = layout.anchor(l.b().componentId());
        if (a == null || z == null) {
            return null;
        }
        Component ca = layout.project().component(l.a().componentId()).orElse(null);
        Component cz = layout.project().component(l.b().componentId()).orElse(null);
        if (ca == null || cz == null || ca.chassis() == null || cz.chassis() == null) {
            return new LinkGeometry(l.id(), protocol, new double[] {a[0], a[1], z[0], z[1]}, false);
        }
        if (ca.chassis() == cz.chassis()) {
            return new LinkGeometry(l.id(), protocol, curve(a, z), true);
        }
        Rack ra = ca.chassis().rack();
        Rack rz = cz.chassis().rack();
        Box ia = layout.rackInner(ra.id());
        Box iz = layout.rackInner(rz.id());
        if (ia == null || iz == null) {
            return new LinkGeometry(l.id(), protocol, new double[] {a[0], a[1], z[0], z[1]}, false);
        }
        double off = laneOffset(protocol);
        double xa = ia.maxX() + off;
        if (ra == rz) {
            return new LinkGeometry(l.id(), protocol, new double[] {a[0], a[1], xa, a[1], xa, z[1], z[0], z[1]}, false);
        }
        double xz = iz.maxX() + off;
        double top = Math.min(layout.box(ra.id()).y(), layout.box(rz.id()).y()) - 8 - off * 1.5;
        return new LinkGeometry(l.id(), protocol,
                new double[] {a[0], a[1], xa, a[1], xa, top, xz, top, xz, z[1], z[0], z[1]}, false);
    }

    /** Lane of the cable channel (right rail) used by a protocol, in world units from the bay edge. */
    static double laneOffset(Protocol p) {
        if (p == null) {
            return 22;
        }
        return switch (p) {
            case PCIE -> 5;
            case CXL -> 9;
            case NVLINK, UALINK -> 13;
            case ETHERNET -> 17;
            case INFINIBAND -> 20;
            default -> 22;
        };
    }

    private static double[] curve(double[] a, double[] z) {
        double dx = z[0] - a[0];
        double dy = z[1] - a[1];
        double dist = Math.max(1e-6, Math.hypot(dx, dy));
        double bow = Math.min(40, 6 + dist * 0.25);
        double nx = -dy / dist;
        double ny = dx / dist;
        if (nx < 0) {
            nx = -nx;
            ny = -ny;
        }
        return new double[] {a[0], a[1], a[0] + dx * 0.25 + nx * bow, a[1] + dy * 0.25 + ny * bow,
                a[0] + dx * 0.75 + nx * bow, a[1] + dy * 0.75 + ny * bow, z[0], z[1]};
    }

    /** Distance from a world point to the drawn route. */
    double distance(double x, double y) {
        if (curve) {
            double best = Double.MAX_VALUE;
            double px = points[0];
            double py = points[1];
            for (int i = 1; i <= 12; i++) {
                double t = i / 12.0;
                double u = 1 - t;
                double qx = u * u * u * points[0] + 3 * u * u * t * points[2] + 3 * u * t * t * points[4] + t * t * t * points[6];
                double qy = u * u * u * points[1] + 3 * u * u * t * points[3] + 3 * u * t * t * points[5] + t * t * t * points[7];
                best = Math.min(best, segment(x, y, px, py, qx, qy));
                px = qx;
                py = qy;
            }
            return best;
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 3 < points.length; i += 2) {
            best = Math.min(best, segment(x, y, points[i], points[i + 1], points[i + 2], points[i + 3]));
        }
        return best;
    }

    /** Midpoint of the route (where a badge goes). */
    double[] middle() {
        if (curve) {
            return new double[] {(points[0] + 3 * points[2] + 3 * points[4] + points[6]) / 8,
                    (points[1] + 3 * points[3] + 3 * points[5] + points[7]) / 8};
        }
        int n = points.length / 2;
        int i = (n / 2) * 2;
        int j = Math.max(0, i - 2);
        return new double[] {(points[i] + points[j]) / 2, (points[i + 1] + points[j + 1]) / 2};
    }

    private static double segment(double x, double y, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }
}
