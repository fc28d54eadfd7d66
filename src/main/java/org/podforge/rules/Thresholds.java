package org.podforge.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.podforge.catalog.RuleDataLoader;

/**
 * The numbers rules compare against ({@code catalog/rules/*.json}), each with a unit, a basis and a source,
 * with a project's overrides ({@code Project.thresholdOverrides()}) applied on top. A key the data does not
 * define is "not characterized": rules then say so instead of inventing a limit.
 */
public final class Thresholds {

    /** One threshold value and why we believe it. */
    public record Threshold(String key, double value, String unit, String basis, String url, boolean estimate,
                            boolean overridden) {
        /** "2 m (CopprLink external cable ... ; https://...)" style citation. */
        public String cite() {
            if (overridden) {
                return "set in this project";
            }
            return basis + (estimate ? " [estimate]" : "") + (url.isEmpty() ? "" : "; " + url);
        }
    }

    private final Map<String, Threshold> values;

    private Thresholds(Map<String, Threshold> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The shipped thresholds. */
    public static Thresholds builtIn() {
        return of(RuleDataLoader.builtIn());
    }

    public static Thresholds of(List<RuleDataLoader.Entry> entries) {
        Map<String, Threshold> m = new LinkedHashMap<>();
        for (RuleDataLoader.Entry e : entries) {
            m.put(e.key(), new Threshold(e.key(), e.value(), e.unit(), e.basis(), e.url(), e.estimate(), false));
        }
        return new Thresholds(m);
    }

    /** These thresholds with a project's overrides applied (an override may also add a key). */
    public Thresholds withOverrides(Map<String, Double> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<String, Threshold> m = new LinkedHashMap<>(values);
        for (Map.Entry<String, Double> o : overrides.entrySet()) {
            Threshold base = values.get(o.getKey());
            m.put(o.getKey(), new Threshold(o.getKey(), o.getValue(), base == null ? "" : base.unit(),
                    base == null ? "" : base.basis(), base == null ? "" : base.url(), false, true));
        }
        return new Thresholds(m);
    }

    public Optional<Threshold> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value of a key that must exist (shipped data); a missing key is a packaging error. */
    public double value(String key) {
        Threshold t = values.get(key);
        if (t == null) {
            throw new IllegalStateException("threshold '" + key + "' is missing from catalog/rules");
        }
        return t.value();
    }

    public double value(String key, double fallback) {
        Threshold t = values.get(key);
        return t == null ? fallback : t.value();
    }

    public Map<String, Threshold> all() {
        return values;
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
