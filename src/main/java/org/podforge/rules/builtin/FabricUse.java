package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.MeshWiring;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortSpec;
import org.podforge.model.Project;
import org.podforge.model.RailWiring;
import org.podforge.model.Wiring;
import org.podforge.rules.RuleContext;

/**
 * The fabric seen switch by switch, built from the patterns' arithmetic ({@code portUse}) and the hand-made
 * fabric links, never by expanding a pattern: which port ranges each switch gives to which pattern, whether
 * they face down (servers, a lower tier) or up, the bandwidth each way and the switch's tier (1 = leaf, fed by
 * servers; a mesh's upper switches sit one tier above its lower ones). Its size grows with the number of
 * switches and patterns, not with the number of cables.
 */
final class FabricUse {

    /** Which way a range of ports faces. */
    enum Dir { DOWN, UP, PEER }

    /**
     * Ports {@code prefix + first .. prefix + (first + count - 1)} of one switch given to one pattern or link
     * (a port whose name has no number is {@code prefix = name, first = 0, count = 1}).
     */
    record Use(String source, String prefix, int first, int count, Dir dir, double gbps, boolean byHand, long cables) {
        Use(String source, String prefix, int first, int count, Dir dir, double gbps, boolean byHand) {
            this(source, prefix, first, count, dir, gbps, byHand, count);
        }

        int last() {
            return first + count - 1;
        }

        String range() {
            if (first == 0 && count == 1 && !prefix.endsWith("-")) {
                return prefix;
            }
            return count == 1 ? prefix + first : prefix + first + ".." + prefix + last();
        }
    }

    /** One switch of the fabric and what uses it. */
    static final class Switch {
        final Component component;
        final Part part;
        final List<Use> uses = new ArrayList<>(4);
        int tier;
        long down;
        long up;
        double downGbps;
        double upGbps;

        Switch(Component component, Part part) {
            this.component = component;
            this.part = part;
        }

        String id() {
            return component.id();
        }

        boolean used() {
            return !uses.isEmpty();
        }

        boolean isNetworkSwitch() {
            return part != null && part.family() == Family.NETWORK_SWITCH;
        }
    }

    final Project project;
    final Map<String, Switch> switches = new LinkedHashMap<>();
    final Map<LinkPattern, Double> patternGbps = new LinkedHashMap<>();
    /** The meshes, for the tiers: group by group, never switch pair by switch pair. */
    private final List<MeshWiring> meshes = new ArrayList<>();
    int maxTier;

    private FabricUse(Project project) {
        this.project = project;
    }

