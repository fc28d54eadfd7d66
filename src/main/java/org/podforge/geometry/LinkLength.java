package org.podforge.geometry;

/**
 * The physical length of a link and how it was obtained.
 *
 * @param metres      the length, or NaN when it cannot be computed (a part without the needed data)
 * @param basis       where the number comes from
 * @param explanation plain words, e.g. "same rack: 36 U x 44.45 mm = 1.60 m + 10% slack"
 */
public record LinkLength(double metres, Basis basis, String explanation) {

    /** How a length was obtained. */
    public enum Basis {
        /** Set by the user on the link. */
        OVERRIDE,
        /** Both ends in one chassis: the chassis part's typical board trace length. */
        BOARD,
        /** Ends in two chassis of one rack: vertical run plus slack. */
        SAME_RACK,
        /** Ends in two racks of one row: rack pitch, vertical runs and slack. */
        SAME_ROW,
        /** Ends in racks of different rows: row pitch, rack pitch, vertical runs and slack. */
        OTHER_ROW,
        /** Not computable (missing data). */
        UNKNOWN
    }

    public boolean known() {
        return !Double.isNaN(metres);
    }

    /** True when the length is our estimate rather than the user's number. */
    public boolean estimated() {
        return basis != Basis.OVERRIDE;
    }
}
