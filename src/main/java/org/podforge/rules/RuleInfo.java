package org.podforge.rules;

import java.util.Objects;

/**
 * What a rule is: its stable id (as in RULES.md, e.g. {@code reach.segment}), a title, the severity its
 * findings have unless the project overrides it, and the source of its numbers.
 */
public record RuleInfo(String id, String title, Severity defaultSeverity, String source) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        source = source == null ? "" : source;
    }
}
