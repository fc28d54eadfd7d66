package org.podforge.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the CLI prints goes through this writer: control characters (C0 but tab and line ends, DEL,
 * C1) and the Unicode bidi and line-separator controls that can hide or reorder text in a terminal are
 * printed as {@code \}{@code uXXXX}. Names from a design can then never clear a screen, recolour the
 * terminal or turn "rack-1" into something that reads differently. The {@code \}{@code uXXXX} form is also
 * a valid JSON string escape, so JSON output stays valid and means the same. A CR is kept only as part of
 * a CRLF line end (CSV output).
 */
final class TerminalSafeWriter extends FilterWriter {
    private boolean pendingCr;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    /** True for characters a terminal must not receive raw. */
    static boolean unsafe(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        return c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029';
    }

    /** The text as it is printed: unsafe characters as {@code \}{@code uXXXX} (CR kept only before LF). */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                sb.append(c);
            } else if (unsafe(c)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingCr) {
            pendingCr = false;
            out.write(ch == '\n' ? "\r" : "\\u000D");
        }
        if (ch == '\r') {
            pendingCr = true;
        } else if (unsafe(ch)) {
            out.write(String.format("\\u%04X", c & 0xFFFF));
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = cbuf[i];
            if (!pendingCr && !unsafe(c)) {
                int j = i;
                while (j < off + len && !unsafe(cbuf[j])) {
                    j++;
                }
                out.write(cbuf, i, j - i);
                i = j - 1;
            } else {
                write(c);
            }
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }

    @Override
    public void flush() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write("\\u000D");
        }
        super.flush();
    }
}
