package org.podforge.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it holds a
 * comma, a double quote, CR or LF or starts/ends with a space, and quotes inside doubled. Numbers are
 * written with a dot and no grouping, whatever the platform locale.
 */
public final class Csv {
    private Csv() {
    }

    /** One field: made safe by {@link SafeText#cell} (never a formula, XML-safe, capped), then quoted as RFC 4180 says. */
    public static String field(String raw) {
        if (raw == null) {
            return "";
        }
        String s = SafeText.cell(raw);
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '));
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    public static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** A number as plain decimal text ("1234.5", "12"), "" for null or NaN. */
    public static String number(Double d) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        String s = String.format(Locale.ROOT, "%.6f", d);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    public static String number(long n) {
        return Long.toString(n);
    }
}
