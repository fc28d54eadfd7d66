package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.Project;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Topology;

/** pcie.orphan: every PCIe device port is connected and its hierarchy reaches a root port. */
public final class PcieOrphanRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("pcie.orphan", "Every PCIe device reaches a root port", Severity.ERROR,
            "A PCIe device is enumerated by a root complex through root and switch ports (interconnect-facts B4)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.ISLAND;
    }

    @Override
    public void checkIsland(RuleContext ctx, Topology t, Report out) {
        for (Component c : t.island().components()) {
            Part p = t.part(c.id());
            if (p == null || p.family() == org.podforge.model.Family.CPU) {
                continue;
            }
            for (Port port : p.ports()) {
                if (port.spec().role() != PortRole.ENDPOINT || !Util.isPcie(port)) {
                    continue;
                }
                PortRef ref = new PortRef(c.id(), port.name());
                if (!t.linksAt(ref).isEmpty()) {
                    if (!t.pcieGraph().containsVertex(c.id())) {
                        List<String> subjects = new ArrayList<>();
                        subjects.add(c.id());
                        t.linksAt(ref).forEach(l -> subjects.add(l.id()));
                        out.add(Severity.ERROR, ref + " (" + p.partNumber() + ") is linked but its chain reaches no root or switch port (it ends at a retimer or a non-PCIe port).",
                                subjects, List.of());
                    }
                    continue;
                }
                String chassisId = c.chassis().id();
                out.add(Severity.ERROR, ref + " (" + p.partNumber() + " host link, x" + port.spec().lanes() + ") is not connected; a PCIe device needs a link to a root or switch port.",
                        List.of(c.id()), List.of(new Fix("Connect " + ref + " to a free root or switch port in " + chassisId,
                                pr -> connectToFreePort(pr, ctx, ref, false))));
            }
        }
        for (Set<String> h : t.hierarchies()) {
            boolean rooted = false;
            for (String v : h) {
                if (PcieTreeRule.isRootComplex(t, v)) {
                    rooted = true;
                    break;
                }
            }
            if (rooted) {
                continue;
            }
            List<String> members = new ArrayList<>(h);
            members.sort(null);
            out.add(Severity.ERROR, "PCIe devices " + shown(members) + " are linked together but reach no root port (no CPU in their hierarchy); connect the top switch to a CPU root port.",
                    members, List.of());
        }
    }

    private static String shown(List<String> ids) {
        return ids.size() <= 6 ? Util.ids(ids) : Util.ids(ids.subList(0, 6)) + " and " + (ids.size() - 6) + " more";
    }

    /**
     * Links a device port to a free, compatible root (or switch, unless {@code cxlRootOnly}) port of another
     * component in the same chassis.
     */
    static Command connectToFreePort(Project p, RuleContext ctx, PortRef device, boolean cxlRootOnly) {
        Component dev = Fixes.requireComponent(p, device.componentId());
        Part dp = ctx.catalog().require(dev.partNumber());
        Port dport = dp.port(device.port()).orElseThrow(() -> new CommandException(device + " no longer exists"));
        Chassis chassis = dev.chassis();
        for (PortRole wanted : cxlRootOnly ? new PortRole[] {PortRole.ROOT} : new PortRole[] {PortRole.ROOT, PortRole.SWITCH}) {
            for (Component other : chassis.components()) {
                if (other == dev) {
                    continue;
                }
                Part op = ctx.part(other.partNumber());
                if (op == null || op.family() == org.podforge.model.Family.SCALEUP_SWITCH) {
                    continue;
                }
                for (Port candidate : Fixes.freePorts(p, op, other.id())) {
                    if (candidate.spec().role() != wanted || (cxlRootOnly && !candidate.spec().isCxlCapable())) {
                        continue;
                    }
                    PortRef ref = new PortRef(other.id(), candidate.name());
                    if (!Compatibility.canConnect(ref, candidate, device, dport).ok()) {
                        continue;
                    }
                    int lanes = Math.min(candidate.spec().lanes(), dport.spec().lanes());
                    Link l = new Link(Fixes.freshIds(p, "link", 1).get(0), ref, device, lanes, Medium.PCB);
                    return AddCommand.link(l);
                }
            }
        }
        throw new CommandException("no free " + (cxlRootOnly ? "CXL-capable root" : "root or switch") + " port in " + chassis.label() + " for " + device);
    }
}
