package org.podforge.bom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.catalog.TransceiverUse;
import org.podforge.model.Cage;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.FabricCables;
import org.podforge.model.Family;
import org.podforge.model.LinkPattern;
import org.podforge.model.Medium;
import org.podforge.model.MeshWiring;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.RailWiring;
import org.podforge.power.PowerModel;
import org.podforge.power.RackPower;

/**
 * The scale-out fabric's share of the bill of materials, counted by multiplication, never by expanding a
 * pattern (decision 0013): its network racks, switch chassis and switches (one each: the fabric is not
 * replicated); its hand-made links' cables and transceivers as inside a pod (a breakout module or splitter
 * cable serves as many links of one port as it has legs); and each wiring pattern's cables as
 * {@link FabricCables#count(Project, LinkPattern)} (arithmetic, less the cables hand-made links take over)
 * times its cable part, plus one transceiver per cable <em>end</em> that takes a pluggable (end a's part, end
 * b's {@code transceiverB} where it differs; none at a co-packaged-optics switch, whose front panel is a fibre
 * connector). A pattern gives every cable its own port, so a twin-port module at a pattern's port serves that
 * one cable, unless a rail pattern's {@code leafLegs} shares each leaf port between 2 or 4 cables through a breakout:
 * then one module per leaf port, and a splitter cable part counts once per its legs. Its lines join the BOM under the pod id
 * {@link #POD_ID} with one copy.
 */
public final class FabricBom {
    /** The pod column of the fabric's BOM lines. */
    public static final String POD_ID = Fabric.ID;

    /** What one part counts as in the fabric. */
    public enum Role { RACK, CHASSIS, SWITCH, OTHER, CABLE, BREAKOUT_CABLE, TRANSCEIVER }

    /** A part of the fabric, how many, and as what. */
    public record Item(String partNumber, long qty, Role role) {
    }

    /**
     * Power of the fabric: its network racks as {@link PowerModel} counts them (switch chassis, their parts and
     * overhead, the modules of hand-made fabric links and the modules the patterns plug into their switches), plus
     * the server-end modules of rail patterns and the patterns' active cables, which are in no rack's figure.
     *
     * @param racks       each network rack's power (and budget)
     * @param patternW    known power of the rail patterns' server-end modules and the patterns' active cables
     * @param unknown     what has no published power, part -> units (racks' unknowns and the patterns')
     */
    public record Power(List<RackPower> racks, double patternW, Map<String, Long> unknown) {
        public Power {
            racks = List.copyOf(racks);
            unknown = java.util.Collections.unmodifiableMap(new TreeMap<>(unknown));
        }

        /** The known power of the whole fabric, in watts. */
        public double totalW() {
            return racks.stream().mapToDouble(RackPower::totalW).sum() + patternW;
        }
    }

    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, long[]> patternPowered = new LinkedHashMap<>();
    private Power power = new Power(List.of(), 0, Map.of());
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<String, ConnectivityTier> mediaTiers = new TreeMap<>();
    private final String label;

    private FabricBom(String label) {
        this.label = label;
    }

    /** The fabric's BOM with the power of its racks from {@code power} (the model rack.power and the BOM use). */
    public static FabricBom of(Project project, Catalog catalog, PowerModel power) {
        FabricBom b = of(project, catalog);
        List<RackPower> racks = new ArrayList<>();
        Map<String, Long> unknown = new TreeMap<>();
        for (Rack r : project.fabric().racks()) {
            RackPower rp = power.rack(r);
            racks.add(rp);
            rp.unknown().forEach((k, v) -> unknown.merge(k, v, Long::sum));
        }
        double patternW = 0;
        for (Map.Entry<String, long[]> e : b.patternPowered.entrySet()) {
            Part part = catalog.find(e.getKey()).orElse(null);
            if (part == null || part.powerW().isEmpty()) {
                unknown.merge(e.getKey(), e.getValue()[0], Long::sum);
            } else {
                patternW += part.powerW().get() * e.getValue()[0];
            }
        }
        b.power = new Power(racks, patternW, unknown);
        return b;
    }

