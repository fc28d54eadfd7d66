package org.podforge.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.podforge.catalog.PriceBook;

/**
 * The fields a quote needs, as label/value/note rows: quote number, quote date, validity, currency,
 * the price book's name, version and date. What the price book does not state is said to be not stated,
 * never made up; without a quote number in the book the workbook carries a PodForge reference
 * (design and date), labelled as such, so the document can still be referred to.
 */
record QuoteBlock(List<String[]> rows) {
    static final String NOT_STATED = "not stated in the price book";

    static QuoteBlock of(String designName, PriceBook book, LocalDate today) {
        PriceBook.Info info = book.info();
        List<String[]> rows = new ArrayList<>();
        if (info.quoteNumber() != null) {
            rows.add(new String[] {"Quote number", info.quoteNumber(), "from the price book"});
        } else {
            rows.add(new String[] {"Quote number", reference(designName, today),
                    "PodForge reference (design and date): the price book names no quote"});
        }
        rows.add(new String[] {"Quote date", today.toString(), "date of this export"});
        rows.add(new String[] {"Valid until", info.validUntil() == null ? NOT_STATED : info.validUntil().toString(),
                info.validUntil() == null ? "ask the supplier for a validity" : ""});
        rows.add(new String[] {"Currency", book.currency(), ""});
        rows.add(new String[] {"Price book", book.label(), ""});
        rows.add(new String[] {"Price book version", info.version() == null ? NOT_STATED : info.version(), ""});
        rows.add(new String[] {"Price book date", info.date() == null ? NOT_STATED : info.date().toString(), ""});
        return new QuoteBlock(List.copyOf(rows));
    }

    /** {@code PF-20261201-3FA9C2}: the date and a checksum of the design's name. */
    static String reference(String designName, LocalDate today) {
        CRC32 crc = new CRC32();
        crc.update((designName == null ? "" : designName).getBytes(StandardCharsets.UTF_8));
        return "PF-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + String.format("%06X", crc.getValue() & 0xFFFFFF);
    }
}
