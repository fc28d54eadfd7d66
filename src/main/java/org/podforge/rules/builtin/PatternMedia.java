package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podforge.catalog.TransceiverUse;
import org.podforge.model.Bifurcation;
import org.podforge.model.Component;
import org.podforge.model.FabricCables;
import org.podforge.model.LinkPattern;
import org.podforge.model.Part;
import org.podforge.model.Plural;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.RailWiring;
import org.podforge.model.command.Edits;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.RuleContext;
import org.podforge.rules.Severity;
import org.podforge.rules.Verdict;

/**
 * port.speed on the fabric's wiring patterns, judged per pattern on its distinct end ports, never per cable
 * (decision 0013): the module at each end fits that end's cages and speed ({@link Compatibility#canPlug}), a cable
 * with cages fits both ends ({@link Compatibility#canCable}), and a breakout at the leaf ({@code leafLegs} cables per
 * leaf port) is one the leaf port, the module and the splitter cable can make: a twin-port 800G module feeds two 400G
 * NICs, four 200G NICs only over 1:2 splitters (fabric-and-power-facts I2). One finding per pattern and cause.
 */
final class PatternMedia {
    private PatternMedia() {
    }

    static void check(RuleContext ctx, Report out) {
        Project p = ctx.project();
        for (LinkPattern lp : p.fabric().patterns()) {
            if (!lp.wiring().referenceProblems(p).isEmpty()) {
                continue; // scaleout.fabric says the pattern cannot be read
            }
            Map<String, Port> lows = ends(ctx, p, lp, true);
            Map<String, Port> highs = ends(ctx, p, lp, false);
            if (lows.isEmpty() || highs.isEmpty() || lows.values().stream().noneMatch(x -> x.spec().isNetwork())
                    && highs.values().stream().noneMatch(x -> x.spec().isNetwork())) {
                continue; // not a network pattern (or nothing known to judge it by)
            }
            Port low = lows.values().iterator().next();
            Port high = highs.values().iterator().next();
            String atA = lp.transceiverPart();
            String atB = lp.transceiverPartB() != null ? lp.transceiverPartB() : lp.transceiverPart();
            List<String> why = new ArrayList<>();
            List<Fix> fixes = new ArrayList<>();
            Part cable = lp.cablePart() == null ? null : ctx.part(lp.cablePart());
            LinkMedia.Cause media = media(ctx, lp, atA, atB, cable, lows, highs, low, high, why, fixes);
            if (media != LinkMedia.Cause.CABLE_AND_MODULES) {
                plug(ctx, lp, atA, lows, high, false, why, fixes);
                plug(ctx, lp, atB, highs, low, true, why, fixes);
            }
            if (why.isEmpty()) {
                pair(ctx, lp, atA, atB, low, high, why, fixes);
            }
            if (cable != null && cable.cage().isPresent() && media != LinkMedia.Cause.CPO) {
                for (Port a : lows.values()) {
                    for (Port b : highs.values()) {
                        Verdict v = Compatibility.canCable(cable, a, b, Compatibility.lanesAt(lp.lanes(), a, b));
                        if (!v.ok() && !why.contains(v.reason())) {
                            why.add(v.reason());
                        }
                    }
                }
            }
            if (lp.wiring() instanceof RailWiring rw && rw.leafLegs() > 1) {
                breakout(ctx, lp, rw, atB, cable, highs, low, why, fixes);
            }
            if (!why.isEmpty()) {
                out.add(Severity.ERROR, String.format(java.util.Locale.ROOT, "Pattern %s (%,d cables): %s.", lp.label(),
                        FabricCables.count(p, lp), String.join("; ", why)), List.of(lp.id()), fixes);
            }
            missing(ctx, p, lp, cable, atA, atB, lows, highs, low, high, out);
        }
    }

