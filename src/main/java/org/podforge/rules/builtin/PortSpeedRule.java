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
import org.podforge.model.command.CompositeCommand;
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

    /**
     * Reads the components with network ports, their links and the parts at those links' ends (a link is judged when
     * one end is a network port; each end's port budget, and the free ports of the same part a fix offers).
     */
    @Override
    public boolean reads(Part part) {
        if (part == null) {
            return false;
        }
        for (Port port : part.ports()) {
            if (port.spec().isNetwork()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean geometric() {
        return true;
    }

    /** Also judges the fabric's wiring patterns, per pattern on their distinct end ports ({@link PatternMedia}). */
    @Override
    public boolean checksFabric() {
        return true;
    }

    @Override
    public void checkFabric(RuleContext ctx, org.podforge.model.Fabric fabric, Report out) {
        PatternMedia.check(ctx, out);
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
            // one finding per cause: the media are judged once the link's lanes and speed are right for its ports
            boolean widthOk = width(ctx, t, l, l.a(), pa, pb, out) & width(ctx, t, l, l.b(), pb, pa, out);
            if (widthOk && protocolCap(ctx, l, pa, pb, out)) {
                LinkMedia.Cause media = media(ctx, t, l, pa, pb, out);
                if (media != LinkMedia.Cause.CABLE_AND_MODULES) {
                    modules(ctx, t, l, pa, pb, media == LinkMedia.Cause.NONE, out);
                }
                if (media == LinkMedia.Cause.NONE || media == LinkMedia.Cause.CABLE_AND_MODULES) {
                    cable(ctx, t, l, pa, pb, out);
                }
            }
            byPort.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
            byPort.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
        }
        for (Map.Entry<PortRef, List<Link>> e : byPort.entrySet()) {
            budget(t, e.getKey(), e.getValue(), out);
        }
    }

    /** The link is as wide as the port or one leg of a listed breakout. False (and a finding) when not. */
    private static boolean width(RuleContext ctx, Topology t, Link l, PortRef end, Port port, Port other, Report out) {
        PortSpec s = port.spec();
        int here = endLanes(l, port, other);
        if (s.laneRateGbps() == null || fits(s, here)) {
            return true;
        }
        Part part = t.part(end.componentId());
        List<Fix> fixes = new ArrayList<>();
        for (int w : widths(s)) {
            int linkLanes = linkLanesFor(w, port, other);
            Link probe = new Link("probe", l.a(), l.b(), linkLanes, l.medium());
            if (other.spec().laneRateGbps() == null || fits(other.spec(), endLanes(probe, other, port))) {
                Port pa = end.equals(l.a()) ? port : other;
                Port pb = end.equals(l.a()) ? other : port;
                fixes.add(lanesFix(ctx, l, pa, pb, linkLanes, Compatibility.gbpsLabel(Optics.linkGbps(port, w))));
                break;
            }
        }
        String speed = Optics.linkGbps(port, Math.max(here, 0)) == null || here < 0 ? "" : ", " + Compatibility.gbpsLabel(Optics.linkGbps(port, here));
        out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + ") uses " + (here < 0 ? "a fraction of a lane" : here + " lanes" + speed) + " of " + end + " ("
                + part.partNumber() + ": " + describe(s) + "); a link there is " + String.join(" or ", widths(s).stream()
                        .map(w -> w + " lanes").toList()) + ".", List.of(l.id(), end.componentId()), fixes, source(part));
        return false;
    }

    /**
     * Sets a link's lanes and keeps its cable right for them: a cable that cannot carry the new width is swapped for
     * the shortest orderable one of its kind (family and medium) that fits both ports and the run, else removed, so
     * the fix does not leave the link on a cable the next check refuses (the error only moved).
     */
    private static Fix lanesFix(RuleContext ctx, Link l, Port pa, Port pb, int linkLanes, String speed) {
        String label = "Set " + l.id() + " to " + linkLanes + " lanes (" + speed + ")";
        Part cable = l.cablePart() == null ? null : ctx.part(l.cablePart());
        if (cable == null || Compatibility.canCable(cable, pa, pb, linkLanes).ok()) {
            return new Fix(label, p -> Edits.lanes(p, l.id(), linkLanes));
        }
        var len = ctx.geometry().length(l);
        double metres = Math.max(len.known() ? len.metres() : 0, 0);
        Part fit = ctx.catalog().byFamily(cable.family()).stream()
                .filter(Part::isOrderable)
                .filter(x -> x.medium().equals(cable.medium()))
                .filter(x -> x.lengthM().isEmpty() || x.lengthM().get() >= metres - 1e-9)
                .filter(x -> x.maxReachM().orElse(Double.MAX_VALUE) >= metres - 1e-9)
                .filter(x -> Compatibility.canCable(x, pa, pb, linkLanes).ok())
                .min(java.util.Comparator.comparing((Part x) -> x.lengthM().orElse(Double.MAX_VALUE)).thenComparing(Part::partNumber))
                .orElse(null);
        String pn = fit == null ? null : fit.partNumber();
        return new Fix(label + (pn == null ? "; remove its cable " + cable.partNumber() + ", which cannot carry them" : " on " + pn),
                p -> new org.podforge.model.command.CompositeCommand(label, List.of(Edits.lanes(p, l.id(), linkLanes),
                        Edits.cablePart(p, l.id(), pn))));
    }

    /** A per-protocol limit below the port speed: ConnectX-8 runs InfiniBand at 800G but Ethernet at 400G per link. */
    private static boolean protocolCap(RuleContext ctx, Link l, Port pa, Port pb, Report out) {
        Set<Protocol> common = Compatibility.common(pa, pb);
        boolean ok = true;
        for (Port p : new Port[] {pa, pb}) {
            PortRef end = p == pa ? l.a() : l.b();
            Port other = p == pa ? pb : pa;
            Double speed = Optics.linkGbps(p, endLanes(l, p, other));
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
                int linkLanes = linkLanesFor(w, p, other);
                if (sp != null && common.stream().anyMatch(pr -> p.spec().maxLinkGbps(pr) + 1e-9 >= sp)) {
                    fixes.add(lanesFix(ctx, l, pa, pb, linkLanes, Compatibility.gbpsLabel(sp)));
                    break;
                }
            }
            out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + ") runs " + Compatibility.gbpsLabel(speed) + " at " + end
                    + ", which runs " + String.join(", ", caps) + ".", List.of(l.id(), end.componentId()), fixes);
            ok = false;
        }
        return ok;
    }

    /**
     * The medium against the ends' cages and modules ({@link LinkMedia}): a co-packaged-optics port on a cable with
     * plugs, a cable with plugs and modules named too, a fibre of the other kind than the modules'. One finding per
     * link; the fixes put the orderable fibre or modules that fit (never a part that moves the error elsewhere).
     */
    private static LinkMedia.Cause media(RuleContext ctx, Topology t, Link l, Port pa, Port pb, Report out) {
        Part ma = l.transceiverAt(l.a()) == null ? null : ctx.part(l.transceiverAt(l.a()));
        Part mb = l.transceiverAt(l.b()) == null ? null : ctx.part(l.transceiverAt(l.b()));
        Part cable = l.cablePart() == null ? null : ctx.part(l.cablePart());
        LinkLength len = ctx.geometry().length(l);
        Double metres = len.known() ? len.metres() : null;
        LinkMedia.Result r = LinkMedia.judge(ctx, pa, l.a().toString(), ma, pb, l.b().toString(), mb, l.medium(), cable,
                endLanes(l, pa, pb), endLanes(l, pb, pa), metres);
        if (r.cause() == LinkMedia.Cause.NONE) {
            return r.cause();
        }
        String id = l.id();
        List<Fix> fixes = new ArrayList<>();
        boolean mpoA = pa.spec().cage() == org.podforge.model.Cage.MPO;
        switch (r.cause()) {
            case FIBRE -> {
                Fix trunk = r.trunk() == null ? null : new Fix("Use " + r.trunk() + " (" + LinkMedia.fibreWords(r.fibre()) + " fibre) between the modules",
                        p -> new CompositeCommand("Use " + r.trunk() + " on " + id, List.of(Edits.medium(p, id, r.fibre()), Edits.cablePart(p, id, r.trunk()))));
                Fix mods = r.moduleA() == null && r.moduleB() == null ? null : modulesFix(l, r.moduleA(), r.moduleB());
                boolean bothWrong = ma != null && mb != null && ma.medium().equals(mb.medium());
                for (Fix f : bothWrong ? new Fix[] {trunk, mods} : new Fix[] {mods, trunk}) {
                    if (f != null) {
                        fixes.add(f);
                    }
                }
            }
            case CPO -> {
                if (r.trunk() != null) {
                    // a link names one module for both ends unless end b has its own; the co-packaged end takes none
                    String atA = mpoA ? r.moduleB() : r.moduleA();
                    String atB = mpoA ? null : r.moduleB();
                    List<String> mods = java.util.stream.Stream.of(r.moduleA(), r.moduleB()).filter(java.util.Objects::nonNull).distinct().toList();
                    String label = "Switch to " + LinkMedia.fibreWords(r.fibre()) + " fibre " + r.trunk() + (mods.isEmpty() ? "" : " with " + String.join(" / ", mods));
                    fixes.add(new Fix(label, p -> new CompositeCommand(label, List.of(Edits.medium(p, id, r.fibre()), Edits.cablePart(p, id, r.trunk()),
                            Edits.transceiverPart(p, id, atA), Edits.transceiverPartB(p, id, atB == null || atB.equals(atA) ? null : atB)))));
                }
            }
            case CABLE_AND_MODULES -> {
                if (r.dropModules()) {
                    String label = "Remove the modules (keep " + l.cablePart() + ")";
                    fixes.add(new Fix(label, p -> new CompositeCommand(label, List.of(Edits.transceiverPart(p, id, null), Edits.transceiverPartB(p, id, null)))));
                }
                if (r.moduleTrunk() != null) {
                    String label = "Use " + r.moduleTrunk() + " (" + LinkMedia.fibreWords(r.moduleFibre()) + " fibre) between the modules";
                    fixes.add(new Fix(label, p -> new CompositeCommand(label, List.of(Edits.medium(p, id, r.moduleFibre()),
                            Edits.cablePart(p, id, r.moduleTrunk())))));
                }
            }
            default -> {
            }
        }
        out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + "): " + r.why() + ".", List.of(l.id()), fixes, MEDIA_SOURCE);
        return r.cause();
    }

    /** Sets the modules at the ends given (null: keep that end's), in one step. */
    private static Fix modulesFix(Link l, String newA, String newB) {
        String atA = newA != null ? newA : l.transceiverAt(l.a());
        String atB = newB != null ? newB : l.transceiverAt(l.b());
        String id = l.id();
        String label = newA != null && newB != null ? (newA.equals(newB) ? "Use " + newA + " at both ends" : "Use " + newA + " at " + l.a() + " and " + newB + " at " + l.b())
                : "Use " + (newA != null ? newA + " at " + l.a() : newB + " at " + l.b());
        return new Fix(label, p -> new CompositeCommand(label, List.of(Edits.transceiverPart(p, id, atA),
                Edits.transceiverPartB(p, id, java.util.Objects.equals(atA, atB) ? null : atB))));
    }

    /** Where the medium checks' facts come from. */
    static final String MEDIA_SOURCE = INFO.source() + "; fibre per module: MMA4Z00 multimode 50 m, MMS4X00 single-mode 100 m, MMS4X50 single-mode "
            + "2 km (fabric-and-power-facts I2); multimode SR vs single-mode DR/FR (interconnect-facts B7); DAC, ACC, AEC and AOC plug into the "
            + "cage (B7, I2); co-packaged optics front panels are MPO connectors with no pluggables (fabric H1, Q3450-LD)";

    /** Each end's transceiver fits its port, and (with {@code pair}) the two ends' modules talk to each other. */
    private static void modules(RuleContext ctx, Topology t, Link l, Port pa, Port pb, boolean pair, Report out) {
        LinkLength len = ctx.geometry().length(l);
        Double metres = len.known() ? len.metres() : null;
        // per end: [end, module, reason, fitting module or null]
        List<Object[]> bad = new ArrayList<>();
        for (PortRef end : new PortRef[] {l.a(), l.b()}) {
            String pn = l.transceiverAt(end);
            Part m = pn == null ? null : ctx.part(pn);
            if (m == null) {
                continue;
            }
            Port port = end.equals(l.a()) ? pa : pb;
            if (port.spec().cage() == org.podforge.model.Cage.MPO) {
                continue; // co-packaged optics: a fibre connector takes no module (the link's module is the other end's)
            }
            int here = endLanes(l, port, end.equals(l.a()) ? pb : pa);
            Verdict v = Compatibility.canPlug(m, port, here);
            if (!v.ok()) {
                Part fit = Optics.transceiverFor(ctx, port, here, Optics.linkGbps(port, here), m.medium().orElse(null), metres).orElse(null);
                bad.add(new Object[] {end, m, v.reason(), fit});
            }
        }
        boolean endsOk = bad.isEmpty();
        if (bad.size() == 2 && bad.get(0)[1] == bad.get(1)[1] && bad.get(0)[2].equals(bad.get(1)[2]) && pa.spec().equals(pb.spec())) {
            // one module, one cause at both ends of a link between like ports: one finding, not one per end
            Part m = (Part) bad.get(0)[1];
            Part fit = (Part) bad.get(0)[3];
            List<Fix> fixes = fit == null ? List.of() : List.of(new Fix("Use " + fit.partNumber() + " at both ends", p -> new CompositeCommand(
                    "Use " + fit.partNumber() + " on " + l.id(), List.of(Edits.transceiverPart(p, l.id(), fit.partNumber()), Edits.transceiverPartB(p, l.id(), null)))));
            out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + "): at both ends (" + t.part(l.a().componentId()).partNumber() + ", "
                    + describe(pa.spec()) + ") " + bad.get(0)[2] + ".", List.of(l.id(), l.a().componentId(), l.b().componentId()), fixes, source(m));
            bad.clear();
        }
        for (Object[] x : bad) {
            PortRef end = (PortRef) x[0];
            Part fit = (Part) x[3];
            Port port = end.equals(l.a()) ? pa : pb;
            List<Fix> fixes = new ArrayList<>();
            if (fit != null) {
                fixes.add(new Fix("Use " + fit.partNumber() + " at " + end, p -> Fixes.setTransceiverAt(p, l.id(), end, fit.partNumber())));
            }
            out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + "): at " + end + " (" + t.part(end.componentId()).partNumber()
                    + ", " + describe(port.spec()) + ") " + x[2] + ".", List.of(l.id(), end.componentId()), fixes, source((Part) x[1]));
        }
        if (!endsOk || !pair) {
            return;
        }
        Part ma = l.transceiverAt(l.a()) == null ? null : ctx.part(l.transceiverAt(l.a()));
        Part mb = l.transceiverAt(l.b()) == null ? null : ctx.part(l.transceiverAt(l.b()));
        if (ma == null || mb == null || ma == mb) {
            return;
        }
        int hereA = endLanes(l, pa, pb);
        int hereB = endLanes(l, pb, pa);
        Double la = Optics.legGbps(ma, hereA);
        Double lb = Optics.legGbps(mb, hereB);
        boolean mediumDiffers = ma.medium().isPresent() && mb.medium().isPresent() && ma.medium().get() != mb.medium().get();
        boolean speedDiffers = la != null && lb != null && !Optics.same(la, lb);
        if (!mediumDiffers && !speedDiffers) {
            return;
        }
        List<Fix> fixes = new ArrayList<>();
        Optics.transceiverFor(ctx, pb, hereB, la, ma.medium().orElse(null), metres).ifPresent(x ->
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
        Verdict v = Compatibility.canCable(c, pa, pb, endLanes(l, pa, pb));
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
        Optics.cableFor(ctx, c, pa, pb, endLanes(l, pa, pb), need).filter(x -> !x.partNumber().equals(c.partNumber())).ifPresent(x ->
                fixes.add(new Fix("Use " + x.partNumber() + " (" + Util.m(x.lengthM().get()) + ")", p -> Edits.cablePart(p, l.id(), x.partNumber()))));
        out.add(Severity.ERROR, "Link " + l.id() + " (" + l.a() + " \u2192 " + l.b() + "): " + String.join("; ", why) + ".",
                List.of(l.id()), fixes, source(c));
    }

    /** The links on one port use no more lanes than it has, in no more pieces than its breakouts allow. */
    private static void budget(Topology t, PortRef ref, List<Link> links, Report out) {
        Port port = t.port(ref);
        if (port == null || port.spec().laneRateGbps() == null || !port.spec().isNetwork() || links.size() < 2) {
            return; // one link: its width is checked per link
        }
        int used = 0;
        List<String> parts = new ArrayList<>();
        for (Link l : links) {
            Port other = t.port(l.otherEnd(ref.componentId()).equals(ref) ? l.a() : l.otherEnd(ref.componentId()));
            int here = other == null ? l.lanes() : endLanes(l, port, other);
            used += Math.max(here, 0);
            parts.add(l.id() + " x" + here);
        }
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
                + used + " lanes (" + Util.ids(parts) + "); it has " + port.spec().lanes()
                + " lanes" + (maxLinks > 1 ? " and breaks out to at most " + maxLinks + " links" : " and takes one link") + ".", subjects,
                moveFix(t, ref, port, part, links.get(links.size() - 1)), source(part));
    }

    /** Offers to move the last link to a free port of the same kind on the same component. */
    private static List<Fix> moveFix(Topology t, PortRef ref, Port port, Part part, Link last) {
        for (Port candidate : part.ports()) {
            PortRef to = new PortRef(ref.componentId(), candidate.name());
            if (!to.equals(ref) && candidate.spec().equals(port.spec()) && t.linksAt(to).isEmpty()) {
                return List.of(new Fix("Move " + last.id() + " to " + to, p -> Fixes.reconnect(p, last.id(), ref, to)));
            }
        }
        return List.of();
    }

    /** The lower known lane rate of the two ends: a link's lanes are counted at that rate. */
    static Double refRate(Port pa, Port pb) {
        Double ra = pa.spec().laneRateGbps();
        Double rb = pb.spec().laneRateGbps();
        if (ra == null) {
            return rb;
        }
        return rb == null ? ra : Math.min(ra, rb);
    }

    /**
     * Lanes the link uses at one end. A link's lanes are counted at the end with the lower lane rate; a faster end
     * carries the same speed on proportionally fewer lanes (a 400G link: 4 lanes at 100G, 2 at 200G). -1 when the
     * speed does not divide into whole lanes there.
     */
    static int endLanes(Link l, Port port, Port other) {
        return Compatibility.lanesAt(l.lanes(), port, other);
    }

    /** Link lanes (counted at the reference rate) for {@code endWidth} lanes at this end. */
    static int linkLanesFor(int endWidth, Port port, Port other) {
        Double ref = refRate(port, other);
        Double rate = port.spec().laneRateGbps();
        return ref == null || rate == null ? endWidth : (int) Math.round(endWidth * rate / ref);
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
