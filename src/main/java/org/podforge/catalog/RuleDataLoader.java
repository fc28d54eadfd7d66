package org.podforge.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rule thresholds listed under {@code "rules"} in {@code catalog/index.json}
 * ({@code catalog/rules/*.json}): flat keys with a value, a unit, a basis and a source. The rules engine
 * turns them into its thresholds; keeping the JSON reading here keeps Jackson out of the rules layer.
 */
public final class RuleDataLoader {

    /** One threshold: {@code reach.pcie.gen6.PCB = 0.0889 m}, why, and where it comes from. */
    public record Entry(String key, double value, String unit, String basis, String url, boolean estimate, String file) {
    }

    private static volatile List<Entry> builtIn;

    private RuleDataLoader() {
    }

    /** The thresholds shipped inside the application (cached). */
    public static List<Entry> builtIn() {
        List<Entry> b = builtIn;
        if (b == null) {
            synchronized (RuleDataLoader.class) {
                b = builtIn;
                if (b == null) {
                    b = load(new CatalogLoader.ClasspathSource());
                    builtIn = b;
                }
            }
        }
        return b;
    }

    /** The thresholds of a catalog directory laid out like the repository's {@code catalog/}. */
    public static List<Entry> load(Path catalogDir) {
        return load(new CatalogLoader.DirSource(catalogDir));
    }

    static List<Entry> load(CatalogLoader.Source src) {
        JsonFields index = new JsonFields(src.name("index.json"), "", src.read("index.json"));
        Map<String, Entry> out = new LinkedHashMap<>();
        for (String f : index.textList("rules")) {
            String name = src.name(f);
            JsonFields root = new JsonFields(name, "", src.read(f));
            root.allowOnly(Set.of("comment", "thresholds"));
            for (JsonFields t : root.objects("thresholds")) {
                t.allowOnly(Set.of("key", "value", "unit", "basis", "url", "estimate"));
                String key = t.text("key");
                Entry e = new Entry(key, t.number("value"), t.text("unit"), t.text("basis"),
                        t.optText("url") == null ? "" : t.optText("url"), t.optBool("estimate", false), name);
                Entry prev = out.put(key, e);
                if (prev != null) {
                    throw t.error("key", "the threshold '" + key + "' is also defined in " + prev.file());
                }
            }
        }
        return List.copyOf(new ArrayList<>(out.values()));
    }
}
