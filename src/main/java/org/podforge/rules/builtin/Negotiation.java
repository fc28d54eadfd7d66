package org.podforge.rules.builtin;

import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/** What a PCIe/CXL chain negotiates, as the link rules compute it, for other layers (BOM, cable schedule). */
public final class Negotiation {
    private Negotiation() {
    }

    /**
     * The generation a chain trains at: the lowest generation among its two end ports, the retimers it
     * crosses and its PCIe/CXL cables (the definition link.generation checks); null when none is known.
     */
    public static Integer generation(Topology topology, Chain chain) {
        return Util.chainGeneration(topology, chain, null);
    }
}