    /** The fabric's parts without power figures (see {@link #of(Project, Catalog, PowerModel)}). */
    public static FabricBom of(Project project, Catalog catalog) {
        Fabric f = project.fabric();
        FabricBom b = new FabricBom(f.label());
        for (Rack r : f.racks()) {
            b.add(r.partNumber(), 1, Role.RACK);
            for (Chassis c : r.chassis()) {
                b.add(c.partNumber(), 1, Role.CHASSIS);
                for (Component comp : c.components()) {
                    Part p = catalog.find(comp.partNumber()).orElse(null);
                    boolean sw = p != null && (p.family() == Family.NETWORK_SWITCH || p.family() == Family.SCALEUP_SWITCH);
                    b.add(comp.partNumber(), 1, sw ? Role.SWITCH : Role.OTHER);
                }
            }
        }
        // hand-made links: as inside a pod
        for (org.podforge.model.Link l : f.links()) {
            if (l.cablePart() != null && TransceiverUse.legs(catalog.find(l.cablePart()).orElse(null)) <= 1) {
                b.add(l.cablePart(), 1, Role.CABLE);
            }
        }
        for (TransceiverUse.Modules m : TransceiverUse.splitterCables(f.links(), catalog)) {
            b.add(m.partNumber(), m.count(), Role.BREAKOUT_CABLE);
        }
        for (TransceiverUse.Modules m : TransceiverUse.of(f.links(), catalog)) {
            b.add(m.partNumber(), m.count(), Role.TRANSCEIVER);
        }
        // patterns: count x parts
        for (LinkPattern lp : f.patterns()) {
            long n = FabricCables.count(project, lp);
            if (n == 0) {
                continue;
            }
            ConnectivityTier tier = tier(project, catalog, lp);
            // a rail pattern with a breakout at the leaf puts leafLegs cables on one leaf port: one module there per port
            long leafPorts = leafPortsUsed(project, lp, n);
            if (lp.cablePart() != null) {
                int legs = TransceiverUse.legs(catalog.find(lp.cablePart()).orElse(null));
                // a splitter cable serves `legs` cables (an 800G-to-2x400G DAC feeds two NICs)
                long cables = legs > 1 ? (n + legs - 1) / legs : n;
                b.add(lp.cablePart(), cables, legs > 1 ? Role.BREAKOUT_CABLE : Role.CABLE);
                b.mediaTiers.putIfAbsent(lp.cablePart(), tier);
                Part cp = catalog.find(lp.cablePart()).orElse(null);
                Medium cm = cp == null ? lp.medium() : cp.medium().orElse(lp.medium());
                boolean fibre = cm == Medium.FIBER_MM || cm == Medium.FIBER_SM; // passive: its power is in the modules
                if (cp == null || cp.family() == Family.SMART_CABLE_MODULE || cp.powerW().orElse(0.0) > 0 || !fibre && cm.isActive()) {
                    b.patternPowered.computeIfAbsent(lp.cablePart(), k -> new long[1])[0] += cables; // active: draws power
                }
            }
            // one module per cable end that takes a pluggable: end a's part, end b's (transceiverB) where it differs
            String atA = lp.transceiverPart();
            String atB = lp.transceiverPartB() != null ? lp.transceiverPartB() : lp.transceiverPart();
            for (String[] end : new String[][] {{atA, "a"}, {atB, "b"}}) {
                if (end[0] != null && pluggable(project, catalog, lp, end[1].equals("a"))) {
                    long modules = end[1].equals("b") ? leafPorts : n;
                    b.add(end[0], modules, Role.TRANSCEIVER);
                    b.mediaTiers.putIfAbsent(end[0], tier);
                    if (end[1].equals("a") && lp.wiring() instanceof RailWiring) {
                        // a rail's server-end modules sit in pod racks but belong to no link there; switch-end modules
                        // are in their network rack's figure (PowerModel)
                        b.patternPowered.computeIfAbsent(end[0], k -> new long[1])[0] += modules;
                    }
                }
            }
        }
        return b;
    }

