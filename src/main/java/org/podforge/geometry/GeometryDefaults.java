package org.podforge.geometry;

/**
 * The numbers behind computed link lengths; they live as data in {@code catalog/rules/rack.json}
 * ({@code geometry.*}) with their basis and can be overridden per project.
 *
 * @param rowPitchM     distance between two rows of racks (aisle pitch; "7-tile pitch" = 4.27 m, facts F)
 * @param rackPitchM    rack-to-rack pitch in a row when the rack part gives no width (600 mm racks, facts F)
 * @param slackFraction cable slack for service loops, a fraction of the routed length (an assumption, facts F)
 */
public record GeometryDefaults(double rowPitchM, double rackPitchM, double slackFraction) {
    /** The shipped defaults (same values as catalog/rules/rack.json). */
    public static final GeometryDefaults STANDARD = new GeometryDefaults(4.27, 0.6, 0.10);

    public GeometryDefaults {
        if (!(rowPitchM >= 0) || !(rackPitchM >= 0) || !(slackFraction >= 0)) {
            throw new IllegalArgumentException("geometry defaults must be zero or more");
        }
    }
}
