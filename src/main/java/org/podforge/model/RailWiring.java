package org.podforge.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rail-optimized access wiring: rail {@code i} of every server of every replica of a pod goes to leaf
 * {@code i} of the replica's scalable unit. Replicas {@code 0 .. replicasPerUnit-1} form unit 0, the next
 * {@code replicasPerUnit} unit 1, and so on; the leaf of unit {@code u} and rail {@code i} is
 * {@code leaves[u * rails + i]}. On a leaf, the cable from replica {@code r}, server {@code s} of the rail
 * uses port {@code leafPortPrefix + (leafFirstPort + ((r % replicasPerUnit) * railSize + s) / leafLegs)}: with
 * {@code leafLegs} 1 every cable has its own leaf port; with 2 (a twin-port 800G module feeding two 400G NICs) or 4
 * (four 200G NICs over 1:2 splitters) that many consecutive cables share one leaf port through a breakout.
 *
 * @param podId           the replicated pod design
 * @param rails           per rail, the design's ports on it, one per server, in server order
 * @param leaves          leaf switch components of the fabric, unit by unit, rail by rail
 * @param replicasPerUnit replicas per scalable unit (at least 1)
 * @param leafPortPrefix  leaf port name before the number ({@code port-})
 * @param leafFirstPort   number of the first down port on a leaf
 * @param leafLegs        cables per leaf port (1: none shared; 2 or 4: a breakout at the leaf)
 */
