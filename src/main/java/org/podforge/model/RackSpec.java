package org.podforge.model;

/** Physical data of a rack part: height of one unit, default power budget, width. */
public record RackSpec(double unitHeightMm, Double powerBudgetW, Double widthMm) {
    public RackSpec {
        if (!(unitHeightMm > 0)) {
            throw new IllegalArgumentException("unitHeightMm must be positive, not " + unitHeightMm);
        }
    }
}
