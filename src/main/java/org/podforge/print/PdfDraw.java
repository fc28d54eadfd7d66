package org.podforge.print;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Drawing primitives on one PDF page in points (origin bottom left), with text made safe for the standard
 * Helvetica fonts: characters those fonts cannot encode (WinAnsi) print as '?', control and bidi characters are
 * dropped, so any name in a design prints and no name can break the file. Text that does not fit is cut with '…'.
 */
final class PdfDraw {
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final Map<PDFont, Map<Integer, Boolean>> ENCODABLE = new HashMap<>();

    private final PDPageContentStream cs;

    PdfDraw(PDPageContentStream cs) {
        this.cs = cs;
    }

    /** The text as the font will print it: unencodable characters as '?', control and bidi characters dropped. */
    static String printable(PDFont font, String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                if (cp == '\t' || cp == '\n' || cp == '\r') {
                    b.append(' ');
                }
                return;
            }
            b.appendCodePoint(encodable(font, cp) ? cp : '?');
        });
        return b.toString();
    }

    private static boolean encodable(PDFont font, int cp) {
        synchronized (ENCODABLE) {
            return ENCODABLE.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
        }
    }

    static double width(PDFont font, double size, String printable) {
        try {
            return font.getStringWidth(printable) / 1000.0 * size;
        } catch (IOException e) {
            return printable.length() * size * 0.6;
        }
    }

    /** {@code s} cut with '…' so that it is at most {@code maxWidth} wide (empty when not even '…' fits). */
    static String fit(PDFont font, double size, String s, double maxWidth) {
        String p = printable(font, s);
        if (width(font, size, p) <= maxWidth) {
            return p;
        }
        int lo = 0;
        int hi = p.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(font, size, p.substring(0, mid) + "…") <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? (width(font, size, "…") <= maxWidth ? "…" : "") : p.substring(0, lo).stripTrailing() + "…";
    }

    /** Text with its baseline at y, cut to maxWidth. */
    void text(PDFont font, double size, double x, double y, String s, double maxWidth) throws IOException {
        String t = fit(font, size, s, maxWidth);
        if (t.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, (float) size);
        cs.newLineAtOffset((float) x, (float) y);
        cs.showText(t);
        cs.endText();
    }

    /** Text right-aligned on x. */
    void textRight(PDFont font, double size, double x, double y, String s) throws IOException {
        String t = printable(font, s);
        text(font, size, x - width(font, size, t), y, t, Double.MAX_VALUE);
    }

    /** Text centred on x, cut to maxWidth. */
    void textCentred(PDFont font, double size, double x, double y, String s, double maxWidth) throws IOException {
        String t = fit(font, size, s, maxWidth);
        text(font, size, x - width(font, size, t) / 2, y, t, Double.MAX_VALUE);
    }

    void fill(int rgb) throws IOException {
        cs.setNonStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    void stroke(int rgb, double lineWidth) throws IOException {
        cs.setStrokingColor(((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f);
        cs.setLineWidth((float) lineWidth);
    }

    void rect(double x, double y, double w, double h, Integer fillRgb, Integer strokeRgb, double lineWidth) throws IOException {
        cs.addRect((float) x, (float) y, (float) w, (float) h);
        if (fillRgb != null && strokeRgb != null) {
            fill(fillRgb);
            stroke(strokeRgb, lineWidth);
            cs.fillAndStroke();
        } else if (fillRgb != null) {
            fill(fillRgb);
            cs.fill();
        } else if (strokeRgb != null) {
            stroke(strokeRgb, lineWidth);
            cs.stroke();
        }
        fill(0x000000);
    }

    /** A circle of radius r centred on (cx, cy), from four Bezier arcs. */
    void circle(double cx, double cy, double r, Integer fillRgb, Integer strokeRgb, double lineWidth) throws IOException {
        float k = (float) (r * 0.5523);
        float x = (float) cx;
        float y = (float) cy;
        float rr = (float) r;
        cs.moveTo(x + rr, y);
        cs.curveTo(x + rr, y + k, x + k, y + rr, x, y + rr);
        cs.curveTo(x - k, y + rr, x - rr, y + k, x - rr, y);
        cs.curveTo(x - rr, y - k, x - k, y - rr, x, y - rr);
        cs.curveTo(x + k, y - rr, x + rr, y - k, x + rr, y);
        cs.closePath();
        if (fillRgb != null && strokeRgb != null) {
            fill(fillRgb);
            stroke(strokeRgb, lineWidth);
            cs.fillAndStroke();
        } else if (fillRgb != null) {
            fill(fillRgb);
            cs.fill();
        } else if (strokeRgb != null) {
            stroke(strokeRgb, lineWidth);
            cs.stroke();
        }
        fill(0x000000);
    }

    void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth) throws IOException {
        stroke(rgb, lineWidth);
        cs.moveTo((float) x1, (float) y1);
        cs.lineTo((float) x2, (float) y2);
        cs.stroke();
    }

    void dashed(boolean on) throws IOException {
        if (on) {
            cs.setLineDashPattern(new float[] {3, 2}, 0);
        } else {
            cs.setLineDashPattern(new float[0], 0);
        }
    }

    PDPageContentStream stream() {
        return cs;
    }
}
