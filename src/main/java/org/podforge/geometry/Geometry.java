package org.podforge.geometry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.RackSpec;

/**
 * Positions to physical distance to link length.
 * <ul>
 * <li>Same chassis: the chassis part's {@code traceLengthM} (a typical board trace; no slack).</li>
 * <li>Same rack: the vertical distance between the centres of the two chassis (U positions times the rack
 * part's unit height), plus slack.</li>
 * <li>Same row: rack pitch (the rack part's width, else the default pitch) times the distance in positions,
 * plus the vertical runs from each chassis up to the top of its rack (overhead tray), plus slack.</li>
 * <li>Different rows: row pitch times the row distance, plus the along-the-row distance, plus vertical runs,
 * plus slack.</li>
 * </ul>
 * A length set on the link ({@link Link#lengthOverrideM()}) always wins.
 */
public final class Geometry {
    private final Catalog catalog;
    private final GeometryDefaults defaults;
    /**
     * Per part number, what the lengths read from the catalog (immutable): a cluster's export measures every one of
     * its tens of thousands of fabric cables, each reading two racks' and two chassis' parts. Concurrent, because
     * validation checks units on several threads.
     */
    private final Map<String, Optional<RackSpec>> rackSpecs = new ConcurrentHashMap<>();
    private final Map<String, Optional<Integer>> heights = new ConcurrentHashMap<>();
    private final Function<String, Optional<RackSpec>> readRackSpec;
    private final Function<String, Optional<Integer>> readHeight;

    public Geometry(Catalog catalog, GeometryDefaults defaults) {
        this.catalog = Objects.requireNonNull(catalog);
        this.defaults = Objects.requireNonNull(defaults);
        this.readRackSpec = pn -> catalog.find(pn).flatMap(Part::rack);
        this.readHeight = pn -> catalog.find(pn).flatMap(Part::heightU);
    }

    public GeometryDefaults defaults() {
        return defaults;
    }

    /** The length of a link attached to a project. */
    public LinkLength length(Link link) {
        if (link.lengthOverrideM() != null) {
            return LinkLength.override(link.lengthOverrideM());
        }
        Project p = link.project();
        if (p == null) {
            return unknown("the link is not in a project");
        }
        Component a = p.component(link.a().componentId()).orElse(null);
        Component b = p.component(link.b().componentId()).orElse(null);
        if (a == null || b == null) {
            return unknown("a link end names a missing component");
        }
        return between(a, link.a().replica(), b, link.b().replica());
    }

    /** The cable/trace length between two placed components. */
    public LinkLength between(Component a, Component b) {
        return between(a, PortRef.DESIGN, b, PortRef.DESIGN);
    }

    /**
     * The length of a cable between two ends of the hall, each possibly in a replica of its pod (decision 0009):
     * a replica's racks stand where its pod's {@link org.podforge.model.ReplicaLayout} puts them, so a cable between
     * replicas, or from a replica to a network rack, is measured like any cable between racks. A length set on
     * the cable wins.
     */
    public LinkLength between(Project p, PortRef a, PortRef b, Double lengthOverrideM) {
        if (lengthOverrideM != null) {
            return LinkLength.override(lengthOverrideM);
        }
        Component ca = p.componentOrNull(a.componentId());
        Component cb = p.componentOrNull(b.componentId());
        if (ca == null || cb == null) {
            return unknown("a cable end names a missing component");
        }
        return between(ca, a.replica(), cb, b.replica());
    }

    private LinkLength between(Component a, int replicaA, Component b, int replicaB) {
        Chassis ca = a.chassis();
        Chassis cb = b.chassis();
        if (ca == null || cb == null || ca.rack() == null || cb.rack() == null) {
            return unknown("a component is not placed in a rack");
        }
        boolean sameCopy = Math.max(replicaA, 0) == Math.max(replicaB, 0);
        if (ca == cb && sameCopy) {
            Part cp = catalog.find(ca.partNumber()).orElse(null);
            if (cp == null || cp.traceLengthM().isEmpty()) {
                return unknown("chassis " + ca.partNumber() + " gives no typical board trace length");
            }
            return LinkLength.board(cp.traceLengthM().get(), ca.partNumber());
        }
        Rack ra = ca.rack();
        Rack rb = cb.rack();
        RackSpec sa = rackSpec(ra);
        RackSpec sb = rackSpec(rb);
        if (sa == null || sb == null) {
            return unknown("rack part " + (sa == null ? ra.partNumber() : rb.partNumber()) + " gives no unit height");
        }
        double slack = defaults.slackFraction();
        double za = centreM(ca, sa);
        double zb = centreM(cb, sb);
        if (ra == rb && sameCopy) {
            return LinkLength.sameRack(Math.abs(za - zb), slack);
        }
        double va = Math.max(0, topM(ra, sa) - za);
        double vb = Math.max(0, topM(rb, sb) - zb);
        double pitch = rackPitchM(sa, sb);
        int rowA = row(ra, replicaA);
        int rowB = row(rb, replicaB);
        int apart = Math.abs(position(ra, replicaA) - position(rb, replicaB));
        if (rowA == rowB) {
            return LinkLength.sameRow(apart, pitch, va, vb, slack);
        }
        return LinkLength.otherRow(Math.abs(rowA - rowB), defaults.rowPitchM(), apart, pitch, va, vb, slack);
    }

    /** The hall row of a rack in one replica of its pod (a network rack, or the design itself: its own row). */
    private static int row(Rack r, int replica) {
        return r.pod() == null ? r.row() : r.pod().rowOf(r, replica);
    }

    private static int position(Rack r, int replica) {
        return r.pod() == null ? r.position() : r.pod().positionOf(r, replica);
    }

    private RackSpec rackSpec(Rack r) {
        return rackSpecs.computeIfAbsent(r.partNumber(), readRackSpec).orElse(null);
    }

    private Optional<Integer> heightU(String partNumber) {
        return heights.computeIfAbsent(partNumber, readHeight);
    }

    private double rackPitchM(RackSpec a, RackSpec b) {
        Double wa = a.widthMm();
        Double wb = b.widthMm();
        if (wa != null && wb != null) {
            return (wa + wb) / 2000.0;
        }
        return defaults.rackPitchM();
    }

    /** Height of the chassis centre above the rack floor, in metres. */
    private double centreM(Chassis c, RackSpec rs) {
        int h = heightU(c.partNumber()).orElse(1);
        return (c.uPosition() - 1 + h / 2.0) * rs.unitHeightMm() / 1000.0;
    }

    private double topM(Rack r, RackSpec rs) {
        int h = heightU(r.partNumber()).orElse(0);
        return h * rs.unitHeightMm() / 1000.0;
    }

    private static LinkLength unknown(String why) {
        return LinkLength.unknown(why);
    }
}
