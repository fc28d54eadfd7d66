package org.podforge.model;

import java.util.Objects;

/**
 * Base of everything in a project that has a stable id and a name. Ids are unique within a project and
 * never change, so a saved file diffs cleanly in git. Mutate nodes through commands
 * ({@link org.podforge.model.command}) so that every change is undoable.
 */
public abstract sealed class Node permits Pod, Rack, Chassis, Component, Link, Fabric, LinkPattern {
    private final String id;
    private String name;

    protected Node(String id, String name) {
        this.id = Ids.requireValid(id);
        this.name = name == null ? "" : name;
    }

    public final String id() {
        return id;
    }

    public final String name() {
        return name;
    }

    /** The name, or the id when the name is empty: what a user sees. */
    public final String label() {
        return name.isEmpty() ? id : name;
    }

    public final void setName(String name) {
        this.name = Objects.requireNonNullElse(name, "");
        changed();
    }

    /** The node this one sits in (a rack's pod or fabric, a chassis's rack, a component's chassis, a link's pod or fabric, a pattern's fabric); null for a pod, the fabric or a detached node. */
    public abstract Node parent();

    /** The project this node is attached to, or null while it is detached (e.g. removed, awaiting undo). */
    public abstract Project project();

    /** Tells the project a subtree was attached under this node. */
    protected final void attachedChild(Node child) {
        Project p = project();
        if (p != null) {
            p.attached(child);
        }
    }

    /** Tells the project a subtree is being detached from under this node (call before unlinking it). */
    protected final void detachingChild(Node child) {
        Project p = project();
        if (p != null) {
            p.detached(child);
        }
    }

    protected final void changed() {
        Project p = project();
        if (p != null) {
            p.markChanged();
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
