package org.podforge.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to print: which racks ({@link RackSelection} selectors; empty = every rack), how many racks per page, the
 * paper, what the title block says about the source, and which sheets: the racks' front elevations, the topology of
 * their pods (one sheet per pod design), or both.
 *
 * @param source   the file name shown in the title block ("unsaved design" when none)
 * @param date     the date shown in the title block
 * @param version  the PodForge version shown in the title block
 */
public record PrintOptions(List<String> racks, int perPage, Paper paper, String source, LocalDate date, String version, Sheets sheets) {
    /** Most racks on one page: beyond this a 48U rack's 1U chassis are too small to label. */
    public static final int MAX_PER_PAGE = 8;

    /** Paper sizes in points (1/72 inch). */
    public enum Paper {
        A4(595.28, 841.89), LETTER(612, 792), A3(841.89, 1190.55);

        private final double shortSide;
        private final double longSide;

        Paper(double shortSide, double longSide) {
            this.shortSide = shortSide;
            this.longSide = longSide;
        }

        public double shortSide() {
            return shortSide;
        }

        public double longSide() {
            return longSide;
        }
    }

    /** Which sheets a document holds. */
    public enum Sheets {
        /** Front elevations of the racks. */
        RACKS,
        /** The topology of the racks' pods, one sheet per pod design. */
        TOPOLOGY,
        /** The elevations, then the topology sheets. */
        BOTH;

        public boolean racks() {
            return this != TOPOLOGY;
        }

        public boolean topology() {
            return this != RACKS;
        }
    }

    /** Rack elevations only (the sheets before topology printing existed). */
    public PrintOptions(List<String> racks, int perPage, Paper paper, String source, LocalDate date, String version) {
        this(racks, perPage, paper, source, date, version, Sheets.RACKS);
    }

    public PrintOptions {
        racks = List.copyOf(Objects.requireNonNull(racks, "racks"));
        Objects.requireNonNull(sheets, "sheets");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(date, "date");
        source = source == null || source.isBlank() ? "unsaved design" : source;
        version = version == null || version.isBlank() ? "development build" : version;
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("racks per page must be 1 to " + MAX_PER_PAGE + ", not " + perPage);
        }
    }

    /** Every rack, two per page on A4. */
    public static PrintOptions defaults(String source, LocalDate date, String version) {
        return new PrintOptions(List.of(), 2, Paper.A4, source, date, version);
    }

    /** The same options with other sheets. */
    public PrintOptions withSheets(Sheets s) {
        return new PrintOptions(racks, perPage, paper, source, date, version, s);
    }
}
