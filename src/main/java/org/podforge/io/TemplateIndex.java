package org.podforge.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.podforge.catalog.InvalidJsonException;
import org.podforge.catalog.JsonFields;

/**
 * Reads the template index ({@code docs/examples/templates.json}, embedded in the jar as
 * {@code /examples/templates.json}): one entry per template, naming its design file in the same directory.
 * The name and the description (with its sources and what is illustrative) come from the design file itself,
 * so registering a template is one line.
 */
public final class TemplateIndex {
    /** One registered template: a stable id, the design file next to the index, a group for the list, and
     * {@code palette}: true when its one server chassis is offered in the palette as a pre-wired server. */
    public record Entry(String id, String file, String group, boolean palette) {
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.podforge\\.json");

    private TemplateIndex() {
    }

    /**
     * The top-level {@code name} of a design file, read with a streaming parser that skips everything else (a
     * list of templates shows names without building each design). Null when the file has none or is not JSON.
     */
    public static String designName(java.io.InputStream in) {
        try (com.fasterxml.jackson.core.JsonParser jp = new com.fasterxml.jackson.core.JsonFactory().createParser(in)) {
            if (jp.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return null;
            }
            while (jp.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String field = jp.currentName();
                com.fasterxml.jackson.core.JsonToken t = jp.nextToken();
                if ("name".equals(field) && t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    return jp.getText();
                }
                jp.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Parses an index; every error names the file, the entry and what to fix. */
    public static List<Entry> parse(String name, byte[] bytes) throws ProjectFileException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (IOException e) {
            throw new ProjectFileException(name + ": not valid JSON (" + e.getMessage() + ").", e);
        }
        if (root == null || !root.isObject()) {
            throw new ProjectFileException(name + ": expected an object with \"format\": \"podforge-templates\" and \"templates\".");
        }
        try {
            JsonFields f = new JsonFields(name, "", root);
            f.allowOnly(Set.of("format", "comment", "templates"));
            if (!"podforge-templates".equals(f.text("format"))) {
                throw f.error("format", "must be \"podforge-templates\"");
            }
            List<Entry> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (JsonFields t : f.objects("templates")) {
                t.allowOnly(Set.of("id", "file", "group", "palette"));
                String id = t.text("id");
                if (!ID.matcher(id).matches()) {
                    throw t.error("id", "'" + id + "' is not a template id (lower-case letters, digits and '-')");
                }
                if (!ids.add(id)) {
                    throw t.error("id", "'" + id + "' is registered twice");
                }
                String file = t.text("file");
                if (!FILE.matcher(file).matches()) {
                    throw t.error("file", "'" + file + "' is not a design file next to the index (NAME.podforge.json)");
                }
                String group = t.optText("group");
                out.add(new Entry(id, file, group == null || group.isBlank() ? "Designs" : group, t.optBool("palette", false)));
            }
            return List.copyOf(out);
        } catch (InvalidJsonException e) {
            throw new ProjectFileException(e.getMessage(), e);
        }
    }
}
