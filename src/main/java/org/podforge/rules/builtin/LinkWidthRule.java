package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Link;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.command.Command;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.Edits;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/** link.width: the negotiated width is the narrowest part of the chain; warn when a device port trains narrower. */
public final class LinkWidthRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("link.width", "Devices train at their full width", Severity.WARNING,
            "Widths x1/x2/x4/x8/x16; devices down-train to the narrowest width of the link (interconnect-facts B1, B4)");

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
        if (c.open() || !Util.isPcie(c.portA()) || !Util.isPcie(c.portB())) {
            return;
        }
        int portWidth = Math.min(c.portA().spec().lanes(), c.portB().spec().lanes());
        for (var r : c.retimers()) {
            Port rp = Util.retimerPort(t, r.id());
            if (rp != null) {
                portWidth = Math.min(portWidth, rp.spec().lanes());
            }
        }
        Link narrowest = c.links().get(0);
        for (Link l : c.links()) {
            if (l.lanes() < narrowest.lanes()) {
                narrowest = l;
            }
        }
        int width = Math.min(portWidth, narrowest.lanes());
        for (int end = 0; end < 2; end++) {
            Port p = end == 0 ? c.portA() : c.portB();
            PortRef ref = end == 0 ? c.endA() : c.endB();
            if (p.spec().role() != PortRole.ENDPOINT || p.spec().lanes() <= width) {
                continue;
            }
            Integer gen = Util.chainGeneration(t, c, null);
            double perLane = gen == null ? Double.NaN : ctx.thresholds().value("pcie.gbpsPerLane.gen" + gen, Double.NaN);
            String loss = Double.isNaN(perLane) ? "bandwidth lost not characterized (generation unknown)"
                    : "loses " + Util.num((p.spec().lanes() - width) * perLane) + " GB/s per direction at Gen" + gen
                    + " (" + Util.num(perLane) + " GB/s per lane; " + Util.cite(ctx, "pcie.gbpsPerLane.gen" + gen) + ")";
            List<String> subjects = new ArrayList<>();
            subjects.add(ref.componentId());
            c.links().forEach(l -> subjects.add(l.id()));
            List<Fix> fixes = new ArrayList<>();
            if (portWidth > width) {
                int target = portWidth;
                List<String> narrow = new ArrayList<>();
                for (Link l : c.links()) {
                    if (l.lanes() < target) {
                        narrow.add(l.id());
                    }
                }
                fixes.add(new Fix("Widen " + Util.ids(narrow) + " to x" + target, pr -> {
                    List<Command> cmds = new ArrayList<>();
                    for (String id : narrow) {
                        cmds.add(Edits.lanes(pr, id, target));
                    }
                    return new CompositeCommand("Widen " + Util.ids(narrow) + " to x" + target, cmds);
                }));
            }
            out.add(Severity.WARNING, ref + " is x" + p.spec().lanes() + " but " + c.describe() + " trains at x" + width
                    + (narrowest != null && narrowest.lanes() == width ? " (narrowest: " + narrowest.id() + " x" + narrowest.lanes() + ")" : "")
                    + "; it " + loss + ".", subjects, fixes);
        }
    }
}
