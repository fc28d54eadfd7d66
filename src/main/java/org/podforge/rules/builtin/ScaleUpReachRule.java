package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.podforge.geometry.LinkLength;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.Protocol;
import org.podforge.model.command.Edits;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Topology;

/**
 * scaleup.reach: scale-up links stay within their rack-scale medium: UALink copper is optimised for &lt; 4 m,
 * 200G/lane passive copper reaches ~1 m. PCIe scale-up links are checked by reach.segment; NVLink and
 * other fabrics' copper reach is not characterized: a copper link between racks says so (a WARNING), except where the
 * fabric is one the vendor cables itself inside its system ({@code scaleup.reach.<FABRIC>.integratedM}, AWS NeuronLink):
 * a run within that integrated layout is an INFO, a longer one a WARNING. {@link ScaleUpReachFindings} merges alike
 * findings of one container into one per cause.
 */
public final class ScaleUpReachRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("scaleup.reach", "Scale-up links within their medium's reach", Severity.WARNING,
            "UALink cables optimised for < 4 m; 200G/lane passive copper ~1 m (interconnect-facts B6, B7)");

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

    @Override
    public void checkLink(RuleContext ctx, Topology t, Link l, Report out) {
        {
            if (!t.isScaleUpLink(l) || l.medium().isOptical()) {
                return;
            }
            Port pa = t.port(l.a());
            Port pb = t.port(l.b());
            if (pa == null || pb == null) {
                return;
            }
            Set<Protocol> common = Compatibility.common(pa, pb);
            if (common.isEmpty() || common.contains(Protocol.PCIE) || common.contains(Protocol.CXL)) {
                return;
            }
            LinkLength len = ctx.geometry().length(l);
            if (!len.known()) {
                return;
            }
            boolean passive = l.medium() == Medium.COPPER_EXTERNAL || l.medium() == Medium.COPPER_INTERNAL;
            Double speed = pa.spec().speedGbps() != null ? pa.spec().speedGbps() : pb.spec().speedGbps();
            Integer lanes = pa.spec().speedGbps() != null ? Integer.valueOf(pa.spec().lanes()) : null;
            double laneRate = speed != null && lanes != null && lanes > 1 ? speed / lanes : Double.NaN;
            String what = "Scale-up link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + ") runs " + Util.m(len.metres()) + " of "
                    + Util.mediumWords(l.medium());
            // orderable optics only: a bare "optics" or "AEC" medium without a part trades this finding for an unknown
            // power draw; an AEC is still copper, so it is offered only where the limit is that of passive copper
            List<Fix> fixes = new ArrayList<>();
            if (passive && laneRate >= 200 && len.metres() > ctx.thresholds().value("scaleup.reach.copper200G")) {
                Part aecKind = ctx.part("CREDO-HIWIRE-AEC-800G-7M");
                Part aec = aecKind == null ? null
                        : Optics.cableFor(ctx, aecKind, pa, pb, PortSpeedRule.endLanes(l, pa, pb), len.metres()).orElse(null);
                if (aec != null) {
                    String pn = aec.partNumber();
                    fixes.add(new Fix("Use an active electrical cable: " + pn + " (" + Util.m(aec.lengthM().get()) + ")",
                            p -> Fixes.swapCable(p, l.id(), pn, Medium.AEC, null)));
                }
            }
            fixes.addAll(Optics.opticsFixes(ctx, l, pa, pb, len.metres()));
            if (passive && laneRate >= 200 && len.metres() > ctx.thresholds().value("scaleup.reach.copper200G")) {
                out.add(Severity.ERROR, what + " at " + Util.num(laneRate) + "G per lane; passive copper reaches about "
                        + Util.m(ctx.thresholds().value("scaleup.reach.copper200G")) + " at 200G/lane (" + Util.cite(ctx, "scaleup.reach.copper200G") + ").",
                        List.of(l.id()), fixes);
            } else if (common.contains(Protocol.UALINK) && len.metres() > ctx.thresholds().value("scaleup.reach.UALINK.copperM")) {
                out.add(Severity.WARNING, what + "; UALink copper cables are optimised for under "
                        + Util.m(ctx.thresholds().value("scaleup.reach.UALINK.copperM")) + " (" + Util.cite(ctx, "scaleup.reach.UALINK.copperM") + ").",
                        List.of(l.id()), fixes);
            } else if (!common.contains(Protocol.UALINK) && len.basis() != LinkLength.Basis.BOARD
                    && len.basis() != LinkLength.Basis.SAME_RACK) {
                Protocol proto = common.iterator().next();
                String head = "Scale-up link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + ")";
                String medium = Util.mediumWords(l.medium());
                // a fabric the vendor cables itself inside its system (AWS NeuronLink in an UltraServer): a run no longer
                // than that integrated layout is the vendor's, not the user's to check; a longer one is a real miss
                String key = "scaleup.reach." + proto.name() + ".integratedM";
                java.util.Optional<org.podforge.rules.Thresholds.Threshold> integrated = ctx.thresholds().find(key);
                if (integrated.isPresent() && len.metres() <= integrated.get().value() + 1e-9) {
                    out.add(Severity.INFO, ScaleUpReachFindings.message(head, len.metres(), medium, proto.label(),
                            "; the vendor cables these links inside its own system (users cannot build them) and they stay within its"
                                    + " integrated layout, up to " + Util.m(integrated.get().value()) + " (" + integrated.get().cite() + ")."),
                            List.of(l.id()), fixes);
                } else if (integrated.isPresent()) {
                    out.add(Severity.WARNING, ScaleUpReachFindings.message(head, len.metres(), medium, proto.label(),
                            ", and this is longer than any run of the vendor's integrated layout, up to " + Util.m(integrated.get().value())
                                    + " (" + integrated.get().cite() + "): the vendor builds no such cable."), List.of(l.id()), fixes);
                } else {
                    out.add(Severity.WARNING, ScaleUpReachFindings.message(head, len.metres(), medium, proto.label(), "."),
                            List.of(l.id()), fixes);
                }
            }
        }
    }
}
