package org.podforge.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one JSON writer of PodForge's outputs ({@code bom --format json}, {@code validate --format json}):
 * a fluent layer over Jackson's streaming {@link JsonGenerator}, so escaping is Jackson's, never
 * hand-made. Output is pretty-printed. Every document starts with {@code "formatVersion"} (see
 * {@link #document(int)}); docs/schemas/ has a JSON Schema per output. Numbers: whole values as
 * integers, others with at most six decimals; NaN and infinities as null.
 */
public final class JsonOut {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final StringWriter out = new StringWriter();
    private final JsonGenerator g;

    private JsonOut() {
        try {
            g = FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.useDefaultPrettyPrinter();
    }

    /** A new document: an object whose first field is {@code "formatVersion": version}. */
    public static JsonOut document(int formatVersion) {
        JsonOut j = new JsonOut();
        j.object();
        j.key("formatVersion").num(formatVersion);
        return j;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private JsonOut go(Step s) {
        try {
            s.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to a StringWriter does not fail
        }
        return this;
    }

    public JsonOut object() {
        return go(g::writeStartObject);
    }

    public JsonOut endObject() {
        return go(g::writeEndObject);
    }

    public JsonOut array() {
        return go(g::writeStartArray);
    }

    public JsonOut endArray() {
        return go(g::writeEndArray);
    }

    public JsonOut key(String k) {
        return go(() -> g.writeFieldName(k));
    }

    public JsonOut str(String v) {
        return go(() -> {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        });
    }

    public JsonOut num(Double v) {
        return go(() -> {
            if (v == null || v.isNaN() || v.isInfinite()) {
                g.writeNull();
            } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                g.writeNumber(v.longValue());
            } else {
                g.writeNumber(BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros());
            }
        });
    }

    public JsonOut num(long v) {
        return go(() -> g.writeNumber(v));
    }

    public JsonOut bool(boolean v) {
        return go(() -> g.writeBoolean(v));
    }

    /** Closes what is still open (Jackson's auto-close) and returns the text, ending with a newline. */
    public String finish() {
        go(g::close);
        return out + "\n";
    }
}
