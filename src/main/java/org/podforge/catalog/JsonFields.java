package org.podforge.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Strict, location-aware reading of JSON objects for the catalog and project files: every error names
 * the file, the JSON path ({@code pods[0].racks[1].heightU}) and what was expected.
 */
public final class JsonFields {
    private final String file;
    private final String path;
    private final JsonNode node;

    public JsonFields(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (node == null || !node.isObject()) {
            throw error("expected an object, found " + describe(node));
        }
    }

    public String path() {
        return path;
    }

    public JsonNode node() {
        return node;
    }

    public String where() {
        return file + (path.isEmpty() ? "" : " at " + path);
    }

    public InvalidJsonException error(String what) {
        return new InvalidJsonException(file, path, what);
    }

    public InvalidJsonException error(String field, String what) {
        return new InvalidJsonException(file, child(field), what);
    }

    private String child(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Fails on any field not in {@code allowed}, naming it (a typo must not silently drop data). */
    public void allowOnly(Set<String> allowed) {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw error(f, "unknown field '" + f + "'; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    public boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    public String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw error(field, "the field '" + field + "' is missing");
        }
        if (!v.isTextual()) {
            throw error(field, "expected text, found " + describe(v));
        }
        return v.asText();
    }

    public String optText(String field) {
        return has(field) ? text(field) : null;
    }

    public boolean optBool(String field, boolean dflt) {
        if (!has(field)) {
            return dflt;
        }
        JsonNode v = node.get(field);
        if (!v.isBoolean()) {
            throw error(field, "expected true or false, found " + describe(v));
        }
        return v.asBoolean();
    }

    public int integer(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw error(field, "the field '" + field + "' is missing");
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw error(field, "expected a whole number, found " + describe(v));
        }
        return v.asInt();
    }

    public Integer optInt(String field) {
        return has(field) ? integer(field) : null;
    }

    public double number(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw error(field, "the field '" + field + "' is missing");
        }
        if (!v.isNumber()) {
            throw error(field, "expected a number, found " + describe(v));
        }
        double d = v.asDouble();
        if (!Double.isFinite(d)) {
            throw error(field, "expected a finite number, found " + v);
        }
        return d;
    }

    public Double optNumber(String field) {
        return has(field) ? number(field) : null;
    }

    /** A non-negative number, or null when absent. */
    public Double optNonNegative(String field) {
        Double d = optNumber(field);
        if (d != null && d < 0) {
            throw error(field, "expected zero or more, found " + d);
        }
        return d;
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String t = text(field);
        try {
            return Enum.valueOf(type, t.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw error(field, "'" + t + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public <E extends Enum<E>> E optEnum(String field, Class<E> type) {
        return has(field) ? enumValue(field, type) : null;
    }

    public List<String> textList(String field) {
        List<String> out = new ArrayList<>();
        if (!has(field)) {
            return out;
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            throw error(field, "expected a list, found " + describe(v));
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                throw new InvalidJsonException(file, child(field) + "[" + i + "]", "expected text, found " + describe(e));
            }
            out.add(e.asText());
        }
        return out;
    }

    public <E extends Enum<E>> List<E> enumList(String field, Class<E> type) {
        List<E> out = new ArrayList<>();
        List<String> names = textList(field);
        for (int i = 0; i < names.size(); i++) {
            String t = names.get(i);
            try {
                out.add(Enum.valueOf(type, t.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new InvalidJsonException(file, child(field) + "[" + i + "]",
                        "'" + t + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
        }
        return out;
    }

    /** The objects of an array field, each wrapped with its own path. */
    public List<JsonFields> objects(String field) {
        List<JsonFields> out = new ArrayList<>();
        if (!has(field)) {
            return out;
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            throw error(field, "expected a list, found " + describe(v));
        }
        for (int i = 0; i < v.size(); i++) {
            out.add(new JsonFields(file, child(field) + "[" + i + "]", v.get(i)));
        }
        return out;
    }

    public JsonFields object(String field) {
        if (!has(field)) {
            throw error(field, "the field '" + field + "' is missing");
        }
        return new JsonFields(file, child(field), node.get(field));
    }

    public <T> T mapObject(String field, Function<JsonFields, T> f) {
        return has(field) ? f.apply(object(field)) : null;
    }

    public static String describe(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isTextual()) {
            return "text \"" + v.asText() + "\"";
        }
        return v.getNodeType().name().toLowerCase(Locale.ROOT) + " " + v;
    }
}
