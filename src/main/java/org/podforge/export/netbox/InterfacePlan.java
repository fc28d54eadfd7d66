package org.podforge.export.netbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.podforge.bom.CableEnd;
import org.podforge.bom.CableRun;
import org.podforge.bom.CableSchedule;
import org.podforge.catalog.Catalog;
import org.podforge.model.Medium;
import org.podforge.model.Port;

/**
 * The interfaces the cables land on, and the cables, as NetBox models them. NetBox lets one cable end on
 * an interface ("is already connected" otherwise), so a port that carries several physical cables (a
 * bifurcated PCIe x16 with four x4 cables, a twin-port cage split in two) becomes one parent interface
 * for the physical port plus one child interface per cable ({@code port/1}, {@code port/2}, ...), each
 * child naming its parent and saying which leg it is. Every physical cable is one row, never one
 * interface in several rows. Cables whose end is in no chassis cannot be placed on a NetBox device; they
 * are left out and listed in the warnings.
 *
 * <p>Both files stream ({@link #forEachInterface}, {@link #forEachCable}): the 131,072-GPU cluster has 2.76 million
 * cables, which as rows and per-copy port records do not fit a 1 GB heap. What is kept is what the cables of a
 * port have in common in every copy: the legs of each port of each pod design (the same in every replica, in the
 * same order), and the legs of each port a fabric cable lands on (per replica, as a number, not a text). A port's
 * legs in one copy are its pod design's legs followed by its fabric legs, since the schedule walks the pods'
 * cables before the fabric's.
 */
public final class InterfacePlan {

    /** NetBox's Interface.name max_length. */
    static final int MAX_INTERFACE_NAME = 64;

    /** @param speedKbps NetBox's speed field (kbps), null when unknown or for a breakout leg */
    public record Interface(String device, String name, String parent, String type, Long speedKbps, String description) {
    }

    /** @param length metres rounded to NetBox's two decimals, "" when unknown */
    public record Cable(String siteA, String deviceA, String nameA, String siteB, String deviceB, String nameB, String type,
                        String label, String length, String description) {
    }

    /** Receives rows one at a time. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(T row) throws IOException;
    }

    /** The cables on one port, in schedule order: how many, and the lanes of each. */
    private static final class Legs {
        private int n;
        private int[] lanes = new int[1];
        /** Fabric legs met so far in the current walk. */
        private int seen;
        /** Design legs: the replicas of their pod (whose copies they stand for); a fabric cable also lands on the port. */
        private final int replicas;
        private boolean fabricToo;

        Legs(int replicas) {
            this.replicas = replicas;
        }

        int add(int laneCount) {
            if (n == lanes.length) {
                lanes = java.util.Arrays.copyOf(lanes, n * 2);
            }
            lanes[n] = laneCount;
            return n++;
        }

        /** True when these design legs are on the device a copy key names (see {@link #copyKey}). */
        boolean standFor(int copyKey) {
            return replicas > 1 ? copyKey >= 1 && copyKey <= replicas : copyKey == 0;
        }
    }

    /** One end of a placed cable in one copy: its device, its port's name, its leg and how many legs the port has. */
    private record End(CableEnd end, String device, String base, int leg, int legs, Legs design, Legs fabric) {
        int lanes(int i) {
            int d = design == null ? 0 : design.n;
            return i < d ? design.lanes[i] : fabric.lanes[i - d];
        }

        String name() {
            return legs == 1 ? base : base + "/" + (leg + 1);
        }
    }

    private final CableSchedule schedule;
    private final Catalog catalog;
    private final NetBoxNames names;
    private final List<String> warnings;
    /** Legs of each port of each pod design, by chassis and port. */
    private final Map<String, Legs> design = new HashMap<>();
    /** Each pod run's leg at its a and z ends. */
    private final Map<CableRun, int[]> designLeg = new IdentityHashMap<>();
    /** Ports fabric cables land on, numbered; their legs by (number, copy key). */
    private final Map<String, Integer> fabricPorts = new HashMap<>();
    private final Map<Long, Legs> fabric = new HashMap<>();

    private InterfacePlan(CableSchedule schedule, Catalog catalog, NetBoxNames names, List<String> warnings) {
        this.schedule = schedule;
        this.catalog = catalog;
        this.names = names;
        this.warnings = warnings;
    }

