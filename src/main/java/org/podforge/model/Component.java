package org.podforge.model;

import java.util.Objects;

/** A part placed in a chassis slot: a GPU, CPU, NIC, SSD, retimer, switch or CXL memory controller. */
public final class Component extends Node {
    private String partNumber;
    private String slot;
    Chassis chassis;

    public Component(String id, String name, String partNumber, String slot) {
        super(id, name);
        this.partNumber = Objects.requireNonNull(partNumber, "partNumber");
        this.slot = slot;
    }

    public String partNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = Objects.requireNonNull(partNumber, "partNumber");
        changed();
    }

    /** The chassis slot it sits in, or null when it is not assigned to a slot. */
    public String slot() {
        return slot;
    }

    public void setSlot(String slot) {
        this.slot = slot;
        changed();
    }

    public Chassis chassis() {
        return chassis;
    }

    @Override
    public Node parent() {
        return chassis;
    }

    @Override
    public Project project() {
        return chassis == null ? null : chassis.project();
    }

    /** Deep copy under a new id (same part and slot, detached). */
    public Component copy(String newId) {
        return new Component(newId, name(), partNumber, slot);
    }
}
