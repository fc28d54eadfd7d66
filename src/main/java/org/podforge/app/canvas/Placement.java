package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Rack;

/**
 * Placement checks the canvas needs while dragging: which slot of a chassis a component part may take,
 * and which U positions of a rack are free for a chassis. Plain logic over the model and catalog.
 */
public final class Placement {
    private Placement() {
    }

    /** A free slot of the chassis for the part, preferring {@code preferred}; or why there is none. */
    public record SlotChoice(String slot, String reason) {
        public boolean ok() {
            return slot != null;
        }
    }

    public static SlotChoice slotFor(Catalog catalog, Chassis chassis, Part part, String preferred) {
        Part cp = catalog.find(chassis.partNumber()).orElse(null);
        if (cp == null) {
            return new SlotChoice(null, "Chassis " + chassis.label() + " uses " + chassis.partNumber()
                    + ", which is not in the catalog, so its slots are unknown.");
        }
        if (!part.family().isComponent()) {
            return new SlotChoice(null, part.family().label() + " parts do not go into chassis slots.");
        }
        String type = part.slotType().orElse(null);
        if (type == null) {
            return new SlotChoice(null, part.partNumber() + " names no slot type in the catalog, so it cannot be placed.");
        }
        Set<String> taken = new LinkedHashSet<>();
        for (Component c : chassis.components()) {
            if (c.slot() != null) {
                taken.add(c.slot());
            }
        }
        if (preferred != null && type.equals(cp.slotTypeOf(preferred).orElse(null)) && !taken.contains(preferred)) {
            return new SlotChoice(preferred, null);
        }
        int total = 0;
        for (String n : cp.slotNames()) {
            if (type.equals(cp.slotTypeOf(n).orElse(null))) {
                total++;
                if (!taken.contains(n)) {
                    return new SlotChoice(n, null);
                }
            }
        }
        if (total == 0) {
            Set<String> types = new LinkedHashSet<>();
            cp.slots().forEach(s -> types.add(s.type()));
            return new SlotChoice(null, cp.name() + " has no " + type + " slot for " + part.name()
                    + " (its slots: " + String.join(", ", types) + ").");
        }
        return new SlotChoice(null, "All " + total + " " + type + " slots of " + chassis.label() + " are taken.");
    }

    /** Units [from, to] occupied by each chassis of the rack except {@code ignoreId}. */
    public static List<int[]> occupied(Catalog catalog, Rack rack, String ignoreId) {
        List<int[]> out = new ArrayList<>();
        for (Chassis c : rack.chassis()) {
            if (c.id().equals(ignoreId)) {
                continue;
            }
            int h = catalog.find(c.partNumber()).flatMap(Part::heightU).orElse(1);
            out.add(new int[] {c.uPosition(), c.uPosition() + h - 1});
        }
        return out;
    }

    /** True when units [u, u+h-1] lie inside the rack and overlap no other chassis. */
    public static boolean fits(List<int[]> occupied, int units, int u, int h) {
        if (u < 1 || u + h - 1 > units) {
            return false;
        }
        for (int[] o : occupied) {
            if (u <= o[1] && u + h - 1 >= o[0]) {
                return false;
            }
        }
        return true;
    }

    /** The free position nearest to {@code wanted} for a chassis of {@code h} units, or -1. */
    public static int nearestFree(List<int[]> occupied, int units, int wanted, int h) {
        for (int d = 0; d <= units; d++) {
            if (fits(occupied, units, wanted - d, h)) {
                return wanted - d;
            }
            if (d > 0 && fits(occupied, units, wanted + d, h)) {
                return wanted + d;
            }
        }
        return -1;
    }

    /** Who occupies unit u of a rack, for messages. */
    public static String occupant(Catalog catalog, Rack rack, int u, int h, String ignoreId) {
        for (Chassis c : rack.chassis()) {
            if (c.id().equals(ignoreId)) {
                continue;
            }
            int ch = catalog.find(c.partNumber()).flatMap(Part::heightU).orElse(1);
            if (u <= c.uPosition() + ch - 1 && u + h - 1 >= c.uPosition()) {
                return c.label() + " (U" + c.uPosition() + "-U" + (c.uPosition() + ch - 1) + ")";
            }
        }
        return null;
    }

    /** The family a part number belongs to, or null when unknown. */
    public static Family familyOf(Catalog catalog, String partNumber) {
        return catalog.find(partNumber).map(Part::family).orElse(null);
    }
}
