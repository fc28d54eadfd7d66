package org.podforge.export;

/**
 * The one place that makes text from a design safe to put in a spreadsheet cell. Every CSV field and
 * every workbook cell (POI-written or streamed) goes through {@link #cell}; names and part numbers go
 * through {@link #name} first. New exporters must use it too. docs/export.md states the rule:
 * <ol>
 *   <li><b>XML 1.0</b>: characters XML 1.0 cannot carry (C0 controls but tab, LF and CR; U+FFFE, U+FFFF;
 *       lone surrogates) are replaced by U+FFFD, so the workbook always opens;</li>
 *   <li><b>formulas</b> (OWASP "CSV Injection"): text that starts with {@code =}, {@code +}, {@code -},
 *       {@code @}, tab or CR (or their full-width forms) gets a leading apostrophe, so no spreadsheet
 *       reads it as a formula; a plain number such as {@code -12.5} is left alone;</li>
 *   <li><b>length</b>: a cell holds at most {@value #MAX_CELL} characters (Excel's limit) and a name at most
 *       {@value #MAX_NAME}; longer text is cut and ends with a marker saying how long it was.</li>
 * </ol>
 * All three are idempotent: applying them twice gives the same text.
 */
public final class SafeText {
    /** Excel's limit on the characters in one cell. */
    public static final int MAX_CELL = 32_767;
    /** Names, ids and part numbers longer than this are cut in outputs (the design keeps them whole). */
    public static final int MAX_NAME = 256;

    public static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** Text for one spreadsheet cell (CSV field or workbook cell): XML-safe, never a formula, at most {@value #MAX_CELL} characters. */
    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        return cap(neutralise(xml(s)), MAX_CELL);
    }

    /** A name, id or part number for an output: {@link #cell} and at most {@value #MAX_NAME} characters. */
    public static String name(String s) {
        if (s == null) {
            return "";
        }
        return cap(neutralise(xml(s)), MAX_NAME);
    }

    /** True when a spreadsheet would read this text as a formula (or a DDE call). */
    public static boolean looksLikeFormula(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        switch (s.charAt(0)) {
            case '=':
            case '@':
            case '\t':
            case '\r':
            case '\uFF1D': // full-width = + - @
            case '\uFF0B':
            case '\uFF0D':
            case '\uFF20':
                return true;
            case '+':
            case '-':
                return !isPlainNumber(s);
            default:
                return false;
        }
    }

    /** OWASP: a leading apostrophe makes the spreadsheet take the cell as text. */
    static String neutralise(String s) {
        return looksLikeFormula(s) ? "'" + s : s;
    }

    /** {@code -12}, {@code +3.5}: a number a spreadsheet shows as a number, never a formula. */
    static boolean isPlainNumber(String s) {
        int n = s.length();
        int i = 1;
        boolean digits = false;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits;
    }

    /** True for a character XML 1.0 allows (tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD; pairs checked by {@link #xml}). */
    static boolean xmlChar(char c) {
        return c >= 0x20 && c <= 0xD7FF || c == '\t' || c == '\n' || c == '\r' || c >= 0xE000 && c <= 0xFFFD;
    }

    /** Replaces every character XML 1.0 forbids (and every lone surrogate) by U+FFFD. */
    public static String xml(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && xmlChar(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (xmlChar(c)) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(REPLACEMENT);
            }
        }
        return sb.toString();
    }

    /** Cuts text longer than {@code max} characters, ending it with a marker that says how long it was. */
    static String cap(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        String mark = " … [cut: " + s.length() + " characters]";
        int end = max - mark.length();
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return s.substring(0, Math.max(0, end)) + mark;
    }
}
