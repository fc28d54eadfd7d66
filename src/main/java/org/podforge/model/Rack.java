package org.podforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A rack in a pod design or in the hall fabric (a network rack): its type (a catalog RACK part), where it stands (row and position in the row) and an
 * optional power budget that overrides the part's default.
 */
public final class Rack extends Node {
    private String partNumber;
    private int row;
    private int position;
    private Double powerBudgetW;
    private Cooling cooling;
    private final List<Chassis> chassis = new ArrayList<>();
    Container owner;

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

    /** Row index (0 = first row) in the hall; for a rack of a pod design, where replica 0 stands. */
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

    /**
     * How the hall cools this rack, or null when not declared: then the rack part's cooling applies, else liquid
     * when a chassis in it is liquid-cooled, else air (see org.podforge.power.PowerModel).
     */
    public Cooling cooling() {
        return cooling;
    }

    public void setCooling(Cooling cooling) {
        this.cooling = cooling;
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

    /** The pod design this rack belongs to, or null for a network rack of the fabric (or a detached rack). */
    public Pod pod() {
        return owner instanceof Pod p ? p : null;
    }

    /** The pod or the fabric holding this rack, or null while detached. */
    public Container owner() {
        return owner;
    }

    @Override
    public Node parent() {
        return owner == null ? null : owner.asNode();
    }

    @Override
    public Project project() {
        return owner == null ? null : owner.asNode().project();
    }
}
