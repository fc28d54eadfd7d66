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
import org.podforge.model.command.RemoveCommand;

/**
 * The fabric's wiring patterns as the hall view offers them: every pattern, or those with an end in one rack (a
 * network rack's switches, or the servers of a pod rack), each with its cable count; and deleting one as one
 * undoable command. A pattern stands for all its cables, so deleting it removes them all (hand-made links stay).
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

    private static Entry entry(Project p, LinkPattern lp) {
        return new Entry(lp.id(), lp.label(), FabricCables.count(p, lp));
    }
}
