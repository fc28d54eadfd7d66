package org.podforge.model;

/**
 * Whether a catalog part can be bought today. Rules never offer a part that is not {@link #ORDERABLE} as a
 * fix, and the BOM marks its lines, so a design that relies on an announced or demonstrated part says so.
 */
public enum PartStatus {
    /** Sold today: a vendor part number (or a generic part many vendors sell). */
    ORDERABLE("orderable"),
    /** Announced by its vendor with a date or spec, not yet shipping. */
    ANNOUNCED("announced"),
    /** Shown as a demonstration or prototype; no product exists. */
    DEMONSTRATION("demonstration"),
    /** A stand-in that shows how a design would look (a generic part with no real counterpart). */
    ILLUSTRATIVE("illustrative");

    private final String label;

    PartStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean orderable() {
        return this == ORDERABLE;
    }
}
