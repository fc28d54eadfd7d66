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
 * A design: pods of racks of chassis of components, the links between them, and per-project settings
 * (rule severity and threshold overrides). A project knows nothing of files, catalogs or the UI.
 *
 * <p>Every mutation anywhere in the tree bumps {@link #modCount()}, which invalidates the id index. Go
 * through commands to mutate: they are undoable and tell the rules engine what changed.
 */
public final class Project {
    private String name;
    private String description = "";
    private final List<Pod> pods = new ArrayList<>();
    private final Map<String, String> severityOverrides = new TreeMap<>();
    private final Map<String, Double> thresholdOverrides = new TreeMap<>();
    private long modCount;
    private Index index;
    private Map<String, Integer> suffixes;

    public Project(String name) {
        this.name = Objects.requireNonNullElse(name, "");
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

    /** Incremented by every mutation of the project or anything in it. */
    public long modCount() {
        return modCount;
    }

    void markChanged() {
        modCount++;
        suffixes = null;
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
    public Optional<Link> link(String id) { return find(id, Link.class); }

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
        if (suffixes == null) {
            suffixes = idx.maxSuffixes();
        }
        int next = suffixes.getOrDefault(prefix, 0) + 1;
        String id = prefix + "-" + next;
        while (idx.byId.containsKey(id)) {
            id = prefix + "-" + (++next);
        }
        return id;
    }

    public List<Component> allComponents() {
        List<Component> out = new ArrayList<>();
        for (Pod p : pods) {
            out.addAll(p.allComponents());
        }
        return out;
    }

    public List<Link> allLinks() {
        List<Link> out = new ArrayList<>();
        for (Pod p : pods) {
            out.addAll(p.links());
        }
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
        final Map<String, List<Link>> linksByComponent = new HashMap<>();

        Index(Project p) {
            for (Pod pod : p.pods) {
                add(pod);
            }
        }

        void add(Node n) {
            put(n);
            if (n instanceof Pod pod) {
                for (Rack r : pod.racks()) {
                    add(r);
                }
                for (Link l : pod.links()) {
                    add(l);
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
            byId.remove(n.id(), n);
            if (n instanceof Pod pod) {
                for (Rack r : pod.racks()) {
                    remove(r);
                }
                for (Link l : pod.links()) {
                    remove(l);
                }
            } else if (n instanceof Rack r) {
                for (Chassis c : r.chassis()) {
                    remove(c);
                }
            } else if (n instanceof Chassis c) {
                for (Component comp : c.components()) {
                    byId.remove(comp.id(), comp);
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
        }

        Map<String, Integer> maxSuffixes() {
            Map<String, Integer> max = new HashMap<>();
            for (String id : byId.keySet()) {
                int dash = id.lastIndexOf('-');
                if (dash > 0 && dash < id.length() - 1) {
                    String tail = id.substring(dash + 1);
                    if (tail.length() < 10 && tail.chars().allMatch(Character::isDigit)) {
                        max.merge(id.substring(0, dash), Integer.parseInt(tail), Math::max);
                    }
                }
            }
            return max;
        }
    }
}
