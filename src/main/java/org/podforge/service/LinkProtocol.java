package org.podforge.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Protocol;

/**
 * The protocol a link between two ports is drawn as (its colour on the canvas, the topology view and their printed
 * pages): the one both ports speak, by preference when they share several; CXL towards a CXL memory controller.
 */
public final class LinkProtocol {
    /** Protocol preference when two ports share several. */
    private static final List<Protocol> PREFERENCE = List.of(Protocol.NVLINK, Protocol.NVLINK_C2C, Protocol.UALINK, Protocol.INFINITY_FABRIC,
            Protocol.NEURONLINK, Protocol.INFINIBAND, Protocol.ETHERNET, Protocol.PCIE, Protocol.CXL);

    private LinkProtocol() {
    }

    /** The protocol of a link between {@code a} and {@code b}, or null when they share none (or a port is unknown). */
    public static Protocol of(Project project, Catalog catalog, PortRef a, PortRef b) {
        Component ca = project.component(a.componentId()).orElse(null);
        Component cb = project.component(b.componentId()).orElse(null);
        Port pa = ca == null ? null : port(catalog, ca, a.port());
        Port pb = cb == null ? null : port(catalog, cb, b.port());
        if (pa == null || pb == null) {
            return null;
        }
        Set<Protocol> common = EnumSet.copyOf(pa.spec().protocols());
        common.retainAll(pb.spec().protocols());
        if (common.contains(Protocol.CXL) && (isFamily(catalog, ca, Family.CXL_MEMORY_CONTROLLER) || isFamily(catalog, cb, Family.CXL_MEMORY_CONTROLLER))) {
            return Protocol.CXL;
        }
        for (Protocol p : PREFERENCE) {
            if (common.contains(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean isFamily(Catalog catalog, Component c, Family f) {
        return catalog.find(c.partNumber()).map(p -> p.family() == f).orElse(false);
    }

    private static Port port(Catalog catalog, Component c, String name) {
        return catalog.find(c.partNumber()).flatMap(p -> p.port(name)).orElse(null);
    }
}