    static FabricUse of(RuleContext ctx) {
        Project p = ctx.project();
        FabricUse u = new FabricUse(p);
        Fabric f = p.fabric();
        for (Component c : f.allComponents()) {
            u.switches.put(c.id(), new Switch(c, ctx.part(c.partNumber())));
        }
        double defaultLane = ctx.thresholds().value("reach.eth.defaultLaneGbps", 100);
        Set<String> fedByServers = new HashSet<>();
        for (LinkPattern lp : f.patterns()) {
            double gbps = u.gbps(ctx, lp, defaultLane);
            u.patternGbps.put(lp, gbps);
            boolean rail = lp.wiring() instanceof RailWiring;
            lp.wiring().portUse(p, Wiring.withCables((id, prefix, first, count, up, cables) -> {
                Switch s = u.switches.get(id);
                if (s != null) {
                    s.uses.add(new Use(lp.id(), prefix, first, count, up ? Dir.UP : Dir.DOWN, gbps, false, cables));
                    if (rail) {
                        fedByServers.add(id);
                    }
                }
            }));
            if (lp.wiring() instanceof MeshWiring mw) {
                u.meshes.add(mw);
            }
        }
        // hand-made links replace the pattern cables at their ends (FabricCables): a link at a port a pattern uses adds
        // no use there; a link from a rail port of a replica drops that replica's rail cable at its leaf
        Map<String, RailPort> rails = railPorts(p);
        Map<String, Integer> dropped = new HashMap<>();
        List<Object[]> between = new ArrayList<>();
        for (Link l : f.links()) {
            Switch sa = u.switches.get(l.a().componentId());
            Switch sb = u.switches.get(l.b().componentId());
            double gbps = linkGbps(port(ctx, p, l.a()), port(ctx, p, l.b()), l.lanes(), defaultLane);
            if (sa != null && sb != null) {
                between.add(new Object[] {l, sa, sb, gbps});
                continue;
            }
            Switch s = sa != null ? sa : sb;
            if (s == null) {
                continue; // pod to pod: no switch involved
            }
            PortRef sw = sa != null ? l.a() : l.b();
            PortRef pod = sa != null ? l.b() : l.a();
            if (!u.inPattern(s, sw.port())) {
                s.uses.add(handUse(l.id(), sw.port(), Dir.DOWN, gbps));
                fedByServers.add(s.id());
            }
            RailPort rp = pod.addressesReplica() ? rails.get(pod.componentId() + "/" + pod.port()) : null;
            PortRef replaced = rp == null ? null : rp.cable(p, pod.replica());
            if (replaced != null && !replaced.equals(sw.onReplica(PortRef.DESIGN))) {
                dropped.merge(replaced.componentId(), 1, Integer::sum);
            }
        }
        u.tiers(fedByServers);
        for (Object[] b : between) {
            Link l = (Link) b[0];
            Switch sa = (Switch) b[1];
            Switch sb = (Switch) b[2];
            double gbps = (double) b[3];
            Dir da = sa.tier > 0 && sb.tier > 0 && sa.tier != sb.tier ? (sa.tier < sb.tier ? Dir.UP : Dir.DOWN) : Dir.PEER;
            Dir db = da == Dir.UP ? Dir.DOWN : da == Dir.DOWN ? Dir.UP : Dir.PEER;
            if (!u.inPattern(sa, l.a().port())) {
                sa.uses.add(handUse(l.id(), l.a().port(), da, gbps));
            }
            if (!u.inPattern(sb, l.b().port())) {
                sb.uses.add(handUse(l.id(), l.b().port(), db, gbps));
            }
        }
        for (Switch s : u.switches.values()) {
            for (Use use : s.uses) {
                if (use.dir() == Dir.DOWN) {
                    s.down += use.cables();
                    s.downGbps += use.cables() * use.gbps();
                } else if (use.dir() == Dir.UP) {
                    s.up += use.cables();
                    s.upGbps += use.cables() * use.gbps();
                }
            }
            Integer gone = dropped.get(s.id());
            if (gone != null && s.down > 0) {
                double each = s.downGbps / s.down;
                s.down = Math.max(0, s.down - gone);
                s.downGbps = s.down * each;
            }
            u.maxTier = Math.max(u.maxTier, s.tier);
        }
        return u;
    }

    /** Rail {@code rail} of a rail pattern, at one of its ports (server {@code server} of the rail). */
    record RailPort(LinkPattern pattern, RailWiring wiring, int rail, int server) {
        /** The leaf port this rail port's cable lands on in replica {@code r}, or null when the replica has no leaf. */
        PortRef cable(Project p, int r) {
            if (r < 0 || r >= wiring.wiredReplicas(p)) {
                return null;
            }
            int unit = r / wiring.replicasPerUnit();
            int slot = r % wiring.replicasPerUnit();
            int size = wiring.rails().get(rail).size();
            return new PortRef(wiring.leaf(unit, rail), wiring.leafPort(slot, size, server));
        }
    }

    /** "component/port" of every rail port of every readable rail pattern -> where it sits (the first pattern naming it). */
    static Map<String, RailPort> railPorts(Project p) {
        Map<String, RailPort> out = new HashMap<>();
        for (LinkPattern lp : p.fabric().patterns()) {
            if (lp.wiring() instanceof RailWiring rw && rw.referenceProblems(p).isEmpty()) {
                for (int i = 0; i < rw.rails().size(); i++) {
                    List<PortRef> rail = rw.rails().get(i);
                    for (int k = 0; k < rail.size(); k++) {
                        out.putIfAbsent(rail.get(k).componentId() + "/" + rail.get(k).port(), new RailPort(lp, rw, i, k));
                    }
                }
            }
        }
        return out;
    }

    private static Use handUse(String linkId, String port, Dir dir, double gbps) {
        int[] n = number(port);
        return n == null ? new Use(linkId, port, 0, 1, dir, gbps, true)
                : new Use(linkId, port.substring(0, n[1]), n[0], 1, dir, gbps, true);
    }

    /** {number, index where it starts} of a port name ending in digits ({@code port-12}), or null. */
    static int[] number(String port) {
        int i = port.length();
        while (i > 0 && Character.isDigit(port.charAt(i - 1))) {
            i--;
        }
        if (i == port.length() || port.length() - i > 9) {
            return null;
        }
        return new int[] {Integer.parseInt(port.substring(i)), i};
    }

