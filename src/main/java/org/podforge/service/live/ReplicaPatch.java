package org.podforge.service.live;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Container;
import org.podforge.model.Fabric;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.Command;

/**
 * What one command changed, as data the analysis thread can write into its own replica of the design: for every
 * id the command names ({@link Command#affectedIds()}), either the node as it now is (its own fields, its
 * parent, and for a container the order of its children) or the fact that it is gone, plus the project's own
 * settings and canvas notes. Taken on the thread that owns the live design, right after the command ran, in time proportional to
 * what the command touched; applied later on the analysis thread, which never reads the live design.
 *
 * <p>Commands are not replayed on the replica: they hold the live nodes they add or remove, and their undo state
 * is theirs. Copying the nodes they name needs only the contract the rules engine already relies on (a command
 * names every node it creates, removes or changes, and the ends of every link it touches).
 */
public final class ReplicaPatch {

    /** One node as it is now: a detached copy of its own fields, where it sits, and the order of its children. */
    private record Present(String id, Node copy, String parentId, int index, int depth, List<List<String>> children) {
    }

    private final Set<String> ids;
    private final boolean all;
    private final List<Present> present = new ArrayList<>();
    private final List<String> absent = new ArrayList<>();
    private final String name;
    private final String description;
    private final Map<String, String> severities;
    private final Map<String, Double> thresholds;
    private final Map<String, org.podforge.model.PowerBudget> powerBudgets;
    /** The canvas notes (immutable values, few): the replica carries them so it can be written as the design (autosave). */
    private final List<org.podforge.model.Note> notes;

    private ReplicaPatch(Project live, Collection<String> ids, boolean all) {
        this.ids = new LinkedHashSet<>(ids);
        this.all = all;
        this.name = live.name();
        this.description = live.description();
        this.severities = new TreeMap<>(live.severityOverrides());
        this.thresholds = new TreeMap<>(live.thresholdOverrides());
        this.powerBudgets = new TreeMap<>(live.powerBudgets());
        this.notes = List.copyOf(live.notes());
        Map<Node, Map<Node, Integer>> indexes = new IdentityHashMap<>();
        for (String id : this.ids) {
            Node n = Fabric.ID.equals(id) ? live.fabric() : live.find(id).orElse(null);
            if (n == null) {
                absent.add(id);
            } else {
                Node parent = n.parent();
                int index = indexIn(live, n, indexes);
                present.add(new Present(id, NodeCopy.shallow(n), parent == null ? null : parent.id(), index, depth(n), children(n)));
            }
        }
        // parents before children; within a kind in the order they stand, so inserting each at its index rebuilds the order
        present.sort(Comparator.comparingInt(Present::depth).thenComparingInt(Present::index));
    }

    /** The patch for a command just executed, undone or redone on {@code live}. */
    public static ReplicaPatch of(Project live, Command command) {
        return new ReplicaPatch(live, command.affectedIds(), command.affectsAll());
    }

    /** The patch for nodes named by id ({@code all}: the project's settings changed, re-check everything). */
    public static ReplicaPatch of(Project live, Collection<String> ids, boolean all) {
        return new ReplicaPatch(live, ids, all);
    }

    /** The ids the command named: what the rules engine re-checks. */
    public Set<String> ids() {
        return ids;
    }

    /** True when the command changed the project as a whole (settings, overrides): everything is re-checked. */
    public boolean all() {
        return all;
    }