    static InterfacePlan of(CableSchedule schedule, Catalog catalog, NetBoxNames names, List<String> warnings) {
        InterfacePlan plan = new InterfacePlan(schedule, catalog, names, warnings);
        for (CableRun r : schedule.runs()) {
            if (!r.isCable() || r.replicas() < 1 || plan.unplaced(r)) {
                continue;
            }
            String ka = key(r.a());
            String kz = key(r.z());
            int legA = plan.design.computeIfAbsent(ka, k -> new Legs(r.replicas())).add(r.lanes());
            int legZ = plan.design.computeIfAbsent(kz, k -> new Legs(r.replicas())).add(r.lanes());
            plan.designLeg.put(r, new int[] {legA, kz.equals(ka) ? legA : legZ});
        }
        schedule.forEachFabricCable(c -> {
            CableRun r = c.run();
            if (plan.unplaced(r)) {
                return;
            }
            Legs a = plan.fabricLegs(r.a(), true);
            a.add(r.lanes());
            plan.fabricLegs(r.z(), true).add(r.lanes());
        });
        return plan;
    }

    /** True (and warned once per link) when an end of the run is in no chassis. */
    private boolean unplaced(CableRun r) {
        if (!r.a().chassisId().isEmpty() && !r.z().chassisId().isEmpty()) {
            return false;
        }
        warnings.add("08-cables.csv: link " + r.linkId() + " of pod " + r.podId() + " has an end in no chassis ("
                + (r.a().chassisId().isEmpty() ? r.a().componentId() : r.z().componentId())
                + "); it is left out of the NetBox files: place the component in a chassis or delete the link");
        return true;
    }

    private static String key(CableEnd e) {
        return e.chassisId() + "\u0000" + e.componentId() + ":" + e.port();
    }

    /**
     * Which copy of its chassis a fabric cable's end is on, as its device name says: the replica when the end
     * addresses one of a replicated pod, else 0 (the bare chassis id: a network rack, or a pod deployed once).
     */
    private static int copyKey(CableEnd e) {
        return e.copy() > 0 && e.replicas() > 1 ? e.copy() : 0;
    }

    private Legs fabricLegs(CableEnd e, boolean create) {
        String k = key(e);
        Integer id = fabricPorts.get(k);
        if (id == null) {
            if (!create) {
                return null;
            }
            id = fabricPorts.size();
            fabricPorts.put(k, id);
            Legs d = design.get(k);
            if (d != null) {
                d.fabricToo = true;
            }
        }
        long fk = ((long) id << 32) | copyKey(e);
        return create ? fabric.computeIfAbsent(fk, x -> new Legs(1)) : fabric.get(fk);
    }

    /** Receives each placed cable with its two ends. */
    private interface EndsSink {
        void accept(CableSchedule.Cable c, End a, End z) throws IOException;
    }

    /** Every placed cable in schedule order, with the legs of its ends in this copy. */
    private void walk(EndsSink sink) throws IOException {
        for (Legs l : fabric.values()) {
            l.seen = 0;
        }
        schedule.forEachCable(c -> {
            CableRun r = c.run();
            if (r.a().chassisId().isEmpty() || r.z().chassisId().isEmpty()) {
                return;
            }
            End a;
            End z;
            if (c.isFabric()) {
                a = fabricEnd(c, r.a(), -1);
                boolean loop = key(r.z()).equals(key(r.a())) && copyKey(r.z()) == copyKey(r.a());
                z = fabricEnd(c, r.z(), loop ? a.leg() : -1);
            } else {
                int[] legs = designLeg.get(r);
                int copyKey = r.replicas() > 1 ? c.copy() : 0;
                a = podEnd(c, r.a(), legs[0], copyKey);
                z = podEnd(c, r.z(), legs[1], copyKey);
            }
            sink.accept(c, a, z);
        });
    }

    private End podEnd(CableSchedule.Cable c, CableEnd e, int leg, int copyKey) {
        String k = key(e);
        Legs d = design.get(k);
        Legs f = null;
        if (d.fabricToo) {
            Integer id = fabricPorts.get(k);
            f = fabric.get(((long) id << 32) | copyKey);
        }
        return new End(e, names.device(c.deviceName(e)), e.componentId() + ":" + e.port(), leg, d.n + (f == null ? 0 : f.n), d, f);
    }

    /** @param sameAs the leg of the cable's other end when both are on this port (a loop), else -1 */
    private End fabricEnd(CableSchedule.Cable c, CableEnd e, int sameAs) {
        Legs f = fabricLegs(e, false);
        Legs d = design.get(key(e));
        int copyKey = copyKey(e);
        if (d != null && !d.standFor(copyKey)) {
            d = null;
        }
        int dn = d == null ? 0 : d.n;
        int leg = dn + f.seen++;
        return new End(e, names.device(c.deviceName(e)), e.componentId() + ":" + e.port(), sameAs >= 0 ? sameAs : leg, dn + f.n, d, f);
    }

