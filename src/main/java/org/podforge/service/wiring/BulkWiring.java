package org.podforge.service.wiring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.model.Bifurcation;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CompositeCommand;
import org.podforge.rules.Compatibility;
import org.podforge.model.Plural;

/**
 * Plans many links at once from a rule, toolkit-free so the app's preview dialog and the CLI share it.
 * Sources and targets are both taken in design order (pod, rack, chassis, slot order), so rail i
 * is the i-th switch as drawn. A link is planned only between two ports that {@link Compatibility#canConnect}
 * accepts (the predicate the rules use) and that have room for it: a free port, or a port whose catalog
 * split ("4x4") holds one more link, counting the links already planned.
 * Defaults are the ones of a single drag: lanes the smaller of the two ports, {@link Medium#PCB} inside
 * one chassis and {@link Medium#COPPER_EXTERNAL} between chassis; the rules then judge reach and offer
 * fixes. Whatever cannot be wired is reported in {@link Plan#notes()}, never dropped in silence.
 */
public final class BulkWiring {
    /** How sources are matched with targets. */
    public enum Rule {
        /** Each source gets one link, to the first target (in order) that still has a compatible free port. */
        NEXT_FREE("Each source to the next free port of the targets"),
        /** Each source gets one link to every target (a GPU to every switch plane). */
        EVERY_TARGET("Each source to every target (one link per plane)"),
        /** Source i is linked to target i (modulo the number of targets): rail-optimised wiring. */
        RAIL("Source i to target i (rails)"),
        /**
         * Sources and targets cut into equal runs in order: with fewer sources, source i to its own run of targets
         * (a CPU to its two PCIe switches); with fewer targets, each run of sources to one target (two GPUs to their CPU).
         */
        BLOCK("Sources to targets in equal runs (a CPU to its own switches)");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One link the plan would add. */
    public record Planned(String id, PortRef a, PortRef b, Protocol protocol, int lanes, Medium medium) {
        /** "gpu-1.nvlink-1 -> xswitch-1.port-3 · NVLink x4 · COPPER_EXTERNAL" */
        public String describe() {
            return a + " \u2192 " + b + " \u00b7 " + (protocol == null ? "?" : protocol.label()) + " x" + lanes + " \u00b7 " + medium.label();
        }
    }

    /** The links to add, and what could not be wired and why. */
    public record Plan(Rule rule, List<Planned> links, List<String> notes) {
        public Plan {
            links = List.copyOf(links);
            notes = List.copyOf(notes);
        }

        public boolean isEmpty() {
            return links.isEmpty();
        }

        /** One undoable command adding every planned link. */
        public Command command() {
            return command("Wire " + links.size() + (links.size() == 1 ? " link" : " links") + " (" + rule.label() + ")");
        }

        /** One undoable command adding every planned link, named {@code name} in the Edit menu's Undo. */
        public Command command(String name) {
            if (links.isEmpty()) {
                throw new IllegalStateException("nothing to wire");
            }
            List<Command> parts = new ArrayList<>();
            for (Planned p : links) {
                parts.add(AddCommand.link(new Link(p.id(), p.a(), p.b(), p.lanes(), p.medium())));
            }
            return new CompositeCommand(name, parts);
        }
    }

    /** Protocol a link is drawn as when two ports share several (same order as a single drag). */
    private static final List<Protocol> PREFERENCE = List.of(Protocol.NVLINK, Protocol.NVLINK_C2C, Protocol.UALINK, Protocol.INFINITY_FABRIC,
            Protocol.NEURONLINK, Protocol.INFINIBAND, Protocol.ETHERNET, Protocol.PCIE, Protocol.CXL);

    private final Project project;
    private final Catalog catalog;
    private String sourcePorts;
    private String targetPorts;
    private int perPair = 1;
    private Medium medium;
    private boolean asGiven;
    private int pairsAlreadyLinked;

    public BulkWiring(Project project, Catalog catalog) {
        this.project = project;
        this.catalog = catalog;
    }

    /**
     * Wires only the sources' ports of this catalog port group ("su", "host"); null (the default) tries
     * every port, those whose role suits the target first (scale-up ports to a scale-up switch, network
     * ports to a network switch, host links to a PCIe switch), so a server and a scale-up tray are wired
     * by their scale-up ports, not by the host link that is merely also PCIe.
     */
    public BulkWiring sourcePorts(String portGroup) {
        this.sourcePorts = portGroup == null || portGroup.isBlank() ? null : portGroup;
        return this;
    }

