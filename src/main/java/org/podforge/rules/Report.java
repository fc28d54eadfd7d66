package org.podforge.rules;

import java.util.List;

/** Where a rule puts its findings. The rule id is filled in; the project's severity override is applied by the engine. */
public interface Report {
    /** A finding with the rule's own source. */
    void add(Severity severity, String message, List<String> subjects, List<Fix> fixes);

    /** A finding citing a specific source (a threshold's basis, a part's datasheet). */
    void add(Severity severity, String message, List<String> subjects, List<Fix> fixes, String source);
}