    /**
     * The interfaces the placed cables land on, each port once at its first cable, in schedule order; a port with
     * several cables is its parent row followed by one child row per cable. Interface names longer than NetBox
     * allows are added to the warnings as they are met.
     */
    public void forEachInterface(Sink<Interface> sink) throws IOException {
        walk((c, a, z) -> {
            if (a.leg() == 0) {
                port(a, sink);
            }
            if (z.leg() == 0 && !(z.device().equals(a.device()) && z.base().equals(a.base()))) {
                port(z, sink);
            }
        });
    }

    private void port(End p, Sink<Interface> sink) throws IOException {
        String what = p.end().component() + " (" + p.end().componentPart() + ") port " + p.end().port();
        Long speed = speedKbps(catalog, p.end());
        String type = "other";
        check(p.base(), p.device(), warnings);
        if (p.legs() == 1) {
            sink.accept(new Interface(p.device(), p.base(), "", type, speed, what));
            return;
        }
        int n = p.legs();
        sink.accept(new Interface(p.device(), p.base(), "", type, speed, what + ", split into " + n + " breakout legs"));
        for (int i = 0; i < n; i++) {
            String child = p.base() + "/" + (i + 1);
            check(child, p.device(), warnings);
            sink.accept(new Interface(p.device(), child, p.base(), type, null,
                    "breakout leg " + (i + 1) + " of " + n + " of " + p.base() + " (x" + p.lanes(i) + ")"));
        }
    }

    /** The placed cables, one row each, in schedule order, each end on its port or its breakout leg. */
    public void forEachCable(Sink<Cable> sink) throws IOException {
        walk((c, a, z) -> {
            CableRun r = c.run();
            List<String> notes = new ArrayList<>();
            notes.add(r.mediumOrPart() + (r.transceiverPart() != null ? " with " + r.transceiverPart() + (r.transceiverPart().contains(" / ") ? " (a / b end)" : " at each end") : "")
                    + ", x" + r.lanes());
            breakoutNote(a, "A").ifPresent(notes::add);
            breakoutNote(z, "B").ifPresent(notes::add);
            sink.accept(new Cable(names.siteName(), a.device(), a.name(), names.siteName(), z.device(), z.name(), cableType(r), c.label(),
                    r.hasLength() ? length(r.lengthM()) : "", String.join("; ", notes)));
        });
    }

    private static Optional<String> breakoutNote(End p, String side) {
        if (p.legs() == 1) {
            return Optional.empty();
        }
        return Optional.of("side " + side + " is breakout leg " + (p.leg() + 1) + " of " + p.legs() + " of " + p.base());
    }

    private static void check(String name, String device, List<String> warnings) {
        if (name.length() > MAX_INTERFACE_NAME) {
            warnings.add("07-interfaces.csv: interface " + name + " of " + device + " is longer than NetBox's "
                    + MAX_INTERFACE_NAME + " characters; shorten the component id in the design");
        }
    }

    private static Long speedKbps(Catalog catalog, CableEnd end) {
        Optional<Double> gbps = catalog.find(end.componentPart()).flatMap(p -> p.port(end.port())).map(Port::spec)
                .map(s -> s.speedGbps());
        return gbps.filter(g -> g > 0).map(g -> Math.round(g * 1_000_000)).orElse(null);
    }

    /**
     * A length in metres with NetBox's precision: Cable.length is a decimal with two places
     * (dcim/models/cables.py), so the value is rounded half-up to the centimetre, trailing zeros dropped.
     */
    static String length(double metres) {
        BigDecimal d = BigDecimal.valueOf(metres).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        return d.toPlainString();
    }

    /** NetBox cable type slug (CableTypeChoices), "" when NetBox has none (internal cables). */
    static String cableType(CableRun r) {
        Medium m = r.medium();
        String part = r.cablePart() == null ? "" : r.cablePart().toUpperCase(Locale.ROOT);
        switch (m) {
            case COPPER_EXTERNAL:
                return "dac-passive";
            case ACC:
            case AEC:
                return "dac-active";
            case AOC:
                return "aoc";
            case FIBER_MM:
                return part.contains("OM4") ? "mmf-om4" : part.contains("OM3") ? "mmf-om3" : "mmf";
            case FIBER_SM:
                return part.contains("OS2") ? "smf-os2" : "smf";
            default:
                return "";
        }
    }
}
