package org.podforge.topology;

import java.util.List;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Port;
import org.podforge.model.PortRef;

/**
 * A PCIe/CXL Link in the spec's sense: the chain of physical links between an upstream and a downstream
 * port, running through retimers (components whose ports are PASSTHROUGH). Each physical link in it is
 * one electrical segment (a smart cable adds the retimers inside it). {@code endB} is null when the chain
 * stops at a retimer with nothing on its other side.
 *
 * @param endA      the first end (a real port: root, switch, endpoint, scale-up or network port)
 * @param portA     its catalog port, or null when the part is unknown
 * @param endB      the other end, or null for an open chain
 * @param portB     its catalog port, or null
 * @param links     the physical links, from endA to endB
 * @param retimers  the retimer components crossed, in order
 * @param cableRetimers retimers inside smart cables of the links
 */
public record Chain(PortRef endA, Port portA, PortRef endB, Port portB, List<Link> links, List<Component> retimers,
                    int cableRetimers) {
    public Chain {
        links = List.copyOf(links);
        retimers = List.copyOf(retimers);
    }

    /** Identity: chains are graph edges (JGraphT keys them in hash maps); two chains are never "equal". */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public int retimerCount() {
        return retimers.size() + cableRetimers;
    }

    public boolean open() {
        return endB == null;
    }

    /** A readable name: "gpu-3/host -> pswitch-1/port-2 (via retimer-3)". */
    public String describe() {
        StringBuilder sb = new StringBuilder(endA.toString());
        sb.append(" \u2192 ").append(endB == null ? "(nothing)" : endB.toString());
        if (!retimers.isEmpty()) {
            sb.append(" via ");
            for (int i = 0; i < retimers.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(retimers.get(i).id());
            }
        }
        return sb.toString();
    }
}
