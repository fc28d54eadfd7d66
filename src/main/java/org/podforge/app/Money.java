package org.podforge.app;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Formats amounts in a price book's currency: "$1,234,567", "€12,500". */
public final class Money {
    private Money() {
    }

    public static String format(Double amount, String currencyCode) {
        if (amount == null || amount.isNaN()) {
            return "—";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        try {
            f.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException | NullPointerException e) {
            NumberFormat n = NumberFormat.getNumberInstance(Locale.US);
            n.setMaximumFractionDigits(0);
            return n.format(amount) + " " + currencyCode;
        }
        f.setMaximumFractionDigits(0);
        f.setMinimumFractionDigits(0);
        return f.format(amount);
    }
}
