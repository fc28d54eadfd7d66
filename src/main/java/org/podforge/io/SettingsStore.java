package org.podforge.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes the app's {@code settings.json} (Jackson stays in io). A missing file gives the
 * defaults; an unreadable or malformed one gives the defaults plus a problem text (the app logs it and
 * rewrites the file on the next save, so a broken settings file never stops the app from starting).
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    /** Settings read from disk, with what went wrong reading them (empty when nothing did). */
    public record Loaded(AppSettings settings, String problem) {
    }

    private final Path file;

    public SettingsStore(Path dir) {
        this.file = dir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(AppSettings.defaults(), "");
        } catch (IOException e) {
            return new Loaded(AppSettings.defaults(), file + ": cannot be read (" + e.getMessage() + "); using defaults.");
        }
        try {
            JsonNode n = MAPPER.readTree(bytes);
            if (n == null || !n.isObject()) {
                return new Loaded(AppSettings.defaults(), file + ": not a JSON object; using defaults.");
            }
            AppSettings d = AppSettings.defaults();
            List<String> recent = new ArrayList<>();
            JsonNode r = n.path("recentFiles");
            if (r.isArray()) {
                for (JsonNode f : r) {
                    if (f.isTextual() && !f.asText().isBlank()) {
                        recent.add(f.asText());
                    }
                }
            }
            JsonNode w = n.path("window");
            return new Loaded(new AppSettings(n.path("theme").asText(d.theme()), recent,
                    w.path("width").asDouble(d.windowWidth()), w.path("height").asDouble(d.windowHeight()),
                    w.path("maximized").asBoolean(false), n.path("firstStartDone").asBoolean(false)), "");
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                    ? " at line " + jpe.getLocation().getLineNr() + ", column " + jpe.getLocation().getColumnNr() : "";
            return new Loaded(AppSettings.defaults(), file + ": malformed JSON" + where + "; using defaults.");
        }
    }

    /** Writes the settings atomically (temp file + move), creating the directory if needed. */
    public void save(AppSettings s) throws IOException {
        Map<String, Object> root = new TreeMap<>();
        root.put("theme", s.theme());
        root.put("recentFiles", s.recentFiles());
        Map<String, Object> w = new TreeMap<>();
        w.put("width", s.windowWidth());
        w.put("height", s.windowHeight());
        w.put("maximized", s.maximized());
        root.put("window", w);
        root.put("firstStartDone", s.firstStartDone());
        byte[] bytes = (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        ProjectWriter.writeAtomically(file, bytes);
    }
}
