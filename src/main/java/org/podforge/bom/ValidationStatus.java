package org.podforge.bom;

import java.util.List;
import java.util.Locale;

/**
 * The validation status an export carries: whether validation ran, by what, and its findings.
 * Exports always say which (a design with errors is still exported, with its status).
 *
 * @param ran     false when no validator was available or it failed; then {@link #note()} says why
 * @param note    what ran ("PodForge rules engine, 19 rules") or why nothing did
 */
public record ValidationStatus(boolean ran, String note, List<FindingRow> findings) {
    public ValidationStatus {
        note = note == null ? "" : note;
        findings = List.copyOf(findings == null ? List.of() : findings);
    }

    public static ValidationStatus notRun(String why) {
        return new ValidationStatus(false, why, List.of());
    }

    public long errors() {
        return count("ERROR");
    }

    public long warnings() {
        return count("WARNING");
    }

    public long infos() {
        return count("INFO");
    }

    private long count(String severity) {
        return findings.stream().filter(f -> f.severity().toUpperCase(Locale.ROOT).equals(severity)).count();
    }

    /** "2 errors, 5 warnings, 1 info", "valid: no errors, 3 warnings", or "not validated (why)". */
    public String summary() {
        if (!ran) {
            return "not validated (" + note + ")";
        }
        String counts = plural(errors(), "error") + ", " + plural(warnings(), "warning") + ", " + infos() + " info";
        return (errors() == 0 ? "valid: " : "INVALID: ") + counts;
    }

    /**
     * Not {@link org.podforge.model.Plural}: this line is also the "status" of `bom --format json` and the "validation" of
     * the compare JSON, where scripts read the counts; Plural would group them ("1,024 warnings") and break a plain number match.
     */
    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
