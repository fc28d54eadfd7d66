package org.podforge.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.Pseudograph;
import org.podforge.catalog.Catalog;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.Protocol;

/**
 * Graphs derived from one {@link Island}: electrical chains through retimers ({@link Chain}), the PCIe/CXL
 * hierarchy graph (components joined by chains between PCIe/CXL ports, scale-up fabric excluded) and
 * scale-up domains (accelerators and scale-up switches joined by scale-up links). Computed lazily, once.
 */
public final class Topology {
    private final Island island;
    private final Catalog catalog;
    private final Map<String, Component> components = new HashMap<>();
    private final Map<String, Part> parts = new HashMap<>();
    private final Map<PortRef, List<Link>> linksByPort = new HashMap<>();
    private final Map<PortRef, Port> ports = new HashMap<>();
    private List<Chain> chains;
    private Graph<String, Chain> pcie;
    private List<Set<String>> domains;

    public Topology(Island island, Catalog catalog) {
        this.island = island;
        this.catalog = catalog;
        for (Component c : island.components()) {
            components.put(c.id(), c);
            Part p = catalog.find(c.partNumber()).orElse(null);
            if (p != null) {
                parts.put(c.id(), p);
            }
        }
        for (Link l : island.links()) {
            linksByPort.computeIfAbsent(l.a(), k -> new ArrayList<>(2)).add(l);
            linksByPort.computeIfAbsent(l.b(), k -> new ArrayList<>(2)).add(l);
        }
        for (PortRef ref : linksByPort.keySet()) {
            Part p = parts.get(ref.componentId());
            Port port = p == null ? null : p.port(ref.port()).orElse(null);
            if (port != null) {
                ports.put(ref, port);
            }
        }
        for (List<Link> ls : linksByPort.values()) {
            if (ls.size() > 1) {
                ls.sort(Comparator.comparing(Link::id));
            }
        }
    }

    private final Map<String, Object> memo = new HashMap<>();

    /**
     * Derived data computed once per topology (e.g. each link's negotiated generation). Only for values that
     * depend on the island's structure and the catalog, never on positions: a topology outlives moves.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
    }

    public Island island() {
        return island;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Component component(String id) {
        return components.get(id);
    }

    /** The catalog part of a component of this island, or null when unknown. */
    public Part part(String componentId) {
        return parts.get(componentId);
    }

    /** The catalog port at a link end, or null (unknown part or port name). */
    public Port port(PortRef ref) {
        Port cached = ports.get(ref);
        if (cached != null) {
            return cached;
        }
        Part p = parts.get(ref.componentId());
        return p == null ? null : p.port(ref.port()).orElse(null);
    }

    /** Links on one port, sorted by id. */
    public List<Link> linksAt(PortRef ref) {
        return linksByPort.getOrDefault(ref, List.of());
    }

    public boolean isRetimerPort(PortRef ref) {
        Port p = port(ref);
        return p != null && p.spec().role() == PortRole.PASSTHROUGH;
    }

    /** Retimers inside the link's cable part (smart cable modules), 0 when none or unknown. */
    public int cableRetimers(Link l) {
        if (l.cablePart() == null) {
            return 0;
        }
        return catalog.find(l.cablePart()).map(Part::retimers).orElse(0);
    }

    // ---- chains ---------------------------------------------------------------------------------

    /** Every chain of the island, each physical link in exactly one chain. */
    public List<Chain> chains() {
        if (chains == null) {
            chains = buildChains();
        }
        return chains;
    }

    /** The chains if {@link #chains()} already built them, else null (never builds them: the design may have changed since). */
    public List<Chain> chainsIfBuilt() {
        return chains;
    }

    /** The chain holding the link with this id, or null when the island has no such link. */
    public Chain chainOf(String linkId) {
        Map<String, Chain> byLink = memo("topology.chainOf", () -> {
            Map<String, Chain> m = new HashMap<>();
            for (Chain c : chains()) {
                for (Link l : c.links()) {
                    m.put(l.id(), c);
                }
            }
            return m;
        });
        return byLink.get(linkId);
    }