    /**
     * Ports a pattern's cables take at end b: {@code n} (one each), except a rail pattern whose leaf ports each carry
     * {@code leafLegs} cables through a breakout: then the leaf ports its units fill (less the cables hand-made links
     * took over, one port per {@code leafLegs} of them).
     */
    static long leafPortsUsed(Project project, LinkPattern lp, long n) {
        if (!(lp.wiring() instanceof RailWiring rw) || rw.leafLegs() == 1) {
            return n;
        }
        long[] ports = {0};
        long[] cables = {0};
        rw.portUse(project, org.podforge.model.Wiring.withCables((id, prefix, first, count, up, c) -> {
            ports[0] += count;
            cables[0] += c;
        }));
        long taken = Math.max(0, cables[0] - n);
        return Math.max(0, ports[0] - taken / rw.leafLegs());
    }

    private void add(String pn, long qty, Role role) {
        counts.computeIfAbsent(pn, k -> new long[1])[0] += qty;
        roles.putIfAbsent(pn, role);
    }

    /** A pattern's low end (rail ports, a mesh's lower switches) or high end (leaves, upper switches). */
    private static List<Port> endPorts(Project project, Catalog catalog, LinkPattern lp, boolean low) {
        List<PortRef> refs = lp.wiring().endRefs(low);
        List<Port> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PortRef r : refs) {
            Component c = project.component(r.componentId()).orElse(null);
            if (c == null || !seen.add(c.partNumber() + "/" + r.port())) {
                continue; // one look per part and port: a pattern of 2,048 leaves asks once
            }
            catalog.find(c.partNumber()).flatMap(p -> p.port(r.port())).ifPresent(out::add);
        }
        return out;
    }

    /** False when the end's ports are co-packaged optics (a fibre connector, no pluggable module). */
    private static boolean pluggable(Project project, Catalog catalog, LinkPattern lp, boolean low) {
        List<Port> ports = endPorts(project, catalog, lp, low);
        return ports.isEmpty() || ports.stream().anyMatch(p -> p.spec().cage() != Cage.MPO);
    }

    /** Scale-up when a pattern joins scale-up ports or switches, else scale-out (the fabric's default). */
    private static ConnectivityTier tier(Project project, Catalog catalog, LinkPattern lp) {
        for (boolean low : new boolean[] {true, false}) {
            for (Port p : endPorts(project, catalog, lp, low)) {
                if (p.spec().role() == PortRole.SCALE_UP) {
                    return ConnectivityTier.SCALE_UP;
                }
            }
        }
        if (lp.wiring() instanceof MeshWiring mw && !mw.lower().isEmpty()) {
            Part p = project.component(mw.lower().get(0)).flatMap(c -> catalog.find(c.partNumber())).orElse(null);
            if (p != null && p.family() == Family.SCALEUP_SWITCH) {
                return ConnectivityTier.SCALE_UP;
            }
        }
        return ConnectivityTier.SCALE_OUT;
    }

    /** Every part, how many, and as what (racks, chassis and switches first, in fabric order). */
    public List<Item> items() {
        List<Item> out = new ArrayList<>();
        counts.forEach((pn, q) -> out.add(new Item(pn, q[0], roles.get(pn))));
        return out;
    }

    /** Units counted as {@code role}. */
    public long count(Role role) {
        long n = 0;
        for (Item i : items()) {
            if (i.role() == role) {
                n += i.qty();
            }
        }
        return n;
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The fabric's power: network racks and pattern optics (empty when built without a power model). */
    public Power power() {
        return power;
    }

    /** The tiers of the link media patterns use (a cable or transceiver part -> the tier it serves). */
    public Map<String, ConnectivityTier> mediaTiers() {
        return java.util.Collections.unmodifiableMap(mediaTiers);
    }

    /** The fabric's BOM lines (pod {@link #POD_ID}, one copy), priced with {@code prices}. */
    List<BomLine> lines(Catalog catalog, PriceBook prices) {
        List<BomLine> out = new ArrayList<>();
        counts.forEach((pn, q) -> out.add(BomLine.of(POD_ID, label, pn, q[0], 1, catalog, prices)));
        out.sort(Bom.LINE_ORDER);
        return out;
    }
}
