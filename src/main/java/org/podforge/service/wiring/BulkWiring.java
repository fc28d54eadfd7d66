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
        RAIL("Source i to target i (rails)");

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
            if (links.isEmpty()) {
                throw new IllegalStateException("nothing to wire");
            }
            List<Command> parts = new ArrayList<>();
            for (Planned p : links) {
                parts.add(AddCommand.link(new Link(p.id(), p.a(), p.b(), p.lanes(), p.medium())));
            }
            return new CompositeCommand("Wire " + links.size() + (links.size() == 1 ? " link" : " links") + " (" + rule.label() + ")", parts);
        }
    }

    /** Protocol a link is drawn as when two ports share several (same order as a single drag). */
    private static final List<Protocol> PREFERENCE = List.of(Protocol.NVLINK, Protocol.NVLINK_C2C, Protocol.UALINK, Protocol.INFINITY_FABRIC,
            Protocol.NEURONLINK, Protocol.INFINIBAND, Protocol.ETHERNET, Protocol.PCIE, Protocol.CXL);

    private final Project project;
    private final Catalog catalog;
    private String sourcePorts;

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
        List<String> src = inDesignOrder(sources);
        List<String> dst = inDesignOrder(targets);
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
        List<String> alreadyWired = new ArrayList<>();
        List<String> noSuchPort = new ArrayList<>();
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
                        notes.add(s + ": no free compatible port left on " + String.join(", ", dst) + ".");
                    }
                }
                case EVERY_TARGET -> {
                    for (String t : dst) {
                        Planned p = pair(s, t, used, ids);
                        if (p == null) {
                            notes.add(s + " \u2192 " + t + ": no pair of free compatible ports.");
                        } else {
                            out.add(p);
                        }
                    }
                }
                case RAIL -> {
                    String t = dst.get(i % dst.size());
                    Planned p = pair(s, t, used, ids);
                    if (p == null) {
                        notes.add(s + " \u2192 " + t + " (rail " + (i % dst.size() + 1) + "): no pair of free compatible ports.");
                    } else {
                        out.add(p);
                    }
                }
            }
        }
        if (!noSuchPort.isEmpty()) {
            notes.add(0, noSuchPort.size() + " source(s) have no '" + sourcePorts + "' port: " + shortList(noSuchPort) + ".");
        }
        if (!alreadyWired.isEmpty()) {
            notes.add(0, alreadyWired.size() + " source(s) already linked to a switch of the targets' kind, left as they are: "
                    + shortList(alreadyWired) + ".");
        }
        if (rule == Rule.RAIL && src.size() % dst.size() != 0) {
            notes.add(src.size() + " sources over " + dst.size() + " rails: the rails are not evenly loaded.");
        }
        return new Plan(rule, out, notes);
    }

    /** Up to 12 ids, then an ellipsis. */
    private static String shortList(List<String> ids) {
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
                Medium medium = cs.chassis() != null && cs.chassis() == ct.chassis() ? Medium.PCB : Medium.COPPER_EXTERNAL;
                return new Planned(ids.next(), a, b, protocolOf(cs, ps, ct, pt), lanes, medium);
            }
        }
        return null;
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
