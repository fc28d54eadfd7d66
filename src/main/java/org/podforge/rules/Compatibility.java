package org.podforge.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.PortSpec;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.model.Rack;

/**
 * The port and slot compatibility predicates. The canvas asks them "may I connect / drop here?" and the
 * {@code link.protocol} and {@code chassis.slots} rules use the same answers, so the canvas and the problems
 * list never disagree.
 */
public final class Compatibility {
    private Compatibility() {
    }

    /** May ports {@code a} and {@code b} of components in the project be joined by a link? */
    public static Verdict canConnect(Project project, Catalog catalog, PortRef a, PortRef b) {
        if (a.equals(b)) {
            return Verdict.no("a port cannot be linked to itself");
        }
        if (a.componentId().equals(b.componentId())) {
            return Verdict.no("both ends are on " + a.componentId() + "; a link joins two components");
        }
        Component ca = project.component(a.componentId()).orElse(null);
        Component cb = project.component(b.componentId()).orElse(null);
        if (ca == null || cb == null) {
            return Verdict.no("component " + (ca == null ? a.componentId() : b.componentId()) + " does not exist");
        }
        try {
            project.place(a, b);
        } catch (IllegalArgumentException e) {
            // the model decides where a link between two ends can live (a pod design or the fabric)
            return Verdict.no(e.getMessage());
        }
        Part pa = catalog.find(ca.partNumber()).orElse(null);
        Part pb = catalog.find(cb.partNumber()).orElse(null);
        if (pa == null || pb == null) {
            return Verdict.no("part " + (pa == null ? ca.partNumber() : cb.partNumber()) + " is not in the catalog, so its ports are unknown");
        }
        return canConnect(a, pa, b, pb);
    }

    /** The predicate on two ends whose parts are known (where the link lives is the model's question, see Project.place). */
    public static Verdict canConnect(PortRef a, Part pa, PortRef b, Part pb) {
        if (a.equals(b)) {
            return Verdict.no("a port cannot be linked to itself");
        }
        if (a.componentId().equals(b.componentId())) {
            return Verdict.no("both ends are on " + a.componentId() + "; a link joins two components");
        }
        Port qa = pa.port(a.port()).orElse(null);
        Port qb = pb.port(b.port()).orElse(null);
        if (qa == null) {
            return Verdict.no(noPort(pa, a));
        }
        if (qb == null) {
            return Verdict.no(noPort(pb, b));
        }
        return canConnect(a, qa, b, qb);
    }

    private static String noPort(Part p, PortRef r) {
        List<String> names = p.ports().stream().map(Port::name).limit(12).toList();
        return p.partNumber() + " has no port '" + r.port() + "' (ports: " + String.join(", ", names)
                + (p.ports().size() > 12 ? ", ..." : "") + ")";
    }

