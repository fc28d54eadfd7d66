package org.podforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A server, compute tray, switch tray or storage sled sitting in a rack at a U position. */
public final class Chassis extends Node {
    private String partNumber;
    private int uPosition;
    private final List<Component> components = new ArrayList<>();
    Rack rack;

    /** @param uPosition the lowest rack unit the chassis occupies, counted from 1 at the bottom */
    public Chassis(String id, String name, String partNumber, int uPosition) {
        super(id, name);
        this.partNumber = Objects.requireNonNull(partNumber, "partNumber");
        this.uPosition = uPosition;
    }

    public String partNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = Objects.requireNonNull(partNumber, "partNumber");
        changed();
    }

    public int uPosition() {
        return uPosition;
    }

    public void setUPosition(int u) {
        this.uPosition = u;
        changed();
    }

    public List<Component> components() {
        return Collections.unmodifiableList(components);
    }

    public void addComponent(int index, Component c) {
        if (c.chassis != null) {
            throw new IllegalStateException(c + " is already in " + c.chassis);
        }
        components.add(index < 0 || index > components.size() ? components.size() : index, c);
        c.chassis = this;
        attachedChild(c);
    }

    public void addComponent(Component c) {
        addComponent(components.size(), c);
    }

    /** Removes the component and returns the index it had. */
    public int removeComponent(Component c) {
        int i = components.indexOf(c);
        if (i < 0) {
            throw new IllegalStateException(c + " is not in " + this);
        }
        detachingChild(c);
        components.remove(i);
        c.chassis = null;
        return i;
    }

    public Rack rack() {
        return rack;
    }

    @Override
    public Node parent() {
        return rack;
    }

    @Override
    public Project project() {
        return rack == null ? null : rack.project();
    }
}
