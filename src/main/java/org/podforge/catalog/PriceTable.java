package org.podforge.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A price book as a table, the shape a buyer edits in a spreadsheet: one header row with the columns
 * below (the Price book sheet of the exported workbook has the same header, so that sheet can be edited
 * and loaded back), then one row per part; optionally label/value rows above the header (Price book,
 * Currency, Version, Date, Quote number, Valid until, Basis). CSV and xlsx readers turn their file into
 * rows of text and hand them here, so both report a bad cell the same way: file, row, column, what is
 * wrong and what to write instead.
 */
public final class PriceTable {
    public static final String PART = "Part number";
    public static final String PRICE = "Unit price";
    public static final String CURRENCY = "Currency";
    public static final String ESTIMATE = "Estimate";
    public static final String UNIT = "Unit of measure";
    public static final String LEAD = "Lead time (days)";
    public static final String MOQ = "MOQ";
    public static final String BREAKS = "Quantity breaks";
    public static final String SPARES = "Spares %";
    public static final String BASIS = "Basis";
    public static final String SOURCE = "Source";

    /** Every column, in the order the workbook writes them. Part number and Unit price are required. */
    public static final List<String> COLUMNS = List.of(PART, PRICE, CURRENCY, ESTIMATE, UNIT, LEAD, MOQ, BREAKS, SPARES,
            BASIS, SOURCE);

    /** Label/value rows above the header. */
    public static final String META_NAME = "Price book";
    public static final String META_VERSION = "Version";
    public static final String META_DATE = "Date";
    public static final String META_QUOTE = "Quote number";
    public static final String META_VALID = "Valid until";
    public static final String META_BASIS = "Basis";
    public static final String META_ESTIMATES = "Estimates";

    /** How a reader names a column in messages: "column C (Unit price)" or "column 3 (Unit price)". */
    @FunctionalInterface
    public interface ColumnNamer {
        String name(int index);
    }

    private PriceTable() {
    }

