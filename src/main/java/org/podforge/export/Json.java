package org.podforge.export;

import java.util.Locale;

/** A minimal JSON writer (Jackson stays in io/catalog): objects, arrays, escaped strings, numbers. */
final class Json {
    private final StringBuilder sb = new StringBuilder();
    private final boolean[] first = new boolean[64];
    private int depth;
    private boolean afterKey;

    Json object() {
        value();
        sb.append('{');
        first[++depth] = true;
        return this;
    }

    Json end(char c) {
        depth--;
        sb.append(c);
        return this;
    }

    Json endObject() {
        return end('}');
    }

    Json array() {
        value();
        sb.append('[');
        first[++depth] = true;
        return this;
    }

    Json endArray() {
        return end(']');
    }

    Json key(String k) {
        comma();
        string(k);
        sb.append(':');
        afterKey = true;
        return this;
    }

    Json str(String v) {
        value();
        if (v == null) {
            sb.append("null");
        } else {
            string(v);
        }
        return this;
    }

    Json num(Double v) {
        value();
        if (v == null || v.isNaN() || v.isInfinite()) {
            sb.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append(v.longValue());
        } else {
            sb.append(String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", ""));
        }
        return this;
    }

    Json num(long v) {
        value();
        sb.append(v);
        return this;
    }

    Json bool(boolean v) {
        value();
        sb.append(v);
        return this;
    }

    private void value() {
        if (afterKey) {
            afterKey = false;
        } else {
            comma();
        }
    }

    private void comma() {
        if (depth > 0) {
            if (!first[depth]) {
                sb.append(',');
            }
            first[depth] = false;
        }
    }

    private void string(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
