package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.PortRef;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.RemoveCommand;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/** retimer.count: at most two retimers between an upstream and a downstream port, smart-cable retimers included. */
public final class RetimerCountRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("retimer.count", "At most two retimers per link", Severity.ERROR,
            "PCIe Base 6.1 section 4.3: 'A maximum of two Retimers are permitted between an Upstream and a Downstream Port' (interconnect-facts B3)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.ISLAND;
    }

    @Override
    public boolean perChain() {
        return true;
    }

    @Override
    public void checkChain(RuleContext ctx, Topology t, Chain c, Report out) {
        int max = (int) ctx.thresholds().value("retimer.max");
        int n = c.retimerCount();
        if (n <= max) {
            return;
        }
        List<String> subjects = new ArrayList<>();
        for (Component r : c.retimers()) {
            subjects.add(r.id());
        }
        for (Link l : c.links()) {
            subjects.add(l.id());
        }
        List<String> parts = new ArrayList<>();
        for (Component r : c.retimers()) {
            parts.add(r.id() + " (" + r.partNumber() + ")");
        }
        for (Link l : c.links()) {
            int k = t.cableRetimers(l);
            if (k > 0) {
                parts.add(k + " inside " + l.cablePart() + " on " + l.id());
            }
        }
        List<Fix> fixes = new ArrayList<>();
        if (!c.retimers().isEmpty()) {
            Component last = c.retimers().get(c.retimers().size() - 1);
            fixes.add(new Fix("Remove " + last.id() + " and join its two links", p -> removeRetimer(p, last.id())));
        }
        out.add(Severity.ERROR, c.describe() + " crosses " + n + " retimers (" + String.join(", ", parts) + "); at most " + max
                + " are permitted between an upstream and a downstream port (" + Util.cite(ctx, "retimer.max") + ").", subjects, fixes,
                Util.cite(ctx, "retimer.max"));
    }

    /** Deletes a retimer (and its links) and joins its two neighbours with one link like the downstream one. */
    static CompositeCommand removeRetimer(org.podforge.model.Project p, String retimerId) {
        Component rt = Fixes.requireComponent(p, retimerId);
        List<Link> links = p.linksOf(retimerId);
        if (links.size() != 2) {
            throw new org.podforge.model.command.CommandException(retimerId + " has " + links.size() + " links; join them by hand");
        }
        Link up = links.get(0);
        Link down = links.get(1);
        PortRef a = up.otherEnd(retimerId);
        PortRef b = down.otherEnd(retimerId);
        Link joined = Fixes.copyWithEnds(down, Fixes.freshIds(p, "link", 1).get(0), a, b, down.medium(), true);
        joined.setLanes(Math.min(up.lanes(), down.lanes()));
        return new CompositeCommand("Remove " + rt.label() + " and join its links",
                List.of(new RemoveCommand(retimerId), AddCommand.link(joined)));
    }
}
