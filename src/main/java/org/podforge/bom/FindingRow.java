package org.podforge.bom;

import java.util.List;
import java.util.Objects;

/**
 * A validation finding as exports show it: the rule id, severity (ERROR, WARNING or INFO), the
 * message and the ids of the objects it concerns. Produced from the rules engine's findings.
 */
public record FindingRow(String ruleId, String severity, String message, List<String> subjects) {
    public FindingRow {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        message = message == null ? "" : message;
        subjects = List.copyOf(subjects == null ? List.of() : subjects);
    }
}
