package org.podforge.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.podforge.model.Plural;

/**
 * Draws the front elevations of up to N racks side by side in a sheet's drawing area: for each rack a header (name,
 * part, U used, power draw against budget), the rails with every U numbered (every fifth when the units are small),
 * and each chassis as a box tinted by its {@link ChassisKind} with its name, part and contents. A chassis that
 * overlaps another or leaves the rack is outlined in red, dashed, with the reason.
 */
final class ElevationSheet {
    static final int CONFLICT_RGB = 0xC62828;
    static final int EMPTY_RGB = 0xFFFFFF;
    private static final double RACK_HEADER_H = 36;
    private static final double RAIL_W = 18;
    private static final double MAX_RACK_W = 230;
    private static final double COLUMN_GAP = 18;

    private ElevationSheet() {
    }

    static List<SheetFrame.LegendItem> legend() {
        List<SheetFrame.LegendItem> out = new ArrayList<>();
        for (ChassisKind k : ChassisKind.legend()) {
            out.add(new SheetFrame.LegendItem(k.rgb(), 0x333333, false, k.label()));
        }
        out.add(new SheetFrame.LegendItem(EMPTY_RGB, 0xBBBBBB, false, "Free U"));
        out.add(new SheetFrame.LegendItem(null, CONFLICT_RGB, true, "Overlap, or outside the rack"));
        out.add(new SheetFrame.LegendItem(null, 0x333333, true, "Height unknown (drawn 1U)"));
        return out;
    }

    static void draw(PdfDraw d, SheetFrame.Area a, List<RackElevation> racks, int columns) throws IOException {
        double colW = (a.w() - COLUMN_GAP * (columns - 1)) / columns;
        int maxU = 1;
        for (RackElevation r : racks) {
            maxU = Math.max(maxU, r.heightU());
        }
        // one scale for every rack of the sheet, so that a 1U chassis is the same height in each
        double unitH = Math.min(18, (a.h() - RACK_HEADER_H - 14) / maxU);
        for (int i = 0; i < racks.size(); i++) {
            double cx = a.x() + i * (colW + COLUMN_GAP);
            drawRack(d, racks.get(i), cx, a.y() + a.h(), colW, unitH);
        }
    }

    private static void drawRack(PdfDraw d, RackElevation r, double x, double top, double colW, double unitH) throws IOException {
        double bodyW = Math.min(MAX_RACK_W, colW - 2 * RAIL_W);
        double rx = x + RAIL_W + Math.max(0, (colW - 2 * RAIL_W - bodyW) / 2);
        double headerW = colW;
        d.text(PdfDraw.BOLD, 10.5, x, top - 11, r.label(), headerW);
        String part = r.partNumber() + " · " + r.usedU() + " of " + r.heightU() + " U used"
                + (r.heightKnown() ? "" : " (rack height not in the catalog)") + " · id " + r.rackId();
        d.text(PdfDraw.REGULAR, 7, x, top - 21, part, headerW);
        d.text(PdfDraw.REGULAR, 7, x, top - 30, r.podLabel() + " · " + power(r), headerW);
        double rackTop = top - RACK_HEADER_H;
        double rackBottom = rackTop - r.heightU() * unitH;
        // rails and the empty rack
        d.rect(rx - RAIL_W, rackBottom, RAIL_W, rackTop - rackBottom, 0xF2F2F2, 0x333333, 0.6);
        d.rect(rx + bodyW, rackBottom, RAIL_W, rackTop - rackBottom, 0xF2F2F2, 0x333333, 0.6);
        d.rect(rx, rackBottom, bodyW, rackTop - rackBottom, EMPTY_RGB, 0x333333, 0.6);
        double numSize = Math.min(6.5, unitH * 0.7);
        int every = unitH >= 6 ? 1 : 5;
        for (int u = 1; u <= r.heightU(); u++) {
            double uy = rackBottom + (u - 1) * unitH;
            d.line(rx, uy, rx + bodyW, uy, 0xDDDDDD, 0.25);
            if (u % every == 0 || every == 1) {
                String n = Integer.toString(u);
                d.textCentred(PdfDraw.REGULAR, numSize, rx - RAIL_W / 2, uy + (unitH - numSize) / 2 + 0.8, n, RAIL_W - 2);
                d.textCentred(PdfDraw.REGULAR, numSize, rx + bodyW + RAIL_W / 2, uy + (unitH - numSize) / 2 + 0.8, n, RAIL_W - 2);
            }
        }
        for (RackElevation.Mounted m : r.mounted()) {
            int lo = Math.max(1, m.uBottom());
            int hi = Math.min(r.heightU(), m.uTop());
            boolean outside = hi < lo;
            if (outside) {
                // entirely outside the rack: draw it just above the rack top, so that it still shows
                lo = r.heightU() + 1;
                hi = r.heightU() + m.heightU();
            }
            double by = rackBottom + (lo - 1) * unitH;
            double bh = (hi - lo + 1) * unitH;
            boolean dashed = m.conflict() != null || !m.heightKnown();
            d.rect(rx + 1, by + 0.6, bodyW - 2, bh - 1.2, m.kind().rgb(), null, 0);
            if (dashed) {
                d.dashed(true);
            }
            d.rect(rx + 1, by + 0.6, bodyW - 2, bh - 1.2, null, m.conflict() != null ? CONFLICT_RGB : 0x333333, m.conflict() != null ? 1.4 : 0.7);
            if (dashed) {
                d.dashed(false);
            }
            labelChassis(d, m, rx + 4, by, bodyW - 8, bh);
        }
    }

