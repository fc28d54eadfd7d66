package org.podforge.export.netbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.podforge.bom.CableEnd;
import org.podforge.bom.CableRun;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.PortLegs;
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
 * <p>Both files stream ({@link #forEachInterface}, {@link #forEachCable}): the cables are walked from the schedule
 * twice, and what a port's legs are in each copy comes from {@link PortLegs}, so the 2.76 million cables of the
 * 131,072-GPU cluster are never held.
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

    private final PortLegs legs;
    private final Catalog catalog;
    private final NetBoxNames names;
    private final List<String> warnings;

    private InterfacePlan(PortLegs legs, Catalog catalog, NetBoxNames names, List<String> warnings) {
        this.legs = legs;
        this.catalog = catalog;
        this.names = names;
        this.warnings = warnings;
    }

    static InterfacePlan of(CableSchedule schedule, Catalog catalog, NetBoxNames names, List<String> warnings) {
        PortLegs legs = PortLegs.of(schedule, (r, copies) -> {
            if (!r.a().chassisId().isEmpty() && !r.z().chassisId().isEmpty()) {
                return true;
            }
            warnings.add("08-cables.csv: link " + r.linkId() + " of pod " + r.podId() + " has an end in no chassis ("
                    + (r.a().chassisId().isEmpty() ? r.a().componentId() : r.z().componentId())
                    + "); it is left out of the NetBox files: place the component in a chassis or delete the link");
            return false;
        });
        return new InterfacePlan(legs, catalog, names, warnings);
    }

    private String device(CableSchedule.Cable c, PortLegs.End e) {
        return names.device(c.deviceName(e.end()));
    }

    private static String base(PortLegs.End e) {
        return e.end().componentId() + ":" + e.end().port();
    }

    private static String name(PortLegs.End e) {
        return e.legs() == 1 ? base(e) : base(e) + "/" + (e.leg() + 1);
    }

    /**
     * The interfaces the placed cables land on, each port once at its first cable, in schedule order; a port with
     * several cables is its parent row followed by one child row per cable. Interface names longer than NetBox
     * allows are added to the warnings as they are met.
     */
    public void forEachInterface(Sink<Interface> sink) throws IOException {
        legs.walk((c, a, z) -> {
            if (a.leg() == 0) {
                port(device(c, a), a, sink);
            }
            if (z.leg() == 0 && !z.samePort(a)) {
                port(device(c, z), z, sink);
            }
        });
    }

    private void port(String device, PortLegs.End p, Sink<Interface> sink) throws IOException {
        CableEnd end = p.end();
        String base = base(p);
        String what = end.component() + " (" + end.componentPart() + ") port " + end.port();
        Long speed = speedKbps(catalog, end);
        String type = "other";
        check(base, device, warnings);
        if (p.legs() == 1) {
            sink.accept(new Interface(device, base, "", type, speed, what));
            return;
        }
        int n = p.legs();
        sink.accept(new Interface(device, base, "", type, speed, what + ", split into " + n + " breakout legs"));
        for (int i = 0; i < n; i++) {
            String child = base + "/" + (i + 1);
            check(child, device, warnings);
            sink.accept(new Interface(device, child, base, type, null,
                    "breakout leg " + (i + 1) + " of " + n + " of " + base + " (x" + p.lanes(i) + ")"));
        }
    }

    /** The placed cables, one row each, in schedule order, each end on its port or its breakout leg. */
    public void forEachCable(Sink<Cable> sink) throws IOException {
        legs.walk((c, a, z) -> {
            CableRun r = c.run();
            List<String> notes = new ArrayList<>();
            notes.add(r.mediumOrPart() + (r.transceiverPart() != null ? " with " + r.transceiverPart() + (r.transceiverPart().contains(" / ") ? " (a / b end)" : " at each end") : "")
                    + ", x" + r.lanes());
            breakoutNote(a, "A").ifPresent(notes::add);
            breakoutNote(z, "B").ifPresent(notes::add);
            sink.accept(new Cable(names.siteName(), device(c, a), name(a), names.siteName(), device(c, z), name(z), cableType(r),
                    c.label(), r.hasLength() ? length(r.lengthM()) : "", String.join("; ", notes)));
        });
    }

    private static Optional<String> breakoutNote(PortLegs.End p, String side) {
        if (p.legs() == 1) {
            return Optional.empty();
        }
        return Optional.of("side " + side + " is breakout leg " + (p.leg() + 1) + " of " + p.legs() + " of " + base(p));
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
