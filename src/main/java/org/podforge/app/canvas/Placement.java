package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Part;
import org.podforge.model.Rack;
import org.podforge.rules.Compatibility;

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

    /**
     * Decided by {@link Compatibility#canPlace} / {@link Compatibility#freeSlot} (the predicate of the
     * slot rule); the messages for "no such slot type" and "all taken" are the canvas's own.
     */
    public static SlotChoice slotFor(Catalog catalog, Chassis chassis, Part part, String preferred) {
        if (preferred != null && Compatibility.canPlace(catalog, part.partNumber(), chassis, preferred).ok()) {
            return new SlotChoice(preferred, null);
        }
        var free = Compatibility.freeSlot(catalog, part.partNumber(), chassis);
        if (free.isPresent()) {
            return new SlotChoice(free.get(), null);
        }
        Part cp = catalog.find(chassis.partNumber()).orElse(null);
        String type = part.slotType().orElse(null);
        if (cp == null || !part.family().isComponent() || type == null) {
            String first = cp == null || cp.slotNames().isEmpty() ? null : cp.slotNames().get(0);
            String why = Compatibility.canPlace(catalog, part.partNumber(), chassis, first).reason();
            return new SlotChoice(null, why.isEmpty() ? part.partNumber() + " cannot be placed in " + chassis.label() + "." : cap(why) + ".");
        }
        int total = 0;
        for (String n : cp.slotNames()) {
            if (type.equals(cp.slotTypeOf(n).orElse(null))) {
                total++;
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

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
}
