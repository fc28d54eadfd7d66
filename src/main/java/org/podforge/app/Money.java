package org.podforge.app;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Formats amounts in a price book's currency: "$1,234,567", "€12,500". */
public final class Money {
    /**
     * The format per currency, made once per thread (a {@code NumberFormat} is not thread-safe, and making one looks up
     * locale and currency data: after each edit the BOM table and the status bar format every amount anew).
     */
    private static final ThreadLocal<Map<String, Format>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    /** A currency's format; an unknown code is written after a plain number. */
    private record Format(NumberFormat format, String suffix) {
    }

    private Money() {
    }

    public static String format(Double amount, String currencyCode) {
        if (amount == null || amount.isNaN()) {
            return "—";
        }
        Format f = FORMATS.get().computeIfAbsent(String.valueOf(currencyCode), k -> formatFor(currencyCode));
        return f.format().format(amount) + f.suffix();
    }

    private static Format formatFor(String currencyCode) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        try {
            f.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException | NullPointerException e) {
            NumberFormat n = NumberFormat.getNumberInstance(Locale.US);
            n.setMaximumFractionDigits(0);
            return new Format(n, " " + currencyCode);
        }
        f.setMaximumFractionDigits(0);
        f.setMinimumFractionDigits(0);
        return new Format(f, "");
    }
}