    private List<Chain> buildChains() {
        List<Chain> out = new ArrayList<>();
        Set<Link> seen = new HashSet<>();
        List<Link> ordered = new ArrayList<>(island.links());
        ordered.sort(Comparator.comparing(Link::id));
        for (Link start : ordered) {
            if (!seen.add(start)) {
                continue;
            }
            // walk from start towards a (backwards) to find the first real end
            List<Link> back = new ArrayList<>();
            List<Component> backRetimers = new ArrayList<>();
            PortRef headEnd = walk(start, start.a(), back, backRetimers, seen);
            List<Link> fwd = new ArrayList<>();
            List<Component> fwdRetimers = new ArrayList<>();
            PortRef tailEnd = walk(start, start.b(), fwd, fwdRetimers, seen);
            List<Link> links = new ArrayList<>();
            for (int i = back.size() - 1; i >= 0; i--) {
                links.add(back.get(i));
            }
            links.add(start);
            links.addAll(fwd);
            List<Component> rts = new ArrayList<>();
            for (int i = backRetimers.size() - 1; i >= 0; i--) {
                rts.add(backRetimers.get(i));
            }
            rts.addAll(fwdRetimers);
            int cable = 0;
            for (Link l : links) {
                cable += cableRetimers(l);
            }
            boolean headReal = !isRetimerPort(headEnd);
            boolean tailReal = !isRetimerPort(tailEnd);
            PortRef a = headEnd;
            PortRef b = tailEnd;
            if (!headReal && tailReal) {
                Collections.reverse(links);
                Collections.reverse(rts);
                a = tailEnd;
                b = null;
            } else if (!tailReal) {
                b = null;
            }
            out.add(new Chain(a, port(a), b, b == null ? null : port(b), links, rts, cable));
        }
        return out;
    }

    /**
     * Walks from link {@code from} out through end {@code end}: while the end is a retimer port, crosses the
     * retimer to the paired link on its other side. Returns the last end reached (a real port, or the retimer
     * port where the chain stops).
     */
    private PortRef walk(Link from, PortRef end, List<Link> collected, List<Component> retimers, Set<Link> seen) {
        Link current = from;
        PortRef e = end;
        int guard = 0;
        while (isRetimerPort(e) && guard++ < 10_000) {
            Part rp = parts.get(e.componentId());
            List<Link> here = linksAt(e);
            int idx = Math.max(0, here.indexOf(current));
            Link next = null;
            PortRef otherPort = null;
            for (Port p : rp.ports()) {
                if (p.spec().role() == PortRole.PASSTHROUGH && !p.name().equals(e.port())) {
                    PortRef candidate = new PortRef(e.componentId(), p.name());
                    List<Link> there = linksAt(candidate);
                    if (idx < there.size()) {
                        next = there.get(idx);
                        otherPort = candidate;
                        break;
                    }
                }
            }
            if (next == null || next == current || seen.contains(next) || collected.contains(next)) {
                return e;
            }
            retimers.add(components.get(e.componentId()));
            collected.add(next);
            seen.add(next);
            current = next;
            e = next.a().equals(otherPort) ? next.b() : next.a();
        }
        return e;
    }

    // ---- PCIe / CXL hierarchy -------------------------------------------------------------------

    /** True when a chain belongs to a PCIe/CXL hierarchy (not scale-up fabric, not a network link). */
    public boolean isHierarchyChain(Chain c) {
        if (c.open() || c.portA() == null || c.portB() == null) {
            return false;
        }
        return isHierarchyPort(c.endA(), c.portA()) && isHierarchyPort(c.endB(), c.portB());
    }

    private boolean isHierarchyPort(PortRef ref, Port p) {
        PortRole r = p.spec().role();
        if (r != PortRole.ROOT && r != PortRole.SWITCH && r != PortRole.ENDPOINT) {
            return false;
        }
        if (!p.spec().speaks(Protocol.PCIE) && !p.spec().speaks(Protocol.CXL)) {
            return false;
        }
        Part part = parts.get(ref.componentId());
        return part != null && part.family() != Family.SCALEUP_SWITCH;
    }