    /**
     * Writes the patch into {@code replica}: removes what is gone, updates in place or adds what is present (parents
     * before children), then puts the children of every named container in the live order.
     *
     * @throws OutOfStepException when the replica turns out not to match the design the patch was taken from (a
     *         change that bypassed the command stack, or a command that did not name a node it moved)
     */
    public void apply(Project replica) {
        if (!replica.name().equals(name)) {
            replica.setName(name);
        }
        if (!replica.description().equals(description)) {
            replica.setDescription(description);
        }
        if (!replica.severityOverrides().equals(severities)) {
            for (String k : replica.severityOverrides().keySet().toArray(String[]::new)) {
                replica.setSeverityOverride(k, null);
            }
            severities.forEach(replica::setSeverityOverride);
        }
        if (!replica.thresholdOverrides().equals(thresholds)) {
            for (String k : replica.thresholdOverrides().keySet().toArray(String[]::new)) {
                replica.setThresholdOverride(k, null);
            }
            thresholds.forEach(replica::setThresholdOverride);
        }
        if (!replica.powerBudgets().equals(powerBudgets)) {
            for (String k : replica.powerBudgets().keySet().toArray(String[]::new)) {
                replica.setPowerBudget(k, null);
            }
            powerBudgets.forEach(replica::setPowerBudget);
        }
        if (!replica.notes().equals(notes)) {
            for (org.podforge.model.Note n : List.copyOf(replica.notes())) {
                replica.removeNote(n.id());
            }
            notes.forEach(n -> replica.putNote(-1, n));
        }
        for (String id : absent) {
            replica.find(id).ifPresent(ReplicaPatch::detach);
        }
        for (Present p : present) {
            if (p.copy() == null) {
                continue; // the fabric: only its children's order
            }
            Node existing = replica.find(p.id()).orElse(null);
            if (existing != null && existing.getClass() != p.copy().getClass()) {
                detach(existing);
                existing = null;
            }
            if (existing == null) {
                attach(replica, NodeCopy.shallow(p.copy()), p.parentId(), p.index());
                continue;
            }
            NodeCopy.update(existing, p.copy());
            Node parent = existing.parent();
            String parentId = parent == null ? null : parent.id();
            if (!java.util.Objects.equals(parentId, p.parentId()) || siblings(replica, existing).indexOf(existing) != p.index()) {
                detach(existing);
                attach(replica, existing, p.parentId(), p.index());
            }
        }
        for (Present p : present) {
            if (!p.children().isEmpty()) {
                Node n = Fabric.ID.equals(p.id()) ? replica.fabric() : replica.find(p.id()).orElseThrow();
                List<List<Node>> now = childLists(n);
                for (int i = 0; i < now.size(); i++) {
                    order(replica, n, now.get(i), p.children().get(i));
                }
            }
        }
    }

    /** Puts {@code container}'s children of one kind in the order {@code want} (ids) gives, dropping any others. */
    private static void order(Project replica, Node container, List<Node> have, List<String> want) {
        boolean same = have.size() == want.size();
        for (int i = 0; same && i < have.size(); i++) {
            same = have.get(i).id().equals(want.get(i));
        }
        if (same) {
            return;
        }
        List<Node> wanted = new ArrayList<>(want.size());
        for (String id : want) {
            Node n = replica.find(id).orElseThrow(() -> new OutOfStepException(container.id() + " holds " + id
                    + " in the design, but the analysis's copy has no such node"));
            wanted.add(n);
        }
        for (Node n : have) {
            detach(n);
        }
        for (Node n : wanted) {
            if (n.parent() != null) {
                detach(n);
            }
            attach(replica, n, container.id(), -1);
        }
    }

    private static void attach(Project replica, Node n, String parentId, int index) {
        if (n instanceof Pod pod) {
            replica.addPod(index, pod);
            return;
        }
        Node parent = parentId == null ? null : Fabric.ID.equals(parentId) ? replica.fabric() : replica.find(parentId).orElse(null);
        if (n instanceof Component c && parent instanceof Chassis ch) {
            ch.addComponent(index, c);
        } else if (n instanceof Chassis c && parent instanceof Rack r) {
            r.addChassis(index, c);
        } else if (n instanceof Rack r && parent instanceof Container box) {
            box.addRack(index, r);
        } else if (n instanceof Link l && parent instanceof Container box) {
            box.addLink(index, l);
        } else if (n instanceof LinkPattern lp && parent instanceof Fabric f) {
            f.addPattern(index, lp);
        } else {
            throw new OutOfStepException(n.id() + " belongs under " + parentId + ", which the analysis's copy does not have");
        }
    }