    private static void labelChassis(PdfDraw d, RackElevation.Mounted m, double x, double by, double w, double bh) throws IOException {
        String u = m.heightU() == 1 ? "U" + m.uBottom() : "U" + m.uBottom() + "-" + m.uTop();
        double size = Math.max(4, Math.min(8, bh * 0.62));
        double small = size * 0.92;
        double line = size * 1.25;
        int room = Math.max(1, (int) Math.floor((bh - 2) / line));
        double uW = PdfDraw.width(PdfDraw.REGULAR, size * 0.9, u) + 4;
        if (room == 1) {
            // a 1U chassis at a small scale: name and part on one line
            double y = by + bh / 2 - size * 0.35;
            d.textRight(PdfDraw.REGULAR, size * 0.9, x + w, y, u);
            d.text(PdfDraw.BOLD, size, x, y, m.label() + "  " + m.partNumber() + (m.conflict() != null ? "  ! " + m.conflict() : ""), w - uW);
            return;
        }
        List<String> more = new ArrayList<>();
        more.add(m.partNumber());
        if (m.conflict() != null) {
            more.add("! " + m.conflict());
        }
        more.addAll(wrap(m.contents(), small, w));
        more.add(m.partName() + (m.heightKnown() ? "" : " (height not in the catalog)"));
        int lines = Math.min(1 + more.size(), room);
        double y = by + bh / 2 + (lines * line) / 2 - size;
        d.textRight(PdfDraw.REGULAR, size * 0.9, x + w, y, u);
        d.text(PdfDraw.BOLD, size, x, y, m.label(), w - uW);
        for (int i = 1; i < lines; i++) {
            String s = more.get(i - 1);
            if (s.startsWith("! ")) {
                d.fill(CONFLICT_RGB);
            }
            d.text(PdfDraw.REGULAR, small, x, y - i * line, s, w);
            d.fill(0x000000);
        }
    }

    /** Comma-separated contents on as many lines as the width needs. */
    private static List<String> wrap(String contents, double size, double w) {
        List<String> out = new ArrayList<>();
        if (contents.isEmpty()) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (String item : contents.split(", ")) {
            String next = cur.length() == 0 ? item : cur + ", " + item;
            if (cur.length() > 0 && PdfDraw.width(PdfDraw.REGULAR, size, PdfDraw.printable(PdfDraw.REGULAR, next)) > w) {
                out.add(cur + ",");
                cur = new StringBuilder(item);
            } else {
                cur = new StringBuilder(next);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static String power(RackElevation r) {
        if (r.powerW() == null) {
            return "power not computed";
        }
        String draw = (r.powerEstimate() ? "~" : "") + kw(r.powerW()) + (r.powerUnknownParts() > 0 ? " known (" + Plural.of(r.powerUnknownParts(), "part") + " unknown)" : "");
        return r.budgetW() == null ? draw + " drawn (no budget)" : draw + " of " + kw(r.budgetW()) + " budget";
    }

    private static String kw(double w) {
        return String.format(Locale.ROOT, "%.1f kW", w / 1000.0);
    }
}
