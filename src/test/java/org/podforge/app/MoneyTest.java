package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Amounts in a price book's currency; the formats kept per currency must not leak one currency into another. */
class MoneyTest {
    @Test
    void eachCurrencyKeepsItsOwnFormat() {
        assertEquals("$1,234,568", Money.format(1_234_567.8, "USD"));
        assertEquals("€12,500", Money.format(12_500.0, "EUR"));
        assertEquals("$12,500", Money.format(12_500.0, "USD"));
        assertEquals("1,235 ABC", Money.format(1_234.6, "ABC"), "an unknown code follows a plain number");
        assertEquals("€3", Money.format(3.0, "EUR"));
        assertEquals("—", Money.format(null, "USD"));
        assertEquals("—", Money.format(Double.NaN, "EUR"));
    }
}
