package org.podforge.catalog;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podforge.model.Part;

/**
 * The user catalog: a folder of part files ({@code *.json}, each {@code {"parts": [...]}} as in
 * {@code catalog/parts/}) that the app and the command line load beside the catalog, so a part the
 * catalog lacks can be added without rebuilding (e.g. by {@code podforge catalog import-netbox}). A broken
 * file, or a part number the catalog already has, is reported and that file is left out; the rest loads.
 */
public final class UserCatalog {
    private static final ObjectMapper WRITER = new ObjectMapper();

    private UserCatalog() {
    }

    /**
     * @param catalog   the catalog with the user's parts added
     * @param userParts the parts that came from the folder
     * @param problems  one sentence per file left out (file, why, what to do)
     * @param files     the file each user part came from, by part number
     */
    public record Loaded(Catalog catalog, List<Part> userParts, List<String> problems, Map<String, Path> files) {
    }

    /** {@code base} plus the parts of every {@code *.json} file in {@code dir} (none when it does not exist). */
    public static Loaded extend(Catalog base, Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return new Loaded(base, List.of(), List.of(), Map.of());
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            return new Loaded(base, List.of(), List.of("cannot list the user catalog " + dir + ": " + e.getMessage()), Map.of());
        }
        files.sort(null);
        List<Part> all = new ArrayList<>(base.all());
        List<Part> user = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path f : files) {
            List<Part> parts;
            try (InputStream in = Files.newInputStream(f)) {
                parts = readParts(f.toString(), CatalogLoader.parse(f.toString(), in));
            } catch (IOException e) {
                problems.add("cannot read " + f + ": " + e.getMessage() + "; its parts are not loaded");
                continue;
            } catch (CatalogException | InvalidJsonException e) {
                problems.add(e.getMessage() + "; its parts are not loaded (fix or delete the file)");
                continue;
            }
            String clash = null;
            for (Part p : parts) {
                if (base.contains(p.partNumber())) {
                    clash = p.partNumber() + " is already in the catalog (" + base.require(p.partNumber()).name() + ")";
                } else if (seen.containsKey(p.partNumber())) {
                    clash = p.partNumber() + " is also in " + seen.get(p.partNumber());
                }
            }
            if (clash != null) {
                problems.add(f + ": part " + clash + "; its parts are not loaded (change the partNumber in the file, or delete it)");
                continue;
            }
            parts.forEach(p -> seen.put(p.partNumber(), f));
            all.addAll(parts);
            user.addAll(parts);
        }
        return new Loaded(user.isEmpty() ? base : new Catalog(all), List.copyOf(user), List.copyOf(problems), Map.copyOf(seen));
    }

    /** Reads a part file's content with the catalog's own rules (unknown fields, units, sources...). */
    public static List<Part> readParts(String name, JsonNode file) {
        JsonFields root = new JsonFields(name, "", file);
        root.allowOnly(Set.of("parts", "comment"));
        List<Part> parts = new ArrayList<>();
        for (JsonFields pf : root.objects("parts")) {
            parts.add(CatalogLoader.readPart(pf));
        }
        if (parts.isEmpty()) {
            throw root.error("parts", "the file lists no part");
        }
        return parts;
    }

    /** A part file as written to the user catalog: pretty-printed, two-space indent, LF line ends, final newline. */
    public static byte[] toBytes(JsonNode partFile) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (WRITER.writer(pp).writeValueAsString(partFile) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException("cannot write a part file: " + e.getMessage(), e);
        }
    }
}
