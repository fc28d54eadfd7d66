package org.podforge.service.hall;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.FabricCables;
import org.podforge.model.LinkPattern;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.Edits;
import org.podforge.model.command.RemoveCommand;
import org.podforge.catalog.Catalog;
import org.podforge.model.Family;
import org.podforge.model.Medium;
import org.podforge.model.MeshWiring;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.RailWiring;
import org.podforge.rules.Compatibility;

/**
 * The fabric's wiring patterns as the hall view offers them: every pattern, or those with an end in one rack (a
 * network rack's switches, or the servers of a pod rack), each with its cable count; deleting one as one undoable
 * command (a pattern stands for all its cables, so deleting it removes them all; hand-made links stay); and the
 * module at either end: the orderable modules that fit that end's port (cage, speed, lanes: the predicate port.speed
 * judges with) over the pattern's fibre, and setting one as one undoable command that leaves the other end as it is.
 */
public final class FabricPatterns {
    /** A pattern as a menu names it. */
    public record Entry(String id, String label, long cables) {
        /** "Rails to leaves (256 cables)". */
        public String text() {
            return String.format(Locale.ROOT, "%s (%,d cable%s)", label, cables, cables == 1 ? "" : "s");
        }
    }

    private FabricPatterns() {
    }

    /** Every pattern of the fabric, in the design's order. */
    public static List<Entry> all(Project p) {
        List<Entry> out = new ArrayList<>();
        for (LinkPattern lp : p.fabric().patterns()) {
            out.add(entry(p, lp));
        }
        return out;
    }

    /** The patterns with an end in {@code rackId} (its switches, or its servers' ports for a pod rack). */
    public static List<Entry> through(Project p, String rackId) {
        Rack rack = p.rack(rackId).orElse(null);
        if (rack == null) {
            return List.of();
        }
        Set<String> here = new HashSet<>();
        for (Chassis c : rack.chassis()) {
            for (Component comp : c.components()) {
                here.add(comp.id());
            }
        }
        List<Entry> out = new ArrayList<>();
        for (LinkPattern lp : p.fabric().patterns()) {
            for (String id : lp.wiring().componentIds()) {
                if (here.contains(id)) {
                    out.add(entry(p, lp));
                    break;
                }
            }
        }
        return out;
    }

    /** Deletes the pattern and so every cable it stands for: one undo step. */
    public static Command delete(Project p, String patternId) {
        LinkPattern lp = p.pattern(patternId).orElseThrow(() -> new CommandException("pattern " + patternId + " no longer exists"));
        return new CompositeCommand("Delete pattern " + entry(p, lp).text(), List.of(new RemoveCommand(lp.id())));
    }

    /** One end of a pattern as the module menu shows it. */
    /**
     * @param clearable whether "no module" can be set here: end b cannot be empty while end a names a module (the file
     *                  names end b's module only where it differs, {@code transceiverB} null = as end a)
     */
    public record End(boolean endB, String portKind, String current, List<String> fits, boolean clearable) {
        /** "end a (NVIDIA-CONNECTX-8/net): none". */
        public String text() {
            return (endB ? "end b" : "end a") + " (" + portKind + "): " + (current == null ? "none" : current);
        }
    }

