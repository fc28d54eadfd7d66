package org.podforge.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Unit prices by part number. Prices are illustrative estimates unless the user loads their own book;
 * {@link #estimate()} says which, and each price carries its basis.
 */
public final class PriceBook {

    /** One price with why we believe it. */
    public record Price(String partNumber, double unitPrice, boolean estimate, String basis, String url) {
        public Price {
            if (!(unitPrice >= 0) || Double.isInfinite(unitPrice)) {
                throw new CatalogException("the price of " + partNumber + " must be zero or more, not " + unitPrice);
            }
            basis = basis == null ? "" : basis;
            url = url == null ? "" : url;
        }
    }

    private final String name;
    private final String currency;
    private final boolean estimate;
    private final String basis;
    private final String origin;
    private final Map<String, Price> prices;

    public PriceBook(String name, String currency, boolean estimate, String basis, String origin, Iterable<Price> prices) {
        this.name = name;
        this.currency = currency;
        this.estimate = estimate;
        this.basis = basis == null ? "" : basis;
        this.origin = origin == null ? "" : origin;
        Map<String, Price> m = new LinkedHashMap<>();
        for (Price p : prices) {
            if (m.put(p.partNumber(), p) != null) {
                throw new CatalogException("price book '" + name + "' prices " + p.partNumber() + " twice");
            }
        }
        this.prices = Collections.unmodifiableMap(m);
    }

    public static PriceBook empty() {
        return new PriceBook("No prices", "USD", true, "", "", java.util.List.of());
    }

    public String name() { return name; }
    public String currency() { return currency; }
    public boolean estimate() { return estimate; }
    public String basis() { return basis; }
    /** Where the book was loaded from (a file path or "built-in"). */
    public String origin() { return origin; }
    public Map<String, Price> prices() { return prices; }

    public Optional<Price> price(String partNumber) {
        return Optional.ofNullable(prices.get(partNumber));
    }

    /** "Illustrative default prices (estimates)" — how the UI and exports name the book. */
    public String label() {
        return name + (estimate ? " (estimates)" : "");
    }
}
