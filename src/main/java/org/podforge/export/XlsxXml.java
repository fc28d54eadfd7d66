package org.podforge.export;

import java.util.regex.Pattern;

/**
 * The small text rules of SpreadsheetML the workbook writer ({@link XlsxPackage}) needs: XML escaping of every text,
 * column letters, sheet names in references, numbers as cell values.
 */
final class XlsxXml {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    private static final Pattern CELL_LIKE = Pattern.compile("(?i)[A-Z]{1,3}[0-9]+|R[0-9]*C[0-9]*|R|C|TRUE|FALSE");

    private XlsxXml() {
    }

    /** XML text escaping; characters XML 1.0 cannot carry are replaced by U+FFFD ({@link SafeText#xml}). */
    static void escape(StringBuilder sb, String raw) {
        String s = SafeText.xml(raw);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c < 0x20) {
                break;
            }
            i++;
        }
        if (i == n) {
            sb.append(s);
            return;
        }
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\t': sb.append("&#9;"); break;
                case '\n': sb.append("&#10;"); break;
                case '\r': sb.append("&#13;"); break;
                default:
                    sb.append(c);
            }
        }
    }

    static String escape(String raw) {
        StringBuilder sb = new StringBuilder(raw.length() + 16);
        escape(sb, raw);
        return sb.toString();
    }

    /** Column letters of a 0-based column index: 0 is A, 26 is AA. */
    static String col(int idx) {
        StringBuilder sb = new StringBuilder(3);
        int n = idx + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.reverse().toString();
    }

    /** A sheet's name as a reference names it: quoted (quotes doubled) unless it is a plain name, as Excel writes it. */
    static String sheetRef(String name) {
        if (PLAIN_NAME.matcher(name).matches() && !CELL_LIKE.matcher(name).matches()) {
            return name;
        }
        return "'" + name.replace("'", "''") + "'";
    }

    /** An absolute area, {@code Summary!$A$1:$O$36} (0-based rows and columns). */
    static String area(String sheet, int firstRow, int firstCol, long lastRow, int lastCol) {
        return sheetRef(sheet) + "!$" + col(firstCol) + "$" + (firstRow + 1) + ":$" + col(lastCol) + "$" + (lastRow + 1);
    }

    /** A range as a chart names it: {@code Summary!$G$2:$G$12}, a single cell as {@code Summary!$G$2} (as POI and Excel write it). */
    static String range(String sheet, int firstRow, int firstCol, int lastRow, int lastCol) {
        if (firstRow == lastRow && firstCol == lastCol) {
            return sheetRef(sheet) + "!$" + col(firstCol) + "$" + (firstRow + 1);
        }
        return area(sheet, firstRow, firstCol, lastRow, lastCol);
    }

    /** A cell value: integers without a fraction (as Excel writes them), others exactly (shortest round-trip form). */
    static void number(StringBuilder sb, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(v);
        }
    }

    static String numberText(double v) {
        StringBuilder sb = new StringBuilder(24);
        number(sb, v);
        return sb.toString();
    }
}
