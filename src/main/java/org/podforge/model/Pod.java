package org.podforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A pod: racks of chassis and the links between their components, deployed {@link #replicas()} times
 * ("deploy this pod 16 times"). Links join components of the same pod.
 */
public final class Pod extends Node {
    private int replicas;
    private final List<Rack> racks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    Project project;

    public Pod(String id, String name, int replicas) {
        super(id, name);
        this.replicas = replicas;
    }

    public int replicas() {
        return replicas;
    }

    public void setReplicas(int replicas) {
        this.replicas = replicas;
        changed();
    }

    public List<Rack> racks() {
        return Collections.unmodifiableList(racks);
    }

    public void addRack(int index, Rack r) {
        if (r.pod != null) {
            throw new IllegalStateException(r + " is already in " + r.pod);
        }
        racks.add(index < 0 || index > racks.size() ? racks.size() : index, r);
        r.pod = this;
        attachedChild(r);
    }

    public void addRack(Rack r) {
        addRack(racks.size(), r);
    }

    public int removeRack(Rack r) {
        int i = racks.indexOf(r);
        if (i < 0) {
            throw new IllegalStateException(r + " is not in " + this);
        }
        detachingChild(r);
        racks.remove(i);
        r.pod = null;
        return i;
    }

    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    public void addLink(int index, Link l) {
        if (l.pod != null) {
            throw new IllegalStateException(l + " is already in " + l.pod);
        }
        links.add(index < 0 || index > links.size() ? links.size() : index, l);
        l.pod = this;
        attachedChild(l);
    }

    public void addLink(Link l) {
        addLink(links.size(), l);
    }

    public int removeLink(Link l) {
        int i = links.indexOf(l);
        if (i < 0) {
            throw new IllegalStateException(l + " is not in " + this);
        }
        detachingChild(l);
        links.remove(i);
        l.pod = null;
        return i;
    }

    /** Every chassis of every rack of this pod. */
    public List<Chassis> allChassis() {
        List<Chassis> out = new ArrayList<>();
        for (Rack r : racks) {
            out.addAll(r.chassis());
        }
        return out;
    }

    /** Every component of this pod. */
    public List<Component> allComponents() {
        List<Component> out = new ArrayList<>();
        for (Rack r : racks) {
            for (Chassis c : r.chassis()) {
                out.addAll(c.components());
            }
        }
        return out;
    }

    @Override
    public Node parent() {
        return null;
    }

    @Override
    public Project project() {
        return project;
    }
}
