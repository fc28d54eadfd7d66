package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podforge.geometry.LinkLength;
import org.podforge.model.Bifurcation;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortSpec;
import org.podforge.model.Protocol;
import org.podforge.model.command.Edits;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.rules.Verdict;
import org.podforge.topology.Topology;

/**
 * port.speed: on every network (Ethernet/InfiniBand) link, both ports, the transceivers and the cable agree on
 * speed, cage and lanes, and breakouts are counted right. A link's speed is its lanes times the port's lane rate
 * (docs/decisions/0007). Per port: the links' lanes fit the port, each link is as wide as the port or one of its
 * breakout legs, and a per-protocol limit (ConnectX-8: at most 400GbE per link) holds. Per end: the transceiver
 * fits the cage and the port's speed ({@link Compatibility#canPlug}); the two ends' modules use the same medium
 * and leg speed. Per cable: its ends fit the cages ({@link Compatibility#canCable}) and its stock length covers
 * the run. Links whose ports cannot connect at all are left to link.protocol, runs beyond a part's reach to
 * reach.segment.
 */
public final class PortSpeedRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("port.speed", "Ports, transceivers and cables agree on speed, cage and lanes",
            Severity.ERROR, "Port cages, lanes and speeds, transceiver and cable form factors and breakouts from the catalog "
            + "(fabric-and-power-facts I1, I2; H1 for switch ports); speeds per link and direction (ADR 0007)");

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
    public void checkIsland(RuleContext ctx, Topology t, Report out) {
        Map<PortRef, List<Link>> byPort = new LinkedHashMap<>();
        for (Link l : t.island().links()) {
            Port pa = t.port(l.a());
            Port pb = t.port(l.b());
            if (pa == null || pb == null || !(pa.spec().isNetwork() || pb.spec().isNetwork())) {
                continue;
            }
            if (!Compatibility.canConnect(l.a(), pa, l.b(), pb).ok()) {
                continue; // link.protocol reports it
            }
            boolean widthOk = width(t, l, l.a(), pa, out) & width(t, l, l.b(), pb, out);
            if (widthOk) {
                protocolCap(l, pa, pb, out);
            }
            modules(ctx, t, l, pa, pb, out);
            cable(ctx, t, l, pa, pb, out);
            byPort.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
            byPort.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
        }
        for (Map.Entry<PortRef, List<Link>> e : byPort.entrySet()) {
            budget(t, e.getKey(), e.getValue(), out);
        }
    }

    /** The link is as wide as the port or one leg of a listed breakout. False (and a finding) when not. */
    private static boolean width(Topology t, Link l, PortRef end, Port port, Report out) {
        PortSpec s = port.spec();
        if (s.laneRateGbps() == null || fits(s, l.lanes())) {
            return true;
        }
        Part part = t.part(end.componentId());
        List<Fix> fixes = new ArrayList<>();
        Port other = t.port(l.otherEnd(end.componentId()));
        for (int w : widths(s)) {
            if (other == null || other.spec().laneRateGbps() == null || fits(other.spec(), w)) {
                fixes.add(new Fix("Set " + l.id() + " to " + w + " lanes (" + Compatibility.gbpsLabel(Optics.linkGbps(port, w)) + ")",
                        p -> Edits.lanes(p, l.id(), w)));
                break;
            }
        }
        out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + ") uses " + l.lanes() + " lanes of " + end + " ("
                + part.partNumber() + ": " + describe(s) + "); a link there is " + String.join(" or ", widths(s).stream()
                        .map(w -> w + " lanes").toList()) + ".", List.of(l.id(), end.componentId()), fixes, source(part));
        return false;
    }

    /** A per-protocol limit below the port speed: ConnectX-8 runs InfiniBand at 800G but Ethernet at 400G per link. */
    private static void protocolCap(Link l, Port pa, Port pb, Report out) {
        Set<Protocol> common = Compatibility.common(pa, pb);
        for (Port p : new Port[] {pa, pb}) {
            PortRef end = p == pa ? l.a() : l.b();
            Double speed = Optics.linkGbps(p, l.lanes());
            if (speed == null || p.spec().maxLinkGbps().isEmpty()) {
                continue;
            }
            boolean anyFits = common.stream().anyMatch(pr -> p.spec().maxLinkGbps(pr) == null || p.spec().maxLinkGbps(pr) + 1e-9 >= speed);
            if (anyFits) {
                continue;
            }
            List<String> caps = new ArrayList<>();
            for (Protocol pr : common) {
                caps.add(pr.label() + " at up to " + Compatibility.gbpsLabel(p.spec().maxLinkGbps(pr)) + " per link");
            }
            List<Fix> fixes = new ArrayList<>();
            for (int w : widths(p.spec())) {
                Double sp = Optics.linkGbps(p, w);
                if (sp != null && common.stream().anyMatch(pr -> p.spec().maxLinkGbps(pr) + 1e-9 >= sp)) {
                    fixes.add(new Fix("Set " + l.id() + " to " + w + " lanes (" + Compatibility.gbpsLabel(sp) + ")", pr -> Edits.lanes(pr, l.id(), w)));
                    break;
                }
            }
            out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + ") runs " + Compatibility.gbpsLabel(speed) + " at " + end
                    + ", which runs " + String.join(", ", caps) + ".", List.of(l.id(), end.componentId()), fixes);
        }
    }

    /** Each end's transceiver fits its port, and the two ends' modules talk to each other. */
    private static void modules(RuleContext ctx, Topology t, Link l, Port pa, Port pb, Report out) {
        LinkLength len = ctx.geometry().length(l);
        Double metres = len.known() ? len.metres() : null;
        boolean endsOk = true;
        for (PortRef end : new PortRef[] {l.a(), l.b()}) {
            String pn = l.transceiverAt(end);
            Part m = pn == null ? null : ctx.part(pn);
            if (m == null) {
                continue;
            }
            Port port = end.equals(l.a()) ? pa : pb;
            Verdict v = Compatibility.canPlug(m, port, l.lanes());
            if (v.ok()) {
                continue;
            }
            endsOk = false;
            Medium medium = m.medium().orElse(null);
            Double gbps = Optics.linkGbps(port, l.lanes());
            List<Fix> fixes = new ArrayList<>();
            Optics.transceiverFor(ctx, port, l.lanes(), gbps, medium, metres).ifPresent(x ->
                    fixes.add(new Fix("Use " + x.partNumber() + " at " + end, p -> Fixes.setTransceiverAt(p, l.id(), end, x.partNumber()))));
            out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + "): at " + end + " (" + t.part(end.componentId()).partNumber()
                    + ", " + describe(port.spec()) + ") " + v.reason() + ".", List.of(l.id(), end.componentId()), fixes, source(m));
        }
        if (!endsOk) {
            return;
        }
        Part ma = l.transceiverAt(l.a()) == null ? null : ctx.part(l.transceiverAt(l.a()));
        Part mb = l.transceiverAt(l.b()) == null ? null : ctx.part(l.transceiverAt(l.b()));
        if (ma == null || mb == null || ma == mb) {
            return;
        }
        Double la = Optics.legGbps(ma, l.lanes());
        Double lb = Optics.legGbps(mb, l.lanes());
        boolean mediumDiffers = ma.medium().isPresent() && mb.medium().isPresent() && ma.medium().get() != mb.medium().get();
        boolean speedDiffers = la != null && lb != null && !Optics.same(la, lb);
        if (!mediumDiffers && !speedDiffers) {
            return;
        }
        List<Fix> fixes = new ArrayList<>();
        Optics.transceiverFor(ctx, pb, l.lanes(), la, ma.medium().orElse(null), metres).ifPresent(x ->
                fixes.add(new Fix("Use " + x.partNumber() + " at " + l.b(), p -> Fixes.setTransceiverAt(p, l.id(), l.b(), x.partNumber()))));
        out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + "): its modules do not talk to each other: "
                + ma.partNumber() + " (" + moduleWords(ma, la) + ") at " + l.a() + ", " + mb.partNumber() + " (" + moduleWords(mb, lb)
                + ") at " + l.b() + ".", List.of(l.id()), fixes);
    }

    /** A cable that plugs into the cages (DAC, ACC, AEC, AOC) fits both ports and is long enough for the run. */
    private static void cable(RuleContext ctx, Topology t, Link l, Port pa, Port pb, Report out) {
        Part c = l.cablePart() == null ? null : ctx.part(l.cablePart());
        if (c == null || c.family() == Family.TRANSCEIVER || c.cage().isEmpty() && c.lanes().isEmpty()) {
            return;
        }
        if (c.medium().map(m -> m == Medium.FIBER_MM || m == Medium.FIBER_SM).orElse(false)) {
            return; // passive fibre between transceivers: the modules are checked
        }
        LinkLength len = ctx.geometry().length(l);
        Verdict v = Compatibility.canCable(c, pa, pb, l.lanes());
        List<String> why = new ArrayList<>();
        if (!v.ok()) {
            why.add(v.reason());
        }
        boolean tooShort = len.known() && c.lengthM().isPresent() && len.metres() > c.lengthM().get() + 1e-9
                && len.metres() <= c.maxReachM().orElse(Double.MAX_VALUE) + 1e-9;
        if (tooShort) {
            why.add(c.partNumber() + " is " + Util.m(c.lengthM().get()) + " long and the run is " + Util.m(len.metres()) + " (" + len.explanation() + ")");
        }
        if (why.isEmpty()) {
            return;
        }
        List<Fix> fixes = new ArrayList<>();
        double need = len.known() ? len.metres() : c.lengthM().orElse(0.0);
        Optics.cableFor(ctx, c, pa, pb, l.lanes(), need).filter(x -> !x.partNumber().equals(c.partNumber())).ifPresent(x ->
                fixes.add(new Fix("Use " + x.partNumber() + " (" + Util.m(x.lengthM().get()) + ")", p -> Edits.cablePart(p, l.id(), x.partNumber()))));
        out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + "): " + String.join("; ", why) + ".",
                List.of(l.id()), fixes, source(c));
    }

    /** The links on one port use no more lanes than it has, in no more pieces than its breakouts allow. */
    private static void budget(Topology t, PortRef ref, List<Link> links, Report out) {
        Port port = t.port(ref);
        if (port == null || port.spec().laneRateGbps() == null || !port.spec().isNetwork() || links.size() < 2 && links.get(0).lanes() <= port.spec().lanes()) {
            return;
        }
        int used = links.stream().mapToInt(Link::lanes).sum();
        int maxLinks = 1;
        for (String b : port.spec().bifurcations()) {
            maxLinks = Math.max(maxLinks, Bifurcation.parse(b).links());
        }
        if (used <= port.spec().lanes() && links.size() <= maxLinks) {
            return;
        }
        List<String> subjects = new ArrayList<>();
        subjects.add(ref.componentId());
        links.forEach(l -> subjects.add(l.id()));
        Part part = t.part(ref.componentId());
        out.add(Severity.ERROR, "Port " + ref + " (" + part.partNumber() + ", " + describe(port.spec()) + ") carries " + links.size() + " links using "
                + used + " lanes (" + Util.ids(links.stream().map(l -> l.id() + " x" + l.lanes()).toList()) + "); it has " + port.spec().lanes()
                + " lanes" + (maxLinks > 1 ? " and breaks out to at most " + maxLinks + " links" : " and takes one link") + ".", subjects, List.of(), source(part));
    }

    static boolean fits(PortSpec s, int lanes) {
        return widths(s).contains(lanes);
    }

    /** Widths a single link may have on the port: the whole port, or one leg of each breakout, widest first. */
    static List<Integer> widths(PortSpec s) {
        List<Integer> out = new ArrayList<>();
        out.add(s.lanes());
        for (String b : s.bifurcations()) {
            int w = Bifurcation.parse(b).width();
            if (!out.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static String describe(PortSpec s) {
        StringBuilder b = new StringBuilder();
        if (s.speedGbps() != null) {
            b.append(Compatibility.gbpsLabel(s.speedGbps()));
        }
        if (s.laneRateGbps() != null) {
            b.append(b.length() == 0 ? "" : " = ").append(s.lanes()).append(" x ").append(Compatibility.gbpsLabel(s.laneRateGbps()));
        }
        b.append(b.length() == 0 ? "" : ", ").append(s.cage() == null ? "cage unknown" : s.cage().label());
        return b.toString();
    }

    private static String moduleWords(Part m, Double legGbps) {
        return (legGbps == null ? "speed unknown" : Compatibility.gbpsLabel(legGbps) + " per leg") + ", "
                + m.medium().map(Util::mediumWords).orElse("medium unknown");
    }

    private static String source(Part p) {
        if (p == null) {
            return INFO.source();
        }
        String url = Util.partSource(p, "ports");
        if (url.isEmpty()) {
            url = Util.partSource(p, "speedGbps");
        }
        return url.isEmpty() ? INFO.source() : INFO.source() + "; " + p.partNumber() + ": " + url;
    }
}
