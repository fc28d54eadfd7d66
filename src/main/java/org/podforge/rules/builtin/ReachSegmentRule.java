package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podforge.geometry.LinkLength;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.Protocol;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.rules.Thresholds;
import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/**
 * reach.segment: every electrical segment (a physical link between two parts that terminate the signal)
 * fits the reach of its medium at its rate. A cable part's own rated reach wins over the medium table.
 */
public final class ReachSegmentRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("reach.segment", "Every segment fits its medium's reach", Severity.ERROR,
            "PCB Gen5 ~10-12 in, Gen6 ~3.5 in; CopprLink 1 m internal / 2 m external; PCIe 5 AEC 7 m; PCIe 6 optics 50 m; "
                    + "Ethernet DAC 3 m at 100G/lane, ~1 m at 200G/lane, ACC 5 m, AEC 7 m, MM 50 m, DR8 500 m (interconnect-facts B2, B3, B7)");

    static final String SCM_PCIE = "ASTERA-ARIES-SCM-PCIE5";
    static final String PCIE_OPTICS = "ASTERA-PCIE6-LPO-OSFPXD-50M";

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

    @Override
    public boolean perLink() {
        return true;
    }

    /** Each link's negotiated PCIe generation (its chain's), computed once per topology. */
    static Map<Link, Integer> generations(Topology t) {
        return t.memo("link.generation.byLink", () -> {
            Map<Link, Integer> generation = new HashMap<>();
            for (Chain c : t.chains()) {
                Integer g = Util.chainGeneration(t, c, null);
                if (g != null) {
                    for (Link l : c.links()) {
                        generation.put(l, g);
                    }
                }
            }
            return generation;
        });
    }

    @Override
    public void checkLink(RuleContext ctx, Topology t, Link l, Report out) {
        Port pa = t.port(l.a());
        Port pb = t.port(l.b());
        if (pa == null || pb == null) {
            return;
        }
        var common = Compatibility.common(pa, pb);
        if (common.contains(Protocol.PCIE) || common.contains(Protocol.CXL)) {
            checkPcie(ctx, t, l, pa, pb, generations(t).get(l), out);
        } else if ((common.contains(Protocol.ETHERNET) || common.contains(Protocol.INFINIBAND))
                && !(t.isScaleUpLink(l) && !l.medium().isOptical())) {
            // a copper scale-up link (UALink over Ethernet, scale-up Ethernet) is scaleup.reach's: one finding per link
            checkEthernet(ctx, t, l, pa, out);
        }
    }

    private void checkPcie(RuleContext ctx, Topology t, Link l, Port pa, Port pb, Integer gen, Report out) {
        if (gen == null) {
            return;
        }
        LinkLength len = ctx.geometry().length(l);
        if (!len.known()) {
            out.add(Severity.WARNING, what(gen, l) + ": length not characterized (" + len.explanation() + "); set the link's length to check its reach.",
                    List.of(l.id()), List.of());
            return;
        }
        Part cable = l.cablePart() == null ? null : ctx.part(l.cablePart());
        double limit;
        Thresholds.Threshold th = null;
        if (cable != null && cable.maxReachM().isPresent()) {
            limit = cable.maxReachM().get();
        } else {
            boolean retimed = l.medium() == Medium.PCB && (isRetimer(pa) || isRetimer(pb));
            th = threshold(ctx, gen, l.medium(), retimed);
            if (th == null) {
                out.add(Severity.WARNING, what(gen, l) + " runs " + Util.m(len.metres()) + " of " + Util.mediumWords(l.medium())
                        + "; the reach of " + Util.mediumWords(l.medium()) + " at Gen" + gen + " is not characterized (no public figure), so it is not checked.",
                        List.of(l.id()), fixes(ctx, t, l, gen, len.metres()));
                return;
            }
            limit = th.value();
        }
        if (len.metres() <= limit + 1e-9) {
            return;
        }
        String basis = th == null
                ? cable.partNumber() + " is rated for " + Util.m(limit) + " (" + Util.partSource(cable, "maxReachM") + ")"
                : Util.mediumWords(l.medium()) + " reaches " + Util.m(limit) + " at Gen" + gen + " (" + th.cite() + ")";
        boolean boardEstimate = len.basis() == LinkLength.Basis.BOARD;
        String lengthText = Util.m(len.metres()) + " of " + Util.mediumWords(l.medium()) + " (" + len.explanation() + ")";
        out.add(boardEstimate ? Severity.WARNING : Severity.ERROR, what(gen, l) + " runs " + lengthText + "; " + basis + "."
                        + (boardEstimate ? " The board length is the chassis's typical trace; set the link's length if it is shorter." : ""),
                List.of(l.id(), l.a().componentId(), l.b().componentId()), fixes(ctx, t, l, gen, len.metres()));
    }

    /** How a finding names the link; made only when there is a finding (this rule runs for every PCIe link after an edit). */
    private static String what(int gen, Link l) {
        return "PCIe Gen" + gen + " x" + l.lanes() + " link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + ")";
    }

    /** reach.pcie.gen{G}.{MEDIUM}[.retimed], looked up once per combination and pass. */
    private static Thresholds.Threshold threshold(RuleContext ctx, int gen, Medium medium, boolean retimed) {
        java.util.Map<String, java.util.Optional<Thresholds.Threshold>> cache = ctx.cache("reach.segment.keys");
        String k = gen + medium.name() + retimed;
        return cache.computeIfAbsent(k, x -> {
            String key = "reach.pcie.gen" + gen + "." + medium.name();
            Thresholds.Threshold th = null;
            if (retimed) {
                th = ctx.thresholds().find(key + ".retimed").orElse(null);
            }
            if (th == null) {
                th = ctx.thresholds().find(key).orElse(null);
            }
            return java.util.Optional.ofNullable(th);
        }).orElse(null);
    }

    private static boolean isRetimer(Port p) {
        return p.spec().role() == org.podforge.model.PortRole.PASSTHROUGH;
    }

    private List<Fix> fixes(RuleContext ctx, Topology t, Link l, int gen, double metres) {
        List<Fix> fixes = new ArrayList<>();
        Component ca = t.component(l.a().componentId());
        Component cb = t.component(l.b().componentId());
        boolean sameChassis = ca.chassis() == cb.chassis();
        Port pa = t.port(l.a());
        Port pb = t.port(l.b());
        // not on a scale-up link: the retimer's up and down ports are not scale-up ports, so the accelerator would
        // leave its scale-up domain (scaleup.domain counts direct scale-up links): the error would only move
        if (sameChassis && l.medium() == Medium.PCB && !isRetimer(pa) && !isRetimer(pb) && !t.isScaleUpLink(l)) {
            String rt = retimerFor(gen, l.lanes());
            if (ctx.offerable(rt) != null) {
                fixes.add(new Fix("Insert an " + ctx.part(rt).name() + " (" + rt + ")", p -> Fixes.insertRetimer(p, ctx.catalog(), l.id(), rt)));
            }
        }
        if (!sameChassis) {
            Part scm = ctx.offerable(SCM_PCIE);
            if (scm != null && scm.maxReachM().orElse(0.0) >= metres && !SCM_PCIE.equals(l.cablePart())) {
                fixes.add(new Fix("Use an Aries smart cable (" + SCM_PCIE + ", " + Util.m(scm.maxReachM().get()) + ", PCIe 5)"
                        + (gen > 5 ? "; the link then runs at Gen5" : ""), p -> Fixes.swapCable(p, l.id(), SCM_PCIE, Medium.AEC, null)));
            }
            Part optics = ctx.offerable(PCIE_OPTICS);
            if (optics != null && gen >= 6 && optics.maxReachM().orElse(0.0) >= metres && !PCIE_OPTICS.equals(l.cablePart())) {
                fixes.add(new Fix("Switch to PCIe 6 optics (" + PCIE_OPTICS + ", " + Util.m(optics.maxReachM().get()) + ")",
                        p -> Fixes.swapCable(p, l.id(), PCIE_OPTICS, Medium.FIBER_MM, null)));
            }
        }
        return fixes;
    }

    static String retimerFor(int gen, int lanes) {
        if (gen >= 6) {
            return lanes <= 8 ? "ASTERA-ARIES6-X8" : "ASTERA-ARIES6-X16";
        }
        return lanes <= 8 ? "PT5081L" : "PT5161L";
    }

    private void checkEthernet(RuleContext ctx, Topology t, Link l, Port pa, Report out) {
        LinkLength len = ctx.geometry().length(l);
        String what = "Ethernet link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + ")";
        if (!len.known()) {
            out.add(Severity.WARNING, what + ": length not characterized (" + len.explanation() + "); set the link's length to check its reach.",
                    List.of(l.id()), List.of());
            return;
        }
        Part cable = l.cablePart() == null ? null : ctx.part(l.cablePart());
        double limit = Double.POSITIVE_INFINITY;
        String basis = null;
        if (cable != null && cable.maxReachM().isPresent()) {
            limit = cable.maxReachM().get();
            basis = cable.partNumber() + " is rated for " + Util.m(limit) + " (" + Util.partSource(cable, "maxReachM") + ")";
        }
        // the module at each end, over this link's medium: a module without a published reach is said so, never
        // passed on the fibre's rating alone (a 1.6T module's reach is a [GAP] in fabric I2)
        List<String> unknownReach = new ArrayList<>();
        for (String pn : l.transceiverEnds()) {
            Part xcvr = ctx.part(pn);
            if (xcvr == null) {
                continue; // an uncatalogued part: link.protocol and the loader say so
            }
            java.util.Optional<Double> reach = xcvr.reachM(l.medium());
            if (reach.isEmpty() && xcvr.medium().isPresent() && xcvr.medium().get() != l.medium()) {
                continue; // a module for another medium: port.speed judges the mismatch
            }
            if (reach.isEmpty()) {
                if (!unknownReach.contains(pn)) {
                    unknownReach.add(pn);
                }
            } else if (reach.get() < limit) {
                limit = reach.get();
                basis = pn + " is rated for " + Util.m(limit) + " over " + Util.mediumWords(l.medium()) + " ("
                        + Util.partSource(xcvr, xcvr.sourcesFor("reachM").isEmpty() ? "maxReachM" : "reachM") + ")";
            }
        }
        if (!unknownReach.isEmpty()) {
            out.add(Severity.WARNING, what + " runs " + Util.m(len.metres()) + " of " + Util.mediumWords(l.medium()) + "; "
                    + String.join(" and ", unknownReach) + " publish" + (unknownReach.size() == 1 ? "es" : "") + " no reach over it, so the run "
                    + "is checked against the cable and the medium only, not against " + (unknownReach.size() == 1 ? "that module" : "those modules")
                    + ". Use a module with a published reach, or check its datasheet.", List.of(l.id()), List.of());
        }
        double laneGbps;
        if (cable != null && cable.speedGbps().isPresent() && cable.lanes().isPresent()) {
            laneGbps = cable.speedGbps().get() / cable.lanes().get();
        } else {
            laneGbps = ctx.thresholds().value("reach.eth.defaultLaneGbps", 100);
        }
        String rate = laneGbps > 100 ? "200G" : "100G";
        if (basis == null) {
            Thresholds.Threshold th = ctx.thresholds().find("reach.eth." + rate + "." + l.medium().name()).orElse(null);
            if (th == null) {
                out.add(Severity.WARNING, what + " runs " + Util.m(len.metres()) + " of " + Util.mediumWords(l.medium()) + "; its reach at "
                        + rate + "/lane is not characterized, so it is not checked.", List.of(l.id()), List.of());
                return;
            }
            limit = th.value();
            basis = Util.mediumWords(l.medium()) + " reaches " + Util.m(limit) + " at " + rate + "/lane (" + th.cite() + ")";
        }
        if (len.metres() <= limit + 1e-9) {
            return;
        }
        List<Fix> fixes = new ArrayList<>();
        double speed = pa.spec().speedGbps() == null ? 800 : pa.spec().speedGbps();
        String taurus = speed <= 400 ? "ASTERA-TAURUS-400G" : "ASTERA-TAURUS-800G";
        Part tp = ctx.offerable(taurus);
        if (tp != null && tp.maxReachM().orElse(0.0) >= len.metres() && !taurus.equals(l.cablePart())) {
            fixes.add(new Fix("Use a Taurus smart cable (" + taurus + ", " + Util.m(tp.maxReachM().get()) + ")",
                    p -> Fixes.swapCable(p, l.id(), taurus, Medium.AEC, null)));
        }
        Port pb = t.port(l.b());
        if (pb != null) {
            fixes.addAll(Optics.opticsFixes(ctx, l, pa, pb, len.metres()));
        }
        out.add(Severity.ERROR, what + " runs " + Util.m(len.metres()) + " of " + Util.mediumWords(l.medium()) + " (" + len.explanation() + "); "
                + basis + ".", List.of(l.id(), l.a().componentId(), l.b().componentId()), fixes);
    }
}
