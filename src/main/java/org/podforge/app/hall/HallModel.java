package org.podforge.app.hall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.FabricCables;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.MeshWiring;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.RailWiring;
import org.podforge.rules.Compatibility;

/**
 * What the hall view draws, computed once per design revision without JavaFX: every rack place in the hall
 * (each rack of each pod replica, placed by the pod's {@link org.podforge.model.ReplicaLayout}, and each
 * network rack of the fabric), the blocks that stand for a whole pod replica at overview zoom, and the
 * cross-pod cables bundled per pair of places with a count.
 *
 * <p>Counts come from the wiring patterns' parameters (rails x servers per leaf, switch pairs x links per
 * pair), never from one object per cable: a 131,072-GPU cluster gives a few thousand bundles. Only when the
 * fabric also holds hand-made links (which replace a pattern's cable at the same port) are the patterns
 * streamed once through {@link FabricCables#forEach}, so that the counts stay exact; nothing per cable is kept.
 *
 * <p>World coordinates: a rack place is {@link #RACK_W} wide and {@link #RACK_D} deep; rows are
 * {@link #ROW_PITCH} apart (the aisle between them).
 */
public final class HallModel {
    public static final double RACK_W = 24;
    public static final double RACK_D = 40;
    public static final double ROW_PITCH = 72;

    /** What a place is: a rack of a pod replica, or a network rack of the fabric. */
    public enum Kind { POD_RACK, NETWORK_RACK }

    /**
     * One rack in the hall.
     *
     * @param block   index into {@link #blocks()} of the pod replica it belongs to, or -1 for a network rack
     * @param rackId  the rack's id (the design's rack for a pod replica)
     * @param replica the replica (from 0), or -1 for a network rack
     */
    public record Place(Kind kind, int row, int position, String rackId, String label, int replica, int block) {
        public double x() {
            return position * RACK_W;
        }

        public double y() {
            return row * ROW_PITCH;
        }
    }

    /**
     * One pod replica at overview zoom: the box around its racks.
     *
     * @param podId   the pod design
     * @param replica replica index from 0 (-1 when the replicas share the design's places: a file without layout)
     */
    public record Block(String podId, String label, int replica, double x, double y, double w, double h) {
    }

    /**
     * The cables between two places (or two blocks), bundled: one line with a count. {@code a < b}.
     */
    public record Bundle(int a, int b, long cables, double minGbps, double maxGbps) {
        public Bundle(int a, int b, long cables) {
            this(a, b, cables, Double.NaN, Double.NaN);
        }

        /** True when every cable's speed is known and the same. */
        public boolean uniformSpeed() {
            return !Double.isNaN(minGbps) && Math.abs(maxGbps - minGbps) < 1e-9;
        }
    }

