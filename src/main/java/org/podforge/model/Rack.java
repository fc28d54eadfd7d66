package org.podforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A rack in a pod: its type (a catalog RACK part), where it stands (row and position in the row) and an
 * optional power budget that overrides the part's default.
 */
public final class Rack extends Node {
    private String partNumber;
    private int row;
    private int position;
    private Double powerBudgetW;
    private final List<Chassis> chassis = new ArrayList<>();
    Pod pod;

    public Rack(String id, String name, String partNumber, int row, int position) {
        super(id, name);
        this.partNumber = Objects.requireNonNull(partNumber, "partNumber");
        this.row = row;
        this.position = position;
    }

    public String partNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = Objects.requireNonNull(partNumber, "partNumber");
        changed();
    }

    /** Row index (0 = first row) in the hall. */
    public int row() {
        return row;
    }

    /** Position in the row (0 = first rack of the row). */
    public int position() {
        return position;
    }

    public void setPlace(int row, int position) {
        this.row = row;
        this.position = position;
        changed();
    }

    /** The power budget set on this rack, or null to use the rack part's default. */
    public Double powerBudgetW() {
        return powerBudgetW;
    }

    public void setPowerBudgetW(Double w) {
        this.powerBudgetW = w;
        changed();
    }

    public List<Chassis> chassis() {
        return Collections.unmodifiableList(chassis);
    }

    public void addChassis(int index, Chassis c) {
        if (c.rack != null) {
            throw new IllegalStateException(c + " is already in " + c.rack);
        }
        chassis.add(index < 0 || index > chassis.size() ? chassis.size() : index, c);
        c.rack = this;
        attachedChild(c);
    }

    public void addChassis(Chassis c) {
        addChassis(chassis.size(), c);
    }

    public int removeChassis(Chassis c) {
        int i = chassis.indexOf(c);
        if (i < 0) {
            throw new IllegalStateException(c + " is not in " + this);
        }
        detachingChild(c);
        chassis.remove(i);
        c.rack = null;
        return i;
    }

    public Pod pod() {
        return pod;
    }

    @Override
    public Node parent() {
        return pod;
    }

    @Override
    public Project project() {
        return pod == null ? null : pod.project();
    }
}
