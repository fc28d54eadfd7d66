package org.podforge.model;

import java.util.Locale;

/**
 * A count with its noun in the right number, for user-visible text: "1 cable", "1,024 cables", "1 leaf switch",
 * "4 leaf switches" (never "cable(s)"). English only, as the rest of the interface.
 */
public final class Plural {
    private Plural() {
    }

    /** "1 cable", "2 cables": the noun takes an s unless the count is one. */
    public static String of(long n, String one) {
        return of(n, one, one + "s");
    }

    /** "1 switch", "2 switches": the count, grouped by thousands, and the form for it. */
    public static String of(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