    /** The hierarchy graph of every island without a link: it has no vertex. Read-only, so shared by all threads. */
    private static final Graph<String, Chain> NO_HIERARCHY = new AsUnmodifiableGraph<>(new Pseudograph<>(Chain.class));

    /**
     * Components (retimers collapsed away) joined by hierarchy chains; JGraphT pseudograph (loops, parallel edges
     * kept), for reading only. An island without links (the fabric's lone switches: thousands in a cluster)
     * gets one shared empty graph instead of a new one per island.
     */
    public Graph<String, Chain> pcieGraph() {
        if (pcie == null && island.links().isEmpty()) {
            pcie = NO_HIERARCHY;
        }
        if (pcie == null) {
            Graph<String, Chain> g = new Pseudograph<>(Chain.class);
            for (Chain c : chains()) {
                if (isHierarchyChain(c)) {
                    g.addVertex(c.endA().componentId());
                    g.addVertex(c.endB().componentId());
                    g.addEdge(c.endA().componentId(), c.endB().componentId(), c);
                }
            }
            pcie = g;
        }
        return pcie;
    }

    /** The PCIe/CXL-connected groups of components (each a would-be hierarchy). */
    public List<Set<String>> hierarchies() {
        if (pcie == null && !hasHierarchyChain()) {
            return List.of(); // the graph would have no vertex: a lone switch of the fabric, one of thousands
        }
        return new ConnectivityInspector<>(pcieGraph()).connectedSets();
    }

    private boolean hasHierarchyChain() {
        if (island.links().isEmpty()) {
            return false;
        }
        for (Chain c : chains()) {
            if (isHierarchyChain(c)) {
                return true;
            }
        }
        return false;
    }

    // ---- scale-up -------------------------------------------------------------------------------

    /** A link of the scale-up fabric: an end on a scale-up port or on a scale-up switch. */
    public boolean isScaleUpLink(Link l) {
        return isScaleUpEnd(l.a()) || isScaleUpEnd(l.b());
    }

    private boolean isScaleUpEnd(PortRef ref) {
        Port p = port(ref);
        if (p != null && p.spec().role() == PortRole.SCALE_UP) {
            return true;
        }
        Part part = parts.get(ref.componentId());
        return part != null && part.family() == Family.SCALEUP_SWITCH;
    }

    /** Scale-up domains: sets of component ids (accelerators and scale-up switches) joined by scale-up links. */
    public List<Set<String>> scaleUpDomains() {
        if (domains == null && island.links().isEmpty()) {
            domains = List.of(); // no link, no domain (the graph below would have no vertex)
        }
        if (domains == null) {
            Graph<String, Link> g = new Pseudograph<>(Link.class);
            for (Link l : island.links()) {
                if (isScaleUpLink(l)) {
                    g.addVertex(l.a().componentId());
                    g.addVertex(l.b().componentId());
                    g.addEdge(l.a().componentId(), l.b().componentId(), l);
                }
            }
            List<Set<String>> sets = new ArrayList<>();
            for (Set<String> s : new ConnectivityInspector<>(g).connectedSets()) {
                sets.add(Collections.unmodifiableSet(new java.util.TreeSet<>(s)));
            }
            sets.sort(Comparator.comparing(s -> s.iterator().next()));
            domains = sets;
        }
        return domains;
    }

    /** Links of the island on scale-up fabric, by component id. */
    public Map<String, List<Link>> scaleUpLinksByComponent() {
        Map<String, List<Link>> m = new LinkedHashMap<>();
        for (Link l : island.links()) {
            if (isScaleUpLink(l)) {
                m.computeIfAbsent(l.a().componentId(), k -> new ArrayList<>()).add(l);
                m.computeIfAbsent(l.b().componentId(), k -> new ArrayList<>()).add(l);
            }
        }
        return m;
    }
}
