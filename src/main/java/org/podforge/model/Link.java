package org.podforge.model;

import java.util.Objects;

/**
 * A connection between two ports. A link inside a pod design joins two of its components and stands for one
 * cable in every replica; a link of the {@link Fabric} leaves a pod (its ends name a replica where they sit in
 * a replicated pod). It has a lane count, a medium, an
 * optional cable part (a cable, AEC or smart cable module), an optional transceiver part (one at each
 * end) and a length that geometry computes from where the ends sit unless {@link #lengthOverrideM()} is
 * set.
 */
public final class Link extends Node implements Cabled {
    private PortRef a;
    private PortRef b;
    private int lanes;
    private Medium medium;
    private String cablePart;
    private String transceiverPart;
    private String transceiverPartB;
    private Double lengthOverrideM;
    Container owner;

    public Link(String id, PortRef a, PortRef b, int lanes, Medium medium) {
        super(id, "");
        this.a = Objects.requireNonNull(a, "a");
        this.b = Objects.requireNonNull(b, "b");
        this.lanes = lanes;
        this.medium = Objects.requireNonNull(medium, "medium");
    }

    public PortRef a() { return a; }
    public PortRef b() { return b; }

    public void setEnds(PortRef a, PortRef b) {
        PortRef oldA = this.a;
        PortRef oldB = this.b;
        this.a = Objects.requireNonNull(a);
        this.b = Objects.requireNonNull(b);
        Project p = project();
        if (p != null) {
            p.linkEndsChanged(this, oldA, oldB);
        }
    }

    /** True when one end sits on the given component. */
    public boolean touches(String componentId) {
        return a.componentId().equals(componentId) || b.componentId().equals(componentId);
    }

    /** The end opposite the given component's end (the b end if both ends are on it). */
    public PortRef otherEnd(String componentId) {
        return a.componentId().equals(componentId) ? b : a;
    }

    public int lanes() { return lanes; }

    public void setLanes(int lanes) {
        this.lanes = lanes;
        changed();
    }

    public Medium medium() { return medium; }

    public void setMedium(Medium medium) {
        this.medium = Objects.requireNonNull(medium);
        changed();
    }

    /** Part number of the cable or smart cable module, or null (board trace, unspecified cable). */
    public String cablePart() { return cablePart; }

    public void setCablePart(String cablePart) {
        this.cablePart = cablePart;
        changed();
    }

    /**
     * Part number of the transceiver at end a, and at end b too unless {@link #transceiverPartB()} names
     * another (a breakout: a twin-port 800G module at the switch, a 400G module at the NIC), or null.
     */
    public String transceiverPart() { return transceiverPart; }

    /** Part number of the transceiver at end b when it differs from end a's, or null (same as end a). */
    public String transceiverPartB() { return transceiverPartB; }

    public void setTransceiverPartB(String transceiverPartB) {
        this.transceiverPartB = transceiverPartB;
        changed();
    }

    /** The transceiver at one end of the link (a or b), or null. */
    public String transceiverAt(PortRef end) {
        if (end.equals(b) && !end.equals(a)) {
            return transceiverPartB != null ? transceiverPartB : transceiverPart;
        }
        return transceiverPart;
    }

    /** The transceivers at end a and end b, in that order, without the ends that have none. */
    public java.util.List<String> transceiverEnds() {
        java.util.List<String> out = new java.util.ArrayList<>(2);
        if (transceiverAt(a) != null) {
            out.add(transceiverAt(a));
        }
        if (transceiverAt(b) != null) {
            out.add(transceiverAt(b));
        }
        return out;
    }

    public void setTransceiverPart(String transceiverPart) {
        this.transceiverPart = transceiverPart;
        changed();
    }

    /** Length set by the user in metres, or null to compute it from geometry. */
    public Double lengthOverrideM() { return lengthOverrideM; }

    public void setLengthOverrideM(Double m) {
        this.lengthOverrideM = m;
        changed();
    }

    /** The pod design holding this link, or null for a link of the fabric (or a detached link). */
    public Pod pod() { return owner instanceof Pod p ? p : null; }

    /** The pod or the fabric holding this link, or null while detached. */
    public Container owner() { return owner; }

    @Override
    public Node parent() {
        return owner == null ? null : owner.asNode();
    }

    @Override
    public Project project() {
        return owner == null ? null : owner.asNode().project();
    }

    public Link copy(String newId, PortRef newA, PortRef newB) {
        Link l = new Link(newId, newA, newB, lanes, medium);
        l.cablePart = cablePart;
        l.transceiverPart = transceiverPart;
        l.transceiverPartB = transceiverPartB;
        l.lengthOverrideM = lengthOverrideM;
        return l;
    }
}