    private static void detach(Node n) {
        if (n instanceof Pod pod) {
            pod.project().removePod(pod);
        } else if (n instanceof Component c) {
            c.chassis().removeComponent(c);
        } else if (n instanceof Chassis c) {
            c.rack().removeChassis(c);
        } else if (n instanceof Rack r) {
            r.owner().removeRack(r);
        } else if (n instanceof Link l) {
            l.owner().removeLink(l);
        } else if (n instanceof LinkPattern lp) {
            lp.fabric().removePattern(lp);
        }
    }

    /** Where {@code n} stands among its siblings of its kind (pods: in the project); -1 for the fabric. */
    private static int indexIn(Project live, Node n, Map<Node, Map<Node, Integer>> cache) {
        if (n instanceof Fabric) {
            return -1;
        }
        Node key = n.parent() == null ? live.fabric() : n.parent(); // pods: keyed on the fabric, which is no pod's parent
        Map<Node, Integer> m = cache.get(key);
        if (m == null || !m.containsKey(n)) {
            m = m == null ? new IdentityHashMap<>() : m;
            List<? extends Node> sibs = siblings(live, n);
            for (int i = 0; i < sibs.size(); i++) {
                m.put(sibs.get(i), i);
            }
            cache.put(key, m);
        }
        return m.getOrDefault(n, -1);
    }

    /** The list {@code n} stands in: the project's pods, or its parent's racks, links, patterns, chassis or components. */
    private static List<? extends Node> siblings(Project p, Node n) {
        if (n instanceof Pod) {
            return p.pods();
        } else if (n instanceof Component c) {
            return c.chassis().components();
        } else if (n instanceof Chassis c) {
            return c.rack().chassis();
        } else if (n instanceof Rack r) {
            return r.owner().racks();
        } else if (n instanceof Link l) {
            return l.owner().links();
        } else if (n instanceof LinkPattern lp) {
            return lp.fabric().patterns();
        }
        return List.of();
    }

    /** Parents before children: pods and the fabric, racks and patterns, chassis, components, then links. */
    private static int depth(Node n) {
        if (n instanceof Pod || n instanceof Fabric) {
            return 0;
        } else if (n instanceof Rack || n instanceof LinkPattern) {
            return 1;
        } else if (n instanceof Chassis) {
            return 2;
        } else if (n instanceof Component) {
            return 3;
        }
        return 4;
    }

    private static List<List<String>> children(Node n) {
        List<List<Node>> lists = childLists(n);
        List<List<String>> out = new ArrayList<>(lists.size());
        for (List<Node> l : lists) {
            List<String> ids = new ArrayList<>(l.size());
            for (Node c : l) {
                ids.add(c.id());
            }
            out.add(ids);
        }
        return out;
    }

    /** A node's children, one list per kind (a fabric: racks, links, patterns; a pod: racks, links). */
    private static List<List<Node>> childLists(Node n) {
        if (n instanceof Fabric f) {
            return List.of(new ArrayList<>(f.racks()), new ArrayList<>(f.links()), new ArrayList<>(f.patterns()));
        } else if (n instanceof Pod p) {
            return List.of(new ArrayList<>(p.racks()), new ArrayList<>(p.links()));
        } else if (n instanceof Rack r) {
            return List.of(new ArrayList<>(r.chassis()));
        } else if (n instanceof Chassis c) {
            return List.of(new ArrayList<>(c.components()));
        }
        return List.of();
    }

    /** The replica does not match the design the patch was taken from; take a fresh copy instead. */
    public static final class OutOfStepException extends IllegalStateException {
        public OutOfStepException(String message) {
            super(message);
        }
    }
}