    /**
     * The pattern's medium against its ends' cages and modules ({@link LinkMedia}), judged on the first port kind of
     * each end (the cages of other kinds are plug()'s): one clause for the pattern's finding, with the fix that sets
     * the orderable fibre or modules that fit.
     */
    private static LinkMedia.Cause media(RuleContext ctx, LinkPattern lp, String atA, String atB, Part cable, Map<String, Port> lows,
                                         Map<String, Port> highs, Port low, Port high, List<String> why, List<Fix> fixes) {
        if (!low.spec().isNetwork() || !high.spec().isNetwork()) {
            return LinkMedia.Cause.NONE;
        }
        Part ma = atA == null ? null : ctx.part(atA);
        Part mb = atB == null ? null : ctx.part(atB);
        LinkMedia.Result r = LinkMedia.judge(ctx, low, "end a (" + lows.keySet().iterator().next() + ")", ma, high,
                "end b (" + highs.keySet().iterator().next() + ")", mb, lp.medium(), cable, Compatibility.lanesAt(lp.lanes(), low, high),
                Compatibility.lanesAt(lp.lanes(), high, low), null);
        if (r.cause() == LinkMedia.Cause.NONE) {
            return r.cause();
        }
        why.add(r.why());
        String id = lp.id();
        String name = lp.label();
        switch (r.cause()) {
            case FIBRE -> {
                Fix trunk = r.trunk() == null ? null : new Fix("Use " + r.trunk() + " (" + LinkMedia.fibreWords(r.fibre()) + " fibre) for pattern " + name,
                        pr -> new org.podforge.model.command.CompositeCommand("Use " + r.trunk() + " for pattern " + name,
                                List.of(Edits.patternMedium(pr, id, r.fibre()), Edits.patternCable(pr, id, r.trunk()))));
                Fix mods = r.moduleA() == null && r.moduleB() == null ? null : modulesFix(lp, atA, atB, r.moduleA(), r.moduleB());
                boolean bothWrong = ma != null && mb != null && ma.medium().equals(mb.medium());
                for (Fix f : bothWrong ? new Fix[] {trunk, mods} : new Fix[] {mods, trunk}) {
                    if (f != null) {
                        fixes.add(f);
                    }
                }
            }
            case CPO -> {
                if (r.trunk() != null) {
                    String label = "Switch pattern " + name + " to " + LinkMedia.fibreWords(r.fibre()) + " fibre " + r.trunk();
                    String a = r.moduleA();
                    String b = r.moduleB();
                    fixes.add(new Fix(label + (a == null && b == null ? "" : " with " + String.join(" / ",
                            java.util.stream.Stream.of(a, b).filter(java.util.Objects::nonNull).distinct().toList())),
                            pr -> new org.podforge.model.command.CompositeCommand(label, List.of(Edits.patternMedium(pr, id, r.fibre()),
                                    Edits.patternCable(pr, id, r.trunk()), Edits.patternTransceiver(pr, id, false, a),
                                    Edits.patternTransceiver(pr, id, true, b == null || b.equals(a) ? null : b)))));
                }
            }
            case CABLE_AND_MODULES -> {
                if (r.dropModules()) {
                    String label = "Remove the modules of pattern " + name + " (keep " + lp.cablePart() + ")";
                    fixes.add(new Fix(label, pr -> new org.podforge.model.command.CompositeCommand(label, List.of(
                            Edits.patternTransceiver(pr, id, false, null), Edits.patternTransceiver(pr, id, true, null)))));
                }
                if (r.moduleTrunk() != null) {
                    String label = "Use " + r.moduleTrunk() + " (" + LinkMedia.fibreWords(r.moduleFibre()) + " fibre) for pattern " + name;
                    fixes.add(new Fix(label, pr -> new org.podforge.model.command.CompositeCommand(label, List.of(
                            Edits.patternMedium(pr, id, r.moduleFibre()), Edits.patternCable(pr, id, r.moduleTrunk())))));
                }
            }
            default -> {
            }
        }
        return r.cause();
    }

    /** Sets the modules at the pattern's ends given (null: keep that end's) in one step. */
    private static Fix modulesFix(LinkPattern lp, String atA, String atB, String newA, String newB) {
        String a = newA != null ? newA : atA;
        String b = newB != null ? newB : atB;
        String id = lp.id();
        String label = a != null && a.equals(b) ? "Use " + a + " at both ends of pattern " + lp.label()
                : "Use " + String.join(" and ", java.util.stream.Stream.of(newA == null ? null : newA + " at end a", newB == null ? null : newB + " at end b")
                        .filter(java.util.Objects::nonNull).toList()) + " of pattern " + lp.label();
        return new Fix(label, pr -> new org.podforge.model.command.CompositeCommand(label, List.of(Edits.patternTransceiver(pr, id, false, a),
                Edits.patternTransceiver(pr, id, true, b == null || b.equals(a) ? null : b))));
    }

