package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.command.Command;
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

/**
 * cxl.host: a CXL memory device (Leo is Type 3) reaches a CXL-capable root port through CXL-capable parts;
 * CXL 2.0 allows one switch level, CXL 3.x several.
 */
public final class CxlHostRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("cxl.host", "CXL devices reach a CXL root port", Severity.ERROR,
            "A CXL device needs a CXL-capable root port; CXL 2.0 single-level switching, CXL 3.0 multi-level (interconnect-facts B5)");

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
        Graph<String, Chain> g = t.pcieGraph();
        for (Component c : t.island().components()) {
            Part p = t.part(c.id());
            if (p == null || p.family() != Family.CXL_MEMORY_CONTROLLER || !g.containsVertex(c.id())) {
                continue;
            }
            Port host = null;
            for (Port port : p.ports()) {
                if (port.spec().role() == PortRole.ENDPOINT && port.spec().isCxlCapable()) {
                    host = port;
                }
            }
            if (host == null) {
                continue;
            }
            PortRef hostRef = new PortRef(c.id(), host.name());
            // breadth-first from the device to the nearest root complex (a hierarchy is a tree: usually one path)
            java.util.Map<String, Chain> via = new java.util.HashMap<>();
            java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            todo.add(c.id());
            seen.add(c.id());
            String root = null;
            while (!todo.isEmpty() && root == null) {
                String v = todo.poll();
                if (!v.equals(c.id()) && PcieTreeRule.isRootComplex(t, v)) {
                    root = v;
                    break;
                }
                for (Chain e : g.edgesOf(v)) {
                    String w = org.jgrapht.Graphs.getOppositeVertex(g, e, v);
                    if (seen.add(w)) {
                        via.put(w, e);
                        todo.add(w);
                    }
                }
            }
            GraphPath<String, Chain> path = null;
            if (root != null) {
                List<Chain> edges = new ArrayList<>();
                List<String> verts = new ArrayList<>();
                String v = root;
                verts.add(v);
                while (!v.equals(c.id())) {
                    Chain e = via.get(v);
                    edges.add(0, e);
                    v = org.jgrapht.Graphs.getOppositeVertex(g, e, v);
                    verts.add(0, v);
                }
                path = new org.jgrapht.graph.GraphWalk<>(g, c.id(), root, verts, edges, edges.size());
            }
            if (path == null) {
                continue; // pcie.orphan reports devices that reach no root
            }
            List<String> blockers = new ArrayList<>();
            String minVersion = host.spec().cxlVersion();
            for (Chain ch : path.getEdgeList()) {
                for (int i = 0; i < 2; i++) {
                    Port port = i == 0 ? ch.portA() : ch.portB();
                    PortRef ref = i == 0 ? ch.endA() : ch.endB();
                    if (!port.spec().isCxlCapable()) {
                        blockers.add(ref + " (" + t.part(ref.componentId()).partNumber() + ")");
                    } else if (port.spec().cxlVersion() != null && (minVersion == null || port.spec().cxlVersion().compareTo(minVersion) < 0)) {
                        minVersion = port.spec().cxlVersion();
                    }
                }
                for (Component r : ch.retimers()) {
                    Port rp = Util.retimerPort(t, r.id());
                    if (rp != null && !rp.spec().isCxlCapable()) {
                        blockers.add(r.id() + " (" + r.partNumber() + ")");
                    }
                }
            }
            int switches = path.getVertexList().size() - 2;
            List<String> subjects = new ArrayList<>();
            subjects.add(c.id());
            for (String v : path.getVertexList()) {
                if (!v.equals(c.id())) {
                    subjects.add(v);
                }
            }
            String chassisId = c.chassis().id();
            List<Fix> fixes = List.of(new Fix("Connect " + c.id() + " to a free CXL-capable root port in " + chassisId,
                    pr -> rehome(pr, ctx, hostRef)));
            if (!blockers.isEmpty()) {
                out.add(Severity.ERROR, c.id() + " (" + p.partNumber() + ", CXL " + host.spec().cxlVersion() + " Type 3 memory) reaches root "
                        + root + " through ports that do not speak CXL (" + String.join(", ", blockers) + "); CXL memory needs CXL-capable parts all the way to a CXL root port.",
                        subjects, fixes);
                continue;
            }
            int allowed = minVersion != null && minVersion.startsWith("3") ? Integer.MAX_VALUE
                    : (int) ctx.thresholds().value("cxl.maxSwitchLevels.cxl2");
            if (switches > allowed) {
                out.add(Severity.ERROR, c.id() + " sits " + switches + " switch levels below root " + root + "; CXL " + minVersion
                        + " allows " + allowed + " (" + Util.cite(ctx, "cxl.maxSwitchLevels.cxl2") + ").", subjects, fixes);
            }
        }
    }

    /** Removes the device's host links and links it straight to a free CXL-capable root port of its chassis. */
    static Command rehome(org.podforge.model.Project p, RuleContext ctx, PortRef host) {
        List<Command> parts = new ArrayList<>();
        for (Link l : p.linksAt(host)) {
            parts.add(new RemoveCommand(l.id()));
        }
        // execute removals virtually: the new port must be free once they are gone, which they do not touch
        parts.add(PcieOrphanRule.connectToFreePort(p, ctx, new PortRef(host.componentId(), host.port()), true));
        return new CompositeCommand("Connect " + host.componentId() + " to a CXL root port", parts);
    }
}
