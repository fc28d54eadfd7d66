package org.podforge.geometry;

import java.util.Locale;
import org.podforge.model.Plural;

/**
 * The physical length of a link and how it was obtained. The explanation is built on demand (validation
 * computes hundreds of thousands of lengths and reads few explanations).
 */
public final class LinkLength {

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

    private final double metres;
    private final Basis basis;
    private final String text;
    private final double vertical;
    private final double along;
    private final int racksApart;
    private final double pitch;
    private final double runA;
    private final double runB;
    private final int rowsApart;
    private final double rowPitch;
    private final double slack;

    private LinkLength(double metres, Basis basis, String text, double vertical, double along, int racksApart, double pitch,
                       double runA, double runB, int rowsApart, double rowPitch, double slack) {
        this.metres = metres;
        this.basis = basis;
        this.text = text;
        this.vertical = vertical;
        this.along = along;
        this.racksApart = racksApart;
        this.pitch = pitch;
        this.runA = runA;
        this.runB = runB;
        this.rowsApart = rowsApart;
        this.rowPitch = rowPitch;
        this.slack = slack;
    }

    static LinkLength override(double m) {
        return new LinkLength(m, Basis.OVERRIDE, "length set on the link", 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static LinkLength unknown(String why) {
        return new LinkLength(Double.NaN, Basis.UNKNOWN, why, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static LinkLength board(double m, String chassisPart) {
        return new LinkLength(m, Basis.BOARD, chassisPart, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static LinkLength sameRack(double vertical, double slack) {
        return new LinkLength(vertical * (1 + slack), Basis.SAME_RACK, null, vertical, 0, 0, 0, 0, 0, 0, 0, slack);
    }

    static LinkLength sameRow(int racksApart, double pitch, double runA, double runB, double slack) {
        double along = racksApart * pitch;
        return new LinkLength((along + runA + runB) * (1 + slack), Basis.SAME_ROW, null, 0, along, racksApart, pitch, runA, runB, 0, 0, slack);
    }

    static LinkLength otherRow(int rowsApart, double rowPitch, int racksApart, double pitch, double runA, double runB, double slack) {
        double along = racksApart * pitch;
        return new LinkLength((rowsApart * rowPitch + along + runA + runB) * (1 + slack), Basis.OTHER_ROW, null, 0, along, racksApart,
                pitch, runA, runB, rowsApart, rowPitch, slack);
    }

    /** The length in metres, or NaN when it cannot be computed. */
    public double metres() {
        return metres;
    }

    public Basis basis() {
        return basis;
    }

    public boolean known() {
        return !Double.isNaN(metres);
    }

    /** True when the length is our estimate rather than the user's number. */
    public boolean estimated() {
        return basis != Basis.OVERRIDE;
    }

    /** Plain words, e.g. "same rack: 1.60 m vertical between chassis centres + 10% slack". */
    public String explanation() {
        String s = String.format(Locale.ROOT, " + %.0f%% slack", slack * 100);
        switch (basis) {
            case OVERRIDE:
            case UNKNOWN:
                return text;
            case BOARD:
                return String.format(Locale.ROOT, "same chassis: typical board trace of %s, %.2f m", text, metres);
            case SAME_RACK:
                return String.format(Locale.ROOT, "same rack: %.2f m vertical between chassis centres%s", vertical, s);
            case SAME_ROW:
                return String.format(Locale.ROOT, "same row: %s x %.2f m pitch + %.2f m + %.2f m vertical runs%s",
                        Plural.of(racksApart, "rack"), pitch, runA, runB, s);
            default:
                return String.format(Locale.ROOT,
                        "other row: %s x %.2f m row pitch + %.2f m along the row + %.2f m + %.2f m vertical runs%s",
                        Plural.of(rowsApart, "row"), rowPitch, along, runA, runB, s);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f m (%s)", metres, explanation());
    }
}
