package org.podforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A port, or a group of identical ports, of a catalog part. A group named {@code x16} with a count of 8
 * expands to ports x16-1 .. x16-8.
 *
 * @param generation   highest PCIe generation (PCIe/CXL ports), or null
 * @param cxlVersion   CXL version supported on this port ("2.0", "3.1"), or null when not CXL-capable
 * @param speedGbps    port speed for Ethernet/InfiniBand/NVLink/UALink ports in Gb/s, per link and per direction
 *                     (docs/decisions/0007), or null
 * @param lanes        electrical lanes: PCIe width, or the SerDes lanes of a network or scale-up port
 * @param bifurcations allowed splits, e.g. "1x16", "2x8", "4x4"; on a network port its breakouts in lanes
 *                     ("2x4" = two links of 4 lanes: 2 x 400G at 100G per lane)
 * @param cage         the receptacle of a network port (OSFP, QSFP112, ...), or null (PCIe, board-level, backplane)
 * @param laneRateGbps signalling rate of one lane in Gb/s per direction (100 for 100G PAM4), or null
 * @param maxLinkGbps  fastest single link per protocol where it is below the port speed (ConnectX-8: 800G
 *                     InfiniBand but at most 400GbE per link), empty when the port speed applies to all
 */
public record PortSpec(String name, int count, PortRole role, Set<Protocol> protocols, Integer generation,
                       String cxlVersion, Double speedGbps, int lanes, List<String> bifurcations, Cage cage,
                       Double laneRateGbps, Map<Protocol, Double> maxLinkGbps) {

    /** A port without cage or lane rate (PCIe, CXL). */
    public PortSpec(String name, int count, PortRole role, Set<Protocol> protocols, Integer generation,
                    String cxlVersion, Double speedGbps, int lanes, List<String> bifurcations) {
        this(name, count, role, protocols, generation, cxlVersion, speedGbps, lanes, bifurcations, null, null, Map.of());
    }

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
        maxLinkGbps = maxLinkGbps == null ? Map.of() : Map.copyOf(maxLinkGbps);
        for (Protocol p : maxLinkGbps.keySet()) {
            if (!protocols.contains(p)) {
                throw new IllegalArgumentException("port '" + name + "' limits " + p.label() + " links but does not speak " + p.label());
            }
        }
        for (String b : bifurcations) {
            Bifurcation.parse(b); // fail early on a malformed split
        }
        if (laneRateGbps != null && speedGbps != null && Math.abs(laneRateGbps * lanes - speedGbps) > 1e-6) {
            throw new IllegalArgumentException("port '" + name + "' is " + fmt(speedGbps) + "G but " + lanes + " lanes of "
                    + fmt(laneRateGbps) + "G make " + fmt(laneRateGbps * lanes) + "G; give speedGbps = lanes x laneRateGbps");
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * True for a scale-out Ethernet or InfiniBand port: a NIC's network port, or a switch port that speaks
     * Ethernet or InfiniBand and no PCIe/CXL. Scale-up ports (NVLink, UALink over Ethernet) are not.
     */
    public boolean isNetwork() {
        if (role == PortRole.NETWORK) {
            return true;
        }
        return role == PortRole.SWITCH && (speaks(Protocol.ETHERNET) || speaks(Protocol.INFINIBAND))
                && !speaks(Protocol.PCIE) && !speaks(Protocol.CXL);
    }

    /** True when lanes of this port are PCIe/CXL lanes (what lanes.capacity counts). */
    public boolean isPcieLanes() {
        return (speaks(Protocol.PCIE) || speaks(Protocol.CXL)) && role != PortRole.NETWORK;
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

    /** The fastest single link of this protocol: {@link #maxLinkGbps()} where given, else the port speed (or null). */
    public Double maxLinkGbps(Protocol p) {
        Double cap = maxLinkGbps.get(p);
        return cap != null ? cap : speedGbps;
    }

    public boolean speaks(Protocol p) {
        return protocols.contains(p);
    }

    public boolean isCxlCapable() {
        return protocols.contains(Protocol.CXL);
    }
}