    /** Wires only the targets' ports of this catalog port group ("c2c", "sw"); null (the default) tries every port. */
    public BulkWiring targetPorts(String portGroup) {
        this.targetPorts = portGroup == null || portGroup.isBlank() ? null : portGroup;
        return this;
    }

    /**
     * Links per source-target pair for {@link Rule#EVERY_TARGET}, {@link Rule#RAIL} and {@link Rule#BLOCK} (default 1):
     * an HGX B200 GPU sends 9 of its 18 NVLink links to each of the baseboard's 2 switch chips. Ignored by
     * {@link Rule#NEXT_FREE}, which gives each source one link.
     */
    public BulkWiring linksPerPair(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("links per pair must be at least 1, not " + n);
        }
        this.perPair = n;
        return this;
    }

    /** The medium of every planned link; null (the default): a board trace inside one chassis, external copper between chassis. */
    public BulkWiring medium(Medium m) {
        this.medium = m;
        return this;
    }

    /**
     * Takes sources and targets in the order given instead of design order (a reference wiring orders a chassis'
     * components by slot: board-1 before board-2 whatever order they were dropped in).
     */
    public BulkWiring inGivenOrder() {
        this.asGiven = true;
        return this;
    }

    /** The port groups of the given components' parts, in catalog order without repeats (for a port filter). */
    public List<String> portGroups(List<String> componentIds) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : componentIds) {
            project.component(id).flatMap(c -> catalog.find(c.partNumber()))
                    .ifPresent(part -> part.portSpecs().forEach(s -> out.add(s.name())));
        }
        return List.copyOf(out);
    }

    /** Families that are the natural targets of a bulk wiring (the switches). */
    public static boolean isSwitch(Family f) {
        return f == Family.SCALEUP_SWITCH || f == Family.NETWORK_SWITCH || f == Family.PCIE_SWITCH;
    }

    /**
     * Splits a selection of component ids into sources and targets: switches are targets, every other
     * component a source. Returns {sources, targets}, each in design order.
     */
    public List<List<String>> split(Set<String> componentIds) {
        List<String> sources = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (Component c : project.allComponents()) {
            if (!componentIds.contains(c.id())) {
                continue;
            }
            Family f = catalog.find(c.partNumber()).map(Part::family).orElse(null);
            (f != null && isSwitch(f) ? targets : sources).add(c.id());
        }
        return List.of(sources, targets);
    }

    /** Plans the links for {@code rule}; sources and targets are component ids. */
    public Plan plan(Rule rule, List<String> sources, List<String> targets) {
        return plan(rule, sources, targets, List.of());
    }

    /**
     * Plans the links for {@code rule} after {@code before}, links planned by earlier steps and not yet
     * in the design: their ports count as used and their ids as taken (a reference wiring of several steps).
     */
    public Plan plan(Rule rule, List<String> sources, List<String> targets, List<Planned> before) {
        List<String> src = asGiven ? List.copyOf(new LinkedHashSet<>(sources)) : inDesignOrder(sources);
        List<String> dst = asGiven ? List.copyOf(new LinkedHashSet<>(targets)) : inDesignOrder(targets);
        List<Planned> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<PortRef, List<Integer>> used = new HashMap<>();
        Ids ids = new Ids();
        for (Planned p : before) {
            widths(p.a(), used).add(p.lanes());
            widths(p.b(), used).add(p.lanes());
            ids.taken.add(p.id());
        }
        if (src.isEmpty() || dst.isEmpty()) {
            notes.add(src.isEmpty() ? "No source components selected." : "No target components selected (select at least one switch).");
            return new Plan(rule, out, notes);
        }
        pairsAlreadyLinked = 0;
        List<String> alreadyWired = new ArrayList<>();
        List<String> noSuchPort = new ArrayList<>();
        Shortfalls shortfalls = new Shortfalls();
        Set<String> targetSet = new HashSet<>(dst);
        for (int i = 0; i < src.size(); i++) {
            String s = src.get(i);
            switch (rule) {
                case NEXT_FREE -> {
                    Planned p = null;
                    boolean skipped = false;
                    for (String t : dst) {
                        if (linkedToKindOf(s, t, targetSet)) {
                            skipped = true; // one link per source: it has one to a switch of this kind already
                            continue;
                        }
                        p = pair(s, t, used, ids);
                        if (p != null) {
                            break;
                        }
                    }
                    if (p != null) {
                        out.add(p);
                    } else if (skipped) {
                        alreadyWired.add(s);
                    } else if (lacksPortGroup(s)) {
                        noSuchPort.add(s);
                    } else {
                        shortfalls.add(s, whyNoPair(s, dst, used));
                    }
                }
                case EVERY_TARGET -> {
                    for (String t : dst) {
                        pairs(s, t, used, ids, out, notes, "");
                    }
                }
                case RAIL -> {
                    String t = dst.get(i % dst.size());
                    pairs(s, t, used, ids, out, notes, " (rail " + (i % dst.size() + 1) + ")");
                }
                case BLOCK -> {
                    for (String t : blockOf(i, src.size(), dst)) {
                        pairs(s, t, used, ids, out, notes, "");
                    }
                }
            }
        }
        notes.addAll(0, shortfalls.notes(dst.size(), out.size()));
        if (!noSuchPort.isEmpty()) {
            notes.add(0, Plural.of(noSuchPort.size(), "source") + (noSuchPort.size() == 1 ? " has" : " have") + " no '" + sourcePorts + "' port: "
                    + shortList(noSuchPort) + ".");
        }
        if (!alreadyWired.isEmpty()) {
            notes.add(0, Plural.of(alreadyWired.size(), "source") + " already linked to a switch of the targets' kind, left as they are: "
                    + shortList(alreadyWired) + ".");
        }
        if (pairsAlreadyLinked > 0) {
            notes.add(0, pairsAlreadyLinked + (pairsAlreadyLinked == 1 ? " pair is" : " pairs are") + " already linked"
                    + (perPair == 1 ? "" : " " + perPair + " times") + ", left as " + (pairsAlreadyLinked == 1 ? "it is." : "they are."));
        }
        if (rule == Rule.RAIL && src.size() % dst.size() != 0) {
            notes.add(src.size() + " sources over " + dst.size() + " rails: the rails are not evenly loaded.");
        }
        if (rule == Rule.BLOCK && Math.max(src.size(), dst.size()) % Math.min(src.size(), dst.size()) != 0) {
            notes.add(src.size() + " sources over " + dst.size() + " targets do not cut into equal runs: the runs are uneven.");
        }
        return new Plan(rule, out, notes);
    }

    /**
     * {@link #perPair} links between {@code s} and {@code t}; a pair that gets fewer is noted ("2 of 9 links"),
     * never dropped in silence.
     */
    private void pairs(String s, String t, Map<PortRef, List<Integer>> used, Ids ids, List<Planned> out, List<String> notes, String what) {
        int have = linksBetween(s, t, out);
        if (have >= perPair) {
            pairsAlreadyLinked++;
            return;
        }
        int made = have;
        for (int k = have; k < perPair; k++) {
            Planned p = pair(s, t, used, ids);
            if (p == null) {
                break;
            }
            out.add(p);
            made++;
        }
        if (made < perPair) {
            notes.add(s + " \u2192 " + t + what + ": " + (perPair == 1 ? "no pair of free compatible ports."
                    : "only " + made + " of " + perPair + " links, no more free compatible ports."));
        }
    }

    /**
     * Links {@code s} and {@code t} already have, in the design and in this plan, on the chosen port groups: a pair
     * that has its links is not given more (wiring the same selection twice, or auto-wiring a half-wired chassis,
     * adds only what is missing).
     */
    private int linksBetween(String s, String t, List<Planned> planned) {
        int n = 0;
        for (Link l : project.linksOf(s)) {
            PortRef mine = l.a().componentId().equals(s) ? l.a() : l.b();
            PortRef other = l.otherEnd(s);
            if (other != null && other.componentId().equals(t) && inGroup(mine, sourcePorts) && inGroup(other, targetPorts)) {
                n++;
            }
        }
        for (Planned p : planned) {
            if (p.a().componentId().equals(s) && p.b().componentId().equals(t)) {
                n++;
            }
        }
        return n;
    }

    private boolean inGroup(PortRef ref, String group) {
        if (group == null) {
            return true;
        }
        return project.component(ref.componentId()).map(this::ports).orElse(List.of()).stream()
                .anyMatch(p -> p.name().equals(ref.port()) && p.spec().name().equals(group));
    }

    /** The targets of source {@code i} of {@code n} under {@link Rule#BLOCK}: equal runs in order. */
    static List<String> blockOf(int i, int n, List<String> targets) {
        int m = targets.size();
        List<String> out = new ArrayList<>();
        if (n <= m) {
            for (int j = 0; j < m; j++) {
                if ((long) j * n / m == i) {
                    out.add(targets.get(j));
                }
            }
        } else {
            out.add(targets.get((int) ((long) i * m / n)));
        }
        return out;
    }

    /** Up to 12 ids, then an ellipsis. */
    static String shortList(List<String> ids) {
        return String.join(", ", ids.size() > 12 ? ids.subList(0, 12) : ids) + (ids.size() > 12 ? ", \u2026" : "");
    }

    /** True when a port group is chosen and the source's part has no port of it (a CPU asked for its 'net' ports). */
    private boolean lacksPortGroup(String source) {
        return sourcePorts != null && project.component(source)
                .map(c -> ports(c).stream().noneMatch(pt -> pt.spec().name().equals(sourcePorts))).orElse(false);
    }

    /**
     * True when {@code source} already has a link to one of the targets of {@code target}'s family: "each source to the
     * next free port" wires a source once, so a CPU already on its board's PCIe switches, or a GPU already on its
     * NVLink switches, is not given one more link when a whole server is selected with a new leaf switch.
     */
    private boolean linkedToKindOf(String source, String target, Set<String> targets) {
        Component ct = project.component(target).orElse(null);
        if (ct == null) {
            return false;
        }
        Family kind = family(ct);
        for (Link l : project.linksOf(source)) {
            String other = l.a().componentId().equals(source) ? l.b().componentId() : l.a().componentId();
            if (targets.contains(other) && project.component(other).map(c -> family(c) == kind).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first source port with room and a compatible target port with room, both then booked; null if
     * none. A port has room for one more link of a width when it carries nothing yet, or when one of its
     * catalog splits ("4x4") holds all its links at that width (the check of the lanes.bifurcation rule).
     */
    private Planned pair(String source, String target, Map<PortRef, List<Integer>> used, Ids ids) {
        Component cs = project.component(source).orElse(null);
        Component ct = project.component(target).orElse(null);
        if (cs == null || ct == null) {
            return null;
        }
        for (Port ps : sourcePortsFor(cs, ct)) {
            PortRef a = new PortRef(source, ps.name());
            for (Port pt : ports(ct)) {
                if (targetPorts != null && !pt.spec().name().equals(targetPorts)) {
                    continue;
                }
                PortRef b = new PortRef(target, pt.name());
                int lanes = Math.min(ps.spec().lanes(), pt.spec().lanes());
                if (!room(ps, widths(a, used), lanes) || !room(pt, widths(b, used), lanes)) {
                    continue;
                }
                if (!Compatibility.canConnect(project, catalog, a, b).ok()) {
                    continue;
                }
                widths(a, used).add(lanes);
                widths(b, used).add(lanes);
                Medium m = medium != null ? medium
                        : cs.chassis() != null && cs.chassis() == ct.chassis() ? Medium.PCB : Medium.COPPER_EXTERNAL;
                return new Planned(ids.next(), a, b, protocolOf(cs, ps, ct, pt), lanes, m);
            }
        }
        return null;
    }

    /**
     * Why {@link #pair} found nothing for {@code source} on any of {@code targets}: no pair of its ports and the targets'
     * (of the chosen groups) passes the checks (their first reason, in part and port-group words so that sources of
     * one part group together), or every pair that would has its source port in use, or its target port.
     */
    private Shortfalls.Why whyNoPair(String source, List<String> targets, Map<PortRef, List<Integer>> used) {
        Component cs = project.component(source).orElse(null);
        String refusal = null;
        boolean compatible = false;
        boolean sourceRoom = false;
        Map<String, Boolean> verdicts = new HashMap<>();
        for (String target : targets) {
            Component ct = project.component(target).orElse(null);
            if (cs == null || ct == null) {
                continue;
            }
            for (Port ps : sourcePortsFor(cs, ct)) {
                boolean room = room(ps, widths(new PortRef(source, ps.name()), used), 1);
                for (Port pt : ports(ct)) {
                    if (targetPorts != null && !pt.spec().name().equals(targetPorts)) {
                        continue;
                    }
                    String key = cs.partNumber() + "/" + ps.spec().name() + " " + ct.partNumber() + "/" + pt.spec().name();
                    Boolean ok = verdicts.get(key);
                    if (ok == null) {
                        var v = Compatibility.canConnect(new PortRef(cs.partNumber(), ps.spec().name()), ps,
                                new PortRef(ct.partNumber(), pt.spec().name()), pt);
                        ok = v.ok();
                        verdicts.put(key, ok);
                        if (!ok && refusal == null) {
                            refusal = v.reason();
                        }
                    }
                    if (ok) {
                        compatible = true;
                        sourceRoom |= room;
                    }
                }
            }
        }
        if (!compatible) {
            return new Shortfalls.Why(Shortfalls.Kind.INCOMPATIBLE, refusal == null ? "no ports to try" : refusal);
        }
        // a pair that passes the checks but got no link: its source port is in use, or its target port (or has room
        // for a narrower link only)
        return Shortfalls.Why.of(sourceRoom ? Shortfalls.Kind.TARGETS_FULL : Shortfalls.Kind.SOURCE_FULL);
    }

    private List<Integer> widths(PortRef ref, Map<PortRef, List<Integer>> used) {
        return used.computeIfAbsent(ref, r -> {
            List<Integer> w = new ArrayList<>();
            for (Link l : project.linksAt(r)) {
                w.add(l.lanes());
            }
            return w;
        });
    }

    static boolean room(Port port, List<Integer> widths, int lanes) {
        if (widths.isEmpty()) {
            return lanes <= port.spec().lanes();
        }
        int widest = lanes;
        for (int w : widths) {
            widest = Math.max(widest, w);
        }
        for (String s : port.spec().bifurcations()) {
            Bifurcation b = Bifurcation.parse(s);
            if (widths.size() + 1 <= b.links() && widest <= b.width()) {
                return true;
            }
        }
        return false;
    }

    /** The source's ports to try for a target: the filtered group, or all with the target's natural role first. */
    private List<Port> sourcePortsFor(Component source, Component target) {
        List<Port> all = ports(source);
        if (sourcePorts != null) {
            return all.stream().filter(p -> p.spec().name().equals(sourcePorts)).toList();
        }
        Family tf = family(target);
        PortRole preferred = tf == Family.SCALEUP_SWITCH ? PortRole.SCALE_UP
                : tf == Family.NETWORK_SWITCH ? PortRole.NETWORK
                : tf == Family.PCIE_SWITCH ? PortRole.ENDPOINT : null;
        if (preferred == null) {
            return all;
        }
        List<Port> out = new ArrayList<>(all.size());
        all.stream().filter(p -> p.spec().role() == preferred).forEach(out::add);
        all.stream().filter(p -> p.spec().role() != preferred).forEach(out::add);
        return out;
    }

    private List<Port> ports(Component c) {
        return catalog.find(c.partNumber()).map(Part::ports).orElse(List.of());
    }

    private Protocol protocolOf(Component ca, Port pa, Component cb, Port pb) {
        Set<Protocol> common = EnumSet.copyOf(pa.spec().protocols());
        common.retainAll(pb.spec().protocols());
        if (common.contains(Protocol.CXL) && (family(ca) == Family.CXL_MEMORY_CONTROLLER || family(cb) == Family.CXL_MEMORY_CONTROLLER)) {
            return Protocol.CXL;
        }
        for (Protocol p : PREFERENCE) {
            if (common.contains(p)) {
                return p;
            }
        }
        return null;
    }

    private Family family(Component c) {
        return catalog.find(c.partNumber()).map(Part::family).orElse(null);
    }

    private List<String> inDesignOrder(List<String> ids) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        Map<String, Integer> order = new HashMap<>();
        int i = 0;
        for (Component c : project.allComponents()) {
            order.put(c.id(), i++);
        }
        List<String> out = new ArrayList<>();
        for (String id : wanted) {
            if (order.containsKey(id)) {
                out.add(id);
            }
        }
        out.sort((x, y) -> Integer.compare(order.get(x), order.get(y)));
        return out;
    }

    /** Fresh link ids, distinct from the design's and from each other. */
    private final class Ids {
        private final Set<String> taken = new HashSet<>();

        String next() {
            String base = project.newId("link");
            int n = Integer.parseInt(base.substring("link-".length()));
            String id = base;
            while (taken.contains(id) || project.containsId(id)) {
                id = "link-" + (++n);
            }
            taken.add(id);
            return id;
        }
    }
}
