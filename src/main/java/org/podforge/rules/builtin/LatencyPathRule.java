package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.podforge.geometry.LinkLength;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.Protocol;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/**
 * latency.path: GPU-to-NIC (PCIe, through retimers and switches) and GPU-to-GPU (scale-up) path latency from
 * its building blocks, shown as INFO; a WARNING when the project sets {@code latency.path.budgetNs} and a
 * path exceeds it (no public budget exists).
 */
public final class LatencyPathRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("latency.path", "Path latency", Severity.INFO,
            "Retimer < 10 ns (Gen5), < 12 ns (Gen6); PCIe switch hop ~105-115 ns; UALink switch 150-250 ns; fibre ~5 ns/m, copper ~4-5 ns/m, PCB ~7 ns/m (interconnect-facts B8)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.ISLAND;
    }

    @Override
    public boolean geometric() {
        return true;
    }

    private record Worst(double ns, String from, String to, String how) {
    }

    @Override
    public void checkIsland(RuleContext ctx, Topology t, Report out) {
        List<String> gpus = new ArrayList<>();
        for (Component c : t.island().components()) {
            Part p = t.part(c.id());
            if (p != null && p.family() == Family.GPU) {
                gpus.add(c.id());
            }
        }
        if (gpus.isEmpty()) {
            return;
        }
        gpus.sort(null);
        Map<Object, Double> memo = new HashMap<>();
        Worst nic = gpuToNic(ctx, t, gpus, memo);
        Worst peer = gpuToGpu(ctx, t);
        if (nic == null && peer == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        if (nic != null) {
            parts.add("GPU\u2194NIC worst " + Util.num(Math.round(nic.ns)) + " ns (" + nic.how + ")");
            subjects.add(nic.from);
            subjects.add(nic.to);
        }
        if (peer != null) {
            parts.add("GPU\u2194GPU scale-up worst " + Util.num(Math.round(peer.ns)) + " ns (" + peer.how + ")");
            if (!subjects.contains(peer.from)) {
                subjects.add(peer.from);
            }
            if (!subjects.contains(peer.to)) {
                subjects.add(peer.to);
            }
        }
        String msg = "Path latency around " + gpus.get(0) + ": " + String.join("; ", parts)
                + " (building blocks: retimer 10-12 ns, PCIe switch hop ~115 ns, PCB ~7 ns/m, cable ~5 ns/m).";
        Double budget = ctx.thresholds().find("latency.path.budgetNs").map(x -> x.value()).orElse(null);
        double worst = Math.max(nic == null ? 0 : nic.ns, peer == null ? 0 : peer.ns);
        if (budget != null && worst > budget) {
            out.add(Severity.WARNING, msg + " The project's budget is " + Util.num(budget) + " ns.", subjects, List.of());
        } else {
            out.add(Severity.INFO, msg, subjects, List.of());
        }
    }

    private Worst gpuToNic(RuleContext ctx, Topology t, List<String> gpus, Map<Object, Double> memo) {
        Graph<String, Chain> g = t.pcieGraph();
        Worst worst = null;
        for (String gpu : gpus) {
            if (!g.containsVertex(gpu)) {
                continue;
            }
            Map<String, Double> dist = new HashMap<>();
            Map<String, Chain> pred = new HashMap<>();
            PriorityQueue<Object[]> pq = new PriorityQueue<>((x, y) -> Double.compare((Double) x[0], (Double) y[0]));
            dist.put(gpu, 0.0);
            pq.add(new Object[] {0.0, gpu});
            String found = null;
            while (!pq.isEmpty()) {
                Object[] top = pq.poll();
                double d = (Double) top[0];
                String v = (String) top[1];
                if (d > dist.get(v)) {
                    continue;
                }
                Part vp = t.part(v);
                if (vp != null && vp.family() == Family.NIC && !v.equals(gpu)) {
                    found = v;
                    break;
                }
                double hop = 0;
                if (!v.equals(gpu)) {
                    if (vp == null || vp.family() != Family.PCIE_SWITCH) {
                        continue; // only switches are crossed; root complex latency is not characterized
                    }
                    hop = vp.latencyNs().orElse(ctx.thresholds().value("latency.pcieSwitchNs"));
                }
                for (Chain e : g.edgesOf(v)) {
                    String w = Graphs.getOppositeVertex(g, e, v);
                    double nd = d + hop + memo.computeIfAbsent(e, x -> chainNs(ctx, t, e));
                    if (nd < dist.getOrDefault(w, Double.MAX_VALUE)) {
                        dist.put(w, nd);
                        pred.put(w, e);
                        pq.add(new Object[] {nd, w});
                    }
                }
            }
            if (found != null && (worst == null || dist.get(found) > worst.ns)) {
                worst = new Worst(dist.get(found), gpu, found, describe(ctx, t, g, gpu, found, pred));
            }
        }
        return worst;
    }

    /** "gpu-1 → retimer-1 → pswitch-1 (115 ns) → nic-1". */
    private static String describe(RuleContext ctx, Topology t, Graph<String, Chain> g, String from, String to, Map<String, Chain> pred) {
        List<String> steps = new ArrayList<>();
        String v = to;
        while (!v.equals(from)) {
            Chain e = pred.get(v);
            String u = Graphs.getOppositeVertex(g, e, v);
            List<String> mid = new ArrayList<>();
            for (Component r : e.retimers()) {
                mid.add(r.id());
            }
            if (!e.endA().componentId().equals(u)) {
                java.util.Collections.reverse(mid);
            }
            Part vp = t.part(v);
            String label = v.equals(to) ? v : v + " (" + Util.num(vp.latencyNs().orElse(ctx.thresholds().value("latency.pcieSwitchNs"))) + " ns)";
            steps.add(0, label);
            for (int i = mid.size() - 1; i >= 0; i--) {
                steps.add(0, mid.get(i));
            }
            v = u;
        }
        steps.add(0, from);
        return String.join(" \u2192 ", steps);
    }

    private Worst gpuToGpu(RuleContext ctx, Topology t) {
        Map<String, List<Link>> byComp = t.scaleUpLinksByComponent();
        Worst worst = null;
        for (Set<String> domain : t.scaleUpDomains()) {
            for (String sw : domain) {
                Part sp = t.part(sw);
                if (sp == null || sp.family() != Family.SCALEUP_SWITCH) {
                    continue;
                }
                double hop = switchNs(ctx, sp);
                String first = null;
                String second = null;
                double a = -1;
                double b = -1;
                for (Link l : byComp.getOrDefault(sw, List.of())) {
                    String gpu = l.otherEnd(sw).componentId();
                    double ns = linkNs(ctx, t, l);
                    if (ns > a) {
                        b = a;
                        second = first;
                        a = ns;
                        first = gpu;
                    } else if (ns > b && !gpu.equals(first)) {
                        b = ns;
                        second = gpu;
                    }
                }
                if (second != null && (worst == null || a + b + hop > worst.ns)) {
                    worst = new Worst(a + b + hop, first, second, first + " \u2192 " + sw + " (" + Util.num(hop) + " ns) \u2192 " + second
                            + ", links " + Util.num(Math.round(a)) + " + " + Util.num(Math.round(b)) + " ns");
                }
            }
        }
        return worst;
    }

    private static double switchNs(RuleContext ctx, Part sp) {
        if (sp.latencyNs().isPresent()) {
            return sp.latencyNs().get();
        }
        boolean ualink = false;
        for (Port p : sp.ports()) {
            ualink |= p.spec().speaks(Protocol.UALINK);
        }
        return ctx.thresholds().value(ualink ? "latency.ualinkSwitchNs" : "latency.pcieSwitchNs");
    }

    private static double chainNs(RuleContext ctx, Topology t, Chain c) {
        double ns = 0;
        for (Link l : c.links()) {
            ns += linkNs(ctx, t, l);
        }
        for (Component r : c.retimers()) {
            Part rp = t.part(r.id());
            Port port = Util.retimerPort(t, r.id());
            Integer gen = Util.gen(port);
            ns += rp != null && rp.latencyNs().isPresent() ? rp.latencyNs().get()
                    : ctx.thresholds().value("latency.retimerNs.gen" + (gen == null ? 5 : Math.max(5, Math.min(6, gen))));
        }
        return ns;
    }

    static double linkNs(RuleContext ctx, Topology t, Link l) {
        LinkLength len = ctx.geometry().length(l);
        double ns = 0;
        if (len.known()) {
            String key = l.medium() == Medium.PCB ? "latency.nsPerM.PCB" : l.medium().isOptical() ? "latency.nsPerM.fibre" : "latency.nsPerM.copper";
            ns += len.metres() * ctx.thresholds().value(key);
        }
        int cableRetimers = t.cableRetimers(l);
        if (cableRetimers > 0) {
            ns += cableRetimers * ctx.thresholds().value("latency.retimerNs.gen5");
        }
        return ns;
    }
}
