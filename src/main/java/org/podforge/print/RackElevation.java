package org.podforge.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.podforge.bom.Bom;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Rack;

/**
 * The front elevation of one rack as data (no drawing): its height in U and the chassis mounted in it, bottom
 * to top, each with its U range, label, part and what it holds. The PDF writer and the tests read this.
 *
 * @param heightU       the rack's height in U (its part's; {@link #DEFAULT_HEIGHT_U} or more when the catalog does not give it)
 * @param heightKnown   false when the rack part or its height is not in the catalog
 * @param powerW        the rack's summed power (known parts), or null when not computed
 * @param budgetW       the rack's power budget, or null when none is set or known
 * @param powerEstimate true when some of the power is a labelled estimate
 * @param powerUnknownParts parts in the rack whose power the catalog does not give (not in powerW)
 */
public record RackElevation(String rackId, String label, String podLabel, String partNumber, int heightU, boolean heightKnown,
                            List<Mounted> mounted, Double powerW, Double budgetW,
                            boolean powerEstimate, long powerUnknownParts) {
    /** Height drawn for a rack whose part's height is unknown: the common 42U. */
    public static final int DEFAULT_HEIGHT_U = 42;

    /**
     * One chassis on the elevation.
     *
     * @param uBottom     lowest U it occupies (1 = bottom)
     * @param heightU     U it occupies (1 when the catalog does not give its height: see heightKnown)
     * @param contents    what it holds, e.g. "8 GPU, 2 CPU, 8 NIC"; empty for an empty chassis
     * @param conflict    null, or why it cannot stand where it is (overlap, outside the rack)
     */
    public record Mounted(String chassisId, String label, String partNumber, String partName, ChassisKind kind, int uBottom, int heightU,
                          boolean heightKnown, String contents, String conflict) {
        public int uTop() {
            return uBottom + heightU - 1;
        }
    }

    public RackElevation {
        mounted = List.copyOf(mounted);
    }

    /** U occupied by chassis (overlaps counted once). */
    public int usedU() {
        boolean[] used = new boolean[heightU + 1];
        int n = 0;
        for (Mounted m : mounted) {
            for (int u = Math.max(1, m.uBottom()); u <= Math.min(heightU, m.uTop()); u++) {
                if (!used[u]) {
                    used[u] = true;
                    n++;
                }
            }
        }
        return n;
    }

    /** The elevation of {@code rack}; {@code power} is its BOM roll-up (for draw and budget), or null. */
    public static RackElevation of(Rack rack, Catalog catalog, Bom.RackRollup power) {
        Part rackPart = catalog.find(rack.partNumber()).orElse(null);
        Integer h = rackPart == null ? null : rackPart.heightU().orElse(null);
        List<Mounted> list = new ArrayList<>();
        int top = 0;
        for (Chassis c : rack.chassis()) {
            Part p = catalog.find(c.partNumber()).orElse(null);
            Integer ch = p == null ? null : p.heightU().orElse(null);
            int hu = ch == null || ch < 1 ? 1 : ch;
            list.add(new Mounted(c.id(), c.label(), c.partNumber(), p == null ? "part not in the catalog" : p.name(), ChassisKind.of(c, catalog),
                    c.uPosition(), hu, ch != null && ch >= 1, contents(c, catalog), null));
            top = Math.max(top, c.uPosition() + hu - 1);
        }
        boolean known = h != null && h >= 1;
        int height = known ? h : Math.max(DEFAULT_HEIGHT_U, top);
        list.sort(Comparator.comparingInt(Mounted::uBottom).thenComparing(Mounted::chassisId));
        List<Mounted> checked = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Mounted m = list.get(i);
            String conflict = null;
            if (m.uBottom() < 1 || m.uTop() > height) {
                conflict = "outside the rack (U" + m.uBottom() + "-U" + m.uTop() + " of " + height + "U)";
            } else {
                for (int j = 0; j < list.size(); j++) {
                    Mounted o = list.get(j);
                    if (j != i && o.uBottom() <= m.uTop() && m.uBottom() <= o.uTop()) {
                        conflict = "overlaps " + o.label();
                        break;
                    }
                }
            }
            checked.add(conflict == null ? m : new Mounted(m.chassisId(), m.label(), m.partNumber(), m.partName(), m.kind(), m.uBottom(),
                    m.heightU(), m.heightKnown(), m.contents(), conflict));
        }
        // a pod design's rack stands once per replica: say how many copies the technicians build
        String pod = rack.pod() == null ? "Hall fabric"
                : rack.pod().label() + (rack.pod().replicas() > 1 ? " (built " + rack.pod().replicas() + " times)" : "");
        return new RackElevation(rack.id(), rack.label(), pod, rack.partNumber(), height, known, checked,
                power == null ? null : power.powerW(), power == null ? null : power.budgetW(), power != null && power.powerEstimate(),
                power == null ? 0 : power.powerUnknown().values().stream().mapToLong(Long::longValue).sum());
    }

    /** "8 GPU, 2 CPU, 8 NIC": component counts by family, in family order; parts not in the catalog count as "unknown". */
    static String contents(Chassis c, Catalog catalog) {
        Map<Family, Integer> counts = new EnumMap<>(Family.class);
        int unknown = 0;
        for (Component comp : c.components()) {
            Family f = catalog.find(comp.partNumber()).map(Part::family).orElse(null);
            if (f == null) {
                unknown++;
            } else {
                counts.merge(f, 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((f, n) -> parts.add(n + " " + shortName(f)));
        if (unknown > 0) {
            parts.add(unknown + " unknown");
        }
        return String.join(", ", parts);
    }

    static String shortName(Family f) {
        return switch (f) {
            case GPU -> "GPU";
            case CPU -> "CPU";
            case NIC -> "NIC";
            case SSD -> "SSD";
            case RETIMER -> "retimer";
            case PCIE_SWITCH -> "PCIe switch";
            case SCALEUP_SWITCH -> "scale-up switch";
            case NETWORK_SWITCH -> "network switch";
            case CXL_MEMORY_CONTROLLER -> "CXL memory";
            default -> f.label();
        };
    }
}
