package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Protocol;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.rules.Verdict;
import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/** link.protocol: both ends of every link, its cable, and every part of a retimer chain share a protocol. */
public final class LinkProtocolRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("link.protocol", "Ends and media share a protocol", Severity.ERROR,
            "Port protocols and roles from the catalog; PCIe/CXL/UALink/NVLink/Ethernet rules (interconnect-facts B4-B7)");

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
        // one finding per unknown part number, not one per link (an uncatalogued switch may carry 1,296 links)
        Map<String, Set<String>> unknownComponents = new TreeMap<>();
        Map<String, Integer> unknownLinks = new TreeMap<>();
        for (Link l : t.island().links()) {
            Part pa = t.part(l.a().componentId());
            Part pb = t.part(l.b().componentId());
            if (pa == null || pb == null) {
                for (PortRef end : new PortRef[] {l.a(), l.b()}) {
                    if (t.part(end.componentId()) == null) {
                        String pn = t.component(end.componentId()).partNumber();
                        unknownComponents.computeIfAbsent(pn, k -> new TreeSet<>()).add(end.componentId());
                        unknownLinks.merge(pn, 1, Integer::sum);
                    }
                }
                continue;
            }
            Verdict v = Compatibility.canConnect(l.a(), pa, l.b(), pb);
            if (!v.ok()) {
                out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + ") cannot work: " + v.reason() + ".",
                        List.of(l.id(), l.a().componentId(), l.b().componentId()), reconnectFixes(ctx, t, l));
                continue;
            }
            Port qa = t.port(l.a());
            Port qb = t.port(l.b());
            for (String medium : new String[] {l.cablePart(), l.transceiverPart()}) {
                if (medium == null) {
                    continue;
                }
                Part mp = ctx.part(medium);
                if (mp == null) {
                    continue;
                }
                Verdict cv = Compatibility.canCarry(mp, qa, qb);
                if (!cv.ok()) {
                    out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + "): " + cv.reason() + ".",
                            List.of(l.id()), List.of());
                }
            }
        }
        for (var e : unknownComponents.entrySet()) {
            int n = unknownLinks.get(e.getKey());
            List<String> comps = new ArrayList<>(e.getValue());
            out.add(Severity.WARNING, "Part " + e.getKey() + " is not in the catalog, so " + n + " link" + (n == 1 ? "" : "s") + " of "
                    + (comps.size() <= 6 ? Util.ids(comps) : Util.ids(comps.subList(0, 6)) + " and " + (comps.size() - 6) + " more")
                    + " cannot be checked (not characterized); add the part to a catalog or replace it.",
                    comps, List.of());
        }
        for (Chain c : t.chains()) {
            if (c.retimers().isEmpty() || c.open() || c.portA() == null || c.portB() == null) {
                continue;
            }
            Set<Protocol> common = EnumSet.copyOf(c.portA().spec().protocols());
            common.retainAll(c.portB().spec().protocols());
            List<String> blockers = new ArrayList<>();
            for (var r : c.retimers()) {
                Port rp = Util.retimerPort(t, r.id());
                if (rp != null) {
                    Set<Protocol> before = EnumSet.copyOf(common);
                    common.retainAll(rp.spec().protocols());
                    if (!before.equals(common)) {
                        blockers.add(r.id());
                    }
                }
            }
            if (common.isEmpty()) {
                List<String> subjects = new ArrayList<>();
                subjects.add(c.endA().componentId());
                subjects.add(c.endB().componentId());
                subjects.addAll(blockers);
                out.add(Severity.ERROR, "Chain " + c.describe() + " has no protocol every part speaks (blocked at " + Util.ids(blockers) + ").",
                        subjects, List.of());
            }
        }
    }

    /** Offer to move the far end to a port of the same component that is compatible and free. */
    private static List<Fix> reconnectFixes(RuleContext ctx, Topology t, Link l) {
        List<Fix> fixes = new ArrayList<>();
        for (PortRef[] pair : new PortRef[][] {{l.b(), l.a()}, {l.a(), l.b()}}) {
            PortRef move = pair[0];
            PortRef keep = pair[1];
            Part mp = t.part(move.componentId());
            Port kp = t.port(keep);
            if (mp == null || kp == null) {
                continue;
            }
            for (Port candidate : mp.ports()) {
                PortRef ref = new PortRef(move.componentId(), candidate.name());
                if (ref.equals(move) || !t.linksAt(ref).isEmpty()) {
                    continue;
                }
                if (Compatibility.canConnect(keep, kp, ref, candidate).ok()) {
                    fixes.add(new Fix("Reconnect " + l.id() + " to " + ref, p -> Fixes.reconnect(p, l.id(), move, ref)));
                    break;
                }
            }
            if (!fixes.isEmpty()) {
                break;
            }
        }
        return fixes;
    }
}
