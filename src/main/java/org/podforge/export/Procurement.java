package org.podforge.export;

import java.util.List;
import org.podforge.bom.BomLine;
import org.podforge.catalog.PriceBook;

/**
 * The procurement columns of a BOM line, from the price book's terms for its part: unit of measure,
 * lead time, MOQ, quantity breaks, spares percentage, the spares that makes, and the quantity to order
 * (design quantity plus spares, raised to the MOQ). A term the book does not state stays empty; the
 * unit of measure is "each" then, because BOM quantities count pieces.
 */
final class Procurement {
    /** Columns appended to the BOM (CSV and workbook), in this order. */
    static final List<String> COLUMNS = List.of("Unit of measure", "Lead time (days)", "MOQ", "Quantity breaks", "Spares %",
            "Spares", "Order qty");
    static final String EACH = "each";

    private Procurement() {
    }

    static PriceBook.Terms terms(PriceBook book, BomLine l) {
        return book.price(l.partNumber()).map(PriceBook.Price::terms).orElse(PriceBook.Terms.NONE);
    }

    static String unit(PriceBook.Terms t) {
        return t.unit() == null ? EACH : t.unit();
    }

    /** Spares to add: the percentage of the design quantity, rounded up; 0 when the book states none. */
    static long spares(long totalQty, PriceBook.Terms t) {
        return t.sparesPercent() == null ? 0 : (long) Math.ceil(totalQty * t.sparesPercent() / 100.0 - 1e-9);
    }

    static long orderQty(long totalQty, PriceBook.Terms t) {
        long q = totalQty + spares(totalQty, t);
        return t.moq() == null ? q : Math.max(q, t.moq());
    }
}
