package org.podforge.model;

import java.util.Objects;

/**
 * A wiring pattern of the fabric: a {@link Wiring} rule plus what every cable it stands for is made of
 * (lanes, medium, cable and transceiver parts). It is one node however many cables it stands for. A link
 * of the fabric made by hand at a port the pattern also uses replaces the pattern's cable at that port
 * (an exception a user made), see {@link FabricCables}.
 */
public final class LinkPattern extends Node implements Cabled {
    private Wiring wiring;
    private int lanes;
    private Medium medium;
    private String cablePart;
    private String transceiverPart;
    private String transceiverPartB;
    Fabric fabric;

    public LinkPattern(String id, String name, Wiring wiring, int lanes, Medium medium) {
        super(id, name);
        this.wiring = Objects.requireNonNull(wiring, "wiring");
        if (lanes < 1) {
            throw new IllegalArgumentException("a link has at least 1 lane, not " + lanes);
        }
        this.lanes = lanes;
        this.medium = Objects.requireNonNull(medium, "medium");
    }

    public Wiring wiring() { return wiring; }

    public void setWiring(Wiring wiring) {
        this.wiring = Objects.requireNonNull(wiring);
        changed();
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

    /** Cable or smart cable module of every cable of the pattern, or null. */
    public String cablePart() { return cablePart; }

    public void setCablePart(String cablePart) {
        this.cablePart = cablePart;
        changed();
    }

    /** Transceiver at each end of every cable of the pattern, or null. */
    public String transceiverPart() { return transceiverPart; }

    public void setTransceiverPart(String transceiverPart) {
        this.transceiverPart = transceiverPart;
        changed();
    }

    /**
     * Transceiver at end b of every cable (the leaf of a rail pattern, the upper switch of a mesh) when it differs
     * from end a's, e.g. a twin-port 800G module in the leaf cage and a 400G module at the NIC; null = as end a.
     */
    public String transceiverPartB() { return transceiverPartB; }

    public void setTransceiverPartB(String transceiverPartB) {
        this.transceiverPartB = transceiverPartB;
        changed();
    }

    public Fabric fabric() { return fabric; }

    @Override
    public Node parent() {
        return fabric;
    }

    @Override
    public Project project() {
        return fabric == null ? null : fabric.project();
    }

    /** A detached copy with another id (duplicate, paste). */
    public LinkPattern copy(String newId) {
        LinkPattern c = new LinkPattern(newId, name(), wiring, lanes, medium);
        c.cablePart = cablePart;
        c.transceiverPart = transceiverPart;
        c.transceiverPartB = transceiverPartB;
        return c;
    }
}
