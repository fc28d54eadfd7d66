package org.podforge.catalog;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unit prices by part number. Prices are illustrative estimates unless the user loads their own book;
 * {@link #estimate()} says which, and each price carries its basis.
 */
public final class PriceBook {

    /** One price with why we believe it, and the supplier's terms for it. */
    public record Price(String partNumber, double unitPrice, boolean estimate, String basis, String url, Terms terms) {
        public Price {
            if (!(unitPrice >= 0) || Double.isInfinite(unitPrice)) {
                throw new CatalogException("the price of " + partNumber + " must be zero or more, not " + unitPrice);
            }
            basis = basis == null ? "" : basis;
            url = url == null ? "" : url;
            terms = terms == null ? Terms.NONE : terms;
        }

        public Price(String partNumber, double unitPrice, boolean estimate, String basis, String url) {
            this(partNumber, unitPrice, estimate, basis, url, Terms.NONE);
        }
    }

    /** A lower unit price from an ordered quantity on. */
    public record Break(long minQty, double unitPrice) {
        public Break {
            if (minQty < 1) {
                throw new CatalogException("a quantity break starts at 1 or more, not " + minQty);
            }
            if (!(unitPrice >= 0) || Double.isInfinite(unitPrice)) {
                throw new CatalogException("a quantity break price must be zero or more, not " + unitPrice);
            }
        }
    }

    /**
     * Procurement terms of one price; each is null (or empty) when the book does not say, and is then
     * shown as not stated, never guessed.
     *
     * @param unit          unit of measure ("each", "m", "pack of 10"); null when not stated
     * @param leadTimeDays  supplier lead time in calendar days
     * @param moq           minimum order quantity
     * @param breaks        quantity breaks, sorted by quantity
     * @param sparesPercent spares to order on top of the design's quantity, in percent
     */
    public record Terms(String unit, Integer leadTimeDays, Long moq, List<Break> breaks, Double sparesPercent) {
        public static final Terms NONE = new Terms(null, null, null, List.of(), null);

        public Terms {
            unit = unit == null || unit.isBlank() ? null : unit.strip();
            if (leadTimeDays != null && leadTimeDays < 0) {
                throw new CatalogException("a lead time is zero days or more, not " + leadTimeDays);
            }
            if (moq != null && moq < 1) {
                throw new CatalogException("a minimum order quantity is 1 or more, not " + moq);
            }
            if (sparesPercent != null && !(sparesPercent >= 0 && sparesPercent <= 100)) {
                throw new CatalogException("spares are 0 to 100 percent, not " + sparesPercent);
            }
            breaks = breaks == null ? List.of() : breaks.stream().sorted(Comparator.comparingLong(Break::minQty)).toList();
            for (int i = 1; i < breaks.size(); i++) {
                if (breaks.get(i).minQty() == breaks.get(i - 1).minQty()) {
                    throw new CatalogException("two quantity breaks start at " + breaks.get(i).minQty());
                }
            }
        }

        /** The breaks as text: {@code 100:45.5; 1000:40} (quantity from, unit price). */
        public String breaksText() {
            StringBuilder sb = new StringBuilder();
            for (Break b : breaks) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(b.minQty()).append(':').append(plain(b.unitPrice()));
            }
            return sb.toString();
        }

        private static String plain(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * What identifies the book as a supplier document: its version and date, and the quote it carries
     * (number, valid until). Each is null when the book does not say.
     */
    public record Info(String version, java.time.LocalDate date, String quoteNumber, java.time.LocalDate validUntil) {
        public static final Info NONE = new Info(null, null, null, null);

        public Info {
            version = version == null || version.isBlank() ? null : version.strip();
            quoteNumber = quoteNumber == null || quoteNumber.isBlank() ? null : quoteNumber.strip();
        }
    }

    private final String name;
    private final String currency;
    private final boolean estimate;
    private final String basis;
    private final String origin;
    private final Map<String, Price> prices;
    private final Info info;

    public PriceBook(String name, String currency, boolean estimate, String basis, String origin, Iterable<Price> prices) {
        this(name, currency, estimate, basis, origin, prices, Info.NONE);
    }

    public PriceBook(String name, String currency, boolean estimate, String basis, String origin, Iterable<Price> prices,
                     Info info) {
        this.info = info == null ? Info.NONE : info;
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
    public Info info() { return info; }

    public Optional<Price> price(String partNumber) {
        return Optional.ofNullable(prices.get(partNumber));
    }

    /**
     * This book with one part's unit price set (added when the book has none for it), as typed by the user:
     * a quoted price (not an estimate), keeping the part's terms; {@code basis} says where it came from.
     * {@code unitPrice} null removes the part's price.
     */
    public PriceBook withPrice(String partNumber, Double unitPrice, String basis) {
        Map<String, Price> m = new LinkedHashMap<>(prices);
        if (unitPrice == null) {
            m.remove(partNumber);
        } else {
            Price old = prices.get(partNumber);
            m.put(partNumber, new Price(partNumber, unitPrice, false, basis, old == null ? "" : old.url(),
                    old == null ? Terms.NONE : old.terms()));
        }
        return new PriceBook(name, currency, estimate, this.basis, origin, m.values(), info);
    }

    /** This book as saved to (or loaded from) another file. */
    public PriceBook withOrigin(String newOrigin) {
        return new PriceBook(name, currency, estimate, basis, newOrigin, prices.values(), info);
    }

    /** "Illustrative default prices (estimates)" — how the UI and exports name the book. */
    public String label() {
        return name + (estimate ? " (estimates)" : "");
    }
}