    /**
     * A fibre pattern whose end takes a pluggable but names no module there: its cables have no optics at that end
     * (the generator leaves an end empty when the catalog has no module that fits it, rather than one that does not).
     * A WARNING, one per pattern: the design is incomplete, not wrong; the fix offers the orderable module that fits
     * the end, else the message says the catalog has none.
     */
    private static void missing(RuleContext ctx, Project p, LinkPattern lp, Part cable, String atA, String atB, Map<String, Port> lows,
                                Map<String, Port> highs, Port low, Port high, Report out) {
        org.podforge.model.Medium medium = cable != null && cable.medium().isPresent() ? cable.medium().get() : lp.medium();
        if (medium != org.podforge.model.Medium.FIBER_MM && medium != org.podforge.model.Medium.FIBER_SM) {
            return; // copper, AOC and ACC/AEC carry their own ends
        }
        String kind = medium == org.podforge.model.Medium.FIBER_MM ? "multimode" : "single-mode";
        List<String> ends = new ArrayList<>();
        String[] fit = new String[2]; // the orderable module that fits end a, end b (null: none, or the end has one)
        for (boolean endB : new boolean[] {false, true}) {
            if ((endB ? atB : atA) != null) {
                continue;
            }
            Map<String, Port> ports = endB ? highs : lows;
            Port other = endB ? low : high;
            for (Map.Entry<String, Port> e : ports.entrySet()) {
                Port port = e.getValue();
                if (!port.spec().isNetwork() || port.spec().cage() == org.podforge.model.Cage.MPO) {
                    continue; // co-packaged optics: a fibre connector, no module
                }
                int lanes = Math.max(1, Compatibility.lanesAt(lp.lanes(), port, other));
                Part m = Optics.transceiverFor(ctx, port, lanes, speed(port, other, lp.lanes()), medium, null).orElse(null);
                ends.add(e.getKey() + " (" + (endB ? "end b" : "end a") + ": " + (port.spec().cage() == null ? "no cage" : port.spec().cage().label())
                        + ", " + lanes + " x " + (port.spec().laneRateGbps() == null ? "?" : Compatibility.gbpsLabel(port.spec().laneRateGbps()))
                        + (m == null ? "; the catalog has no orderable " + kind + " module that fits it" : "") + ")");
                if (m != null && fit[endB ? 1 : 0] == null) {
                    fit[endB ? 1 : 0] = m.partNumber();
                }
            }
        }
        Fix fix = missingFix(lp, atA, atB, fit[0], fit[1]);
        if (!ends.isEmpty()) {
            out.add(Severity.WARNING, String.format(java.util.Locale.ROOT, "Pattern %s (%,d cables) runs over %s fibre but names no module at %s: "
                            + "those cable ends have no optics in the BOM or the power figures. Set one on the pattern (a catalog copy can add "
                            + "a module the built-in catalog lacks).", lp.label(), FabricCables.count(p, lp), kind, Util.ids(ends)),
                    List.of(lp.id()), fix == null ? List.of() : List.of(fix));
        }
    }

    /**
     * Sets the modules that fit the empty ends in one step (both at once when both are empty: end a alone would also
     * stand for end b, whose transceiverB is null = as end a), or null when no empty end has one to offer.
     */
    private static Fix missingFix(LinkPattern lp, String atA, String atB, String fitA, String fitB) {
        String id = lp.id();
        boolean bothEmpty = atA == null && atB == null;
        if (bothEmpty && (fitA == null || fitB == null)) {
            // only end b can be set alone (transceiverB); end a alone would put its module at end b too
            return fitB == null ? null : new Fix("Use " + fitB + " at end b of pattern " + lp.label(),
                    pr -> Edits.patternTransceiver(pr, id, true, fitB));
        }
        if (bothEmpty) {
            String label = fitA.equals(fitB) ? "Use " + fitA + " at both ends of pattern " + lp.label()
                    : "Use " + fitA + " at end a and " + fitB + " at end b of pattern " + lp.label();
            return new Fix(label, pr -> new org.podforge.model.command.CompositeCommand(label, List.of(
                    Edits.patternTransceiver(pr, id, false, fitA), Edits.patternTransceiver(pr, id, true, fitA.equals(fitB) ? null : fitB))));
        }
        if (atA == null && fitA != null) {
            return new Fix("Use " + fitA + " at end a of pattern " + lp.label(), pr -> Edits.patternTransceiver(pr, id, false, fitA));
        }
        return null; // end b is empty only when end a is too (null = as end a)
    }

