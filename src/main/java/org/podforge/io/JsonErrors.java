package org.podforge.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;

/**
 * Turns the parser's complaints into a user's message: every rejection names the file, a line and column
 * and, where the parser knows it, the JSON path (pods[0].links[3].lanes); a file that ends in the middle of
 * the JSON always gets the "looks truncated" message, whichever parser layer noticed.
 */
final class JsonErrors {
    static final String TRUNCATED = "the file ends in the middle of the JSON (it looks truncated). Restore it from git or "
            + "a backup; PodForge's autosave may also hold a copy.";

    private JsonErrors() {
    }

    /**
     * @param reading the parser that was reading the file (for the position when the exception carries none,
     *                as the stream constraints on nesting depth, number and string length do)
     */
    static ProjectFileException of(String name, JsonProcessingException e, JsonParser reading) {
        JsonLocation loc = e.getLocation();
        JsonParser parser = e.getProcessor() instanceof JsonParser ? (JsonParser) e.getProcessor() : reading;
        if ((loc == null || loc.getLineNr() < 1) && parser != null) {
            loc = parser.currentLocation();
        }
        String at = loc == null || loc.getLineNr() < 1 ? " at the start" : " line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String path = parser == null ? "" : path(parser.getParsingContext());
        String where = at + (path.isEmpty() ? "" : " (at " + path + ")") + ": ";
        String msg = e.getOriginalMessage() == null ? e.toString() : e.getOriginalMessage();
        if (truncated(e, msg)) {
            return new ProjectFileException(name + ":" + where + TRUNCATED, e);
        }
        if (msg.startsWith("Duplicate field")) {
            return new ProjectFileException(name + ":" + where + msg.replace("Duplicate field", "the key")
                    + " appears twice in one object; PodForge never lets one silently win. Keep the right one and delete the other.", e);
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return new ProjectFileException(name + ":" + where + "beyond what PodForge reads (" + firstLine(msg)
                    + "). No design comes near this limit; check that this is the right file.", e);
        }
        return new ProjectFileException(name + ":" + where + "not valid JSON (" + firstLine(msg) + ").", e);
    }

    static boolean truncated(JsonProcessingException e, String msg) {
        return e instanceof JsonEOFException || msg.toLowerCase(Locale.ROOT).contains("end-of-input");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String one = nl < 0 ? s : s.substring(0, nl);
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    /** pods[0].links[3].lanes from the parser's context. */
    static String path(JsonStreamContext ctx) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<JsonStreamContext> chain = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                sb.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                String n = c.getCurrentName();
                sb.append(n.length() > 60 ? n.substring(0, 60) + "…" : n);
            }
        }
        return sb.toString();
    }
}
