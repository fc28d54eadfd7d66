package org.podforge.model;

/**
 * Where the replicas of a pod stand in the hall, as a rule instead of written-out copies: replica {@code r}
 * is the pod design shifted by {@code (r / perRow) * rowStep} rows and {@code (r % perRow) * positionStep}
 * positions. Replica 0 stands where the design's racks say. Cable lengths between replicas and to network
 * racks come from these places, as lengths inside a pod come from rack rows and positions.
 *
 * @param perRow       replicas side by side in one row (at least 1)
 * @param rowStep      rows between two rows of replicas (0 only when every replica fits one row)
 * @param positionStep rack positions between two neighbouring replicas of a row (at least the pod's width)
 */
public record ReplicaLayout(int perRow, int rowStep, int positionStep) {
    public ReplicaLayout {
        if (perRow < 1) {
            throw new IllegalArgumentException("a replica layout puts at least 1 replica in a row, not " + perRow);
        }
        if (rowStep < 0 || positionStep < 0) {
            throw new IllegalArgumentException("row and position steps are counted from 0, not " + rowStep + " / " + positionStep);
        }
    }

    /** Rows replica {@code r} stands behind replica 0. */
    public int rowOffset(int r) {
        return (r / perRow) * rowStep;
    }

    /** Positions replica {@code r} stands along the row from replica 0. */
    public int positionOffset(int r) {
        return (r % perRow) * positionStep;
    }
}
