package org.podforge.model;

import java.util.Objects;

/**
 * A design's own power figure for a part that publishes none (decision 0035): the watts one unit of the part is
 * budgeted at, and the stated basis of that figure ("AMD MI355X's 1,400 W + 20%, fabric J2 [INFERRED]"). Rack power
 * counts it as a labelled estimate where the catalog has no figure; a published figure always wins.
 */
public record PowerBudget(double watts, String basis) {
    public PowerBudget {
        Objects.requireNonNull(basis, "basis");
        basis = basis.strip();
        if (!(watts > 0) || Double.isInfinite(watts)) {
            throw new IllegalArgumentException("a power budget must be a positive number of watts, not " + watts);
        }
        if (basis.isEmpty()) {
            throw new IllegalArgumentException("a power budget needs its basis: where the figure comes from");
        }
    }
}
