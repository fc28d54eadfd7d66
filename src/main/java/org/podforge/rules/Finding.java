package org.podforge.rules;

import java.util.List;
import java.util.Objects;

/**
 * One verdict of a rule: severity, a plain-words message with the numbers (what was measured, the limit,
 * where the limit comes from), the ids of the objects concerned (components, links, chassis, racks), the
 * fixes (most preferred first) and the source of the numbers.
 */
public record Finding(String ruleId, Severity severity, String message, List<String> subjects, List<Fix> fixes,
                      String source) implements Comparable<Finding> {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        subjects = List.copyOf(subjects);
        fixes = List.copyOf(fixes);
        source = source == null ? "" : source;
    }

    public Finding withSeverity(Severity s) {
        return s == severity ? this : new Finding(ruleId, s, message, subjects, fixes, source);
    }

    /** Errors first, then by rule id, first subject and message: a stable order for lists and files. */
    @Override
    public int compareTo(Finding o) {
        int c = severity.compareTo(o.severity);
        if (c != 0) {
            return c;
        }
        c = ruleId.compareTo(o.ruleId);
        if (c != 0) {
            return c;
        }
        String s1 = subjects.isEmpty() ? "" : subjects.get(0);
        String s2 = o.subjects.isEmpty() ? "" : o.subjects.get(0);
        c = s1.compareTo(s2);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