    /**
     * The book as rows of text in the layout {@link #read} reads (and the workbook's Price book sheet shows):
     * label/value rows, an empty row, the header, one row per part. Writers of CSV and xlsx books use it.
     */
    public static List<List<String>> rows(PriceBook pb) {
        List<List<String>> out = new ArrayList<>();
        PriceBook.Info info = pb.info();
        out.add(List.of(META_NAME, pb.name()));
        out.add(List.of(CURRENCY, pb.currency()));
        out.add(List.of(META_ESTIMATES, pb.estimate() ? "yes" : "no"));
        out.add(List.of(META_BASIS, pb.basis()));
        out.add(List.of(META_VERSION, info.version() == null ? "" : info.version()));
        out.add(List.of(META_DATE, info.date() == null ? "" : info.date().toString()));
        out.add(List.of(META_QUOTE, info.quoteNumber() == null ? "" : info.quoteNumber()));
        out.add(List.of(META_VALID, info.validUntil() == null ? "" : info.validUntil().toString()));
        out.add(List.of());
        out.add(COLUMNS);
        for (PriceBook.Price p : pb.prices().values()) {
            PriceBook.Terms t = p.terms();
            out.add(List.of(p.partNumber(), plain(p.unitPrice()), pb.currency(), p.estimate() || pb.estimate() ? "estimate" : "quoted",
                    t.unit() == null ? "" : t.unit(), t.leadTimeDays() == null ? "" : t.leadTimeDays().toString(),
                    t.moq() == null ? "" : t.moq().toString(), t.breaksText(),
                    t.sparesPercent() == null ? "" : plain(t.sparesPercent()), p.basis(), p.url()));
        }
        return out;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /**
     * @param file        the file name for messages
     * @param rows        every row of the sheet or file, as text ("" for an empty cell)
     * @param origin      where the book was loaded from
     * @param defaultName the book's name when no "Price book" row names it (the file name)
     */
    public static PriceBook read(String file, List<List<String>> rows, String origin, String defaultName, ColumnNamer cols) {
        int header = -1;
        for (int i = 0; i < rows.size() && header < 0; i++) {
            if (!rows.get(i).isEmpty() && key(rows.get(i).get(0)).equals(key(PART))) {
                header = i;
            }
        }
        if (header < 0) {
            throw new CatalogException(file + ": no header row: the first column of the header row must read '" + PART
                    + "', followed by '" + PRICE + "' and any of " + COLUMNS.subList(2, COLUMNS.size()));
        }
        Map<String, String> meta = new HashMap<>();
        for (int i = 0; i < header; i++) {
            List<String> r = rows.get(i);
            if (r.size() >= 2 && !r.get(0).isBlank()) {
                meta.put(key(r.get(0)), r.get(1).strip());
            }
        }
        Map<String, Integer> at = columns(file, header, rows.get(header), cols);
        String currency = meta.getOrDefault(key(CURRENCY), "");
        List<PriceBook.Price> prices = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = header + 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue; // an empty row carries nothing
            }
            Row row = new Row(file, i + 1, r, at, cols);
            String pn = row.text(PART);
            if (pn.isEmpty()) {
                throw row.error(PART, "is empty while the row has other values; write the part number or delete the row");
            }
            Integer before = seen.put(pn, i + 1);
            if (before != null) {
                throw row.error(PART, "'" + pn + "' is already priced on row " + before + "; keep one row per part");
            }
            String c = row.text(CURRENCY).toUpperCase(Locale.ROOT);
            if (!c.isEmpty()) {
                if (!c.matches("[A-Z]{3}")) {
                    throw row.error(CURRENCY, "'" + c + "' is not a three-letter currency code; write USD, EUR, GBP ...");
                }
                if (!currency.isEmpty() && !currency.equals(c)) {
                    throw row.error(CURRENCY, c + " differs from " + currency + " used above; one book has one currency: "
                            + "convert the price or split the book");
                }
                currency = c;
            }
            try {
                PriceBook.Terms terms = new PriceBook.Terms(emptyToNull(row.text(UNIT)), row.integer(LEAD), row.count(MOQ),
                        row.breaks(BREAKS), row.percent(SPARES));
                prices.add(new PriceBook.Price(pn, row.money(PRICE), row.estimate(ESTIMATE), row.text(BASIS), row.text(SOURCE),
                        terms));
            } catch (CatalogException e) {
                throw e.getMessage().startsWith(file) ? e : new CatalogException(file + ", row " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (currency.isEmpty()) {
            currency = "USD";
        } else if (!currency.matches("[A-Z]{3}")) {
            throw new CatalogException(file + ": the Currency row above the header reads '" + currency
                    + "'; write a three-letter code such as USD");
        }
        String name = meta.getOrDefault(key(META_NAME), "").isBlank() ? defaultName : meta.get(key(META_NAME));
        boolean estimate = meta.getOrDefault(key(META_ESTIMATES), "no").toLowerCase(Locale.ROOT).startsWith("yes");
        PriceBook.Info info = new PriceBook.Info(meta.get(key(META_VERSION)), date(file, meta, META_DATE), meta.get(key(META_QUOTE)),
                date(file, meta, META_VALID));
        return new PriceBook(name, currency, estimate, meta.getOrDefault(key(META_BASIS), ""), origin, prices, info);
    }

    private static Map<String, Integer> columns(String file, int header, List<String> names, ColumnNamer cols) {
        Map<String, Integer> at = new HashMap<>();
        for (int c = 0; c < names.size(); c++) {
            String n = names.get(c);
            if (n.isBlank()) {
                continue;
            }
            String known = COLUMNS.stream().filter(k -> key(k).equals(key(n))).findFirst().orElse(null);
            if (known == null) {
                throw new CatalogException(file + ", row " + (header + 1) + ", " + cols.name(c) + ": unknown column '" + n
                        + "'; rename it to one of " + COLUMNS + " or delete it");
            }
            if (at.put(known, c) != null) {
                throw new CatalogException(file + ", row " + (header + 1) + ", " + cols.name(c) + ": column '" + known
                        + "' appears twice; keep one");
            }
        }
        if (!at.containsKey(PRICE)) {
            throw new CatalogException(file + ", row " + (header + 1) + ": no '" + PRICE + "' column; add it after '" + PART + "'");
        }
        return at;
    }

    private static LocalDate date(String file, Map<String, String> meta, String label) {
        String v = meta.get(key(label));
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip().length() > 10 ? v.strip().substring(0, 10) : v.strip());
        } catch (DateTimeParseException e) {
            throw new CatalogException(file + ": '" + label + "' reads '" + v + "'; write the date as YYYY-MM-DD");
        }
    }

