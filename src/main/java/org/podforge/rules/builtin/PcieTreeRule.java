package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRole;
import org.podforge.model.command.RemoveCommand;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/** pcie.tree: each PCIe/CXL hierarchy is a tree under one root complex: no loops, no second host without an NTB. */
public final class PcieTreeRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("pcie.tree", "Each PCIe hierarchy is a tree", Severity.ERROR,
            "A switch has one upstream port and fans a root port out to endpoints; joining two root complexes needs a non-transparent bridge (interconnect-facts B4)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.ISLAND;
    }

    static boolean isRootComplex(Topology t, String componentId) {
        Part p = t.part(componentId);
        if (p == null) {
            return false;
        }
        for (Port port : p.ports()) {
            if (port.spec().role() == PortRole.ROOT) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void checkIsland(RuleContext ctx, Topology t, Report out) {
        List<Set<String>> hierarchies = t.hierarchies();
        if (hierarchies.isEmpty()) {
            return;
        }
        Graph<String, Chain> g = t.pcieGraph();
        for (Set<String> h : hierarchies) {
            List<String> roots = new ArrayList<>();
            for (String v : h) {
                if (isRootComplex(t, v)) {
                    roots.add(v);
                }
            }
            roots.sort(null);
            if (roots.size() > 1) {
                GraphPath<String, Chain> path = BFSShortestPath.findPathBetween(g, roots.get(0), roots.get(1));
                List<String> subjects = new ArrayList<>(roots);
                List<Fix> fixes = new ArrayList<>();
                String via = "";
                if (path != null) {
                    List<String> chainNames = new ArrayList<>();
                    for (Chain c : path.getEdgeList()) {
                        chainNames.add(c.describe());
                        c.links().forEach(l -> subjects.add(l.id()));
                    }
                    via = " (path: " + String.join("; ", chainNames) + ")";
                    // Any link on the path separates the two roots: cut the one made last (the stray), not one the
                    // design already had; ids carry their creation order (Util.ID_ORDER).
                    Link cut = path.getEdgeList().stream().flatMap(c -> c.links().stream())
                            .max(Comparator.comparing(Link::id, Util.ID_ORDER)).orElseThrow();
                    fixes.add(new Fix("Remove " + cut.id(), p -> new RemoveCommand(cut.id())));
                }
                out.add(Severity.ERROR, "Root complexes " + Util.ids(roots) + " are joined in one PCIe hierarchy" + via
                        + "; a host-to-host link needs a non-transparent bridge (NTB), plain PCIe has no multi-root.", subjects, fixes);
            }
            // loops: union-find over the hierarchy's chains in a stable order
            List<Chain> edges = new ArrayList<>();
            for (String v : h) {
                for (Chain c : g.edgesOf(v)) {
                    if (!edges.contains(c)) {
                        edges.add(c);
                    }
                }
            }
            // In the order the chains were made (by their newest link), so the chain that closes a loop is the one
            // added last and its newest link is the one to cut.
            edges.sort(Comparator.comparing(PcieTreeRule::newestLink, Comparator.comparing(Link::id, Util.ID_ORDER)));
            Map<String, String> parent = new HashMap<>();
            for (Chain c : edges) {
                String a = find(parent, c.endA().componentId());
                String b = find(parent, c.endB().componentId());
                if (a.equals(b)) {
                    Link cut = newestLink(c);
                    List<String> subjects = new ArrayList<>();
                    c.links().forEach(l -> subjects.add(l.id()));
                    subjects.add(c.endA().componentId());
                    subjects.add(c.endB().componentId());
                    out.add(Severity.ERROR, c.describe() + " closes a loop in a PCIe hierarchy; a switch has exactly one upstream link and a hierarchy is a tree.",
                            subjects, List.of(new Fix("Remove the loop link " + cut.id(), p -> new RemoveCommand(cut.id()))));
                } else {
                    parent.put(a, b);
                }
            }
        }
    }

    private static Link newestLink(Chain c) {
        return c.links().stream().max(Comparator.comparing(Link::id, Util.ID_ORDER)).orElseThrow();
    }

    private static String find(Map<String, String> parent, String x) {
        String r = x;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
