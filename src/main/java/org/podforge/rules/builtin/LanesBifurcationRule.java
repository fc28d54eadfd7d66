package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Bifurcation;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Topology;

/** lanes.bifurcation: several links on one port must form one of the port's allowed splits. */
public final class LanesBifurcationRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("lanes.bifurcation", "Links on a port form an allowed split", Severity.ERROR,
            "Allowed splits per port from the catalog: x16 -> 2x8 -> 4x4 (-> 8x2 on Aries); NVIDIA Grace does not bifurcate to x4 (interconnect-facts B4)");

    private static final java.util.Map<String, Bifurcation> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.ISLAND;
    }

    @Override
    public boolean perComponent() {
        return true;
    }

    @Override
    public void checkComponent(RuleContext ctx, Topology t, Component c, Report out) {
        Part part = t.part(c.id());
        if (part == null || t.island().links().size() < 2) {
            return; // a port with one link or none is never split (a fabric's lone switches: thousands of islands)
        }
        for (Port port : part.ports()) {
            PortRef ref = new PortRef(c.id(), port.name());
            List<Link> links = t.linksAt(ref);
            if (links.size() < 2 || ScaleUpDomainRule.judgesPort(part, port)) {
                continue; // a scale-up switch's NVLink/UALink port: scaleup.domain reports it once per domain
            }
            int widest = 0;
            for (Link l : links) {
                widest = Math.max(widest, l.lanes());
            }
            List<String> splits = port.spec().bifurcations();
            boolean ok = false;
            for (String s : splits) {
                Bifurcation b = PARSED.computeIfAbsent(s, Bifurcation::parse);
                if (links.size() <= b.links() && widest <= b.width()) {
                    ok = true;
                    break;
                }
            }
            if (ok) {
                continue;
            }
            List<String> widths = new ArrayList<>();
            for (Link l : links) {
                widths.add("x" + l.lanes());
            }
            List<String> subjects = new ArrayList<>();
            subjects.add(c.id());
            links.forEach(l -> subjects.add(l.id()));
            List<Fix> fixes = new ArrayList<>();
            String sw = links.size() <= 3 ? LanesCapacityRule.SWITCH_SMALL : LanesCapacityRule.SWITCH_LARGE;
            if ((port.spec().role() == PortRole.ROOT || port.spec().role() == PortRole.SWITCH) && Util.isPcie(port)
                    && ctx.offerable(sw) != null) {
                fixes.add(new Fix("Move the devices on " + ref + " behind a Scorpio P switch (" + sw + ")",
                        p -> Fixes.insertSwitch(p, ctx.catalog(), ref, sw)));
            }
            String allowed = splits.isEmpty() ? "the catalog lists no split for this port, so it carries one link"
                    : "allowed splits are " + String.join(", ", splits);
            out.add(Severity.ERROR, "Port " + ref + " (" + part.partNumber() + ") carries " + links.size() + " links ("
                    + String.join(", ", widths) + "); " + allowed + " (" + Util.partSource(part, "ports") + ").", subjects, fixes,
                    Util.partSource(part, "ports"));
        }
    }
}
