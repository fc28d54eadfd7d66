package org.podforge.rules;

import java.util.Locale;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Container;
import org.podforge.model.Fabric;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Where a finding stands in the hierarchy (decision 0019): a pod design, checked once for all its replicas
 * ("x 2,048 replicas"); one replica, where the scale-out wiring makes it differ (a hand-made fabric link at a port
 * of replica 5 names {@code @5}); the scale-out network (network racks, switches, patterns and cross-pod links); or
 * the design as a whole (no subjects, or subjects in several pod designs). Computed from the finding's subjects, so
 * every output (CLI, workbook, Problems tab) says the same.
 *
 * @param podId    the pod design (POD, REPLICA), else null
 * @param podLabel its name
 * @param replicas the copies the finding stands for: the pod's replicas for POD, 1 otherwise
 * @param replica  the replica (from 0, as the file writes {@code @N}) for REPLICA, else -1
 */
public record FindingScope(Level level, String podId, String podLabel, int replicas, int replica) {

    /** The levels, top-down. */
    public enum Level {
        DESIGN("design"), POD("pod"), REPLICA("replica"), NETWORK("network");

        private final String key;

        Level(String key) {
            this.key = key;
        }

        /** The lower-case name JSON and CSV outputs use. */
        public String key() {
            return key;
        }
    }

    public static final FindingScope DESIGN = new FindingScope(Level.DESIGN, null, null, 1, -1);
    public static final FindingScope NETWORK = new FindingScope(Level.NETWORK, null, null, 1, -1);

    /** Where {@code f} stands in {@code p} (subjects no longer in the design are ignored). */
    public static FindingScope of(Project p, Finding f) {
        Pod pod = null;
        boolean network = false;
        boolean several = false;
        FindingScope replica = null;
        for (String id : f.subjects()) {
            Node n = p.find(id).orElse(null);
            if (n == null) {
                continue;
            }
            if (n instanceof Link l && l.owner() instanceof Fabric) {
                network = true;
                FindingScope r = replicaOf(p, l.a());
                replica = replica != null ? replica : r != null ? r : replicaOf(p, l.b());
                continue;
            }
            Container c = containerOf(n);
            if (c instanceof Fabric || n instanceof Fabric || n instanceof LinkPattern) {
                network = true;
            } else if (c instanceof Pod cp) {
                several |= pod != null && pod != cp;
                pod = pod == null ? cp : pod;
            }
        }
        if (replica != null) {
            return replica;
        }
        if (network) {
            return NETWORK;
        }
        if (pod == null || several) {
            return DESIGN;
        }
        return new FindingScope(Level.POD, pod.id(), pod.label(), pod.replicas(), -1);
    }

    private static FindingScope replicaOf(Project p, PortRef end) {
        if (!end.addressesReplica()) {
            return null;
        }
        Component c = p.component(end.componentId()).orElse(null);
        Container owner = c == null || c.chassis() == null || c.chassis().rack() == null ? null : c.chassis().rack().owner();
        if (owner instanceof Pod pod && pod.replicas() > 1) {
            return new FindingScope(Level.REPLICA, pod.id(), pod.label(), 1, end.replica());
        }
        return null;
    }

    private static Container containerOf(Node n) {
        if (n instanceof Pod pod) {
            return pod;
        }
        if (n instanceof Rack r) {
            return r.owner();
        }
        if (n instanceof Chassis ch) {
            return ch.rack() == null ? null : ch.rack().owner();
        }
        if (n instanceof Component c) {
            return c.chassis() == null || c.chassis().rack() == null ? null : c.chassis().rack().owner();
        }
        if (n instanceof Link l) {
            return l.owner();
        }
        return null;
    }

    /** "Pod 1 x 2,048 replicas", "Pod 1" (deployed once), "Pod 1 replica @5", "scale-out network" or "design". */
    public String label() {
        return switch (level) {
            case POD -> replicas > 1 ? String.format(Locale.ROOT, "%s x %,d replicas", podLabel, replicas) : podLabel;
            case REPLICA -> podLabel + " replica @" + replica;
            case NETWORK -> "scale-out network";
            case DESIGN -> "design";
        };
    }
}
