package org.podforge.rules;

import java.util.Locale;

/** How bad a finding is: ERROR = will not work or violates a spec; WARNING = works but loses something or is unknown; INFO = worth knowing. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** True when this severity is at least as severe as {@code min} (ERROR is at least WARNING). */
    public boolean atLeast(Severity min) {
        return ordinal() <= min.ordinal();
    }

    /** Parses "error", "WARNING", ... ; null for "OFF" (rule disabled). */
    public static Severity parseOrOff(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("OFF")) {
            return null;
        }
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a severity; use ERROR, WARNING, INFO or OFF");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
