package org.podforge.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to print: which racks ({@link RackSelection} selectors; empty = every rack), how many racks per page, the
 * paper, and what the title block says about the source.
 *
 * @param source   the file name shown in the title block ("unsaved design" when none)
 * @param date     the date shown in the title block
 * @param version  the PodForge version shown in the title block
 */
public record PrintOptions(List<String> racks, int perPage, Paper paper, String source, LocalDate date, String version) {
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

    public PrintOptions {
        racks = List.copyOf(Objects.requireNonNull(racks, "racks"));
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
}
