package org.podforge.service.hall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CompositeCommand;
import org.podforge.rules.Compatibility;

/**
 * Adding the scale-out network in the hall, toolkit-free: a network rack at a free hall place with its switch
 * boxes, or one more switch box in a network rack, each as one undoable command. A switch is a catalog
 * NETWORK_SWITCH in the catalog chassis (its "box") that holds it, as {@code podforge generate} builds them.
 * The rack part is the one the design's network racks already use, else its pod racks', else the catalog's
 * first orderable rack.
 */
public final class NetworkRacks {
    private NetworkRacks() {
    }

    /** A switch and the box that holds it. */
    public record SwitchChoice(Part switchPart, Part box) {
        public String label() {
            return switchPart.partNumber() + (switchPart.isOrderable() ? "" : " (" + switchPart.status().name().toLowerCase(Locale.ROOT) + ")");
        }
    }

    /** Every catalog network switch with a box to hold it: the design's own switches first, then orderable first. */
    public static List<SwitchChoice> choices(Project p, Catalog catalog) {
        Map<String, Integer> used = new HashMap<>();
        for (Component c : p.fabric().allComponents()) {
            used.merge(c.partNumber(), 1, Integer::sum);
        }
        List<SwitchChoice> out = new ArrayList<>();
        for (Part sw : catalog.byFamily(Family.NETWORK_SWITCH)) {
            boxFor(catalog, sw).ifPresent(box -> out.add(new SwitchChoice(sw, box)));
        }
        out.sort(Comparator.comparingInt((SwitchChoice c) -> -used.getOrDefault(c.switchPart().partNumber(), 0))
                .thenComparing(c -> !c.switchPart().isOrderable()));
        return out;
    }

    /** The catalog chassis that holds {@code sw}: its {@code -BOX} part, else a chassis of that name with a slot it fits. */
    public static Optional<Part> boxFor(Catalog catalog, Part sw) {
        Optional<Part> named = catalog.find(sw.partNumber() + "-BOX");
        if (named.isPresent()) {
            return named;
        }
        return catalog.byFamily(Family.CHASSIS).stream()
                .filter(c -> c.partNumber().startsWith(sw.partNumber()) && sw.slotType().isPresent()
                        && c.slots().stream().anyMatch(s -> sw.slotType().get().equals(s.type())))
                .findFirst();
    }

    /**
     * The network switch a catalog box holds: the one whose box ({@link #boxFor}) it is ("NVIDIA-SN5600-BOX" holds
     * "NVIDIA-SN5600"), or empty for any other chassis.
     */
    public static Optional<Part> switchFor(Catalog catalog, Part box) {
        if (box.family() != Family.CHASSIS) {
            return Optional.empty();
        }
        return catalog.byFamily(Family.NETWORK_SWITCH).stream()
                .filter(sw -> boxFor(catalog, sw).map(b -> b.partNumber().equals(box.partNumber())).orElse(false))
                .findFirst();
    }

    /**
     * Puts into a new, empty box the switch it is made for ({@link #switchFor}) as component {@code switchId}, as the
     * hall and the generator build boxes; a palette drop or double-click of a box does this. Returns that switch, or
     * empty when the chassis is no switch box (nothing is added).
     */
    public static Optional<Part> fillBox(Catalog catalog, Chassis box, String switchId) {
        Part sw = catalog.find(box.partNumber()).flatMap(b -> switchFor(catalog, b)).orElse(null);
        String slot = sw == null ? null : Compatibility.freeSlot(catalog, sw.partNumber(), box).orElse(null);
        if (slot == null) {
            return Optional.empty();
        }
        box.addComponent(new Component(switchId, "", sw.partNumber(), slot));
        return Optional.of(sw);
    }

    /** The rack part for a new network rack. */
    public static String rackPart(Project p, Catalog catalog) {
        if (!p.fabric().racks().isEmpty()) {
            return p.fabric().racks().get(0).partNumber();
        }
        for (var pod : p.pods()) {
            if (!pod.racks().isEmpty()) {
                return pod.racks().get(0).partNumber();
            }
        }
        return catalog.byFamily(Family.RACK).stream().filter(Part::isOrderable).findFirst()
                .or(() -> catalog.byFamily(Family.RACK).stream().findFirst())
                .orElseThrow(() -> new CommandException("The catalog has no rack part.")).partNumber();
    }