public record RailWiring(String podId, List<List<PortRef>> rails, List<String> leaves, int replicasPerUnit,
                         String leafPortPrefix, int leafFirstPort, int leafLegs) implements Wiring {
    /** A rail pattern without breakouts: every cable has its own leaf port. */
    public RailWiring(String podId, List<List<PortRef>> rails, List<String> leaves, int replicasPerUnit, String leafPortPrefix,
                      int leafFirstPort) {
        this(podId, rails, leaves, replicasPerUnit, leafPortPrefix, leafFirstPort, 1);
    }

    public RailWiring {
        if (leafLegs < 1) {
            throw new IllegalArgumentException("at least 1 cable per leaf port, not " + leafLegs);
        }
        rails = rails.stream().map(List::copyOf).toList();
        leaves = List.copyOf(leaves);
        if (rails.isEmpty()) {
            throw new IllegalArgumentException("a rail pattern has at least one rail");
        }
        for (List<PortRef> rail : rails) {
            if (rail.isEmpty()) {
                throw new IllegalArgumentException("a rail has at least one port");
            }
            for (PortRef r : rail) {
                if (r.addressesReplica()) {
                    throw new IllegalArgumentException("rail port " + r + " names a replica; rails name the pod design's ports");
                }
            }
        }
        if (replicasPerUnit < 1) {
            throw new IllegalArgumentException("a scalable unit holds at least 1 replica, not " + replicasPerUnit);
        }
        if (leafFirstPort < 0) {
            throw new IllegalArgumentException("port numbers are not negative: " + leafFirstPort);
        }
    }

    /** Scalable units needed for the pod's replicas. */
    public int units(Project p) {
        int n = replicas(p);
        return (n + replicasPerUnit - 1) / replicasPerUnit;
    }

    /** The leaf for unit {@code u} and rail {@code i}. */
    public String leaf(int unit, int rail) {
        return leaves.get(unit * rails.size() + rail);
    }

    private int replicas(Project p) {
        return p.pod(podId).map(Pod::replicas).orElse(0);
    }

    /**
     * Replicas the named leaves can take: the pod's replicas, or fewer when the pattern names too few leaves
     * (then {@link #problems} says so and the cables of the replicas without a leaf are not there).
     */
    public int wiredReplicas(Project p) {
        int byLeaves = (leaves.size() / rails.size()) * replicasPerUnit;
        return Math.min(replicas(p), byLeaves);
    }

    @Override
    public long count(Project p) {
        long perReplica = 0;
        for (List<PortRef> rail : rails) {
            perReplica += rail.size();
        }
        return perReplica * wiredReplicas(p);
    }

    @Override
    public void forEach(Project p, CableSink out) {
        int n = wiredReplicas(p);
        // a leaf port's name depends only on (slot * rail size + server) / legs: made once, not once per cable
        int widest = 0;
        for (List<PortRef> rail : rails) {
            widest = Math.max(widest, rail.size());
        }
        int slots = Math.min(replicasPerUnit, n);
        String[] leafPorts = Wiring.portNames(leafPortPrefix, leafFirstPort, slots == 0 ? 0 : ((slots * widest) - 1) / leafLegs + 1);
        long index = 0;
        for (int r = 0; r < n; r++) {
            int unit = r / replicasPerUnit;
            int slot = r % replicasPerUnit;
            for (int i = 0; i < rails.size(); i++) {
                List<PortRef> rail = rails.get(i);
                String leaf = leaf(unit, i);
                for (int s = 0; s < rail.size(); s++) {
                    PortRef a = rail.get(s).onReplica(r);
                    PortRef b = new PortRef(leaf, leafPorts[(slot * rail.size() + s) / leafLegs]);
                    out.cable(index++, a, b);
                }
            }
        }
    }

    /** The leaf port (name) of the cable from slot {@code slot} of a unit, server {@code server} of a rail of {@code railSize}. */
    public String leafPort(int slot, int railSize, int server) {
        return leafPortPrefix + (leafFirstPort + (slot * railSize + server) / leafLegs);
    }

    @Override
    public void portUse(Project p, PortUseSink out) {
        int n = wiredReplicas(p);
        int units = (n + replicasPerUnit - 1) / replicasPerUnit;
        for (int u = 0; u < units; u++) {
            int inUnit = Math.min(replicasPerUnit, n - u * replicasPerUnit);
            for (int i = 0; i < rails.size(); i++) {
                int cables = inUnit * rails.get(i).size();
                out.use(leaf(u, i), leafPortPrefix, leafFirstPort, (cables + leafLegs - 1) / leafLegs, false, cables);
            }
        }
    }

    @Override
    public Set<String> componentIds() {
        Set<String> ids = new LinkedHashSet<>();
        rails.forEach(rail -> rail.forEach(r -> ids.add(r.componentId())));
        ids.addAll(leaves);
        return ids;
    }

    /** Leaves the pod's replicas need beyond those the pattern names (0 when it names enough). */
    public int missingLeaves(Project p) {
        return Math.max(0, units(p) * rails.size() - leaves.size());
    }

    @Override
    public List<String> problems(Project p) {
        List<String> out = referenceProblems(p);
        Pod pod = p.pod(podId).orElse(null);
        if (pod != null && missingLeaves(p) > 0) {
            out.add(String.format(Locale.ROOT, "%d replicas in units of %d with %d rails need %d leaves; the pattern names %d",
                    pod.replicas(), replicasPerUnit, rails.size(), units(p) * rails.size(), leaves.size()));
        }
        return out;
    }

    @Override
    public List<String> referenceProblems(Project p) {
        List<String> out = new ArrayList<>();
        Pod pod = p.pod(podId).orElse(null);
        if (pod == null) {
            out.add("names pod '" + podId + "', which is not in the project");
            return out;
        }
        for (List<PortRef> rail : rails) {
            for (PortRef r : rail) {
                Component c = p.component(r.componentId()).orElse(null);
                if (c == null || c.chassis() == null || c.chassis().rack() == null || c.chassis().rack().pod() != pod) {
                    out.add("rail port " + r + " names a component that is not in pod " + podId);
                }
            }
        }
        for (String leaf : leaves) {
            Component c = p.component(leaf).orElse(null);
            if (c == null || c.chassis() == null || c.chassis().rack() == null || c.chassis().rack().pod() != null) {
                out.add("leaf '" + leaf + "' is not a switch in a network rack of the fabric");
            }
        }
        return out;
    }

    @Override
    public String describe(Project p) {
        return String.format(Locale.ROOT, "%s of %s x %s to leaves, %s per unit: %s%s", Plural.of(rails.size(), "rail"), podId,
                Plural.of(replicas(p), "replica"), Plural.of(replicasPerUnit, "replica"), Plural.of(count(p), "cable"),
                leafLegs == 1 ? "" : ", " + leafLegs + " per leaf port (breakout)");
    }

    @Override
    public List<PortRef> endRefs(boolean low) {
        List<PortRef> refs = new ArrayList<>();
        if (low) {
            rails.forEach(refs::addAll);
        } else {
            leaves.forEach(id -> refs.add(new PortRef(id, leafPortPrefix + leafFirstPort)));
        }
        return refs;
    }
}