    private final List<Place> places;
    private final List<Block> blocks;
    private final List<Bundle> rackBundles;
    private final List<Bundle> blockBundles;
    private final int[] blockOfPlace;
    private final int networkPlaceBase;
    private final long fabricCables;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    private HallModel(List<Place> places, List<Block> blocks, List<Bundle> rackBundles, List<Bundle> blockBundles, int[] blockOfPlace,
                      int networkPlaceBase, long fabricCables) {
        this.places = places;
        this.blocks = blocks;
        this.rackBundles = rackBundles;
        this.blockBundles = blockBundles;
        this.blockOfPlace = blockOfPlace;
        this.networkPlaceBase = networkPlaceBase;
        this.fabricCables = fabricCables;
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Place p : places) {
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x() + RACK_W);
            y1 = Math.max(y1, p.y() + RACK_D);
        }
        if (places.isEmpty()) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
    }

    public List<Place> places() {
        return places;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Cables bundled per pair of rack places (racks of pod replicas and network racks). */
    public List<Bundle> rackBundles() {
        return rackBundles;
    }

    /**
     * Cables bundled per pair of blocks, for overview zoom: a pod replica is one block; a network rack is its
     * own block (numbered after the pod replicas, see {@link #blockOf(int)}). Cables inside one block are left out.
     */
    public List<Bundle> blockBundles() {
        return blockBundles;
    }

    /** The block of a place: its pod replica's block, or for a network rack {@code blocks().size() + n}. */
    public int blockOf(int place) {
        return blockOfPlace[place];
    }

    /** Index of the first network rack in {@link #places()} (they come after every pod replica's racks). */
    public int networkPlaceBase() {
        return networkPlaceBase;
    }

    /** Every cable of the fabric (hand-made links plus pattern cables), as counted for the bundles. */
    public long fabricCables() {
        return fabricCables;
    }

    public double minX() { return minX; }

    public double minY() { return minY; }

    public double maxX() { return maxX; }

    public double maxY() { return maxY; }

    /** Centre of a bundle end: a place, or (for block bundles) a block or network rack. */
    public double[] centreOfBlockEnd(int blockEnd) {
        if (blockEnd < blocks.size()) {
            Block b = blocks.get(blockEnd);
            return new double[] {b.x() + b.w() / 2, b.y() + b.h() / 2};
        }
        Place p = places.get(networkPlaceBase + blockEnd - blocks.size());
        return new double[] {p.x() + RACK_W / 2, p.y() + RACK_D / 2};
    }

    /** Builds the hall of {@code project}, without cable speeds. */
    public static HallModel of(Project project) {
        return of(project, null);
    }

    /** Builds the hall of {@code project}; with a catalog, each bundle knows its cables' speeds (per direction). */
    public static HallModel of(Project project, Catalog catalog) {
        return new Builder(project, catalog).build();
    }

    /** Cables of one bundle while counting: how many and the range of their speeds (NaN when one is unknown). */
    private static final class Acc {
        long n;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean unknown;

        void add(long count, double gbps) {
            n += count;
            if (Double.isNaN(gbps)) {
                unknown = true;
            } else {
                min = Math.min(min, gbps);
                max = Math.max(max, gbps);
            }
        }

        void add(Acc o) {
            n += o.n;
            unknown |= o.unknown;
            min = Math.min(min, o.min);
            max = Math.max(max, o.max);
        }

        Bundle bundle(int a, int b) {
            boolean none = unknown || min > max;
            return new Bundle(a, b, n, none ? Double.NaN : min, none ? Double.NaN : max);
        }
    }

    private static final class Builder {
        private final Project project;
        private final Catalog catalog;
        private final List<Place> places = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        /** component id -> where it stands: for a pod design, [podIndex, rackIndex]; for the fabric, [-1, place]. */
        private final Map<String, int[]> where = new HashMap<>();
        private final List<Pod> pods;
        private final int[] podBase;
        private final int[] podBlockBase;
        private final int[] podPlacedReplicas;
        private final Map<Long, Acc> pairs = new HashMap<>();
        private int networkBase;
        private long cables;

        Builder(Project project, Catalog catalog) {
            this.project = project;
            this.catalog = catalog;
            this.pods = project.pods();
            podBase = new int[pods.size()];
            podBlockBase = new int[pods.size()];
            podPlacedReplicas = new int[pods.size()];
        }

        HallModel build() {
            placePods();
            placeNetworkRacks();
            countCables();
            List<Bundle> rack = new ArrayList<>(pairs.size());
            Map<Long, Acc> byBlock = new HashMap<>();
            int[] blockOfPlace = new int[places.size()];
            for (int i = 0; i < places.size(); i++) {
                Place p = places.get(i);
                blockOfPlace[i] = p.block() >= 0 ? p.block() : blocks.size() + (i - networkBase);
            }
            for (Map.Entry<Long, Acc> e : pairs.entrySet()) {
                int a = (int) (e.getKey() >>> 32);
                int b = (int) (long) e.getKey();
                rack.add(e.getValue().bundle(a, b));
                int ba = blockOfPlace[a];
                int bb = blockOfPlace[b];
                if (ba != bb) {
                    byBlock.computeIfAbsent(key(ba, bb), k -> new Acc()).add(e.getValue());
                }
            }
            List<Bundle> block = new ArrayList<>(byBlock.size());
            byBlock.forEach((k, v) -> block.add(v.bundle((int) (k >>> 32), (int) (long) k)));
            java.util.Comparator<Bundle> order = java.util.Comparator.comparingInt(Bundle::a).thenComparingInt(Bundle::b);
            rack.sort(order);
            block.sort(order);
            return new HallModel(List.copyOf(places), List.copyOf(blocks), List.copyOf(rack), List.copyOf(block), blockOfPlace, networkBase,
                    cables);
        }

        private void placePods() {
            for (int pi = 0; pi < pods.size(); pi++) {
                Pod pod = pods.get(pi);
                List<Rack> racks = pod.racks();
                for (int ri = 0; ri < racks.size(); ri++) {
                    for (Chassis c : racks.get(ri).chassis()) {
                        for (Component comp : c.components()) {
                            where.put(comp.id(), new int[] {pi, ri});
                        }
                    }
                }
                // without a layout every replica stands on the design's places: draw them once, as "x N"
                int placed = pod.layout() == null ? 1 : Math.max(1, pod.replicas());
                podPlacedReplicas[pi] = placed;
                podBase[pi] = places.size();
                podBlockBase[pi] = blocks.size();
                String name = pod.label();
                for (int r = 0; r < placed; r++) {
                    int blockIndex = blocks.size();
                    int replica = pod.layout() == null ? -1 : r;
                    double x0 = Double.MAX_VALUE;
                    double y0 = Double.MAX_VALUE;
                    double x1 = -Double.MAX_VALUE;
                    double y1 = -Double.MAX_VALUE;
                    for (Rack rack : racks) {
                        int row = pod.rowOf(rack, Math.max(0, r));
                        int pos = pod.positionOf(rack, Math.max(0, r));
                        Place p = new Place(Kind.POD_RACK, row, pos, rack.id(), rack.label(), replica, blockIndex);
                        places.add(p);
                        x0 = Math.min(x0, p.x());
                        y0 = Math.min(y0, p.y());
                        x1 = Math.max(x1, p.x() + RACK_W);
                        y1 = Math.max(y1, p.y() + RACK_D);
                    }
                    if (racks.isEmpty()) {
                        continue;
                    }
                    String label = replica < 0
                            ? (pod.replicas() > 1 ? name + " \u00d7" + pod.replicas() : name)
                            : (pod.replicas() > 1 ? name + " @" + r : name);
                    blocks.add(new Block(pod.id(), label, replica, x0, y0, x1 - x0, y1 - y0));
                }
            }
        }

        private void placeNetworkRacks() {
            networkBase = places.size();
            Fabric f = project.fabric();
            for (Rack rack : f.racks()) {
                int place = places.size();
                places.add(new Place(Kind.NETWORK_RACK, rack.row(), rack.position(), rack.id(), rack.label(), -1, -1));
                for (Chassis c : rack.chassis()) {
                    for (Component comp : c.components()) {
                        where.put(comp.id(), new int[] {-1, place});
                    }
                }
            }
        }

        private String partOf(PortRef r) {
            return project.component(r.componentId()).map(Component::partNumber).orElse("?");
        }

        /** The place of a port end, or -1 when it names nothing in the hall. */
        private int placeOf(String componentId, int replica) {
            int[] w = where.get(componentId);
            if (w == null) {
                return -1;
            }
            if (w[0] < 0) {
                return w[1];
            }
            return placeOfPodRack(w[0], w[1], replica);
        }

        private int placeOfPodRack(int podIndex, int rackIndex, int replica) {
            int perReplica = pods.get(podIndex).racks().size();
            int r = Math.min(Math.max(0, replica), podPlacedReplicas[podIndex] - 1);
            return podBase[podIndex] + r * perReplica + rackIndex;
        }

        private void add(int a, int b, long n, double gbps) {
            if (a < 0 || b < 0 || a == b || n <= 0) {
                return;
            }
            pairs.computeIfAbsent(key(a, b), k -> new Acc()).add(n, gbps);
        }

        /** Speed of one cable between two ports (per direction), NaN without a catalog or when the ports say nothing. */
        private double gbps(PortRef a, PortRef b, int lanes) {
            if (catalog == null) {
                return Double.NaN;
            }
            return Compatibility.linkGbps(port(a.componentId(), a.port()), port(b.componentId(), b.port()), lanes, Double.NaN);
        }

        private Port port(String componentId, String portName) {
            Component c = project.component(componentId).orElse(null);
            Part part = c == null ? null : catalog.find(c.partNumber()).orElse(null);
            return part == null ? null : part.port(portName).orElse(null);
        }

        /** Speed of a pattern's cables, from its first cable's two ports (a pattern's ends are alike). */
        private double patternGbps(LinkPattern lp) {
            if (lp.wiring() instanceof RailWiring rw) {
                PortRef a = rw.rails().get(0).get(0);
                return rw.leaves().isEmpty() ? Double.NaN
                        : gbps(a, new PortRef(rw.leaves().get(0), rw.leafPortPrefix() + rw.leafFirstPort()), lp.lanes());
            } else if (lp.wiring() instanceof MeshWiring mw) {
                return gbps(new PortRef(mw.lower().get(0), mw.lowerPortPrefix() + mw.lowerFirstPort()),
                        new PortRef(mw.upper().get(0), mw.upperPortPrefix() + mw.upperFirstPort()), lp.lanes());
            }
            return Double.NaN;
        }

        private void countCables() {
            Fabric f = project.fabric();
            if (!f.links().isEmpty() && !f.patterns().isEmpty()) {
                // hand-made links replace pattern cables at their ports: stream once so the counts stay exact
                Map<String, Double> speeds = new HashMap<>();
                FabricCables.forEach(project, c -> {
                    cables++;
                    double g = speeds.computeIfAbsent(c.lanes() + "|" + partOf(c.a()) + "/" + c.a().port() + "|" + partOf(c.b()) + "/" + c.b().port(),
                            k -> gbps(c.a(), c.b(), c.lanes()));
                    add(placeOf(c.a().componentId(), c.a().replica()), placeOf(c.b().componentId(), c.b().replica()), 1, g);
                });
                return;
            }
            for (Link l : f.links()) {
                cables++;
                add(placeOf(l.a().componentId(), l.a().replica()), placeOf(l.b().componentId(), l.b().replica()), 1, gbps(l.a(), l.b(), l.lanes()));
            }
            for (LinkPattern lp : f.patterns()) {
                cables += lp.wiring().count(project);
                double g = patternGbps(lp);
                if (lp.wiring() instanceof RailWiring rw) {
                    countRails(rw, g);
                } else if (lp.wiring() instanceof MeshWiring mw) {
                    countMesh(mw, g);
                }
            }
        }

        /** Rail i of replica r goes to leaf(unit of r, i): per rail, how many of its ports stand in each design rack. */
        private void countRails(RailWiring rw, double gbps) {
            int pi = pods.indexOf(project.pod(rw.podId()).orElse(null));
            if (pi < 0) {
                return;
            }
            int rackCount = pods.get(pi).racks().size();
            List<List<PortRef>> rails = rw.rails();
            int[][] perRack = new int[rails.size()][rackCount];
            for (int i = 0; i < rails.size(); i++) {
                for (PortRef ref : rails.get(i)) {
                    int[] w = where.get(ref.componentId());
                    if (w != null && w[0] == pi) {
                        perRack[i][w[1]]++;
                    }
                }
            }
            int n = rw.wiredReplicas(project);
            for (int r = 0; r < n; r++) {
                int unit = r / rw.replicasPerUnit();
                for (int i = 0; i < rails.size(); i++) {
                    int leaf = placeOf(rw.leaf(unit, i), 0);
                    for (int k = 0; k < rackCount; k++) {
                        add(placeOfPodRack(pi, k, r), leaf, perRack[i][k], gbps);
                    }
                }
            }
        }

        /** Every lower switch of a group joins every upper switch of its group with linksPerPair cables. */
        private void countMesh(MeshWiring mw, double gbps) {
            int m = mw.lowerPerGroup();
            int n = mw.upperPerGroup();
            int[] lower = new int[mw.lower().size()];
            int[] upper = new int[mw.upper().size()];
            for (int i = 0; i < lower.length; i++) {
                lower[i] = placeOf(mw.lower().get(i), 0);
            }
            for (int i = 0; i < upper.length; i++) {
                upper[i] = placeOf(mw.upper().get(i), 0);
            }
            for (int g = 0; g < mw.groups(); g++) {
                for (int a = 0; a < m; a++) {
                    for (int b = 0; b < n; b++) {
                        add(lower[g * m + a], upper[g * n + b], mw.linksPerPair(), gbps);
                    }
                }
            }
        }
    }

    private static long key(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return ((long) lo << 32) | (hi & 0xffffffffL);
    }

    /** For tests: the place indices of a rack of a pod replica (design rack id, replica) or network rack id. */
    public int placeIndex(String rackId, int replica) {
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            if (p.rackId().equals(rackId) && (p.kind() == Kind.NETWORK_RACK || p.replica() == replica || p.replica() < 0)) {
                return i;
            }
        }
        return -1;
    }

    /** Bundled cables between two places (0 when none). */
    public long cablesBetween(int a, int b) {
        for (Bundle bu : rackBundles) {
            if (bu.a() == Math.min(a, b) && bu.b() == Math.max(a, b)) {
                return bu.cables();
            }
        }
        return 0;
    }
}