    private boolean inPattern(Switch s, String port) {
        int[] n = number(port);
        if (n == null) {
            return false;
        }
        String prefix = port.substring(0, n[1]);
        for (Use use : s.uses) {
            if (!use.byHand() && use.prefix().equals(prefix) && n[0] >= use.first() && n[0] <= use.last()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tier 1 for the switches no mesh puts above another (leaves, fed by servers); a mesh's upper switches one
     * above the highest lower switch of their group. Computed group by group, a round per pattern at most, so the
     * cost grows with switches and patterns, not with switch pairs; a loop of meshes stops there.
     */
    private void tiers(Set<String> fedByServers) {
        Set<String> upper = new HashSet<>();
        for (MeshWiring mw : meshes) {
            upper.addAll(mw.upper());
        }
        for (Switch s : switches.values()) {
            if (s.used() && (!upper.contains(s.id()) || fedByServers.contains(s.id()))) {
                s.tier = 1;
            }
        }
        for (int round = 0; round <= meshes.size(); round++) {
            boolean changed = false;
            for (MeshWiring mw : meshes) {
                int m = mw.lowerPerGroup();
                int n = mw.upperPerGroup();
                for (int g = 0; g < mw.groups(); g++) {
                    int below = 0;
                    for (int a = 0; a < m; a++) {
                        Switch lo = switches.get(mw.lower().get(g * m + a));
                        below = Math.max(below, lo == null ? 0 : lo.tier);
                    }
                    if (below == 0) {
                        continue;
                    }
                    for (int b = 0; b < n; b++) {
                        Switch up = switches.get(mw.upper().get(g * n + b));
                        if (up != null && up.tier < below + 1) {
                            up.tier = below + 1;
                            changed = true;
                        }
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        for (Switch s : switches.values()) {
            if (s.used() && s.tier == 0) {
                s.tier = 1; // fed by nothing below it (a loop of meshes): counted as a leaf
            }
        }
    }

    /** The port of a link end, or null when the component, its part or the port is unknown. */
    static Port port(RuleContext ctx, Project p, PortRef ref) {
        Component c = p.component(ref.componentId()).orElse(null);
        if (c == null) {
            return null;
        }
        Part part = ctx.part(c.partNumber());
        return part == null ? null : part.port(ref.port()).orElse(null);
    }

    /**
     * Speed of one cable in Gb/s per direction: its lanes at the lower lane rate of its two ends (decision 0007),
     * never above either port's speed; {@code defaultLane} per lane when neither end gives a rate or speed.
     */
    static double linkGbps(Port a, Port b, int lanes, double defaultLane) {
        return org.podforge.rules.Compatibility.linkGbps(a, b, lanes, defaultLane);
    }

    /** The slowest cable of a pattern: computed on its distinct end ports, not on its cables. */
    private double gbps(RuleContext ctx, LinkPattern lp, double defaultLane) {
        Set<Port> lows = new LinkedHashSet<>();
        Set<Port> highs = new LinkedHashSet<>();
        if (lp.wiring() instanceof RailWiring rw) {
            for (List<PortRef> rail : rw.rails()) {
                for (PortRef r : rail) {
                    lows.add(port(ctx, project, r));
                }
            }
            Set<String> parts = new HashSet<>();
            String name = rw.leafPortPrefix() + rw.leafFirstPort();
            for (String leaf : rw.leaves()) {
                Switch s = switches.get(leaf);
                if (s != null && s.part != null && parts.add(s.part.partNumber())) {
                    highs.add(s.part.port(name).orElse(null));
                }
            }
        } else if (lp.wiring() instanceof MeshWiring mw) {
            lows.addAll(portsOf(mw.lower(), mw.lowerPortPrefix() + mw.lowerFirstPort()));
            highs.addAll(portsOf(mw.upper(), mw.upperPortPrefix() + mw.upperFirstPort()));
        }
        lows.remove(null);
        highs.remove(null);
        if (lows.isEmpty()) {
            lows.add(null); // nothing known on this side: the other side's rate decides
        }
        if (highs.isEmpty()) {
            highs.add(null);
        }
        double min = Double.MAX_VALUE;
        for (Port a : lows) {
            for (Port b : highs) {
                min = Math.min(min, linkGbps(a, b, lp.lanes(), defaultLane));
            }
        }
        return min == Double.MAX_VALUE ? lp.lanes() * defaultLane : min;
    }

    private Set<Port> portsOf(List<String> ids, String name) {
        Set<Port> out = new LinkedHashSet<>();
        Set<String> parts = new HashSet<>();
        for (String id : ids) {
            Switch s = switches.get(id);
            if (s != null && s.part != null && parts.add(s.part.partNumber())) {
                out.add(s.part.port(name).orElse(null));
            }
        }
        return out;
    }

    /** The switches of one tier, in fabric order. */
    List<Switch> tier(int t) {
        List<Switch> out = new ArrayList<>();
        for (Switch s : switches.values()) {
            if (s.tier == t) {
                out.add(s);
            }
        }
        return out;
    }
}