    /**
     * The module choice at one end of a fibre pattern: the part and port there, the module it names now and the
     * orderable modules that fit (lowest power first). Empty when the pattern is not over fibre (copper and active
     * cables carry their own ends) or its end cannot be read.
     */
    public static java.util.Optional<End> end(Project p, Catalog catalog, String patternId, boolean endB) {
        LinkPattern lp = p.pattern(patternId).orElse(null);
        if (lp == null) {
            return java.util.Optional.empty();
        }
        Part cable = lp.cablePart() == null ? null : catalog.find(lp.cablePart()).orElse(null);
        Medium medium = cable != null && cable.medium().isPresent() ? cable.medium().get() : lp.medium();
        if (medium != Medium.FIBER_MM && medium != Medium.FIBER_SM) {
            return java.util.Optional.empty();
        }
        PortRef here = firstEnd(lp, endB);
        PortRef there = firstEnd(lp, !endB);
        Port port = here == null ? null : port(p, catalog, here);
        Port other = there == null ? null : port(p, catalog, there);
        if (port == null || !port.spec().isNetwork()) {
            return java.util.Optional.empty();
        }
        int lanes = Math.max(1, Compatibility.lanesAt(lp.lanes(), port, other));
        List<String> fits = catalog.byFamily(Family.TRANSCEIVER).stream()
                .filter(Part::isOrderable)
                .filter(t -> t.medium().orElse(null) == medium)
                .filter(t -> Compatibility.canPlug(t, port, lanes).ok())
                // the port's lane rate (as the generator chooses): a 100G-per-lane module is no offer for a 200G SerDes
                .filter(t -> t.laneRateGbps().isEmpty() || port.spec().laneRateGbps() == null
                        || Math.abs(t.laneRateGbps().get() - port.spec().laneRateGbps()) < 1e-6)
                .filter(t -> other == null || Compatibility.canCarry(t, port, other).ok())
                .sorted(java.util.Comparator.comparing((Part t) -> t.powerW().orElse(Double.MAX_VALUE)).thenComparing(Part::partNumber))
                .map(Part::partNumber).toList();
        String kind = p.component(here.componentId()).map(c -> c.partNumber()).orElse("?") + "/" + here.port();
        String current = endB ? (lp.transceiverPartB() != null ? lp.transceiverPartB() : lp.transceiverPart()) : lp.transceiverPart();
        return java.util.Optional.of(new End(endB, kind, current, fits, current != null && (!endB || lp.transceiverPart() == null)));
    }

    /**
     * Sets the module at one end (null: none) and keeps the other end's as it is, in one undo step: a pattern names
     * end a's module and end b's only where it differs ({@code transceiverB} null = as end a).
     */
    public static Command setModule(Project p, String patternId, boolean endB, String partNumber) {
        LinkPattern lp = p.pattern(patternId).orElseThrow(() -> new CommandException("pattern " + patternId + " no longer exists"));
        String a = lp.transceiverPart();
        String b = lp.transceiverPartB() != null ? lp.transceiverPartB() : a;
        String newA = endB ? a : partNumber;
        String newB = endB ? partNumber : b;
        if (newB == null && newA != null) {
            throw new CommandException("End b of pattern " + lp.label() + " cannot go without a module while end a has one (" + newA
                    + "): a pattern names end b's module only where it differs; clear end a first");
        }
        String storedB = java.util.Objects.equals(newA, newB) ? null : newB;
        List<Command> parts = new ArrayList<>();
        if (!java.util.Objects.equals(storedB, lp.transceiverPartB())) {
            parts.add(Edits.patternTransceiver(p, patternId, true, storedB));
        }
        if (!java.util.Objects.equals(newA, a)) {
            parts.add(Edits.patternTransceiver(p, patternId, false, newA));
        }
        if (parts.isEmpty()) {
            throw new CommandException((endB ? "End b" : "End a") + " of pattern " + lp.label() + " already has "
                    + (partNumber == null ? "no module" : partNumber));
        }
        return new CompositeCommand("Use " + (partNumber == null ? "no module" : partNumber) + " at " + (endB ? "end b" : "end a")
                + " of pattern " + lp.label(), parts);
    }

    /** The first cable's end of a pattern (a rail's first NIC or leaf port, a mesh's first lower or upper switch port), or null. */
    private static PortRef firstEnd(LinkPattern lp, boolean endB) {
        if (lp.wiring() instanceof RailWiring rw) {
            if (endB) {
                return rw.leaves().isEmpty() ? null : new PortRef(rw.leaves().get(0), rw.leafPortPrefix() + rw.leafFirstPort());
            }
            return rw.rails().isEmpty() || rw.rails().get(0).isEmpty() ? null : rw.rails().get(0).get(0);
        }
        MeshWiring mw = (MeshWiring) lp.wiring();
        List<String> ids = endB ? mw.upper() : mw.lower();
        return ids.isEmpty() ? null : new PortRef(ids.get(0), endB ? mw.upperPortPrefix() + mw.upperFirstPort() : mw.lowerPortPrefix() + mw.lowerFirstPort());
    }

    private static Port port(Project p, Catalog catalog, PortRef r) {
        return p.component(r.componentId()).flatMap(c -> catalog.find(c.partNumber())).flatMap(x -> x.port(r.port())).orElse(null);
    }

    private static Entry entry(Project p, LinkPattern lp) {
        return new Entry(lp.id(), lp.label(), FabricCables.count(p, lp));
    }
}
