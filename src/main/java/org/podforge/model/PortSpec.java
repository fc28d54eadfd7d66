package org.podforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A port, or a group of identical ports, of a catalog part. A group named {@code x16} with a count of 8
 * expands to ports x16-1 .. x16-8.
 *
 * @param generation   highest PCIe generation (PCIe/CXL ports), or null
 * @param cxlVersion   CXL version supported on this port ("2.0", "3.1"), or null when not CXL-capable
 * @param speedGbps    port speed for Ethernet/InfiniBand/NVLink/UALink ports, or null
 * @param bifurcations allowed splits, e.g. "1x16", "2x8", "4x4"
 */
public record PortSpec(String name, int count, PortRole role, Set<Protocol> protocols, Integer generation,
                       String cxlVersion, Double speedGbps, int lanes, List<String> bifurcations) {

    public PortSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (count < 1) {
            throw new IllegalArgumentException("port '" + name + "' needs a count of at least 1, not " + count);
        }
        if (lanes < 1) {
            throw new IllegalArgumentException("port '" + name + "' needs at least 1 lane, not " + lanes);
        }
        if (protocols == null || protocols.isEmpty()) {
            throw new IllegalArgumentException("port '" + name + "' names no protocol");
        }
        protocols = Collections.unmodifiableSet(EnumSet.copyOf(protocols));
        bifurcations = bifurcations == null ? List.of() : List.copyOf(bifurcations);
        for (String b : bifurcations) {
            Bifurcation.parse(b); // fail early on a malformed split
        }
    }

    public List<Port> expand() {
        if (count == 1) {
            return List.of(new Port(name, this));
        }
        List<Port> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(new Port(name + "-" + i, this));
        }
        return out;
    }

    public boolean speaks(Protocol p) {
        return protocols.contains(p);
    }

    public boolean isCxlCapable() {
        return protocols.contains(Protocol.CXL);
    }
}
