package org.podforge.model;

/**
 * How heat leaves a chassis or a rack (fabric J4). A chassis is {@link #AIR} (fans) or {@link #LIQUID}
 * (direct-to-chip cold plates); a rack may also have a {@link #REAR_DOOR} heat exchanger, which lets an
 * air-cooled rack carry more than room air alone.
 */
public enum Cooling {
    /** Room air: perimeter or contained aisles. */
    AIR("air"),
    /** Air-cooled chassis in a rack with a rear-door heat exchanger. */
    REAR_DOOR("rear-door heat exchanger"),
    /** Direct-to-chip liquid cooling. */
    LIQUID("direct liquid");

    private final String label;

    Cooling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