    /**
     * A new network rack at (row, position) holding {@code switches} boxes of {@code choice} from U1 up, each switch
     * named leaf-N. Refused when the place is taken or the boxes do not fit the rack.
     */
    public static Command addRack(Project p, Catalog catalog, int row, int position, SwitchChoice choice, int switches) {
        if (row < 0 || position < 0) {
            throw new CommandException("Rows and positions start at 0; (" + row + ", " + position + ") is not a hall place.");
        }
        if (switches < 0) {
            throw new CommandException("A rack holds 0 or more switches, not " + switches + ".");
        }
        String there = HallPlaces.of(p, Set.of()).at(row, position);
        if (there != null) {
            throw new CommandException(String.format(Locale.ROOT, "Row %d, position %d is taken by %s; choose a free place.", row, position, there));
        }
        Ids ids = new Ids(p);
        String rackId = ids.next("netrack");
        Rack rack = new Rack(rackId, "Network rack " + rackId.substring("netrack-".length()), rackPart(p, catalog), row, position);
        for (int i = 0; i < switches; i++) {
            addBox(catalog, rack, choice, ids);
        }
        return new CompositeCommand(String.format(Locale.ROOT, "Add %s at row %d, position %d with %d %s", rack.label(), row, position, switches,
                choice.switchPart().partNumber()), List.of(new AddCommand(Fabric.ID, rack)));
    }

    /** One more switch box of {@code choice} in network rack {@code rackId}, at its lowest free units. */
    public static Command addSwitch(Project p, Catalog catalog, String rackId, SwitchChoice choice) {
        return addSwitches(p, catalog, rackId, choice, 1);
    }

    /** {@code count} more switch boxes of {@code choice} in network rack {@code rackId}, from its lowest free units up, as one command. */
    public static Command addSwitches(Project p, Catalog catalog, String rackId, SwitchChoice choice, int count) {
        Rack rack = p.rack(rackId).orElseThrow(() -> new CommandException("rack " + rackId + " no longer exists"));
        if (rack.pod() != null) {
            throw new CommandException(rack.label() + " is a rack of " + rack.pod().label() + "; switches of the scale-out network go in network racks.");
        }
        if (count < 1) {
            throw new CommandException("Add at least one switch, not " + count + ".");
        }
        Ids ids = new Ids(p);
        // plan on a detached copy of the rack's occupancy so each box takes the next free units
        Rack probe = new Rack("probe", "", rack.partNumber(), rack.row(), rack.position());
        for (Chassis c : rack.chassis()) {
            probe.addChassis(new Chassis(c.id() + ".probe", "", c.partNumber(), c.uPosition()));
        }
        List<Command> adds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int u = firstFreeU(catalog, probe, choice.box());
            Chassis box = box(catalog, choice, ids, u);
            probe.addChassis(new Chassis(box.id() + ".probe", "", box.partNumber(), u));
            adds.add(new AddCommand(rackId, box));
            names.add(box.components().get(0).label());
        }
        return new CompositeCommand("Add " + (count == 1 ? names.get(0) : count + " leaf switches") + " (" + choice.switchPart().partNumber()
                + ") to " + rack.label(), adds);
    }

    private static void addBox(Catalog catalog, Rack rack, SwitchChoice choice, Ids ids) {
        int u = firstFreeU(catalog, rack, choice.box());
        rack.addChassis(box(catalog, choice, ids, u));
    }

    private static Chassis box(Catalog catalog, SwitchChoice choice, Ids ids, int u) {
        String id = ids.next("leaf");
        Chassis box = new Chassis(ids.reserve(id + "-box"), "", choice.box().partNumber(), u);
        Chassis slotProbe = new Chassis("probe", "", choice.box().partNumber(), u);
        String slot = Compatibility.freeSlot(catalog, choice.switchPart().partNumber(), slotProbe)
                .orElseThrow(() -> new CommandException(choice.box().partNumber() + " has no slot for " + choice.switchPart().partNumber() + "."));
        box.addComponent(new Component(id, id, choice.switchPart().partNumber(), slot));
        return box;
    }

    private static int firstFreeU(Catalog catalog, Rack rack, Part box) {
        int height = catalog.find(rack.partNumber()).flatMap(Part::heightU).orElse(0);
        for (int u = 1; u <= height; u++) {
            if (Compatibility.canPlaceChassis(catalog, box.partNumber(), rack, u, null).ok()) {
                return u;
            }
        }
        throw new CommandException(String.format(Locale.ROOT, "%s has no room left for a %dU %s.", rack.label(),
                box.heightU().orElse(1), box.partNumber()));
    }

    /** Fresh ids, distinct from the project's and from each other. */
    private static final class Ids {
        private final Project p;
        private final Set<String> planned = new HashSet<>();

        Ids(Project p) {
            this.p = p;
        }

        String next(String prefix) {
            String first = p.newId(prefix);
            int k = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
            String id = first;
            while (p.containsId(id) || planned.contains(id)) {
                id = prefix + "-" + ++k;
            }
            planned.add(id);
            return id;
        }

        String reserve(String id) {
            if (p.containsId(id) || !planned.add(id)) {
                throw new CommandException("id " + id + " is taken");
            }
            return id;
        }
    }
}