    /** The module at one end against every distinct port kind there; a fix offers the orderable module that fits. */
    private static void plug(RuleContext ctx, LinkPattern lp, String module, Map<String, Port> ports, Port other, boolean endB,
                             List<String> why, List<Fix> fixes) {
        Part m = module == null ? null : ctx.part(module);
        if (m == null) {
            return; // none given: the power model lists the optics as unknown; an uncatalogued part: the loader says so
        }
        for (Map.Entry<String, Port> e : ports.entrySet()) {
            Port port = e.getValue();
            if (!port.spec().isNetwork() || port.spec().cage() == org.podforge.model.Cage.MPO) {
                continue; // co-packaged optics: a fibre connector takes no module (the pattern's module is the other end's)
            }
            int lanes = Compatibility.lanesAt(lp.lanes(), port, other);
            Verdict v = Compatibility.canPlug(m, port, Math.max(lanes, 1));
            if (v.ok()) {
                continue;
            }
            why.add("at " + e.getKey() + " (" + (endB ? "end b" : "end a") + ") " + v.reason());
            Part fit = Optics.transceiverFor(ctx, port, Math.max(lanes, 1), speed(port, other, lp.lanes()), m.medium().orElse(null), null)
                    .orElse(null);
            if (fit != null && fixes.isEmpty()) {
                String pn = fit.partNumber();
                String id = lp.id();
                fixes.add(new Fix("Use " + pn + " at " + (endB ? "end b" : "end a") + " of pattern " + lp.label(),
                        pr -> Edits.patternTransceiver(pr, id, endB, pn)));
            }
        }
    }

    /**
     * The two ends' modules talk to each other: the same medium and the same speed per leg (a 400G NIC module against
     * one 400G leg of a twin-port 800G module is right; against an 800G leg of a 1.6T module it is not), as port.speed
     * asks of a link's two modules. The fix offers the orderable end-a module that matches end b's leg.
     */
    private static void pair(RuleContext ctx, LinkPattern lp, String atA, String atB, Port low, Port high, List<String> why, List<Fix> fixes) {
        Part ma = atA == null ? null : ctx.part(atA);
        Part mb = atB == null ? null : ctx.part(atB);
        if (ma == null || mb == null || ma == mb || !low.spec().isNetwork() || !high.spec().isNetwork()) {
            return;
        }
        int lanesA = Math.max(1, Compatibility.lanesAt(lp.lanes(), low, high));
        int lanesB = Math.max(1, Compatibility.lanesAt(lp.lanes(), high, low));
        Double la = Optics.legGbps(ma, lanesA);
        Double lb = Optics.legGbps(mb, lanesB);
        boolean mediumDiffers = ma.medium().isPresent() && mb.medium().isPresent() && ma.medium().get() != mb.medium().get();
        boolean speedDiffers = la != null && lb != null && !Optics.same(la, lb);
        if (!mediumDiffers && !speedDiffers) {
            return;
        }
        why.add("its modules do not talk to each other: " + ma.partNumber() + " (" + words(ma, la) + ") at end a, " + mb.partNumber()
                + " (" + words(mb, lb) + ") at end b");
        Part fit = Optics.transceiverFor(ctx, low, lanesA, lb, mb.medium().orElse(null), null).orElse(null);
        if (fit != null && fixes.isEmpty()) {
            String pn = fit.partNumber();
            String id = lp.id();
            fixes.add(new Fix("Use " + pn + " at end a of pattern " + lp.label(), pr -> Edits.patternTransceiver(pr, id, false, pn)));
        }
    }

    private static String words(Part m, Double leg) {
        return (m.medium().map(x -> x == org.podforge.model.Medium.FIBER_MM ? "multimode" : x == org.podforge.model.Medium.FIBER_SM
                ? "single-mode" : x.label()).orElse("unknown medium")) + ", " + (leg == null ? "unknown speed" : Compatibility.gbpsLabel(leg)) + " per leg";
    }