    /** Header names compare without case, spaces or punctuation: "part number", "PartNumber", "part_number". */
    static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%]", "");
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** One data row, with messages that say where. */
    private static final class Row {
        private final String file;
        private final int number;
        private final List<String> cells;
        private final Map<String, Integer> at;
        private final ColumnNamer cols;

        Row(String file, int number, List<String> cells, Map<String, Integer> at, ColumnNamer cols) {
            this.file = file;
            this.number = number;
            this.cells = cells;
            this.at = at;
            this.cols = cols;
        }

        String text(String col) {
            Integer c = at.get(col);
            return c == null || c >= cells.size() ? "" : cells.get(c).strip();
        }

        CatalogException error(String col, String what) {
            Integer c = at.get(col);
            return new CatalogException(file + ", row " + number + ", " + (c == null ? col : cols.name(c) + " (" + col + ")")
                    + ": " + what);
        }

        double money(String col) {
            String t = text(col);
            if (t.isEmpty()) {
                throw error(col, "is empty; write the unit price as a plain number such as 1250.00, or delete the row");
            }
            if (t.matches(".*[$€£¥].*") || t.matches(".*(\\d\\s*[A-Z]{3}|[A-Z]{3}\\s*\\d).*")) {
                throw error(col, "'" + t + "' has a currency in it; write the number alone (1250.00) and the currency in the "
                        + "Currency column");
            }
            BigDecimal d = number(col, t.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? t.replace(",", "") : t,
                    "a plain number such as 1250.00 (a dot for decimals, no thousands separator)");
            if (d.signum() < 0) {
                throw error(col, "'" + t + "' is negative; a price is zero or more");
            }
            return d.doubleValue();
        }

        Integer integer(String col) {
            String t = text(col);
            if (t.isEmpty()) {
                return null;
            }
            BigDecimal d = number(col, t, "a whole number of days such as 42");
            if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw error(col, "'" + t + "' is not a whole number of days (0 or more); write e.g. 42");
            }
            return d.intValue();
        }

        Long count(String col) {
            String t = text(col);
            if (t.isEmpty()) {
                return null;
            }
            BigDecimal d = number(col, t, "a whole quantity such as 10");
            if (d.signum() <= 0 || d.stripTrailingZeros().scale() > 0) {
                throw error(col, "'" + t + "' is not a whole quantity of 1 or more; write e.g. 10");
            }
            return d.longValue();
        }

        Double percent(String col) {
            String t = text(col);
            if (t.isEmpty()) {
                return null;
            }
            String n = t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
            BigDecimal d = number(col, n, "a percentage from 0 to 100 such as 5 or 5%");
            if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw error(col, "'" + t + "' is outside 0 to 100; write e.g. 5 for five percent spares");
            }
            return d.doubleValue();
        }

        boolean estimate(String col) {
            String t = text(col).toLowerCase(Locale.ROOT);
            switch (t) {
                case "":
                case "quoted":
                case "no":
                case "false":
                    return false;
                case "estimate":
                case "yes":
                case "true":
                    return true;
                default:
                    throw error(col, "'" + text(col) + "' is neither 'estimate' nor 'quoted'; write one of them (or leave it "
                            + "empty for quoted)");
            }
        }

        List<PriceBook.Break> breaks(String col) {
            String t = text(col);
            List<PriceBook.Break> out = new ArrayList<>();
            if (t.isEmpty()) {
                return out;
            }
            for (String part : t.split(";")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                String[] qp = p.split(":");
                if (qp.length != 2) {
                    throw error(col, "'" + p + "' is not quantity:price; write breaks as 100:45.50; 1000:41 (from 100 units "
                            + "45.50 each, from 1000 units 41 each)");
                }
                BigDecimal q = number(col, qp[0].strip(), "a whole quantity before the colon, e.g. 100:45.50");
                BigDecimal pr = number(col, qp[1].strip(), "a plain price after the colon, e.g. 100:45.50");
                if (q.signum() <= 0 || q.stripTrailingZeros().scale() > 0 || pr.signum() < 0) {
                    throw error(col, "'" + p + "' needs a whole quantity of 1 or more and a price of 0 or more");
                }
                out.add(new PriceBook.Break(q.longValue(), pr.doubleValue()));
            }
            return out;
        }

        private BigDecimal number(String col, String t, String expected) {
            try {
                return new BigDecimal(t.strip());
            } catch (NumberFormatException e) {
                throw error(col, "'" + t + "' is not a number; write " + expected);
            }
        }
    }
}
