package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Plural;
import org.podforge.model.Rack;
import org.podforge.model.command.Command;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.RemoveCommand;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Unconnected;

/**
 * part.unconnected: a retimer, PCIe switch, scale-up switch or scale-out switch with no link is paid for in the BOM
 * but carries nothing. One finding per chassis (one cause: the chassis' active parts were not wired). Rack scope,
 * because a link added or removed anywhere in the rack changes the answer.
 */
public final class PartUnconnectedRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("part.unconnected", "Active parts are connected", Severity.WARNING,
            "A retimer or switch passes traffic only between linked ports; an unlinked one is cost and power for nothing");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.RACK;
    }

    @Override
    public void checkRack(RuleContext ctx, Rack rack, Report out) {
        for (Chassis ch : rack.chassis()) {
            List<Component> idle = Unconnected.idleActiveParts(ctx.project(), ctx.catalog(), ch);
            if (idle.isEmpty()) {
                continue;
            }
            Map<String, List<String>> byPart = Util.idsByPart(idle);
            boolean removable = true;
            for (Component c : idle) {
                Part p = ctx.part(c.partNumber());
                // retimers and PCIe switches are add-in silicon: leaving one out is a real option; switch ASICs of a
                // switch tray or box are the product itself, so the answer there is to wire them
                removable &= p != null && (p.family() == Family.RETIMER || p.family() == Family.PCIE_SWITCH);
            }
            List<String> what = new ArrayList<>();
            byPart.forEach((pn, ids) -> what.add(ids.size() + " x " + pn + " (" + Util.idsCapped(ids, 6) + ")"));
            List<String> subjects = new ArrayList<>();
            idle.forEach(c -> subjects.add(c.id()));
            List<Fix> fixes = new ArrayList<>();
            boolean one = idle.size() == 1;
            String advice;
            if (removable) {
                advice = one ? "connect it (a retimer sits between a root or switch port and a device) or remove it"
                        : "connect them (a retimer sits between a root or switch port and a device) or remove them";
                List<String> ids = List.copyOf(subjects);
                fixes.add(new Fix("Remove the " + Plural.of(ids.size(), "unconnected part") + " from " + ch.label(), p -> remove(ch.label(), ids)));
            } else {
                advice = one ? "wire it to the accelerators or the fabric it serves" : "wire them to the accelerators or the fabric they serve";
            }
            out.add(Severity.WARNING, "Chassis " + ch.id() + " has " + Plural.of(idle.size(), "active part") + " with no link: " + String.join(", ", what)
                    + (one ? ". It is counted in the BOM (as unconnected) and its power, but carries nothing; "
                            : ". They are counted in the BOM (as unconnected) and its power, but carry nothing; ") + advice + ".", subjects, fixes);
        }
    }

    private static Command remove(String chassis, List<String> ids) {
        List<Command> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(new RemoveCommand(id));
        }
        return parts.size() == 1 ? parts.get(0) : new CompositeCommand("Remove " + ids.size() + " unconnected parts from " + chassis, parts);
    }
}
