package org.podforge.model;

import java.util.List;

/**
 * What holds racks and links: a pod design, or the hall's scale-out {@link Fabric}. A link belongs to the
 * lowest container holding both its ends; {@link Project#ownerOf(PortRef, PortRef)} decides which.
 */
public sealed interface Container permits Pod, Fabric {
    String id();

    String label();

    List<Rack> racks();

    List<Link> links();

    void addRack(int index, Rack r);

    int removeRack(Rack r);

    void addLink(int index, Link l);

    int removeLink(Link l);

    default void addRack(Rack r) {
        addRack(racks().size(), r);
    }

    default void addLink(Link l) {
        addLink(links().size(), l);
    }

    /** The container as a node (pods and the fabric are both nodes). */
    default Node asNode() {
        return (Node) this;
    }
}
