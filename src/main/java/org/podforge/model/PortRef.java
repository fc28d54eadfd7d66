package org.podforge.model;

import java.util.Objects;

/**
 * One end of a link: a component, the name of one of its part's ports and, for an end in a replicated pod
 * seen from the hall fabric, which replica of the pod ({@code replica} counted from 0; {@link #DESIGN} when
 * the end is the pod design itself, i.e. a link inside a pod, or a component of the fabric).
 *
 * <p>Text form: {@code component/port}, or {@code component/port@replica} for a replica.
 */
public record PortRef(String componentId, String port, int replica) implements Comparable<PortRef> {
    /** The replica index of an end that does not address a replica. */
    public static final int DESIGN = -1;

    public PortRef {
        Objects.requireNonNull(componentId, "componentId");
        Objects.requireNonNull(port, "port");
        if (replica < DESIGN) {
            throw new IllegalArgumentException("replica " + replica + " is not possible (replicas are counted from 0)");
        }
    }

    /** An end on the design itself (no replica). */
    public PortRef(String componentId, String port) {
        this(componentId, port, DESIGN);
    }

    /** Parses {@code component/port} or {@code component/port@replica}. */
    public static PortRef parse(String text) {
        int at = text.lastIndexOf('@');
        int replica = DESIGN;
        String rest = text;
        if (at >= 0) {
            String r = text.substring(at + 1);
            if (r.isEmpty() || r.length() > 9 || !r.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("'" + text + "' names replica '" + r + "'; write component/port@N with N from 0");
            }
            replica = Integer.parseInt(r);
            rest = text.substring(0, at);
        }
        int i = rest.lastIndexOf('/');
        if (i <= 0 || i == rest.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a port reference of the form component/port");
        }
        return new PortRef(rest.substring(0, i), rest.substring(i + 1), replica);
    }

    /** True when this end names a replica of a pod. */
    public boolean addressesReplica() {
        return replica != DESIGN;
    }

    /** The same end on another replica (or {@link #DESIGN}). */
    public PortRef onReplica(int r) {
        return r == replica ? this : new PortRef(componentId, port, r);
    }

    /**
     * Written out, with the value the record's generated method gives ({@code (31 * h(componentId) + h(port)) * 31
     * + replica}), so hash orders stay as they were: port references are the keys of every topology's maps, and
     * the generated method (method handles) showed as ~40% of the live analysis's samples after a connect
     * (docs/performance.md, "The island re-check after a connect").
     */
    @Override
    public int hashCode() {
        return (31 * componentId.hashCode() + port.hashCode()) * 31 + replica;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PortRef r && replica == r.replica && componentId.equals(r.componentId) && port.equals(r.port);
    }

    @Override
    public int compareTo(PortRef o) {
        int c = componentId.compareTo(o.componentId);
        if (c != 0) {
            return c;
        }
        c = port.compareTo(o.port);
        return c != 0 ? c : Integer.compare(replica, o.replica);
    }

    @Override
    public String toString() {
        return replica == DESIGN ? componentId + "/" + port : componentId + "/" + port + "@" + replica;
    }
}
