package org.podforge.io;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.podforge.catalog.JsonFields;
import org.podforge.catalog.RuleDataLoader;
import org.podforge.rules.RuleRegistry;

/**
 * Checks a project's {@code settings} when the file is loaded, so a file that loads can be used by every
 * command: a severity override names a known rule and a known severity; a threshold override names a known
 * threshold and lies in its allowed range (every threshold is zero or more, a fraction at most 1). Each
 * message names the file, the JSON path and the allowed values.
 */
final class SettingsCheck {
    static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO", "OFF");

    /** Thresholds with no shipped value that a project may set (docs/rules.md): key and unit. */
    static final Map<String, String> PROJECT_ONLY = Map.of("cxl.capacity.minGBPerHost", "GB", "latency.path.budgetNs", "ns");

    private static volatile Set<String> ruleIds;
    private static volatile Map<String, String> units;

    private SettingsCheck() {
    }

    private static Set<String> ruleIds() {
        if (ruleIds == null) {
            ruleIds = RuleRegistry.builtIn().rules().stream().map(r -> r.info().id()).collect(Collectors.toCollection(TreeSet::new));
        }
        return ruleIds;
    }

    private static Map<String, String> units() {
        if (units == null) {
            Map<String, String> m = new TreeMap<>();
            for (RuleDataLoader.Entry e : RuleDataLoader.builtIn()) {
                m.put(e.key(), e.unit());
            }
            m.putAll(PROJECT_ONLY);
            units = m;
        }
        return units;
    }

    /** The severity override for {@code ruleId}, checked. */
    static String severity(JsonFields sev, String ruleId) {
        if (!ruleIds().contains(ruleId)) {
            throw sev.error(ruleId, "'" + ruleId + "' is not a rule; severity overrides name one of " + ruleIds());
        }
        String val = sev.node().get(ruleId).isTextual() ? sev.node().get(ruleId).asText() : null;
        if (val == null || !SEVERITIES.contains(val)) {
            throw sev.error(ruleId, "severity must be ERROR, WARNING, INFO or OFF, not "
                    + JsonFields.describe(sev.node().get(ruleId)));
        }
        return val;
    }

    /** The threshold override {@code key}, checked against the known keys and its allowed range. */
    static double threshold(JsonFields th, String key) {
        String unit = units().get(key);
        if (unit == null) {
            String prefix = key.contains(".") ? key.substring(0, key.indexOf('.') + 1) : key;
            Set<String> near = units().keySet().stream().filter(k -> k.startsWith(prefix)).collect(Collectors.toCollection(TreeSet::new));
            throw th.error(key, "'" + key + "' is not a threshold PodForge knows; "
                    + (near.isEmpty() ? "docs/rules.md lists the keys" : "did you mean one of " + near + "?"));
        }
        double v = th.number(key);
        boolean fraction = "fraction".equals(unit);
        if (v < 0 || (fraction && v > 1)) {
            throw th.error(key, key + " = " + v + " is out of range; allowed: " + (fraction ? "0 to 1" : "0 or more")
                    + (unit.isEmpty() ? "" : " (" + unit + ")"));
        }
        return v;
    }
}
