package org.podforge.print;

import java.io.IOException;
import java.time.format.DateTimeFormatter;

/**
 * The frame of every printed sheet: a border, the title at the top, and at the bottom a legend (left) and a title
 * block (right) with the project, what the sheet shows, the source file, the date, the sheet number and the
 * PodForge version, as on an engineering drawing.
 */
final class SheetFrame {
    static final double MARGIN = 28;
    static final double HEADER_H = 30;
    static final double FOOTER_H = 78;
    private static final double TITLE_BLOCK_W = 250;

    /** The area left for the drawing, in points. */
    record Area(double x, double y, double w, double h) {
    }

    /** One legend entry: a swatch (fill and outline, dashed or not) and its text. */
    record LegendItem(Integer fill, int outline, boolean dashed, String text) {
    }

    private SheetFrame() {
    }

    static Area draw(PdfDraw d, double pageW, double pageH, String title, String subject, int sheet, int sheets, String project,
                     PrintOptions o, java.util.List<LegendItem> legend) throws IOException {
        double x0 = MARGIN;
        double y0 = MARGIN;
        double w = pageW - 2 * MARGIN;
        double h = pageH - 2 * MARGIN;
        d.rect(x0, y0, w, h, null, 0x000000, 0.8);
        // title
        d.text(PdfDraw.BOLD, 13, x0 + 8, y0 + h - 19, title, w - 150);
        d.textRight(PdfDraw.REGULAR, 9, x0 + w - 8, y0 + h - 18, "Sheet " + sheet + " of " + sheets);
        d.line(x0, y0 + h - HEADER_H, x0 + w, y0 + h - HEADER_H, 0x000000, 0.5);
        // footer: legend left, title block right
        double fy = y0 + FOOTER_H;
        d.line(x0, fy, x0 + w, fy, 0x000000, 0.5);
        double bx = x0 + w - TITLE_BLOCK_W;
        d.line(bx, y0, bx, fy, 0x000000, 0.5);
        String[][] rows = {
            {"Project", project},
            {"Sheet", subject},
            {"Source", o.source()},
            {"Date", o.date().format(DateTimeFormatter.ISO_LOCAL_DATE) + "   Sheet " + sheet + " of " + sheets},
            {"Drawn by", "PodForge " + o.version()},
        };
        double rowH = FOOTER_H / rows.length;
        for (int i = 0; i < rows.length; i++) {
            double ry = fy - (i + 1) * rowH;
            if (i > 0) {
                d.line(bx, ry + rowH, x0 + w, ry + rowH, 0x999999, 0.3);
            }
            d.text(PdfDraw.REGULAR, 6.5, bx + 4, ry + rowH / 2 - 2, rows[i][0], 44);
            d.text(i <= 1 ? PdfDraw.BOLD : PdfDraw.REGULAR, 8, bx + 50, ry + rowH / 2 - 3, rows[i][1], TITLE_BLOCK_W - 54);
        }
        drawLegend(d, x0 + 8, fy - 12, bx - x0 - 16, legend);
        return new Area(x0 + 8, fy + 8, w - 16, h - HEADER_H - FOOTER_H - 16);
    }

    private static void drawLegend(PdfDraw d, double x, double top, double w, java.util.List<LegendItem> items) throws IOException {
        d.text(PdfDraw.BOLD, 8, x, top, "Legend", w);
        double colW = Math.min(180, w / 2);
        int perCol = 5;
        for (int i = 0; i < items.size(); i++) {
            LegendItem it = items.get(i);
            double cx = x + (i / perCol) * colW;
            double cy = top - 13 - (i % perCol) * 11.5;
            if (it.dashed()) {
                d.dashed(true);
            }
            d.rect(cx, cy - 1, 16, 8, it.fill(), it.outline(), it.dashed() ? 1.2 : 0.6);
            if (it.dashed()) {
                d.dashed(false);
            }
            d.text(PdfDraw.REGULAR, 7, cx + 21, cy, it.text(), colW - 24);
        }
    }
}
