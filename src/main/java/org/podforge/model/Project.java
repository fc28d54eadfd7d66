package org.podforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A design: pod designs (each deployed as replicas) of racks of chassis of components with the links
 * between them, the hall's scale-out {@link Fabric} (network racks, cross-pod links and wiring patterns), and
 * per-project settings (rule severity and threshold overrides). A project knows nothing of files, catalogs or the UI.
 *
 * <p>Every mutation anywhere in the tree bumps {@link #modCount()}, which invalidates the id index. Go
 * through commands to mutate: they are undoable and tell the rules engine what changed.
 */
public final class Project {
    private String name;
    private String description = "";
    private final List<Pod> pods = new ArrayList<>();
    private final Fabric fabric = new Fabric();
    private final Map<String, String> severityOverrides = new TreeMap<>();
    private final Map<String, Double> thresholdOverrides = new TreeMap<>();
    private final Map<String, PowerBudget> powerBudgets = new TreeMap<>();
    private final List<Note> notes = new ArrayList<>();
    private long modCount;
    private Index index;

    public Project(String name) {
        this.name = Objects.requireNonNullElse(name, "");
        fabric.project = this;
    }

    /** The hall's scale-out network; empty in a design of lone pods. */
    public Fabric fabric() {
        return fabric;
    }

    /**
     * Where a link between {@code a} and {@code b} belongs: the lowest common container of its ends. Two ends
     * on one pod design (neither naming a replica) give that pod; anything else (ends in two pods, on a switch
     * of the fabric, or naming a replica) gives the fabric, with an end in a pod deployed once addressed as
     * replica 0 when it names none. Every place that creates a link asks this method.
     *
     * @throws IllegalArgumentException with a message for the user when an end names a missing or unplaced
     *         component, a replica the pod does not have, or when a fabric end in a replicated pod does not say
     *         which replica it is on
     */
    public LinkPlace place(PortRef a, PortRef b) {
        return place(a, b, podOfEnd(a), podOfEnd(b));
    }

    /**
     * Whether the links of {@code componentIds} can follow them into {@code target}: null when they can (each
     * goes where {@link #place} will put it after the move), else the reason, in the user's words. The move
     * commands and the canvas's drop feedback both ask this, so they cannot disagree.
     */
    public String whyNotMove(java.util.Collection<String> componentIds, Rack target) {
        java.util.Set<String> moved = java.util.Set.copyOf(componentIds);
        Pod to = target.pod();
        for (String id : componentIds) {
            for (Link l : linksOf(id)) {
                try {
                    PortRef a = l.a();
                    PortRef b = l.b();
                    boolean ma = moved.contains(a.componentId());
                    boolean mb = moved.contains(b.componentId());
                    if (to == null) {
                        a = ma ? a.onReplica(PortRef.DESIGN) : a;
                        b = mb ? b.onReplica(PortRef.DESIGN) : b;
                    }
                    place(a, b, ma ? to : podOfEnd(a), mb ? to : podOfEnd(b));
                } catch (IllegalArgumentException e) {
                    return "link " + l.label() + " could not follow the move: " + e.getMessage();
                }
            }
        }
        return null;
    }

    private LinkPlace place(PortRef a, PortRef b, Pod pa, Pod pb) {
        if (pa != null && pa == pb && !a.addressesReplica() && !b.addressesReplica()) {
            return new LinkPlace(pa, a, b);
        }
        if (pa != null && pa == pb && pa.replicas() == 1 && a.replica() <= 0 && b.replica() <= 0) {
            // both ends in the one and only replica: the pod design is their lowest common container
            return new LinkPlace(pa, a.onReplica(PortRef.DESIGN), b.onReplica(PortRef.DESIGN));
        }
        PortRef fa = fabricEnd(a, pa);
        PortRef fb = fabricEnd(b, pb);
        requireReplicaFor(fa, pa);
        requireReplicaFor(fb, pb);
        return new LinkPlace(fabric, fa, fb);
    }

    /** The container of a link between {@code a} and {@code b}: {@code place(a, b).owner()}. */
    public Container ownerOf(PortRef a, PortRef b) {
        return place(a, b).owner();
    }

    private static PortRef fabricEnd(PortRef end, Pod pod) {
        return pod != null && !end.addressesReplica() && pod.replicas() == 1 ? end.onReplica(0) : end;
    }

    private Pod podOfEnd(PortRef end) {
        Component c = component(end.componentId()).orElse(null);
        if (c == null) {
            throw new IllegalArgumentException("There is no component '" + end.componentId() + "' for the link end " + end + ".");
        }
        Chassis ch = c.chassis();
        Rack r = ch == null ? null : ch.rack();
        if (r == null || r.owner() == null) {
            throw new IllegalArgumentException("Component " + c.label() + " is not placed in a rack, so link end " + end + " has no place.");
        }
        return r.pod();
    }

    private static void requireReplicaFor(PortRef end, Pod pod) {
        if (pod == null) {
            if (end.addressesReplica()) {
                throw new IllegalArgumentException("Link end " + end + " names replica " + end.replica() + ", but "
                        + end.componentId() + " is a switch of the fabric, which has no replicas; drop the @" + end.replica() + ".");
            }
            return;
        }
        if (!end.addressesReplica()) {
            throw new IllegalArgumentException("Link end " + end + " is in pod " + pod.label() + ", which is deployed "
                    + pod.replicas() + " times; a link that leaves the pod says which replica it starts from ("
                    + end + "@0 .. @" + (pod.replicas() - 1) + ").");
        }
        if (end.replica() >= pod.replicas()) {
            throw new IllegalArgumentException("Link end " + end + " names replica " + end.replica() + ", but pod " + pod.label()
                    + " has " + Plural.of(pod.replicas(), "replica") + ", numbered 0 to " + (pod.replicas() - 1) + ".");
        }
    }

    public String name() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNullElse(name, "");
        markChanged();
    }

    public String description() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Objects.requireNonNullElse(description, "");
        markChanged();
    }

    public List<Pod> pods() {
        return Collections.unmodifiableList(pods);
    }

    public void addPod(int index, Pod p) {
        if (p.project != null) {
            throw new IllegalStateException(p + " is already in a project");
        }
        pods.add(index < 0 || index > pods.size() ? pods.size() : index, p);
        p.project = this;
        attached(p);
    }

    public void addPod(Pod p) {
        addPod(pods.size(), p);
    }

    public int removePod(Pod p) {
        int i = pods.indexOf(p);
        if (i < 0) {
            throw new IllegalStateException(p + " is not in this project");
        }
        pods.remove(i);
        detached(p);
        p.project = null;
        return i;
    }

    /** The free text notes on the pod canvas, in the order they were added (later ones drawn on top). */
    public List<Note> notes() {
        return Collections.unmodifiableList(notes);
    }

    public Optional<Note> note(String id) {
        return notes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /**
     * Puts a note in: replaces the note with its id where it is, else inserts it at {@code index} (clamped; -1 for
     * the end). Returns where it went.
     */
    public int putNote(int index, Note note) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(note.id())) {
                notes.set(i, note);
                markChanged();
                return i;
            }
        }
        int at = index < 0 || index > notes.size() ? notes.size() : index;
        notes.add(at, note);
        markChanged();
        return at;
    }

    /** Removes the note with this id; returns where it was, or -1 when there is none. */
    public int removeNote(String id) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(id)) {
                notes.remove(i);
                markChanged();
                return i;
            }
        }
        return -1;
    }

    /** Rule id -> severity name (ERROR, WARNING, INFO, OFF) set for this project. */
    public Map<String, String> severityOverrides() {
        return Collections.unmodifiableMap(severityOverrides);
    }

    public void setSeverityOverride(String ruleId, String severity) {
        if (severity == null) {
            severityOverrides.remove(ruleId);
        } else {
            severityOverrides.put(ruleId, severity);
        }
        markChanged();
    }

    /** Threshold key (e.g. {@code rack.power.defaultBudgetW}) -> value set for this project. */
    public Map<String, Double> thresholdOverrides() {
        return Collections.unmodifiableMap(thresholdOverrides);
    }

    public void setThresholdOverride(String key, Double value) {
        if (value == null) {
            thresholdOverrides.remove(key);
        } else {
            thresholdOverrides.put(key, value);
        }
        markChanged();
    }

    /**
     * Part number -> this design's own power budget for a part that publishes no power figure (decision 0035): counted
     * by rack power as a labelled estimate only where the catalog has no figure.
     */
    public Map<String, PowerBudget> powerBudgets() {
        return Collections.unmodifiableMap(powerBudgets);
    }

    public void setPowerBudget(String partNumber, PowerBudget budget) {
        if (budget == null) {
            powerBudgets.remove(partNumber);
        } else {
            powerBudgets.put(partNumber, budget);
        }
        markChanged();
    }

    /** Incremented by every mutation of the project or anything in it. */
    public long modCount() {
        return modCount;
    }

    void markChanged() {
        modCount++;
    }

    /** A subtree was attached somewhere under this project: index its ids and links. */
    void attached(Node n) {
        markChanged();
        if (index != null) {
            index.add(n);
        }
    }

    /** A subtree was detached from this project. */
    void detached(Node n) {
        markChanged();
        if (index != null) {
            index.remove(n);
        }
    }

    /** A link's ends changed. */
    void linkEndsChanged(Link l, PortRef oldA, PortRef oldB) {
        markChanged();
        if (index != null) {
            index.unlink(l, oldA, oldB);
            index.link(l);
        }
    }

    // ---- lookups ---------------------------------------------------------------------------------

    public Optional<Node> find(String id) {
        return Optional.ofNullable(index().byId.get(id));
    }

    public <T extends Node> Optional<T> find(String id, Class<T> type) {
        Node n = index().byId.get(id);
        return type.isInstance(n) ? Optional.of(type.cast(n)) : Optional.empty();
    }

    public Optional<Pod> pod(String id) { return find(id, Pod.class); }
    public Optional<Rack> rack(String id) { return find(id, Rack.class); }
    public Optional<Chassis> chassis(String id) { return find(id, Chassis.class); }
    public Optional<Component> component(String id) { return find(id, Component.class); }

    /** The component with this id, or null: for loops over every cable of a cluster, where an Optional per end adds up. */
    public Component componentOrNull(String id) {
        return index().byId.get(id) instanceof Component c ? c : null;
    }
    public Optional<Link> link(String id) { return find(id, Link.class); }
    public Optional<LinkPattern> pattern(String id) { return find(id, LinkPattern.class); }

    /** The pod or the fabric with that id. */
    public Optional<Container> container(String id) {
        if (Fabric.ID.equals(id)) {
            return Optional.of(fabric);
        }
        return pod(id).map(p -> (Container) p);
    }

    /** Links with an end on the component, in pod order. */
    public List<Link> linksOf(String componentId) {
        return index().linksByComponent.getOrDefault(componentId, List.of());
    }

    /** The link attached to a given port, if any (the first one when the port carries several). */
    public List<Link> linksAt(PortRef port) {
        List<Link> out = new ArrayList<>(1);
        for (Link l : linksOf(port.componentId())) {
            if (l.a().equals(port) || l.b().equals(port)) {
                out.add(l);
            }
        }
        return out;
    }

    public boolean containsId(String id) {
        return index().byId.containsKey(id);
    }

    /** A fresh id {@code prefix-N}, N one more than the largest in use for that prefix. Deterministic. */
    public String newId(String prefix) {
        Ids.requireValid(prefix);
        Index idx = index();
        int next = idx.maxSuffixes().getOrDefault(prefix, 0) + 1;
        String id = prefix + "-" + next;
        while (idx.byId.containsKey(id)) {
            id = prefix + "-" + (++next);
        }
        return id;
    }

    /** Every component of every pod design, then the switches of the fabric. */
    public List<Component> allComponents() {
        List<Component> out = new ArrayList<>();
        for (Pod p : pods) {
            out.addAll(p.allComponents());
        }
        out.addAll(fabric.allComponents());
        return out;
    }

    /** Every link of every pod design, then the fabric's own links (not its patterns' cables: see FabricCables). */
    public List<Link> allLinks() {
        List<Link> out = new ArrayList<>();
        for (Pod p : pods) {
            out.addAll(p.links());
        }
        out.addAll(fabric.links());
        return out;
    }

    /** Every rack: those of the pod designs, then the network racks of the fabric. */
    public List<Rack> allRacks() {
        List<Rack> out = new ArrayList<>();
        for (Pod p : pods) {
            out.addAll(p.racks());
        }
        out.addAll(fabric.racks());
        return out;
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            i = new Index(this);
            index = i;
        }
        return i;
    }

    /** Id and link indexes, built on first use and then kept up to date by attach/detach. */
    private static final class Index {
        final Map<String, Node> byId = new HashMap<>();
        /**
         * The highest number used after each id prefix ("link" for link-42), or null until asked for: kept up to date
         * as ids come and go (a scan of every id after each edit cost 10-20 ms per new id at 4,096 GPUs); only
         * removing an id that holds a prefix's highest number makes it scan again.
         */
        private Map<String, Integer> suffixes;
        /** The prefixes with a zero-padded number (link-07) among the ids noted in {@link #suffixes}. */
        private final java.util.Set<String> padded = new java.util.HashSet<>();
        final Map<String, List<Link>> linksByComponent = new HashMap<>();

        Index(Project p) {
            for (Pod pod : p.pods) {
                add(pod);
            }
            add(p.fabric);
        }

        void add(Node n) {
            put(n);
            if (n instanceof Container box) {
                for (Rack r : box.racks()) {
                    add(r);
                }
                for (Link l : box.links()) {
                    add(l);
                }
                if (n instanceof Fabric f) {
                    for (LinkPattern lp : f.patterns()) {
                        put(lp);
                    }
                }
            } else if (n instanceof Rack r) {
                for (Chassis c : r.chassis()) {
                    add(c);
                }
            } else if (n instanceof Chassis c) {
                for (Component comp : c.components()) {
                    put(comp);
                }
            } else if (n instanceof Link l) {
                link(l);
            }
        }

        void remove(Node n) {
            if (byId.remove(n.id(), n)) {
                forget(n.id());
            }
            if (n instanceof Container box) {
                for (Rack r : box.racks()) {
                    remove(r);
                }
                for (Link l : box.links()) {
                    remove(l);
                }
            } else if (n instanceof Rack r) {
                for (Chassis c : r.chassis()) {
                    remove(c);
                }
            } else if (n instanceof Chassis c) {
                for (Component comp : c.components()) {
                    if (byId.remove(comp.id(), comp)) {
                        forget(comp.id());
                    }
                }
            } else if (n instanceof Link l) {
                unlink(l, l.a(), l.b());
            }
        }

        void link(Link l) {
            linksByComponent.computeIfAbsent(l.a().componentId(), k -> new ArrayList<>(2)).add(l);
            if (!l.b().componentId().equals(l.a().componentId())) {
                linksByComponent.computeIfAbsent(l.b().componentId(), k -> new ArrayList<>(2)).add(l);
            }
        }

        void unlink(Link l, PortRef a, PortRef b) {
            drop(a.componentId(), l);
            drop(b.componentId(), l);
        }

        private void drop(String componentId, Link l) {
            List<Link> list = linksByComponent.get(componentId);
            if (list != null) {
                list.remove(l);
                if (list.isEmpty()) {
                    linksByComponent.remove(componentId);
                }
            }
        }

        private void put(Node n) {
            Node prev = byId.put(n.id(), n);
            if (prev != null && prev != n) {
                byId.put(n.id(), prev);
                throw new IllegalStateException("duplicate id '" + n.id() + "' (" + prev + " and " + n + ")");
            }
            if (suffixes != null && prev == null) {
                note(suffixes, n.id());
            }
        }

        private void forget(String id) {
            if (suffixes == null) {
                return;
            }
            int dash = numberedAt(id);
            if (dash <= 0) {
                return;
            }
            String prefix = id.substring(0, dash);
            int n = Integer.parseInt(id.substring(dash + 1));
            if (!Integer.valueOf(n).equals(suffixes.get(prefix))) {
                return;
            }
            // its prefix's highest number went (a cable drawn and undone): the next highest is most often just below;
            // rescanning every id for it cost ~20 ms per new id at 4,096 GPUs after each connect and undo
            if (!padded.contains(prefix)) {
                for (int k = n - 1; k >= n - PROBES; k--) {
                    if (k <= 0) {
                        suffixes.remove(prefix); // it was the prefix's only number
                        return;
                    }
                    if (byId.containsKey(prefix + "-" + k)) {
                        suffixes.put(prefix, k);
                        return;
                    }
                }
            }
            suffixes = null; // not near: find the next highest when next asked
        }

        /** How far below a removed highest number {@link #forget} looks for the next highest before a rescan. */
        private static final int PROBES = 64;

        /** Where the dash before an id's number is (link-42: 4), or -1 when it does not end in one. */
        private static int numberedAt(String id) {
            int dash = id.lastIndexOf('-');
            if (dash > 0 && dash < id.length() - 1) {
                String tail = id.substring(dash + 1);
                if (tail.length() < 10 && tail.chars().allMatch(Character::isDigit)) {
                    return dash;
                }
            }
            return -1;
        }

        private void note(Map<String, Integer> max, String id) {
            int dash = numberedAt(id);
            if (dash > 0) {
                max.merge(id.substring(0, dash), Integer.parseInt(id.substring(dash + 1)), Math::max);
                if (id.charAt(dash + 1) == '0' && dash + 2 < id.length()) {
                    padded.add(id.substring(0, dash)); // link-07: probing for link-7 would not find it
                }
            }
        }

        Map<String, Integer> maxSuffixes() {
            if (suffixes == null) {
                padded.clear();
                Map<String, Integer> max = new HashMap<>();
                for (String id : byId.keySet()) {
                    note(max, id);
                }
                suffixes = max;
            }
            return suffixes;
        }
    }
}
