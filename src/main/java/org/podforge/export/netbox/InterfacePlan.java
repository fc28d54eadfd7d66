package org.podforge.export.netbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    private final List<Interface> interfaces;
    private final List<Cable> cables;

    private InterfacePlan(List<Interface> interfaces, List<Cable> cables) {
        this.interfaces = List.copyOf(interfaces);
        this.cables = List.copyOf(cables);
    }

    public List<Interface> interfaces() {
        return interfaces;
    }

    public List<Cable> cables() {
        return cables;
    }

    /** One physical port of one device and the cables on it, in schedule order. */
    private static final class PortUse {
        final String device;
        final String base;
        final CableEnd end;
        final List<Integer> cables = new ArrayList<>();
        final List<Integer> lanes = new ArrayList<>();

        PortUse(String device, String base, CableEnd end) {
            this.device = device;
            this.base = base;
            this.end = end;
        }
    }

    static InterfacePlan of(CableSchedule schedule, Catalog catalog, NetBoxNames names, List<String> warnings) {
        Map<String, PortUse> ports = new LinkedHashMap<>();
        List<CableSchedule.Cable> placed = new ArrayList<>();
        List<PortUse[]> endsOf = new ArrayList<>();
        schedule.forEachCable(c -> {
            CableRun r = c.run();
            if (r.a().chassisId().isEmpty() || r.z().chassisId().isEmpty()) {
                if (c.copy() == 1) {
                    warnings.add("08-cables.csv: link " + r.linkId() + " of pod " + r.podId() + " has an end in no chassis ("
                            + (r.a().chassisId().isEmpty() ? r.a().componentId() : r.z().componentId())
                            + "); it is left out of the NetBox files: place the component in a chassis or delete the link");
                }
                return;
            }
            int index = placed.size();
            placed.add(c);
            PortUse a = use(ports, names.device(c.deviceName(r.a())), r.a());
            PortUse z = use(ports, names.device(c.deviceName(r.z())), r.z());
            a.cables.add(index);
            a.lanes.add(r.lanes());
            z.cables.add(index);
            z.lanes.add(r.lanes());
            endsOf.add(new PortUse[] {a, z});
        });

        List<Interface> interfaces = new ArrayList<>();
        for (PortUse p : ports.values()) {
            String what = p.end.component() + " (" + p.end.componentPart() + ") port " + p.end.port();
            Long speed = speedKbps(catalog, p.end);
            String type = "other";
            check(p.base, p.device, warnings);
            if (p.cables.size() == 1) {
                interfaces.add(new Interface(p.device, p.base, "", type, speed, what));
            } else {
                int n = p.cables.size();
                interfaces.add(new Interface(p.device, p.base, "", type, speed, what + ", split into " + n + " breakout legs"));
                for (int i = 0; i < n; i++) {
                    String child = p.base + "/" + (i + 1);
                    check(child, p.device, warnings);
                    interfaces.add(new Interface(p.device, child, p.base, type, null,
                            "breakout leg " + (i + 1) + " of " + n + " of " + p.base + " (x" + p.lanes.get(i) + ")"));
                }
            }
        }

        List<Cable> cables = new ArrayList<>(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            CableSchedule.Cable c = placed.get(i);
            CableRun r = c.run();
            PortUse a = endsOf.get(i)[0];
            PortUse z = endsOf.get(i)[1];
            String nameA = nameOn(a, i);
            String nameZ = nameOn(z, i);
            List<String> notes = new ArrayList<>();
            notes.add(r.mediumOrPart() + (r.transceiverPart() != null ? " with " + r.transceiverPart() + (r.transceiverPart().contains(" / ") ? " (a / b end)" : " at each end") : "")
                    + ", x" + r.lanes());
            breakoutNote(a, i, "A").ifPresent(notes::add);
            breakoutNote(z, i, "B").ifPresent(notes::add);
            cables.add(new Cable(names.siteName(), a.device, nameA, names.siteName(), z.device, nameZ, cableType(r), c.label(),
                    r.hasLength() ? length(r.lengthM()) : "", String.join("; ", notes)));
        }
        return new InterfacePlan(interfaces, cables);
    }

    private static PortUse use(Map<String, PortUse> ports, String device, CableEnd end) {
        String base = end.componentId() + ":" + end.port();
        return ports.computeIfAbsent(device + "\u0000" + base, k -> new PortUse(device, base, end));
    }

    private static String nameOn(PortUse p, int cable) {
        return p.cables.size() == 1 ? p.base : p.base + "/" + (p.cables.indexOf(cable) + 1);
    }

    private static Optional<String> breakoutNote(PortUse p, int cable, String side) {
        if (p.cables.size() == 1) {
            return Optional.empty();
        }
        return Optional.of("side " + side + " is breakout leg " + (p.cables.indexOf(cable) + 1) + " of " + p.cables.size()
                + " of " + p.base);
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