    /** {@code leafLegs} cables share a leaf port: the port, the module and the splitter must make that many legs. */
    private static void breakout(RuleContext ctx, LinkPattern lp, RailWiring rw, String atB, Part cable, Map<String, Port> leaves,
                                 Port nic, List<String> why, List<Fix> fixes) {
        int legs = rw.leafLegs();
        Part module = atB == null ? null : ctx.part(atB);
        int cableLegs = TransceiverUse.legs(cable);
        int made = (module == null ? 1 : TransceiverUse.legs(module)) * cableLegs;
        boolean wrong = false;
        if (made < legs) {
            wrong = true;
            why.add(legs + " cables share each leaf port, but " + (module == null && cableLegs == 1 ? "nothing breaks the port out"
                    : (module == null ? "" : module.partNumber() + " makes " + Plural.of(TransceiverUse.legs(module), "leg"))
                    + (cableLegs > 1 ? (module == null ? "" : " and ") + cable.partNumber() + " splits each in " + cableLegs : ""))
                    + " (a twin-port 800G module feeds two 400G NICs; four 200G NICs need 1:2 splitters too, fabric I2)");
        }
        for (Map.Entry<String, Port> e : leaves.entrySet()) {
            Port q = e.getValue();
            int most = 1;
            for (String b : q.spec().bifurcations()) {
                most = Math.max(most, Bifurcation.parse(b).links());
            }
            int lanes = Compatibility.lanesAt(lp.lanes(), q, nic);
            if (most < legs) {
                wrong = true;
                why.add(e.getKey() + " splits into at most " + Plural.of(most, "link") + ", not " + legs);
            } else if (lanes > 0 && q.spec().lanes() > 0 && lanes * legs > q.spec().lanes()) {
                wrong = true;
                why.add(legs + " cables of " + Plural.of(lanes, "lane") + " need " + lanes * legs + " lanes at " + e.getKey() + ", which has "
                        + q.spec().lanes());
            }
        }
        if (wrong && fixes.isEmpty()) {
            // the most legs the module, the splitter and every leaf port can make (1: no breakout)
            int best = Math.min(made, legs - 1);
            for (Port q : leaves.values()) {
                int most = 1;
                for (String b : q.spec().bifurcations()) {
                    most = Math.max(most, Bifurcation.parse(b).links());
                }
                int lanes = Compatibility.lanesAt(lp.lanes(), q, nic);
                best = Math.min(best, most);
                if (lanes > 0 && q.spec().lanes() > 0) {
                    best = Math.min(best, Math.max(1, q.spec().lanes() / lanes));
                }
            }
            int to = Math.max(1, best);
            String id = lp.id();
            RailWiring fewer = new RailWiring(rw.podId(), rw.rails(), rw.leaves(), rw.replicasPerUnit(), rw.leafPortPrefix(), rw.leafFirstPort(), to);
            fixes.add(new Fix(to == 1 ? "Give every cable of pattern " + lp.label() + " its own leaf port (no breakout)"
                    : "Share each leaf port of pattern " + lp.label() + " between " + to + " cables (what the module and the port make)",
                    pr -> Edits.patternWiring(pr, id, fewer)));
        }
    }

    /**
     * The link's speed: its lanes count at the end with the lower lane rate (ADR 0007), so a 4-lane link between a
     * 100G-per-lane NIC and a 200G-per-lane switch runs 400G (4 x 100G here, 2 x 200G there), not 4 x 200G. Null
     * when unknown or the speed does not divide into whole lanes at {@code port}.
     */
    private static Double speed(Port port, Port other, int linkLanes) {
        int lanes = Compatibility.lanesAt(linkLanes, port, other);
        return lanes > 0 ? Optics.linkGbps(port, lanes) : null;
    }

    /** The distinct (part, port) kinds at one end of a pattern: "PART/port" -> port. */
    private static Map<String, Port> ends(RuleContext ctx, Project p, LinkPattern lp, boolean low) {
        List<PortRef> refs = lp.wiring().endRefs(low);
        Map<String, Port> out = new LinkedHashMap<>();
        for (PortRef r : refs) {
            Component c = p.component(r.componentId()).orElse(null);
            Part part = c == null ? null : ctx.part(c.partNumber());
            if (part == null) {
                continue;
            }
            String key = part.partNumber() + "/" + r.port();
            if (!out.containsKey(key)) {
                part.port(r.port()).ifPresent(port -> out.put(key, port));
            }
        }
        return out;
    }
}
