package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Plural;
import org.podforge.model.PortRef;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CompositeCommand;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/**
 * cxl.capacity: CXL memory per host. Each controller's capacity is its part's (Leo: 2 TB, DDR5-5600); the
 * model has no DIMMs, so the rule reports each host's CXL memory (INFO), flags controllers whose capacity is
 * not characterized (WARNING) and, when the project sets {@code cxl.capacity.minGBPerHost}, an ERROR for
 * hosts with less.
 */
public final class CxlCapacityRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("cxl.capacity", "CXL memory per host", Severity.INFO,
            "Leo: up to 2 TB of CXL-attached DDR5 per controller, DDR5-5600 RDIMMs (interconnect-facts A3)");

    static final String LEO = "ASTERA-LEO-CXL2";

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
        Map<String, List<Component>> byHost = new TreeMap<>();
        for (Component c : t.island().components()) {
            Part p = t.part(c.id());
            if (p == null || p.family() != Family.CXL_MEMORY_CONTROLLER) {
                continue;
            }
            if (p.memoryCapacityGB().isEmpty()) {
                out.add(Severity.WARNING, c.id() + " (" + p.partNumber() + "): memory capacity not characterized.", List.of(c.id()), List.of());
                continue;
            }
            if (!g.containsVertex(c.id())) {
                continue;
            }
            for (Chain e : g.edgesOf(c.id())) {
                String host = Graphs.getOppositeVertex(g, e, c.id());
                if (PcieTreeRule.isRootComplex(t, host)) {
                    byHost.computeIfAbsent(host, k -> new ArrayList<>()).add(c);
                }
            }
        }
        Double required = ctx.project().thresholdOverrides().get("cxl.capacity.minGBPerHost");
        for (Map.Entry<String, List<Component>> e : byHost.entrySet()) {
            double total = 0;
            List<String> subjects = new ArrayList<>();
            subjects.add(e.getKey());
            for (Component c : e.getValue()) {
                total += t.part(c.id()).memoryCapacityGB().get();
                subjects.add(c.id());
            }
            String msg = e.getKey() + " has " + Util.num(total) + " GB of CXL memory behind " + Plural.of(e.getValue().size(), "controller") + " ("
                    + Util.ids(subjects.subList(1, subjects.size())) + "; Leo: up to 2,048 GB each, DDR5-5600)";
            if (required != null && total < required) {
                String host = e.getKey();
                Chassis chassis = t.component(host).chassis();
                out.add(Severity.ERROR, msg + "; the project asks for " + Util.num(required) + " GB per host.", subjects,
                        ctx.offerable(LEO) == null ? List.of()
                                : List.of(new Fix("Add a Leo controller (" + LEO + ") on a free CXL root port of " + host,
                                p -> addController(p, ctx, chassis.id()))));
            } else {
                out.add(Severity.INFO, msg + ".", subjects, List.of());
            }
        }
    }

    static Command addController(org.podforge.model.Project p, RuleContext ctx, String chassisId) {
        Chassis chassis = p.chassis(chassisId).orElseThrow();
        String[] where = Fixes.placeIn(ctx.catalog(), LEO, chassis);
        String id = Fixes.freshIds(p, "leo", 1).get(0);
        Component leo = new Component(id, "", LEO, where[1]);
        // connect after adding: build the link against a project that already has the component
        AddCommand add = new AddCommand(chassisId, leo);
        return new CompositeCommand("Add Leo " + id, List.of(add, new Command() {
            private Command link;

            @Override
            public String description() {
                return "Connect " + id;
            }

            @Override
            public void execute(org.podforge.model.Project pr) {
                if (link == null) {
                    link = PcieOrphanRule.connectToFreePort(pr, ctx, new PortRef(id, "host"), true);
                }
                link.execute(pr);
            }

            @Override
            public void undo(org.podforge.model.Project pr) {
                link.undo(pr);
            }

            @Override
            public java.util.Set<String> affectedIds() {
                return link == null ? java.util.Set.of(id) : link.affectedIds();
            }
        }));
    }
}
