package org.podforge.service.live;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

/**
 * How far one patch can reach beyond the nodes it names, worked out by comparing those nodes in the replica before
 * and after the patch (decision 0036). A node's <em>shape</em> is everything about it except where it stands: its
 * kind, name, parent, part, slot, settings and children, but not a chassis's U, a rack's place in the hall, a pod's
 * replica layout or topology positions. From the shapes:
 * <ul>
 *   <li>the pod designs whose BOM no longer holds: those holding a node whose shape changed (a link: also the pods
 *       at its ends, whose parts it connects). A move inside a rack changes no shape, so no pod is recounted.</li>
 *   <li>whether the network level (fabric rules, network racks, the fabric's BOM) can see the patch: it reads the
 *       fabric, the patterns, the hand-made fabric links, and of the pod designs only which parts sit where (the ends
 *       patterns name, the servers' NICs and GPUs) and how many replicas there are. A patch reaches it when it names
 *       anything in the fabric, or changes the shape of anything that is not a link inside one pod design.</li>
 * </ul>
 * When in doubt (an unknown node kind) it says "reaches everything". Not thread-safe; one per patch.
 */
final class EditReach {
    /**
     * One named node before the patch: its shape (null: a pattern, the fabric or an unknown kind, never "unchanged"),
     * the pods it stands in, whether it is at the network level, and whether it is absent or a link inside one pod.
     */
    private record Was(String shape, Set<String> pods, boolean network, boolean podLocal) {
    }

    private final Map<String, Was> before = new HashMap<>();
    private final Set<String> stalePods = new LinkedHashSet<>();
    private boolean network;
    private boolean allPods;

    private EditReach() {
    }

    /** Records the named nodes of {@code replica} before a patch is written into it. */
    static EditReach before(Project replica, Set<String> ids) {
        EditReach r = new EditReach();
        for (String id : ids) {
            Node n = find(replica, id);
            r.before.put(id, new Was(shape(n), podsOf(replica, n), networkLevel(replica, n), podLocal(replica, n)));
        }
        return r;
    }

    /** Compares the named nodes with how they were; {@code all}: the patch changed the project as a whole. */
    EditReach after(Project replica, boolean all) {
        if (all) {
            network = true;
            allPods = true;
        }
        for (Map.Entry<String, Was> e : before.entrySet()) {
            Was was = e.getValue();
            Node n = find(replica, e.getKey());
            String now = shape(n);
            if (was.network() || networkLevel(replica, n)) {
                network = true; // the fabric reads what is in it, even where it stands (a network rack's place and power)
            }
            if (was.shape() == null || now == null) {
                // a pattern or the fabric: pattern ends decide which pod parts count as unconnected
                network = true;
                allPods = true;
                continue;
            }
            if (was.shape().equals(now)) {
                continue; // only where it stands changed
            }
            stalePods.addAll(was.pods());
            stalePods.addAll(podsOf(replica, n));
            if (!was.podLocal() || !podLocal(replica, n)) {
                network = true; // which parts sit where in a pod design, its replicas, a name a finding may quote
            }
            if (was.network() || networkLevel(replica, n)) {
                allPods = true; // a switch or fabric link a pattern end or a pod port depends on: recount every pod
            }
        }
        return this;
    }

    /** True when the network level can see the patch (fabric rules, network racks, the fabric's BOM). */
    boolean network() {
        return network;
    }

    /** True when every pod design's BOM must be recounted. */
    boolean allPods() {
        return allPods;
    }

    /** The pod designs whose BOM no longer holds. */
    Set<String> stalePods() {
        return stalePods;
    }

    private static Node find(Project p, String id) {
        return Fabric.ID.equals(id) ? p.fabric() : p.find(id).orElse(null);
    }

    /** The pods a node stands in: its own, and for a link the pods of its ends. */
    private static Set<String> podsOf(Project p, Node n) {
        Set<String> out = new LinkedHashSet<>(2);
        if (n instanceof Link l) {
            if (l.owner() instanceof Pod pod) {
                out.add(pod.id());
            }
            for (String end : new String[] {l.a().componentId(), l.b().componentId()}) {
                p.component(end).map(EditReach::podOf).ifPresent(out::add);
            }
        } else {
            String pod = podOf(n);
            if (pod != null) {
                out.add(pod);
            }
        }
        return out;
    }

    private static String podOf(Node n) {
        for (Node x = n; x != null; x = x.parent()) {
            if (x instanceof Pod pod) {
                return pod.id();
            }
        }
        return null;
    }

    /** In the fabric (or a pattern, or the fabric itself), or a link that leaves its pod. */
    private static boolean networkLevel(Project p, Node n) {
        if (n == null) {
            return false;
        }
        if (n instanceof Link l) {
            return !local(p, l);
        }
        for (Node x = n; x != null; x = x.parent()) {
            if (x instanceof Fabric || x instanceof LinkPattern || (x instanceof Rack r && !(r.owner() instanceof Pod))) {
                return true;
            }
            if (x instanceof Pod) {
                return false;
            }
        }
        return false;
    }

    /** Absent, or a link inside one pod design: what the network level never reads. */
    private static boolean podLocal(Project p, Node n) {
        return n == null || n instanceof Link l && local(p, l);
    }

    /** A link owned by a pod design whose both ends are components of that pod. */
    private static boolean local(Project p, Link l) {
        Container owner = l.owner();
        if (!(owner instanceof Pod pod)) {
            return false;
        }
        for (String end : new String[] {l.a().componentId(), l.b().componentId()}) {
            Component c = p.component(end).orElse(null);
            if (c == null || !pod.id().equals(podOf(c))) {
                return false;
            }
        }
        return true;
    }

    /** Everything about {@code n} but where it stands; "-" for a node that is not there. */
    static String shape(Node n) {
        if (n == null) {
            return "-";
        }
        if (n instanceof Fabric || n instanceof LinkPattern) {
            return null;
        }
        StringBuilder sb = new StringBuilder(96);
        sb.append(n.getClass().getSimpleName()).append('|').append(n.name()).append('|');
        Node parent = n.parent();
        sb.append(parent == null ? "" : parent.id()).append('|');
        if (n instanceof Component c) {
            sb.append(c.partNumber()).append('|').append(c.slot());
        } else if (n instanceof Chassis ch) {
            sb.append(ch.partNumber());
            ids(ch.components(), sb);
        } else if (n instanceof Rack r) {
            sb.append(r.partNumber()).append('|').append(r.powerBudgetW()).append('|').append(r.cooling());
            ids(r.chassis(), sb);
        } else if (n instanceof Pod p) {
            sb.append(p.replicas());
            ids(p.racks(), sb); // not its links: each link is named itself
        } else if (n instanceof Link l) {
            sb.append(l.a()).append('|').append(l.b()).append('|').append(l.lanes()).append('|').append(l.medium()).append('|')
                    .append(l.cablePart()).append('|').append(l.transceiverPart()).append('|').append(l.transceiverPartB())
                    .append('|').append(l.lengthOverrideM());
        } else {
            return null; // a pattern, the fabric, anything new: never "unchanged"
        }
        return sb.toString();
    }

    private static void ids(List<? extends Node> nodes, StringBuilder sb) {
        sb.append('[');
        for (Node n : nodes) {
            sb.append(n.id()).append(',');
        }
        sb.append(']');
    }
}
