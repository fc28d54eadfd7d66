package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.podforge.model.Bifurcation;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.MeshWiring;
import org.podforge.model.Part;
import org.podforge.model.Plural;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.PortSpec;
import org.podforge.model.Project;
import org.podforge.model.RailWiring;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Edits;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.rules.builtin.FabricUse.Dir;
import org.podforge.rules.builtin.FabricUse.Switch;
import org.podforge.rules.builtin.FabricUse.Use;

/**
 * scaleout.fabric: the scale-out network above the pods, judged at the fabric level from the patterns'
 * arithmetic and the hand-made fabric links, never by expanding a pattern (decision 0009, "validation is
 * levelled"; decision 0013). It checks rail alignment inside each scalable unit, that the port ranges fit every
 * switch (radix) and no port carries two cables it cannot split for, the tier counts a pattern needs, that
 * every switch below the top tier is uplinked, and the oversubscription of leaves and spines against
 * {@code scaleout.leaf.maxOversubscription} / {@code scaleout.spine.maxOversubscription} (1:1, non-blocking,
 * by default; a project may set its own). One finding per cause: a cause shared by many switches (a pattern's
 * port range, a missing mesh) is one finding that lists them.
 */
public final class ScaleOutFabricRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("scaleout.fabric",
            "Scale-out fabric: rails, radix, tier counts, uplinks and oversubscription", Severity.ERROR,
            "Rail-optimized fabric: GPU n of every server to leaf n (Juniper JVD, fabric-and-power-facts H2); DGX SuperPOD B200 "
                    + "leaf/spine/core counts, 1:1 node-leaf and leaf-spine cables (H2): "
                    + "https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-b200/latest/dgx-superpod-architecture.html");

    static final String LEAF_KEY = "scaleout.leaf.maxOversubscription";
    static final String SPINE_KEY = "scaleout.spine.maxOversubscription";
    /** Ids listed in a message before "and N more". */
    private static final int SHOWN = 4;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.FABRIC;
    }

    @Override
    public void checkFabric(RuleContext ctx, Fabric fabric, Report out) {
        Set<String> explained = new java.util.HashSet<>(); // switches a leaf-named-twice ERROR explains: their load is not reported again
        if (fabric.isEmpty()) {
            return;
        }
        Project p = ctx.project();
        for (LinkPattern lp : fabric.patterns()) {
            List<String> refs = lp.wiring().referenceProblems(p);
            if (!refs.isEmpty()) {
                out.add(Severity.ERROR, "Pattern " + lp.label() + " " + String.join("; ", refs) + ": its cables are not counted.",
                        List.of(lp.id()), List.of());
                continue;
            }
            if (lp.wiring() instanceof RailWiring rw) {
                shortfall(p, lp, rw, out);
                rails(ctx, lp, rw, explained, out);
            }
        }
        FabricUse use = FabricUse.of(ctx);
        offRail(p, out);
        radix(use, out);
        shared(use, out);
        uplinks(ctx, use, out);
        ratio(ctx, use, explained, out);
        unused(use, explained.isEmpty(), out);
    }

    // ---- counts a rail pattern needs ------------------------------------------------------------

    private static void shortfall(Project p, LinkPattern lp, RailWiring rw, Report out) {
        int missing = rw.missingLeaves(p);
        if (missing == 0) {
            return;
        }
        Pod pod = p.pod(rw.podId()).orElseThrow();
        int need = rw.units(p) * rw.rails().size();
        int wired = rw.wiredReplicas(p);
        long perReplica = rw.rails().stream().mapToLong(List::size).sum();
        out.add(Severity.ERROR, String.format(Locale.ROOT,
                        "Pattern %s wires %s of %s in scalable units of %d with %s: that needs %s, it names %,d. "
                                + "Replicas %,d to %,d have no leaf, so their %s are missing. Add %s to the "
                                + "pattern, or put more replicas in a unit if the leaves have the ports.",
                        lp.label(), Plural.of(pod.replicas(), "replica"), pod.label(), rw.replicasPerUnit(), Plural.of(rw.rails().size(), "rail"),
                        Plural.of(need, "leaf", "leaves"), rw.leaves().size(), wired, pod.replicas() - 1,
                        Plural.of(perReplica * (pod.replicas() - wired), "scale-out cable"), Plural.of(missing, "leaf switch", "leaf switches")),
                List.of(lp.id(), pod.id()), List.of());
    }

    // ---- rail alignment --------------------------------------------------------------------------

    /**
     * Rail i of every server to leaf i of its unit: each rail holds one port per server, at the same place in
     * every server of one chassis type, and no leaf serves two rails (or two units) of the pattern.
     */
    private static void rails(RuleContext ctx, LinkPattern lp, RailWiring rw, Set<String> explained, Report out) {
        Project p = ctx.project();
        List<List<PortRef>> rails = rw.rails();
        Set<String> servers = new LinkedHashSet<>();
        List<Map<String, Integer>> perRail = new ArrayList<>();
        for (List<PortRef> rail : rails) {
            Map<String, Integer> n = new LinkedHashMap<>();
            for (PortRef r : rail) {
                Chassis ch = p.component(r.componentId()).map(Component::chassis).orElse(null);
                if (ch != null) {
                    servers.add(ch.id());
                    n.merge(ch.id(), 1, Integer::sum);
                }
            }
            perRail.add(n);
        }
        List<String> wrong = new ArrayList<>();
        Set<String> subjects = new LinkedHashSet<>();
        Map<String, Boolean> nicShort = new HashMap<>();
        for (int i = 0; i < rails.size(); i++) {
            List<String> missing = new ArrayList<>();
            for (String s : servers) {
                int n = perRail.get(i).getOrDefault(s, 0);
                if (n == 0 && !nicShort.computeIfAbsent(s, id -> fewerNicsThanGpus(ctx, p.chassis(id).orElseThrow()))) {
                    missing.add(s);
                }
            }
            if (!missing.isEmpty()) {
                wrong.add("rail " + (i + 1) + " has no port on " + list(missing));
                subjects.addAll(missing);
            }
            // the same NIC places in every server of one chassis type: GPU n's NIC on rail n. A rail may take several
            // ports of a server (fewer rails than NICs: GPUs 1 and 5 of every server on leaf 1) as long as every server
            // gives it the same ones, so same-rail traffic still stays on one leaf; a server giving it more, fewer or
            // other ports than its like is not aligned
            Map<String, Map<String, List<String>>> portsByServer = new LinkedHashMap<>(); // type -> server -> places, ids
            for (PortRef r : rails.get(i)) {
                Component c = p.component(r.componentId()).orElse(null);
                if (c == null || c.chassis() == null) {
                    continue;
                }
                String place = (c.slot() == null ? "no slot" : "slot " + c.slot()) + ", port " + r.port();
                List<String> mine = portsByServer.computeIfAbsent(c.chassis().partNumber(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(c.chassis().id(), k -> new ArrayList<>());
                mine.add(place + "\u0000" + c.id());
            }
            Map<String, Map<String, String>> placeByType = new LinkedHashMap<>();
            for (var type : portsByServer.entrySet()) {
                Map<String, String> variants = placeByType.computeIfAbsent(type.getKey(), k -> new LinkedHashMap<>());
                for (var server : type.getValue().entrySet()) {
                    List<String> ports = new ArrayList<>(server.getValue());
                    ports.sort(null);
                    List<String> places = ports.stream().map(x -> x.substring(0, x.indexOf('\u0000'))).toList();
                    List<String> ids = ports.stream().map(x -> x.substring(x.indexOf('\u0000') + 1)).toList();
                    variants.putIfAbsent(String.join("; ", places), String.join(", ", ids) + " in " + server.getKey());
                }
            }
            for (Map<String, String> places : placeByType.values()) {
                if (places.size() > 1) {
                    List<String> shown = new ArrayList<>();
                    places.forEach((place, where) -> shown.add(where + " (" + place + ")"));
                    wrong.add("rail " + (i + 1) + " takes different NIC places in servers of one type: " + list(shown));
                }
            }
        }
        if (!wrong.isEmpty()) {
            List<String> subj = new ArrayList<>();
            subj.add(lp.id());
            subj.addAll(subjects);
            out.add(Severity.WARNING, "Pattern " + lp.label() + " is not rail-aligned: " + String.join("; ", wrong)
                    + ". In a rail-optimized fabric GPU n of every server goes to leaf n of its unit, so same-rail traffic stays on one leaf; "
                    + "list one port per server in every rail, at the same NIC place.", subj, List.of());
        }
        // a leaf named twice: two rails (or two units) share its ports
        Map<String, List<String>> roles = new LinkedHashMap<>();
        int units = Math.min(rw.units(p), rw.leaves().size() / rails.size());
        for (int u = 0; u < units; u++) {
            for (int i = 0; i < rails.size(); i++) {
                roles.computeIfAbsent(rw.leaf(u, i), k -> new ArrayList<>()).add("rail " + (i + 1) + " of unit " + (u + 1));
            }
        }
        List<String> dup = new ArrayList<>();
        List<String> dupIds = new ArrayList<>();
        roles.forEach((leaf, r) -> {
            if (r.size() > 1) {
                dup.add(leaf + " (" + String.join(", ", r) + ")");
                dupIds.add(leaf);
            }
        });
        if (!dup.isEmpty()) {
            List<String> subj = new ArrayList<>();
            subj.add(lp.id());
            subj.addAll(dupIds);
            explained.addAll(dupIds);
            out.add(Severity.ERROR, "Pattern " + lp.label() + " names a leaf more than once: " + list(dup)
                    + ". Both roles use the same leaf ports, so every cable of the second lands on a port the first already uses; name a "
                    + "separate leaf for each rail of each unit.", subj, List.of());
        }
    }

    /** True when scaleout.ratio already reports the chassis (fewer scale-out NICs than its GPUs call for). */
    private static boolean fewerNicsThanGpus(RuleContext ctx, Chassis chassis) {
        int gpus = 0;
        int nics = 0;
        for (Component c : chassis.components()) {
            Part part = ctx.part(c.partNumber());
            if (part == null) {
                continue;
            }
            if (part.family() == Family.GPU) {
                gpus++;
            } else if (part.family() == Family.NIC && part.portSpecs().stream().anyMatch(s -> s.role() == PortRole.NETWORK)) {
                nics++;
            }
        }
        return gpus > 0 && nics + 1e-9 < ctx.thresholds().value("scaleout.minNicsPerGpu", 1) * gpus;
    }

    /** A hand-made fabric link that takes a rail port of a replica to another leaf than its rail's leaf. */
    private static void offRail(Project p, Report out) {
        if (p.fabric().links().isEmpty()) {
            return;
        }
        Map<String, FabricUse.RailPort> railOf = FabricUse.railPorts(p);
        if (railOf.isEmpty()) {
            return;
        }
        for (Link l : p.fabric().links()) {
            for (PortRef[] ends : new PortRef[][] {{l.a(), l.b()}, {l.b(), l.a()}}) {
                PortRef end = ends[0];
                FabricUse.RailPort rail = end.addressesReplica() ? railOf.get(end.componentId() + "/" + end.port()) : null;
                PortRef cable = rail == null ? null : rail.cable(p, end.replica());
                if (cable == null) {
                    continue; // not a rail port, or a replica without a leaf (the shortfall finding says so)
                }
                String leaf = cable.componentId();
                if (!leaf.equals(ends[1].componentId())) {
                    int i = rail.rail();
                    int unit = end.replica() / rail.wiring().replicasPerUnit();
                    out.add(Severity.WARNING, "Link " + l.label() + " takes " + end + " (rail " + (i + 1) + " of pattern " + rail.pattern().label()
                                    + ", unit " + (unit + 1) + ") to " + ends[1].componentId() + "; rail " + (i + 1) + " of that unit is "
                                    + leaf + ". Off-rail cables send same-rail traffic through the spines; connect it to " + leaf + ".",
                            List.of(l.id(), leaf), List.of());
                }
            }
        }
    }

    // ---- radix and shared ports ------------------------------------------------------------------

    /** The port group of a part a range names ({@code port-} for ports port-1 .. port-N), or null. */
    private static PortSpec group(Part part, String prefix) {
        for (PortSpec s : part.portSpecs()) {
            if (s.count() > 1 ? prefix.equals(s.name() + "-") : prefix.equals(s.name())) {
                return s;
            }
        }
        return null;
    }

    /** Every range a pattern or link gives a switch must exist on its part: never more ports than it has. */
    private static void radix(FabricUse fu, Report out) {
        Map<String, List<Object[]>> groups = new LinkedHashMap<>(); // key -> {switch, use, spec}
        for (Switch s : fu.switches.values()) {
            if (s.part == null) {
                continue; // an unknown part: not characterized, reported where parts are checked
            }
            for (Use u : s.uses) {
                PortSpec spec = group(s.part, u.prefix());
                boolean fits = spec != null && (spec.count() > 1 ? u.first() >= 1 && u.last() <= spec.count() : u.first() == 0 && u.count() == 1);
                if (!fits) {
                    groups.computeIfAbsent(s.part.partNumber() + "|" + u.source() + "|" + u.range() + "|" + u.dir(), k -> new ArrayList<>())
                            .add(new Object[] {s, u, spec});
                }
            }
        }
        for (List<Object[]> g : groups.values()) {
            Switch first = (Switch) g.get(0)[0];
            Use u = (Use) g.get(0)[1];
            PortSpec spec = (PortSpec) g.get(0)[2];
            List<String> ids = new ArrayList<>();
            g.forEach(x -> ids.add(((Switch) x[0]).id()));
            String has = spec == null ? "no ports named " + u.prefix() + "N" : spec.count() > 1
                    ? spec.name() + "-1.." + spec.name() + "-" + spec.count() + " (" + spec.count() + " ports)" : "one port " + spec.name();
            String what = (u.byHand() ? "Link " : "Pattern ") + u.source();
            StringBuilder m = new StringBuilder(String.format(Locale.ROOT, "%s needs %s on %s, but %s has %s", what, u.range(),
                    switches(ids, first), first.part.partNumber(), has));
            if (u.byHand()) {
                m.append(": the port does not exist; connect the link to a free port of the switch");
            } else if (spec != null && spec.count() > 1 && u.last() > spec.count()) {
                int over = Math.min(u.count(), u.last() - spec.count());
                m.append(String.format(Locale.ROOT, ": %s per switch %s no port (the switch radix is exceeded)", Plural.of(over, "cable"),
                        over == 1 ? "has" : "have"));
                m.append(tierNeed(fu, u, spec, first));
            }
            m.append('.');
            List<String> subj = new ArrayList<>();
            subj.add(u.source());
            subj.addAll(ids);
            out.add(Severity.ERROR, m.toString(), subj, List.of());
        }
    }

    /** For a mesh whose upper switches run out of ports: how many upper switches the tier needs. */
    private static String tierNeed(FabricUse fu, Use u, PortSpec spec, Switch s) {
        LinkPattern lp = fu.project.pattern(u.source()).orElse(null);
        if (lp == null) {
            return "";
        }
        if (lp.wiring() instanceof MeshWiring mw && u.dir() == Dir.DOWN) {
            int free = spec.count() - mw.upperFirstPort() + 1;
            if (free <= 0) {
                return "";
            }
            long cables = (long) mw.lowerPerGroup() * mw.upperPerGroup() * mw.linksPerPair();
            long need = (cables + free - 1) / free;
            return String.format(Locale.ROOT, "; each group's %s %s %s up, which needs at least %s of %,d free ports per group "
                    + "(the pattern has %,d)", Plural.of(mw.lowerPerGroup(), "lower switch", "lower switches"), mw.lowerPerGroup() == 1 ? "sends" : "send",
                    Plural.of(cables, "cable"), Plural.of(need, "upper switch", "upper switches"), free, mw.upperPerGroup());
        }
        if (lp.wiring() instanceof RailWiring rw) {
            int free = spec.count() - rw.leafFirstPort() + 1;
            long perReplica = u.count() / Math.max(1, Math.min(rw.replicasPerUnit(), fu.project.pod(rw.podId()).map(Pod::replicas).orElse(1)));
            if (free <= 0 || perReplica == 0) {
                return "";
            }
            return String.format(Locale.ROOT, "; a leaf of %,d free ports takes at most %s of the pod per unit, not %,d", free,
                    Plural.of(free / perReplica, "replica"), rw.replicasPerUnit());
        }
        return "";
    }

    /** Two patterns or links on one port: allowed only as far as the port's breakouts split it. */
    private static void shared(FabricUse fu, Report out) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, Object[]> what = new LinkedHashMap<>(); // key -> {range, use a, use b}
        for (Switch s : fu.switches.values()) {
            List<Use> uses = s.uses;
            for (int i = 0; i < uses.size(); i++) {
                for (int j = i + 1; j < uses.size(); j++) {
                    Use a = uses.get(i);
                    Use b = uses.get(j);
                    if (a.source().equals(b.source()) || !a.prefix().equals(b.prefix())) {
                        continue;
                    }
                    int lo = Math.max(a.first(), b.first());
                    int hi = Math.min(a.last(), b.last());
                    if (lo > hi || splits(s, a, b) >= 2) {
                        continue;
                    }
                    String range = new Use("", a.prefix(), lo, hi - lo + 1, Dir.PEER, 0, false).range();
                    String key = (s.part == null ? "?" : s.part.partNumber()) + "|" + a.source() + "|" + b.source() + "|" + range;
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s.id());
                    what.putIfAbsent(key, new Object[] {range, a, b});
                }
            }
        }
        groups.forEach((key, ids) -> {
            Object[] w = what.get(key);
            Use a = (Use) w[1];
            Use b = (Use) w[2];
            Switch first = fu.switches.get(ids.get(0));
            List<String> subj = new ArrayList<>(List.of(a.source(), b.source()));
            subj.addAll(ids);
            out.add(Severity.ERROR, String.format(Locale.ROOT, "%s of %s carry cables of both %s %s and %s %s; %s. Move one of them to free ports.",
                    w[0], switches(ids, first), a.byHand() ? "link" : "pattern", a.source(), b.byHand() ? "link" : "pattern", b.source(),
                    first.part == null ? "the switch part is unknown"
                            : "a port of " + first.part.partNumber() + " takes one cable, or as many as its breakout legs"), subj, List.of());
        });
    }

    /** Cables the port can take for these two uses: the most legs of a breakout whose legs carry the faster one. */
    private static int splits(Switch s, Use a, Use b) {
        if (s.part == null) {
            return 1;
        }
        PortSpec spec = group(s.part, a.prefix());
        if (spec == null) {
            return 1;
        }
        double need = Math.max(a.gbps(), b.gbps());
        Double rate = spec.laneRateGbps() != null ? spec.laneRateGbps() : spec.speedGbps() == null ? null : spec.speedGbps() / spec.lanes();
        int best = 1;
        for (String text : spec.bifurcations()) {
            Bifurcation bf = Bifurcation.parse(text);
            if (rate == null || bf.width() * rate + 1e-9 >= need) {
                best = Math.max(best, bf.links());
            }
        }
        return best;
    }

    // ---- uplinks and oversubscription ------------------------------------------------------------

    private static String tierName(int t, int maxTier) {
        if (t == 1) {
            return "leaf";
        }
        return t == maxTier && t == 3 ? "core" : t == 2 ? "spine" : "tier-" + t;
    }

    /** Below the top tier, every switch that carries traffic has uplinks; a fabric of several leaves has a spine tier. */
    private static void uplinks(RuleContext ctx, FabricUse fu, Report out) {
        for (int t = 1; t < fu.maxTier; t++) {
            List<Switch> none = new ArrayList<>();
            for (Switch s : fu.tier(t)) {
                if (s.down > 0 && s.up == 0) {
                    none.add(s);
                }
            }
            if (none.isEmpty()) {
                continue;
            }
            List<String> ids = none.stream().map(Switch::id).toList();
            int inTier = fu.tier(t).size();
            String name = tierName(t, fu.maxTier);
            List<Fix> fixes = new ArrayList<>();
            Fix fix = uplinkFix(ctx, fu, t, none);
            if (fix != null) {
                fixes.add(fix);
            }
            String who = none.size() == 1 ? String.format(Locale.ROOT, "%s (1 of %,d %s switches) has", ids.get(0), inTier, name)
                    : String.format(Locale.ROOT, "%,d of %,d %s switches (%s) have", none.size(), inTier, name, list(ids));
            boolean one = none.size() == 1;
            out.add(Severity.ERROR, String.format(Locale.ROOT, "%s no uplink: what %s reaches no other %s. Wire %s to the %s tier like the others.",
                    who, one ? "it carries" : "they carry", name, one ? "it" : "them", tierName(t + 1, fu.maxTier)), ids, fixes);
        }
        if (fu.maxTier == 1) {
            List<String> leaves = new ArrayList<>();
            for (Switch s : fu.tier(1)) {
                if (s.down > 0) {
                    leaves.add(s.id());
                }
            }
            if (leaves.size() >= 2) {
                out.add(Severity.WARNING, String.format(Locale.ROOT, "The fabric has %,d leaves (%s) and no spine tier: traffic between rails or "
                                + "units has no path except through the servers. Add spine switches and a leaf-to-spine mesh.", leaves.size(), list(leaves)),
                        leaves, List.of());
            }
        }
    }

    /**
     * Uplinks the switches like the others of their tier: they join the single-group mesh of their tier when their
     * ports and the upper switches' ports allow it; otherwise one new mesh pattern to the same upper switches, with
     * enough cables per pair for the tier's oversubscription limit, on ports after the ones in use. Null when there
     * is no such mesh or the ports do not fit.
     */
    private static Fix uplinkFix(RuleContext ctx, FabricUse fu, int tier, List<Switch> lower) {
        for (LinkPattern lp : ctx.project().fabric().patterns()) {
            if (lp.wiring() instanceof MeshWiring mw && mw.groups() == 1 && !mw.lower().isEmpty()) {
                Switch s = fu.switches.get(mw.lower().get(0));
                if (s != null && s.tier == tier) {
                    return uplinkFix(ctx, fu, tier, lower, lp, mw);
                }
            }
        }
        return null;
    }

    private static Fix uplinkFix(RuleContext ctx, FabricUse fu, int tier, List<Switch> lower, LinkPattern modelPattern, MeshWiring model) {
        List<String> ids = lower.stream().map(Switch::id).toList();
        // best: the missing switches join the existing mesh, on the same ports as the others
        List<Switch> uppersOfModel = model.upper().stream().map(fu.switches::get).toList();
        int m = model.lower().size() + lower.size();
        if (!uppersOfModel.contains(null)
                && lower.stream().allMatch(s -> fits(s, "", model.lowerPortPrefix(), model.lowerFirstPort(),
                        model.lowerFirstPort() + model.upper().size() * model.linksPerPair() - 1))
                && uppersOfModel.stream().allMatch(s -> fits(s, modelPattern.id(), model.upperPortPrefix(), model.upperFirstPort(),
                        model.upperFirstPort() + m * model.linksPerPair() - 1))) {
            List<String> joined = new ArrayList<>(model.lower());
            joined.addAll(ids);
            MeshWiring grown = new MeshWiring(joined, model.upper(), 1, model.linksPerPair(), model.lowerPortPrefix(), model.lowerFirstPort(),
                    model.upperPortPrefix(), model.upperFirstPort());
            String id = modelPattern.id();
            return new Fix(String.format(Locale.ROOT, "Add %s to pattern %s (uplinks to its %s, %s per pair)",
                    ids.size() == 1 ? ids.get(0) : ids.size() + " switches", modelPattern.label(), Plural.of(model.upper().size(), "switch", "switches"),
                    Plural.of(model.linksPerPair(), "cable")),
                    pr -> Edits.patternWiring(pr, id, grown));
        }
        double gbps = fu.patternGbps.getOrDefault(modelPattern, 0.0);
        double limit = ctx.thresholds().value(tier == 1 ? LEAF_KEY : SPINE_KEY, 1);
        double down = lower.stream().mapToDouble(s -> s.downGbps).max().orElse(0);
        int n = model.upper().size();
        if (gbps <= 0 || down <= 0 || limit <= 0) {
            return null;
        }
        int k = (int) Math.ceil(down / limit / (n * gbps) - 1e-9);
        k = Math.max(k, 1);
        int lowerFirst = nextFree(fu, lower, model.lowerPortPrefix());
        List<Switch> uppers = model.upper().stream().map(fu.switches::get).toList();
        if (uppers.contains(null)) {
            return null;
        }
        int upperFirst = nextFree(fu, uppers, model.upperPortPrefix());
        if (!room(lower, model.lowerPortPrefix(), lowerFirst + n * k - 1) || !room(uppers, model.upperPortPrefix(), upperFirst + lower.size() * k - 1)) {
            return null;
        }
        MeshWiring mesh = new MeshWiring(ids, model.upper(), 1, k, model.lowerPortPrefix(), lowerFirst, model.upperPortPrefix(), upperFirst);
        LinkPattern like = modelPattern;
        String label = String.format(Locale.ROOT, "Add the uplinks as a pattern: %s to the %s of %s, %s per pair",
                ids.size() == 1 ? ids.get(0) : ids.size() + " switches", Plural.of(n, "switch", "switches"), like.label(), Plural.of(k, "cable"));
        return new Fix(label, pr -> {
            String id = Fixes.freshIds(pr, "pattern", 1).get(0);
            LinkPattern lp = new LinkPattern(id, "Uplinks", mesh, like.lanes(), like.medium());
            lp.setCablePart(like.cablePart());
            lp.setTransceiverPart(like.transceiverPart());
            return new AddCommand(Fabric.ID, lp);
        });
    }

    /** The first port number after every port of {@code prefix} the switches use. */
    private static int nextFree(FabricUse fu, List<Switch> switches, String prefix) {
        int max = 0;
        for (Switch s : switches) {
            for (Use u : s.uses) {
                if (u.prefix().equals(prefix)) {
                    max = Math.max(max, u.last());
                }
            }
        }
        return max + 1;
    }

    /** True when every switch's part has port {@code prefix + last}. */
    private static boolean room(List<Switch> switches, String prefix, int last) {
        for (Switch s : switches) {
            PortSpec spec = s.part == null ? null : group(s.part, prefix);
            if (spec == null || spec.count() < last) {
                return false;
            }
        }
        return true;
    }

    /**
     * Down:up bandwidth of every switch with both, against its tier's limit. Switches of one tier uplinked by the
     * same patterns share a cause: one finding, with the figures of the worst of them.
     */
    private static void ratio(RuleContext ctx, FabricUse fu, Set<String> explained, Report out) {
        Map<String, List<Switch>> groups = new LinkedHashMap<>();
        for (Switch s : fu.switches.values()) {
            if (s.downGbps <= 0 || s.upGbps <= 0 || s.tier < 1 || explained.contains(s.id())) {
                continue;
            }
            double limit = ctx.thresholds().value(s.tier == 1 ? LEAF_KEY : SPINE_KEY, 1);
            if (s.downGbps / s.upGbps > limit + 1e-9) {
                Set<String> upSources = new LinkedHashSet<>();
                s.uses.stream().filter(u -> u.dir() == Dir.UP).forEach(u -> upSources.add(u.source()));
                groups.computeIfAbsent(s.tier + "|" + upSources, k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Switch> g : groups.values()) {
            Switch s = g.get(0);
            for (Switch x : g) {
                if (x.downGbps / x.upGbps > s.downGbps / s.upGbps + 1e-9) {
                    s = x;
                }
            }
            String key = s.tier == 1 ? LEAF_KEY : SPINE_KEY;
            double limit = ctx.thresholds().value(key, 1);
            List<String> ids = g.stream().map(Switch::id).toList();
            double r = s.downGbps / s.upGbps;
            long needUp = (long) Math.ceil(s.downGbps / limit / (s.upGbps / s.up) - 1e-9);
            String name = tierName(s.tier, fu.maxTier);
            List<Fix> fixes = new ArrayList<>();
            Fix fix = ratioFix(ctx, fu, g, s, limit);
            if (fix != null) {
                fixes.add(fix);
            }
            String who = g.size() == 1 ? "The " + name + " switch " + s.id() + " is"
                    : String.format(Locale.ROOT, "%,d %s switches (%s) are", g.size(), name, list(ids));
            String worst = g.size() == 1 ? "" : (" (worst " + s.id() + ")");
            out.add(Severity.WARNING, String.format(Locale.ROOT,
                            "%s oversubscribed %s:1%s: %s down = %s against %,d up = %s. The limit is %s:1 (%s): it needs at least "
                                    + "%s of this speed, or fewer cables down.",
                            who, Util.num(r), worst, Plural.of(s.down, "cable"), tbps(s.downGbps), s.up, tbps(s.upGbps), Util.num(limit),
                            limit == 1 ? "non-blocking, " + cite(ctx, key) : cite(ctx, key), Plural.of(needUp, "uplink")),
                    ids, fixes, Util.cite(ctx, key));
        }
    }

    /** "scaleout.leaf.maxOversubscription, set in this project" or the key alone for the shipped value. */
    private static String cite(RuleContext ctx, String key) {
        return ctx.thresholds().find(key).map(t -> t.overridden() ? key + ", set in this project" : key).orElse(key);
    }

    /** Raises the cables per pair of the one mesh that uplinks all these switches, if the ports fit. */
    private static Fix ratioFix(RuleContext ctx, FabricUse fu, List<Switch> g, Switch worst, double limit) {
        Set<String> sources = new LinkedHashSet<>();
        worst.uses.stream().filter(u -> u.dir() == Dir.UP).forEach(u -> sources.add(u.source()));
        if (sources.size() != 1) {
            return null;
        }
        LinkPattern lp = ctx.project().pattern(sources.iterator().next()).orElse(null);
        if (lp == null || !(lp.wiring() instanceof MeshWiring mw)) {
            return null;
        }
        int k = (int) Math.ceil(mw.linksPerPair() * (worst.downGbps / worst.upGbps) / limit - 1e-9);
        if (k <= mw.linksPerPair()) {
            return null;
        }
        for (String id : mw.lower()) {
            Switch sw = fu.switches.get(id);
            if (sw == null || !fits(sw, lp.id(), mw.lowerPortPrefix(), mw.lowerFirstPort(), mw.lowerFirstPort() + mw.upperPerGroup() * k - 1)) {
                return null;
            }
        }
        for (String id : mw.upper()) {
            Switch sw = fu.switches.get(id);
            if (sw == null || !fits(sw, lp.id(), mw.upperPortPrefix(), mw.upperFirstPort(), mw.upperFirstPort() + mw.lowerPerGroup() * k - 1)) {
                return null;
            }
        }
        MeshWiring raised = new MeshWiring(mw.lower(), mw.upper(), mw.groups(), k, mw.lowerPortPrefix(), mw.lowerFirstPort(),
                mw.upperPortPrefix(), mw.upperFirstPort());
        String id = lp.id();
        return new Fix(String.format(Locale.ROOT, "Raise %s to %s per switch pair (%s per %s)", lp.label(), Plural.of(k, "cable"),
                Plural.of((long) (k - mw.linksPerPair()) * mw.upperPerGroup(), "more uplink", "more uplinks"), tierName(worst.tier, fu.maxTier)),
                pr -> Edits.patternWiring(pr, id, raised));
    }

    /** True when ports {@code first..last} of {@code prefix} exist on the switch and no other pattern or link uses them. */
    private static boolean fits(Switch s, String source, String prefix, int first, int last) {
        PortSpec spec = s.part == null ? null : group(s.part, prefix);
        if (spec == null || spec.count() < last) {
            return false;
        }
        for (Use u : s.uses) {
            if (!u.source().equals(source) && u.prefix().equals(prefix) && u.first() <= last && u.last() >= first) {
                return false;
            }
        }
        return true;
    }

    // ---- switches the topology does not need ----------------------------------------------------

    /**
     * Network switches that carry nothing from below (servers or a lower tier): unwired ones, and switches that
     * have only uplinks (a mesh names more leaves than the rails feed). The second kind is left out when a leaf
     * named twice already explains it.
     */
    private static void unused(FabricUse fu, boolean idleToo, Report out) {
        Map<String, List<String>> byPart = new LinkedHashMap<>();
        Map<String, List<String>> idleByPart = new LinkedHashMap<>();
        for (Switch s : fu.switches.values()) {
            if (!s.isNetworkSwitch()) {
                continue;
            }
            if (!s.used()) {
                byPart.computeIfAbsent(s.part.partNumber(), k -> new ArrayList<>()).add(s.id());
            } else if (idleToo && s.down == 0 && s.up > 0 && s.uses.stream().allMatch(u -> u.dir() == Dir.UP)) {
                idleByPart.computeIfAbsent(s.part.partNumber(), k -> new ArrayList<>()).add(s.id());
            }
        }
        byPart.forEach((pn, ids) -> out.add(Severity.WARNING, ids.size() == 1
                ? String.format(Locale.ROOT, "The %s switch %s carries no cable of any pattern or link: the topology does not need it (the BOM "
                        + "still counts it). Wire it into a pattern or remove it.", pn, ids.get(0))
                : String.format(Locale.ROOT, "%,d %s switches carry no cable of any pattern or link (%s): the topology does not need them (the "
                        + "BOM still counts them). Wire them into a pattern or remove them.", ids.size(), pn, list(ids)), ids, List.of()));
        idleByPart.forEach((pn, ids) -> {
            boolean one = ids.size() == 1;
            String it = one ? "it" : "them";
            String who = one ? "The " + pn + " switch " + ids.get(0) + " has"
                    : String.format(Locale.ROOT, "%,d %s switches (%s) have", ids.size(), pn, list(ids));
            out.add(Severity.WARNING, String.format(Locale.ROOT, "%s only uplinks and nothing below %s (no server or lower-tier cable): the "
                    + "topology does not need %s. Wire servers to %s or take %s out of the mesh.", who, it, it, it, it), ids, List.of());
        });
    }

    // ---- words -----------------------------------------------------------------------------------

    private static String switches(List<String> ids, Switch first) {
        return ids.size() == 1 ? first.id() : String.format(Locale.ROOT, "%,d switches (%s)", ids.size(), list(ids));
    }

    /** "a, b, c, d and 12 more". */
    static String list(List<String> ids) {
        if (ids.size() <= SHOWN + 1) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, SHOWN)) + String.format(Locale.ROOT, " and %,d more", ids.size() - SHOWN);
    }

    /** "12.8 Tb/s" or "400 Gb/s". */
    static String tbps(double gbps) {
        return gbps >= 1000 ? String.format(Locale.ROOT, "%.1f Tb/s", gbps / 1000) : Util.num(gbps) + " Gb/s";
    }
}