    /** The pure predicate on two catalog ports (names are only used in the reason). */
    public static Verdict canConnect(PortRef a, Port pa, PortRef b, Port pb) {
        Set<Protocol> common = common(pa, pb);
        if (common.isEmpty()) {
            return Verdict.no(a + " speaks " + labels(pa.spec().protocols()) + " and " + b + " speaks "
                    + labels(pb.spec().protocols()) + ": no protocol in common");
        }
        PortRole ra = pa.spec().role();
        PortRole rb = pb.spec().role();
        if (ra == PortRole.ENDPOINT && rb == PortRole.ENDPOINT) {
            return Verdict.no(a + " and " + b + " are both device (endpoint) ports; a PCIe link needs a root, switch or retimer port on one side");
        }
        if (isScaleUp(ra) != isScaleUp(rb) && !(isScaleUp(ra) ? acceptsScaleUp(rb) : acceptsScaleUp(ra))) {
            PortRole su = isScaleUp(ra) ? ra : rb;
            PortRef suRef = isScaleUp(ra) ? a : b;
            PortRef other = isScaleUp(ra) ? b : a;
            return Verdict.no(suRef + " is a " + (su == PortRole.SCALE_UP ? "scale-up" : "network") + " port; it joins a port of the same kind or a switch port, not "
                    + other + " (" + (isScaleUp(ra) ? rb : ra).name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return Verdict.OK;
    }

    private static boolean isScaleUp(PortRole r) {
        return r == PortRole.SCALE_UP || r == PortRole.NETWORK;
    }

    private static boolean acceptsScaleUp(PortRole other) {
        return other == PortRole.SWITCH || other == PortRole.PASSTHROUGH;
    }

    /** Protocols both ports speak. */
    public static Set<Protocol> common(Port a, Port b) {
        Set<Protocol> s = EnumSet.noneOf(Protocol.class);
        s.addAll(a.spec().protocols());
        s.retainAll(b.spec().protocols());
        return s;
    }

    /** May a cable / smart cable / transceiver part carry a link between these ports? */
    public static Verdict canCarry(Part medium, Port a, Port b) {
        if (medium.protocols().isEmpty()) {
            return Verdict.OK;
        }
        Set<Protocol> s = common(a, b);
        s.retainAll(medium.protocols());
        if (s.isEmpty()) {
            return Verdict.no(medium.partNumber() + " carries " + labels(medium.protocols()) + ", not "
                    + labels(common(a, b)));
        }
        return Verdict.OK;
    }

    /**
     * May transceiver {@code module} sit in {@code port}'s cage and carry a link of {@code linkLanes} lanes? The
     * cage must be the port's (a finned-top OSFP module does not fit a flat-top OSFP cage, fabric I1), the module
     * no faster than the port, its lanes at the port's lane rate (an 8 x 100G module does not run in a 200G-per-lane
     * port: modules do not downshift, NVIDIA LinkX), and the link as wide as the module or as one of its breakout
     * legs. Unknown cages, lane rates and speeds are not judged (the catalog says "unknown").
     */
    public static Verdict canPlug(Part module, Port port, int linkLanes) {
        var s = port.spec();
        List<String> why = new java.util.ArrayList<>();
        if (module.cage().isPresent() && s.cage() != null && module.cage().get() != s.cage()) {
            why.add("it plugs into " + module.cage().get().label() + " cages and the port is " + s.cage().label());
        }
        if (module.speedGbps().isPresent() && s.speedGbps() != null && module.speedGbps().get() > s.speedGbps() + 1e-9) {
            why.add("it runs " + gbps(module.speedGbps().get()) + " and the port " + gbps(s.speedGbps()));
        }
        if (module.laneRateGbps().isPresent() && s.laneRateGbps() != null && Math.abs(module.laneRateGbps().get() - s.laneRateGbps()) > 1e-6) {
            // a module's host lanes are the port's SerDes lanes; modules do not change their lane rate (LinkX: "the
            // 400GbE/NDR transceivers cannot downshift"), and the port runs its links at its own rate (ADR 0007)
            why.add("its lanes run " + gbps(module.laneRateGbps().get()) + " and the port's " + gbps(s.laneRateGbps()));
        }
        if (why.isEmpty() && module.lanes().isPresent() && s.laneRateGbps() != null && !fitsWidth(module.lanes().get(), module.breakouts(), linkLanes)) {
            why.add("it carries " + widths(module.lanes().get(), module.breakouts()) + " lanes, not the link's " + linkLanes);
        }
        return why.isEmpty() ? Verdict.OK
                : Verdict.no(module.partNumber() + " does not fit " + port.name() + ": " + String.join("; ", why));
    }

    /**
     * May cable {@code cable} (a DAC, ACC, AEC or AOC that plugs straight into the cages) join ports {@code a}
     * and {@code b} with a link of {@code linkLanes} lanes? Its end cages must match the ports' (either way round),
     * its lanes at the link's lane rate, and the link as wide as the cable or one of its legs. Passive fibre (no cage)
     * is not judged here.
     */
    public static Verdict canCable(Part cable, Port a, Port b, int linkLanes) {
        List<String> why = new java.util.ArrayList<>();
        if (cable.cage().isPresent()) {
            var ca = a.spec().cage();
            var cb = b.spec().cage();
            var near = cable.cage().get();
            var far = cable.farCage().orElse(near);
            boolean straight = (ca == null || ca == near) && (cb == null || cb == far);
            boolean turned = (ca == null || ca == far) && (cb == null || cb == near);
            if (!straight && !turned) {
                why.add("its ends are " + near.label() + (far == near ? "" : " and " + far.label()) + ", the ports' cages "
                        + (ca == null ? "unknown" : ca.label()) + " and " + (cb == null ? "unknown" : cb.label()));
            }
        }
        Double ra = a.spec().laneRateGbps();
        Double rb = b.spec().laneRateGbps();
        Double linkRate = ra == null ? rb : rb == null ? ra : Double.valueOf(Math.min(ra, rb));
        boolean rateWrong = cable.laneRateGbps().isPresent() && linkRate != null && Math.abs(cable.laneRateGbps().get() - linkRate) > 1e-6;
        if (rateWrong) {
            // a cable carries the link's lanes at the link's rate (the lower of the two ports', ADR 0007): a 100G-per-lane
            // DAC on a 200G-per-lane XDR link is not one NVIDIA sells (fabric B7: no DAC for 200G PAM4)
            why.add("its lanes run " + gbps(cable.laneRateGbps().get()) + " and the link's " + gbps(linkRate));
        }
        if (!rateWrong && cable.lanes().isPresent() && (ra != null || rb != null)
                && !fitsWidth(cable.lanes().get(), cable.breakouts(), linkLanes)) {
            why.add("it carries " + widths(cable.lanes().get(), cable.breakouts()) + " lanes, not the link's " + linkLanes);
        }
        return why.isEmpty() ? Verdict.OK : Verdict.no(cable.partNumber() + " cannot carry this link: " + String.join("; ", why));
    }

    /**
     * Lanes a network link of {@code linkLanes} uses at {@code port}. A link's lanes are counted at the end with
     * the lower lane rate; a faster end carries the same speed on proportionally fewer lanes (a 400G link: 4 lanes
     * at 100G, 2 at 200G). -1 when the speed does not divide into whole lanes there.
     */
    public static int lanesAt(int linkLanes, Port port, Port other) {
        Double rate = port.spec().laneRateGbps();
        Double otherRate = other == null ? null : other.spec().laneRateGbps();
        // boxed throughout: a mixed Double/double conditional would unbox a null rate and throw
        Double ref = rate == null ? otherRate : otherRate == null ? rate : Double.valueOf(Math.min(rate, otherRate));
        if (ref == null || rate == null) {
            return linkLanes;
        }
        double lanes = linkLanes * ref / rate;
        return Math.abs(lanes - Math.rint(lanes)) < 1e-9 ? (int) Math.rint(lanes) : -1;
    }

    /** A link of {@code linkLanes} uses the whole part (straight) or one leg of a breakout. */
    private static boolean fitsWidth(int lanes, List<String> breakouts, int linkLanes) {
        if (breakouts.isEmpty()) {
            return linkLanes == lanes;
        }
        for (String b : breakouts) {
            if (org.podforge.model.Bifurcation.parse(b).width() == linkLanes) {
                return true;
            }
        }
        return false;
    }

    private static String widths(int lanes, List<String> breakouts) {
        if (breakouts.isEmpty()) {
            return Integer.toString(lanes);
        }
        return breakouts.stream().map(b -> Integer.toString(org.podforge.model.Bifurcation.parse(b).width())).distinct()
                .collect(Collectors.joining(" or ")) + " (per leg)";
    }

    /** "400G", "1600G": a speed in Gb/s per direction as the rules print it. */
    public static String gbpsLabel(double g) {
        return gbps(g);
    }

    static String gbps(double g) {
        return (g == Math.rint(g) ? Long.toString((long) g) : Double.toString(g)) + "G";
    }

    /** May a component of part {@code partNumber} sit in {@code slot} of {@code chassis}? An occupied slot says no. */
    public static Verdict canPlace(Catalog catalog, String partNumber, Chassis chassis, String slot) {
        Part part = catalog.find(partNumber).orElse(null);
        if (part == null) {
            return Verdict.no("part " + partNumber + " is not in the catalog");
        }
        if (!part.family().isComponent()) {
            return Verdict.no(partNumber + " is a " + part.family().label() + "; a chassis slot holds GPUs, CPUs, NICs, SSDs, retimers, switches and CXL controllers");
        }
        Part cp = catalog.find(chassis.partNumber()).orElse(null);
        if (cp == null) {
            return Verdict.no("chassis part " + chassis.partNumber() + " is not in the catalog, so its slots are unknown");
        }
        if (slot == null) {
            return Verdict.no("choose a slot of " + chassis.label());
        }
        Optional<String> type = cp.slotTypeOf(slot);
        if (type.isEmpty()) {
            return Verdict.no(chassis.partNumber() + " has no slot '" + slot + "'");
        }
        if (part.slotType().isPresent() && !part.slotType().get().equals(type.get())) {
            return Verdict.no(partNumber + " needs a " + part.slotType().get() + " slot; " + slot + " is " + type.get());
        }
        for (Component c : chassis.components()) {
            if (slot.equals(c.slot()) && !c.partNumber().isEmpty()) {
                return Verdict.no("slot " + slot + " of " + chassis.label() + " is taken by " + c.id());
            }
        }
        return Verdict.OK;
    }

    /** The first free slot of the chassis that fits the part, if any. */
    public static Optional<String> freeSlot(Catalog catalog, String partNumber, Chassis chassis) {
        Part cp = catalog.find(chassis.partNumber()).orElse(null);
        if (cp == null) {
            return Optional.empty();
        }
        Set<String> taken = chassis.components().stream().map(Component::slot).filter(s -> s != null).collect(Collectors.toSet());
        for (String s : cp.slotNames()) {
            if (!taken.contains(s) && canPlace(catalog, partNumber, chassis, s).ok()) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * May a chassis of part {@code partNumber} stand in {@code rack} from unit {@code u} up? Chassis
     * {@code ignoreChassisId} (the one being moved) does not count as an obstacle; pass null for a new one.
     */
    public static Verdict canPlaceChassis(Catalog catalog, String partNumber, Rack rack, int u, String ignoreChassisId) {
        Part cp = catalog.find(partNumber).orElse(null);
        Part rp = catalog.find(rack.partNumber()).orElse(null);
        if (cp == null || rp == null) {
            return Verdict.no("part " + (cp == null ? partNumber : rack.partNumber()) + " is not in the catalog");
        }
        int h = cp.heightU().orElse(1);
        int height = rp.heightU().orElse(0);
        if (u < 1) {
            return Verdict.no("rack units start at U1");
        }
        if (u + h - 1 > height) {
            return Verdict.no(partNumber + " (" + h + "U) at U" + u + " reaches U" + (u + h - 1) + ", beyond the " + height + "U of " + rack.label());
        }
        for (Chassis other : rack.chassis()) {
            if (other.id().equals(ignoreChassisId)) {
                continue;
            }
            int oh = catalog.find(other.partNumber()).flatMap(Part::heightU).orElse(1);
            if (u <= other.uPosition() + oh - 1 && other.uPosition() <= u + h - 1) {
                return Verdict.no("U" + u + "-U" + (u + h - 1) + " overlaps " + other.label() + " at U" + other.uPosition() + "-U" + (other.uPosition() + oh - 1));
            }
        }
        return Verdict.OK;
    }

    static String labels(Set<Protocol> ps) {
        return ps.stream().map(Protocol::label).collect(Collectors.joining(", "));
    }

    /**
     * Speed of one cable in Gb/s per direction: its lanes at the lower lane rate of its two ends (decision 0007),
     * never above either port's speed; {@code defaultLane} per lane when neither end gives a rate or speed (pass
     * NaN to get NaN: unknown). The fabric rule and the hall view count with it.
     */
    public static double linkGbps(Port a, Port b, int lanes, double defaultLane) {
        PortSpec sa = a == null ? null : a.spec();
        PortSpec sb = b == null ? null : b.spec();
        Double rate = null;
        for (PortSpec s : new PortSpec[] {sa, sb}) {
            if (s != null) {
                Double r = s.laneRateGbps() != null ? s.laneRateGbps() : s.speedGbps() != null ? s.speedGbps() / s.lanes() : null;
                if (r != null) {
                    rate = rate == null ? r : Math.min(rate, r);
                }
            }
        }
        double g = lanes * (rate == null ? defaultLane : rate);
        for (PortSpec s : new PortSpec[] {sa, sb}) {
            if (s != null && s.speedGbps() != null) {
                g = Math.min(g, s.speedGbps());
            }
        }
        return g;
    }
}
