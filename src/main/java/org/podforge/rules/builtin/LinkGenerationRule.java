package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.podforge.catalog.Catalog;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.command.Edits;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/**
 * link.generation: a chain negotiates the lowest generation of its ends, retimers and cables. WARNING when a
 * faster end runs slower because of a retimer, a cable or a switch in between; INFO when the root port is
 * the slower end.
 */
public final class LinkGenerationRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("link.generation", "Parts in between do not slow the link", Severity.WARNING,
            "Links train to the highest rate every part supports; Gen4 16, Gen5 32, Gen6 64 GT/s; x16 ~63 GB/s/dir at Gen5, ~121 at Gen6 (interconnect-facts B1, B4)");

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
        List<Util.Limiter> parts = new ArrayList<>();
        Integer g = Util.chainGeneration(t, c, parts);
        if (g == null) {
            return;
        }
        Integer ga = Util.gen(c.portA());
        Integer gb = Util.gen(c.portB());
        int top = Math.max(ga == null ? 0 : ga, gb == null ? 0 : gb);
        if (top <= g) {
            return;
        }
        boolean aTop = ga != null && ga == top;
        boolean bTop = gb != null && gb == top;
        PortRef fast = aTop && (!bTop || c.portA().spec().role() == PortRole.ENDPOINT || c.portB().spec().role() != PortRole.ENDPOINT)
                ? c.endA() : c.endB();
        Port fastPort = fast == c.endA() ? c.portA() : c.portB();
        List<Util.Limiter> limiting = new ArrayList<>();
        for (Util.Limiter l : parts) {
            if (l.generation() == g) {
                limiting.add(l);
            }
        }
        boolean inBetween = false;
        boolean rootLimited = false;
        for (Util.Limiter l : limiting) {
            if (l.kind() != Util.Limiter.Kind.END) {
                inBetween = true;
            } else {
                Port p = l.subjectId().equals(c.endA().componentId()) ? c.portA() : c.portB();
                if (p.spec().role() == PortRole.SWITCH) {
                    inBetween = true;
                } else if (p.spec().role() == PortRole.ROOT) {
                    rootLimited = true;
                }
            }
        }
        List<String> subjects = new ArrayList<>();
        subjects.add(fast.componentId());
        List<String> names = new ArrayList<>();
        for (Util.Limiter l : limiting) {
            if (!subjects.contains(l.subjectId())) {
                subjects.add(l.subjectId());
            }
            names.add(l.subjectId() + " (" + l.partNumber() + ", Gen" + l.generation() + ")");
        }
        double gtFast = ctx.thresholds().value("pcie.gtps.gen" + top, Double.NaN);
        double gtSlow = ctx.thresholds().value("pcie.gtps.gen" + g, Double.NaN);
        int width = fastPort.spec().lanes();
        double bwFast = width * ctx.thresholds().value("pcie.gbpsPerLane.gen" + top, Double.NaN);
        double bwSlow = width * ctx.thresholds().value("pcie.gbpsPerLane.gen" + g, Double.NaN);
        String msg = fast + " (Gen" + top + ") runs at Gen" + g + " (" + Util.num(gtSlow) + " instead of " + Util.num(gtFast)
                + " GT/s; x" + width + " \u2248 " + Util.num(bwSlow) + " instead of " + Util.num(bwFast) + " GB/s per direction) on "
                + c.describe() + ", limited by " + String.join(", ", names) + ".";
        if (inBetween) {
            List<Fix> fixes = new ArrayList<>();
            for (Util.Limiter l : limiting) {
                if (l.kind() == Util.Limiter.Kind.RETIMER || l.kind() == Util.Limiter.Kind.END) {
                    var comp = t.component(l.subjectId());
                    Part current = t.part(l.subjectId());
                    if (current == null || (l.kind() == Util.Limiter.Kind.END && current.family() != Family.PCIE_SWITCH)) {
                        continue;
                    }
                    String replacement = replacementFor(ctx.catalog(), current, top, t, comp.id());
                    if (replacement != null) {
                        fixes.add(new Fix("Swap " + comp.id() + " (" + current.partNumber() + ") for " + replacement,
                                p -> Edits.partNumber(p, comp.id(), replacement)));
                    }
                }
            }
            out.add(Severity.WARNING, msg, subjects, fixes);
        } else if (rootLimited) {
            out.add(Severity.INFO, msg, subjects, List.of());
        }
    }

    /**
     * A current-generation part of the same family with every port name the component uses, at least as wide:
     * Astera parts first, then by part number.
     */
    static String replacementFor(Catalog catalog, Part current, int generation, Topology t, String componentId) {
        List<Part> candidates = new ArrayList<>();
        for (Part p : catalog.byFamily(current.family())) {
            if (p.partNumber().equals(current.partNumber()) || !p.isOrderable()) {
                continue;
            }
            boolean fits = true;
            for (Port used : current.ports()) {
                if (t.linksAt(new PortRef(componentId, used.name())).isEmpty()) {
                    continue;
                }
                Port np = p.port(used.name()).orElse(null);
                int maxLanes = 0;
                for (Link l : t.linksAt(new PortRef(componentId, used.name()))) {
                    maxLanes += l.lanes();
                }
                if (np == null || np.spec().generation() == null || np.spec().generation() < generation
                        || np.spec().lanes() < Math.min(used.spec().lanes(), maxLanes)
                        || !np.spec().protocols().containsAll(used.spec().protocols())) {
                    fits = false;
                    break;
                }
            }
            if (fits) {
                candidates.add(p);
            }
        }
        candidates.sort(Comparator.comparing((Part p) -> !p.vendor().equals(current.vendor()))
                .thenComparing(p -> portLanes(p) < portLanes(current) ? 1 : 0)
                .thenComparing(p -> portLanes(p))
                .thenComparing(Part::partNumber));
        return candidates.isEmpty() ? null : candidates.get(0).partNumber();
    }

    private static int portLanes(Part p) {
        return p.ports().isEmpty() ? 0 : p.ports().get(0).spec().lanes();
    }
}
