package org.podforge.model;

/**
 * Where a new link between two ports goes: its container (a pod design or the fabric) and its ends as that
 * container addresses them. See {@link Project#place(PortRef, PortRef)}.
 */
public record LinkPlace(Container owner, PortRef a, PortRef b) {
    /** True when the link leaves a pod design (it belongs to the fabric). */
    public boolean inFabric() {
        return owner instanceof Fabric;
    }
}
