package org.podforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A pod design: racks of chassis and the links between their components, deployed {@link #replicas()} times
 * ("deploy this pod 16 times"). Its links join components of this design and are the same in every replica;
 * links that leave the pod, or concern one replica only, belong to the {@link Fabric}. Where the replicas
 * stand in the hall is a rule, {@link #layout()}.
 */
public final class Pod extends Node implements Container {
    private int replicas;
    private ReplicaLayout layout;
    private final List<Rack> racks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final java.util.Map<String, TopologyPoint> topology = new java.util.TreeMap<>();
    Project project;

    /** Where the user placed a component's node in the topology view (a view hint; no rule reads it). */
    public record TopologyPoint(double x, double y) {
        public TopologyPoint {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("a topology position needs finite x and y, not " + x + ", " + y);
            }
        }
    }

    public Pod(String id, String name, int replicas) {
        super(id, name);
        this.replicas = replicas;
    }

    public int replicas() {
        return replicas;
    }

    public void setReplicas(int replicas) {
        this.replicas = replicas;
        changed();
    }

    /** Where the replicas stand, or null: every replica at the design's own rack places (files of schema 1). */
    public ReplicaLayout layout() {
        return layout;
    }

    public void setLayout(ReplicaLayout layout) {
        this.layout = layout;
        changed();
    }

    /** Topology-view positions the user chose, by component id (components not listed are laid out automatically). */
    public java.util.Map<String, TopologyPoint> topologyPositions() {
        return Collections.unmodifiableMap(topology);
    }

    /** Sets (or with null clears) the topology-view position of a component. */
    public void setTopologyPosition(String componentId, TopologyPoint at) {
        if (at == null) {
            topology.remove(componentId);
        } else {
            topology.put(componentId, at);
        }
        changed();
    }

    /** The hall row of {@code rack} (of this pod) in replica {@code replica} ({@link PortRef#DESIGN}: the design). */
    public int rowOf(Rack rack, int replica) {
        return layout == null || replica <= 0 ? rack.row() : rack.row() + layout.rowOffset(replica);
    }

    /** The position in its row of {@code rack} (of this pod) in replica {@code replica}. */
    public int positionOf(Rack rack, int replica) {
        return layout == null || replica <= 0 ? rack.position() : rack.position() + layout.positionOffset(replica);
    }

    @Override
    public List<Rack> racks() {
        return Collections.unmodifiableList(racks);
    }

    @Override
    public void addRack(int index, Rack r) {
        if (r.owner != null) {
            throw new IllegalStateException(r + " is already in " + r.owner.id());
        }
        racks.add(index < 0 || index > racks.size() ? racks.size() : index, r);
        r.owner = this;
        attachedChild(r);
    }

    @Override
    public int removeRack(Rack r) {
        int i = racks.indexOf(r);
        if (i < 0) {
            throw new IllegalStateException(r + " is not in " + this);
        }
        detachingChild(r);
        racks.remove(i);
        r.owner = null;
        return i;
    }

    @Override
    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    @Override
    public void addLink(int index, Link l) {
        if (l.owner != null) {
            throw new IllegalStateException(l + " is already in " + l.owner.id());
        }
        links.add(index < 0 || index > links.size() ? links.size() : index, l);
        l.owner = this;
        attachedChild(l);
    }

    @Override
    public int removeLink(Link l) {
        int i = links.indexOf(l);
        if (i < 0) {
            throw new IllegalStateException(l + " is not in " + this);
        }
        detachingChild(l);
        links.remove(i);
        l.owner = null;
        return i;
    }

    /** Every chassis of every rack of this pod. */
    public List<Chassis> allChassis() {
        List<Chassis> out = new ArrayList<>();
        for (Rack r : racks) {
            out.addAll(r.chassis());
        }
        return out;
    }

    /** Every component of this pod. */
    public List<Component> allComponents() {
        List<Component> out = new ArrayList<>();
        for (Rack r : racks) {
            for (Chassis c : r.chassis()) {
                out.addAll(c.components());
            }
        }
        return out;
    }

    @Override
    public Node parent() {
        return null;
    }

    @Override
    public Project project() {
        return project;
    }
}
