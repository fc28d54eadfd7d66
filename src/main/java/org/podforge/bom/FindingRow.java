package org.podforge.bom;

import java.util.List;
import java.util.Objects;
import org.podforge.model.Project;
import org.podforge.rules.Finding;
import org.podforge.rules.FindingScope;

/**
 * A validation finding as exports show it: the rule id, severity (ERROR, WARNING or INFO), the
 * message, the ids of the objects it concerns, and where it stands in the hierarchy (decision 0019): a pod
 * design's finding is reported once and stands for all its replicas. Produced from the rules engine's findings.
 *
 * @param where    {@link FindingScope#label()}: "Pod 1 x 2,048 replicas", "Pod 1 replica @5", "scale-out network", "design"
 * @param replicas the copies the finding stands for (the pod's replicas for a pod design's finding, else 1)
 */
public record FindingRow(String ruleId, String severity, String message, List<String> subjects, String where, int replicas) {
    public FindingRow {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        message = message == null ? "" : message;
        subjects = List.copyOf(subjects == null ? List.of() : subjects);
        where = where == null ? "" : where;
        replicas = Math.max(1, replicas);
    }

    /** A row without a place in the hierarchy (standing for one copy). */
    public FindingRow(String ruleId, String severity, String message, List<String> subjects) {
        this(ruleId, severity, message, subjects, "", 1);
    }

    /** The row of a finding of {@code project}, with its scope. */
    public static FindingRow of(Project project, Finding f) {
        FindingScope s = FindingScope.of(project, f);
        return new FindingRow(f.ruleId(), f.severity().name(), f.message(), f.subjects(), s.label(), s.replicas());
    }
}
