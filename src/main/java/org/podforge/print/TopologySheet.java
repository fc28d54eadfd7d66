package org.podforge.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.podforge.model.Family;
import org.podforge.model.Protocol;
import org.podforge.service.ProtocolColors;
import org.podforge.service.TopologyLayout;

/**
 * One pod's topology drawn on a sheet, as the Topology tab shows it ({@link TopologyLayout}: a block per chassis,
 * the scale-up switches in a band below, unlinked parts apart in "Not connected", nodes the user placed where they
 * were put), scaled to fit the sheet: links in their protocol's colour, each part a circle marked with its kind and
 * named under it. Vector throughout, so a PDF viewer can zoom into a large pod.
 */
final class TopologySheet {
    private static final double NODE_R = 14;
    private static final double LABEL_W = 62;

    private TopologySheet() {
    }

    /** The legend: the protocols of the drawn links, then the node kinds. */
    static List<SheetFrame.LegendItem> legend(TopologyLayout t) {
        Set<Protocol> used = EnumSet.noneOf(Protocol.class);
        for (TopologyLayout.Edge e : t.edges()) {
            if (e.protocol() != null) {
                used.add(e.protocol());
            }
        }
        List<SheetFrame.LegendItem> out = new ArrayList<>();
        for (Protocol p : used) {
            out.add(new SheetFrame.LegendItem(ProtocolColors.rgb(p), ProtocolColors.rgb(p), false, p.label() + " link"));
        }
        out.add(new SheetFrame.LegendItem(0xF3F4F6, 0x9CA3AF, false, "Chassis (its parts inside)"));
        out.add(new SheetFrame.LegendItem(null, 0x333333, false, "Part: CPU, GPU, NIC, SSD"));
        out.add(new SheetFrame.LegendItem(null, 0x333333, false, "SW switch, RT retimer, MEM CXL memory"));
        out.add(new SheetFrame.LegendItem(null, 0x999999, true, "Not connected: parts without a link"));
        return out;
    }

    static void draw(PdfDraw d, SheetFrame.Area a, TopologyLayout t) throws IOException {
        if (t.vertices().isEmpty()) {
            d.text(PdfDraw.REGULAR, 10, a.x() + 8, a.y() + a.h() - 20, "This pod has no components yet.", a.w() - 16);
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (TopologyLayout.Block b : t.blocks()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.x() + b.w());
            maxY = Math.max(maxY, b.y() + b.h());
        }
        for (TopologyLayout.Vertex v : t.vertices().values()) {
            minX = Math.min(minX, v.x() - LABEL_W / 2);
            minY = Math.min(minY, v.y() - NODE_R);
            maxX = Math.max(maxX, v.x() + LABEL_W / 2);
            maxY = Math.max(maxY, v.y() + NODE_R + 20);
        }
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        double s = Math.min(1.2, Math.min(a.w() / w, a.h() / h));
        // layout y grows downwards, the page's upwards; centre the drawing in the area
        double ox = a.x() + (a.w() - w * s) / 2 - minX * s;
        double top = a.y() + a.h() - (a.h() - h * s) / 2 + minY * s;
        Geometry g = new Geometry(ox, top, s);
        for (TopologyLayout.Block b : t.blocks()) {
            boolean loose = b.chassisId() == null; // the "Not connected" block
            if (loose) {
                d.dashed(true);
            }
            d.rect(g.x(b.x()), g.y(b.y() + b.h()), b.w() * s, b.h() * s, loose ? null : 0xF3F4F6, loose ? 0x999999 : 0x9CA3AF, 0.5);
            if (loose) {
                d.dashed(false);
            }
            // a narrow block (one column of loose parts) lets its title run on to the right rather than cut it
            double tx = g.x(b.x()) + 6 * s;
            d.text(PdfDraw.BOLD, Math.max(3, 9 * s), tx, g.y(b.y()) - 14 * s, b.label(), Math.max(b.w() * s - 10 * s, a.x() + a.w() - tx));
        }
        for (TopologyLayout.Edge e : t.edges()) {
            TopologyLayout.Vertex va = t.vertices().get(e.a());
            TopologyLayout.Vertex vb = t.vertices().get(e.b());
            boolean fabric = va.layer() == 4 || vb.layer() == 4;
            d.line(g.x(va.x()), g.y(va.y()), g.x(vb.x()), g.y(vb.y()), ProtocolColors.rgb(e.protocol()), Math.max(0.15, (fabric ? 0.5 : 1.1) * s));
        }
        double size = Math.max(2.5, 7 * s);
        for (TopologyLayout.Vertex v : t.vertices().values()) {
            d.circle(g.x(v.x()), g.y(v.y()), NODE_R * s, 0xFFFFFF, 0x333333, Math.max(0.2, 1.0 * s));
            d.textCentred(PdfDraw.BOLD, Math.max(2.2, 6 * s), g.x(v.x()), g.y(v.y()) - 2 * s, mark(v.family()), NODE_R * 2 * s);
            d.textCentred(PdfDraw.REGULAR, size, g.x(v.x()), g.y(v.y() + NODE_R + 9), v.label(), LABEL_W * s);
        }
    }

    /** A short mark for a part's kind, printed in its circle (legible in black and white). */
    static String mark(Family f) {
        return switch (f) {
            case CPU -> "CPU";
            case GPU -> "GPU";
            case NIC -> "NIC";
            case SSD -> "SSD";
            case RETIMER -> "RT";
            case PCIE_SWITCH, SCALEUP_SWITCH, NETWORK_SWITCH -> "SW";
            case CXL_MEMORY_CONTROLLER -> "MEM";
            default -> "";
        };
    }

    private record Geometry(double ox, double top, double s) {
        double x(double lx) {
            return ox + lx * s;
        }

        double y(double ly) {
            return top - ly * s;
        }
    }
}
