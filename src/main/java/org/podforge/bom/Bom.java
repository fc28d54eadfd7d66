package org.podforge.bom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.catalog.TransceiverUse;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.topology.Unconnected;
import org.podforge.power.PowerModel;
import org.podforge.power.RackPower;
import org.podforge.rules.Thresholds;

/**
 * The bill of materials of a project priced against a price book: one {@link BomLine} per part per pod
 * design, and the roll-ups architects hand to finance — cost per pod, per rack, per GPU, per family and
 * per product line, connectivity-silicon content by product line and vendor, and power per rack and
 * per pod. Unpriced parts are counted and listed, never priced as zero: every cost here is the sum over
 * <em>priced</em> lines, and {@link #unpricedQty()} says how many units it leaves out.
 *
 * <p>Pod designs with exactly the same parts in the same quantities (for example a generated cluster of
 * identical pods) are merged: one set of lines whose pods are the sum of their replicas.
 *
 * <p>What counts: every rack, chassis and component; per link, its cable or smart cable module (one per
 * link) and its transceivers (one at each end; a breakout module such as a twin-port 800G OSFP serves as many
 * links of its port as it has legs, see {@link TransceiverUse}). Board traces (links without a cable part)
 * cost nothing. The scale-out fabric's racks, switches, cables and transceivers are lines of the pod
 * {@link FabricBom#POD_ID} (one copy), counted from its patterns by multiplication ({@link FabricBom});
 * {@link #connectivity()} splits the cost by fabric. Immutable snapshot; build a new one after the project changes.
 */
public final class Bom {

    /** A cost/quantity roll-up under one key (a family, a product line, a vendor). */
    public record Rollup(String name, String vendor, String family, long qty, double cost, long unpricedQty) {
    }

    /**
     * Cost and power of one rack (one copy of its pod): the rack, its chassis and components and the
     * cables and transceivers of links with both ends in the rack. Links between racks are counted in
     * the pod's inter-rack cabling. Power is the rack's {@link RackPower} from {@link PowerModel}, the figure
     * rack.power judges: a chassis' system maximum, else its parts plus the labelled overhead, plus the
     * transceivers and active cables at its ports.
     *
     * @param powerUnknown parts whose power the catalog does not give, with counts (their power is not in powerW)
     * @param budgetW      the rack's power budget (rack override, else the rack part's default, else the default budget)
     * @param power        the full power breakdown of the rack
     */
    public record RackRollup(String podId, String rackId, String rackLabel, String partNumber, double cost,
                             long unpricedQty, double powerW, boolean powerEstimate, Map<String, Long> powerUnknown,
                             Double budgetW, RackPower power) {
    }

    /**
     * One pod design: per copy cost (priced lines only), GPUs, family split, racks and power. Pod designs
     * with exactly the same parts (a generated cluster of identical pods) are merged into one roll-up whose
     * replicas are the sum of theirs and whose {@link #memberPodIds()} lists them; racks are the first's.
     *
     * @param costByFamily family label -> cost in one copy of the pod, in family order
     * @param powerUnknown part -> count of things in one copy whose power is unknown
     */
    public record PodRollup(String podId, String podName, int replicas, long gpusPerPod, double costPerPod,
                            long unpricedQtyPerPod, double siliconCostPerPod, Map<String, Double> costByFamily,
                            List<RackRollup> racks, double interRackCablingCostPerPod, double powerW,
                            boolean powerEstimate, Map<String, Long> powerUnknown, List<String> memberPodIds) {
        public double totalCost() {
            return costPerPod * replicas;
        }

        public long gpus() {
            return gpusPerPod * replicas;
        }

        /** Cost of one copy divided by its GPUs, or null without GPUs. */
        public Double costPerGpu() {
            return gpusPerPod == 0 ? null : costPerPod / gpusPerPod;
        }

        /**
         * Whether this pod design holds more than racks (a chassis, a component, a cable, priced or not). A pod
         * still empty does not count in per-pod averages ({@link Bom#costedPods()}).
         */
        public boolean furnished() {
            return costByFamily.keySet().stream().anyMatch(f -> !f.equals(Family.RACK.label()));
        }
    }

    private final String projectName;
    private final String currency;
    private final String priceBookLabel;
    private final PriceBook priceBook;
    private final List<BomLine> lines;
    private final List<PodRollup> pods;

    private final FabricBom fabric;
    /** Set once by {@link #of}, right after the lines are complete. */
    private ConnectivityCost connectivity;

    private Bom(String projectName, PriceBook priceBook, List<BomLine> lines, List<PodRollup> pods, FabricBom fabric) {
        this.fabric = fabric;
        this.projectName = projectName;
        this.priceBook = priceBook;
        this.currency = priceBook.currency();
        this.priceBookLabel = priceBook.label();
        this.lines = List.copyOf(lines);
        this.pods = List.copyOf(pods);
    }

    // ---- building --------------------------------------------------------------------------------

    /** The BOM with the built-in thresholds (power overhead, default budget); see {@link #of(Project, Catalog, PriceBook, Thresholds)}. */
    public static Bom of(Project project, Catalog catalog, PriceBook prices) {
        return of(project, catalog, prices, Thresholds.builtIn());
    }

    /**
     * Builds the BOM of {@code project}, parts resolved in {@code catalog}, priced with {@code prices}, power per
     * rack from {@link PowerModel} with {@code thresholds} (the project's overrides applied).
     */
    public static Bom of(Project project, Catalog catalog, PriceBook prices, Thresholds thresholds) {
        return of(project, catalog, prices, new PowerModel(project, catalog, thresholds), null);
    }

    /**
     * As {@link #of(Project, Catalog, PriceBook, Thresholds)} with the power of each rack from {@code power}, a model
     * over the same project: an export shares one with its validation, so each rack's figure is worked out once.
     */
    public static Bom of(Project project, Catalog catalog, PriceBook prices, PowerModel power) {
        if (power.project() != project) {
            throw new IllegalArgumentException("the power model reads another project");
        }
        return of(project, catalog, prices, power, null);
    }

    /**
     * What a BOM counts per pod design, kept between builds of one project that changes a little at a time (the
     * app's live analysis, decision 20): {@link #of(Project, Catalog, PriceBook, Parts)} recounts only the pods
     * marked {@link #stale} (and all of them after {@link #staleAll} or with other prices), and adds up the rest.
     * Whoever changes the project marks what the change touched. Not thread-safe.
     */
    public static final class Parts {
        private final Map<String, PodBuilder> byPod = new HashMap<>();
        private PriceBook prices;
        /** The fabric's share, its lines and its links' media votes, while nothing it reads changed; null: count it. */
        private FabricBom fabric;
        private List<BomLine> fabricLines;
        private Map<String, Map<ConnectivityTier, Integer>> fabricVotes;

        /** The pod's counts no longer hold (something in it, or a link or pattern at its ports, changed). */
        public void stale(String podId) {
            byPod.remove(podId);
        }

        /**
         * The fabric's counts no longer hold: something in the fabric, a pattern, or what the fabric reads of the pod
         * designs (which parts sit where, replicas) changed.
         */
        public void staleFabric() {
            fabric = null;
            fabricLines = null;
            fabricVotes = null;
        }

        public void staleAll() {
            byPod.clear();
            staleFabric();
        }
    }

    /** The BOM with the built-in thresholds, recounting only the pods {@code parts} does not hold. */
    public static Bom of(Project project, Catalog catalog, PriceBook prices, Parts parts) {
        return of(project, catalog, prices, new PowerModel(project, catalog, Thresholds.builtIn()), Objects.requireNonNull(parts, "parts"));
    }

    private static Bom of(Project project, Catalog catalog, PriceBook prices, PowerModel power, Parts parts) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(prices, "prices");
        if (parts != null && parts.prices != prices) {
            parts.staleAll();
            parts.prices = prices;
        }
        // pods with the same parts in the same quantities merge into one design with summed replicas
        Map<Map<String, Long>, List<PodBuilder>> groups = new LinkedHashMap<>();
        Map<String, Map<ConnectivityTier, Integer>> votes = new HashMap<>();
        Map<String, PodBuilder> kept = parts == null ? null : new HashMap<>();
        for (Pod pod : project.pods()) {
            PodBuilder b = parts == null ? null : parts.byPod.get(pod.id());
            if (b == null || b.pod != pod) {
                b = new PodBuilder(pod, project, catalog, prices, power);
                b.collect();
                b.votes = ConnectivityTier.mediaVotes(project, catalog, pod.links());
            }
            if (kept != null) {
                kept.put(pod.id(), b);
            }
            groups.computeIfAbsent(b.key, k -> new ArrayList<>()).add(b);
            b.votes.forEach((pn, v) -> v.forEach((t, n) -> votes.computeIfAbsent(pn, k -> new java.util.EnumMap<>(ConnectivityTier.class))
                    .merge(t, n, Integer::sum)));
        }
        if (kept != null) {
            parts.byPod.clear();
            parts.byPod.putAll(kept);
        }
        FabricBom fabric = parts == null ? null : parts.fabric;
        List<BomLine> fabricLines = parts == null ? null : parts.fabricLines;
        Map<String, Map<ConnectivityTier, Integer>> fabricVotes = parts == null ? null : parts.fabricVotes;
        if (fabric == null) {
            fabric = FabricBom.of(project, catalog, power);
            fabricLines = fabric.lines(catalog, prices);
            fabricVotes = ConnectivityTier.mediaVotes(project, catalog, project.fabric().links());
            if (parts != null) {
                parts.fabric = fabric;
                parts.fabricLines = fabricLines;
                parts.fabricVotes = fabricVotes;
            }
        }
        fabricVotes.forEach((pn, v) -> v.forEach((t, n) ->
                votes.computeIfAbsent(pn, k -> new java.util.EnumMap<>(ConnectivityTier.class)).merge(t, n, Integer::sum)));
        List<BomLine> lines = new ArrayList<>();
        List<PodRollup> pods = new ArrayList<>();
        for (List<PodBuilder> g : groups.values()) {
            PodBuilder first = g.get(0);
            int replicas = 0;
            List<String> ids = new ArrayList<>();
            for (PodBuilder b : g) {
                replicas += b.pod.replicas();
                ids.add(b.pod.id());
            }
            String name = g.size() == 1 ? first.pod.label()
                    : first.pod.label() + " .. " + g.get(g.size() - 1).pod.label() + " (" + g.size() + " identical pods)";
            first.emit(lines, pods, name, replicas, ids);
        }
        lines.addAll(fabricLines);
        Bom bom = new Bom(project.name(), prices, lines, pods, fabric);
        bom.connectivity = ConnectivityCost.of(bom, ConnectivityTier.mediaByVotes(votes), catalog);
        return bom;
    }

    /** Accumulates one pod. */
    private static final class PodBuilder {
        private final Pod pod;
        private final Project project;
        private final Catalog catalog;
        private final PriceBook prices;
        private final PowerModel power;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        /** Part number -> units in one copy of the pod that are active parts with no link. */
        private final Map<String, Long> unconnected = new HashMap<>();
        private final Map<String, RackAcc> racks = new LinkedHashMap<>();
        private final Map<String, Long> podUnknownPower = new TreeMap<>();
        /** {@link #counts} sorted: the key identical pods merge on. */
        private Map<String, Long> key;
        /** Link media tier votes of the pod's links ({@link ConnectivityTier#mediaVotes}). */
        private Map<String, Map<ConnectivityTier, Integer>> votes;
        private double interRackCost;
        private double podPower;
        private boolean podPowerEstimate;
        private long gpus;

        PodBuilder(Pod pod, Project project, Catalog catalog, PriceBook prices, PowerModel power) {
            this.pod = pod;
            this.project = project;
            this.catalog = catalog;
            this.prices = prices;
            this.power = power;
        }

        void collect() {
            for (Rack r : pod.racks()) {
                RackAcc acc = new RackAcc(r);
                racks.put(r.id(), acc);
                add(r.partNumber(), 1, acc);
                acc.power = power.rack(r);
                podPower += acc.power.totalW();
                podPowerEstimate |= acc.power.estimate();
                acc.power.unknown().forEach((k, v) -> podUnknownPower.merge(k, v, Long::sum));
                for (Chassis c : r.chassis()) {
                    for (Component idle : Unconnected.idleActiveParts(project, catalog, c)) {
                        unconnected.merge(idle.partNumber(), 1L, Long::sum);
                    }
                    add(c.partNumber(), 1, acc);
                    for (Component comp : c.components()) {
                        add(comp.partNumber(), 1, acc);
                        Part p = catalog.find(comp.partNumber()).orElse(null);
                        if (p != null && p.family() == Family.GPU) {
                            gpus++;
                        }
                    }
                }
            }
            for (Link l : pod.links()) {
                link(l);
            }
            transceivers();
            splitterCables();
            key = new TreeMap<>(counts);
        }

        private RackAcc rackOf(String componentId) {
            Component c = project.component(componentId).orElse(null);
            if (c == null || c.chassis() == null || c.chassis().rack() == null) {
                return null;
            }
            return racks.get(c.chassis().rack().id());
        }

        private void link(Link l) {
            RackAcc ra = rackOf(l.a().componentId());
            RackAcc rb = rackOf(l.b().componentId());
            boolean sameRack = ra != null && ra == rb;
            RackAcc costRack = sameRack ? ra : null; // null: inter-rack cabling
            if (l.cablePart() != null && TransceiverUse.legs(catalog.find(l.cablePart()).orElse(null)) > 1) {
                return; // a splitter cable is shared by the links of one port: counted in splitterCables()
            }
            if (l.cablePart() != null) {
                add(l.cablePart(), 1, costRack);
            }
        }

        /** Splitter cables: one per port for as many links as it has legs. */
        private void splitterCables() {
            for (TransceiverUse.Modules m : TransceiverUse.splitterCables(pod.links(), catalog)) {
                RackAcc at = rackOf(m.end().componentId());
                boolean inRack = at != null && m.links().stream()
                        .allMatch(l -> rackOf(l.a().componentId()) == at && rackOf(l.b().componentId()) == at);
                add(m.partNumber(), m.count(), inRack ? at : null);
            }
        }

        /** Transceivers: one per link end, except breakout modules shared by the links of one port. */
        private void transceivers() {
            for (TransceiverUse.Modules m : TransceiverUse.of(pod.links(), catalog)) {
                RackAcc at = rackOf(m.end().componentId());
                boolean inRack = at != null && m.links().stream()
                        .allMatch(l -> rackOf(l.a().componentId()) == at && rackOf(l.b().componentId()) == at);
                add(m.partNumber(), m.count(), inRack ? at : null);
            }
        }

        private void add(String pn, long qty, RackAcc rack) {
            counts.merge(pn, qty, Long::sum);
            var price = prices.price(pn);
            if (price.isPresent()) {
                double c = price.get().unitPrice() * qty;
                if (rack != null) {
                    rack.cost += c;
                } else {
                    interRackCost += c;
                }
            } else if (rack != null) {
                rack.unpriced += qty;
            }
        }

        void emit(List<BomLine> lines, List<PodRollup> pods, String name, int replicas, List<String> memberIds) {
            List<BomLine> mine = new ArrayList<>();
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                mine.add(line(e.getKey(), e.getValue(), name, replicas));
            }
            mine.sort(LINE_ORDER);
            lines.addAll(mine);

            Map<String, Double> byFamily = new LinkedHashMap<>();
            double cost = 0;
            double silicon = 0;
            long unpriced = 0;
            for (BomLine l : mine) {
                if (l.isPriced()) {
                    cost += l.costPerPod();
                    byFamily.merge(l.familyLabel(), l.costPerPod(), Double::sum);
                    if (l.isConnectivitySilicon()) {
                        silicon += l.costPerPod();
                    }
                } else {
                    byFamily.putIfAbsent(l.familyLabel(), 0.0);
                    unpriced += l.qtyPerPod();
                }
            }
            List<RackRollup> rackRollups = new ArrayList<>();
            for (RackAcc r : racks.values()) {
                rackRollups.add(new RackRollup(pod.id(), r.rack.id(), r.rack.label(), r.rack.partNumber(), r.cost, r.unpriced,
                        r.power.totalW(), r.power.estimate(), Collections.unmodifiableMap(new TreeMap<>(r.power.unknown())),
                        r.power.budget().watts(), r.power));
            }
            pods.add(new PodRollup(pod.id(), name, replicas, gpus, cost, unpriced, silicon,
                    Collections.unmodifiableMap(byFamily), List.copyOf(rackRollups), interRackCost, podPower, podPowerEstimate,
                    Collections.unmodifiableMap(new TreeMap<>(podUnknownPower)), List.copyOf(memberIds)));
        }

        private BomLine line(String pn, long qty, String podName, int replicas) {
            Part p = catalog.find(pn).orElse(null);
            var price = prices.price(pn);
            Double unit = price.map(PriceBook.Price::unitPrice).orElse(null);
            boolean est = price.map(pr -> pr.estimate() || prices.estimate()).orElse(false);
            String basis = price.map(PriceBook.Price::basis).orElse("");
            if (p == null) {
                return new BomLine(pod.id(), podName, pn, BomLine.UNKNOWN_FAMILY, null, "", "", qty, replicas, unit,
                        est, basis, null, prices.currency(), null);
            }
            return new BomLine(pod.id(), podName, pn, p.name(), p.family(), p.vendor(), p.productLine(), qty,
                    replicas, unit, est, basis, p.powerW().orElse(null), prices.currency(), p.status(), unconnected.getOrDefault(pn, 0L));
        }
    }

    private static final class RackAcc {
        final Rack rack;
        double cost;
        long unpriced;
        RackPower power;

        RackAcc(Rack rack) {
            this.rack = rack;
        }
    }

    /** Family order (unknown parts last), then part number. */
    static final Comparator<BomLine> LINE_ORDER = Comparator
            .comparingInt((BomLine l) -> l.family() == null ? Integer.MAX_VALUE : l.family().ordinal())
            .thenComparing(BomLine::partNumber);

    // ---- accessors -------------------------------------------------------------------------------

    public String projectName() { return projectName; }
    public String currency() { return currency; }
    public PriceBook priceBook() { return priceBook; }
    /** The price book's name with its estimate label, e.g. "Illustrative default prices (estimates)". */
    public String priceBookLabel() { return priceBookLabel; }
    public List<BomLine> lines() { return lines; }
    public List<PodRollup> pods() { return pods; }
    /** The scale-out fabric's parts (its lines are among {@link #lines()}, pod {@link FabricBom#POD_ID}). */
    public FabricBom fabric() { return fabric; }
    /** Cost by fabric (scale-up, scale-out, PCIe/CXL, other), in total and per GPU. */
    public ConnectivityCost connectivity() { return connectivity; }

    /** Pods deployed: the sum of every pod design's replicas. */
    public long deployedPods() {
        return pods.stream().mapToLong(PodRollup::replicas).sum();
    }

    public long gpus() {
        return pods.stream().mapToLong(PodRollup::gpus).sum();
    }

    /** Sum of extended cost over priced lines (unpriced parts excluded, see {@link #unpricedQty()}). */
    public double totalCost() {
        double s = 0;
        for (BomLine l : lines) {
            if (l.isPriced()) {
                s += l.extendedCost();
            }
        }
        return s;
    }

    /**
     * The pods that per-pod figures divide by: the replicas of pod designs holding more than racks, so that an
     * empty new pod does not halve the real one's figures; every deployed pod when none holds more than racks.
     */
    public long costedPods() {
        long n = pods.stream().filter(PodRollup::furnished).mapToLong(PodRollup::replicas).sum();
        return n == 0 ? deployedPods() : n;
    }

    /** Whether some pod design holds only racks while another holds more: it is left out of per-pod figures. */
    public boolean hasEmptyPods() {
        return costedPods() != deployedPods();
    }

    /** The priced cost of pod designs left out of per-pod figures (their racks), all replicas; 0 when none is. */
    public double emptyPodsCost() {
        if (!hasEmptyPods()) {
            return 0;
        }
        return pods.stream().filter(p -> !p.furnished()).mapToDouble(PodRollup::totalCost).sum();
    }

    /**
     * The cost of a pod: the total (the hall's shared fabric included) less the racks of still-empty pod designs,
     * over {@link #costedPods()} (the cost of the pod when there is one design), or null without pods.
     */
    public Double costPerPod() {
        long n = costedPods();
        return n == 0 ? null : (totalCost() - emptyPodsCost()) / n;
    }

    /** Total cost over GPUs, or null without GPUs. */
    public Double costPerGpu() {
        long g = gpus();
        return g == 0 ? null : totalCost() / g;
    }

    public double siliconCost() {
        double s = 0;
        for (BomLine l : lines) {
            if (l.isPriced() && l.isConnectivitySilicon()) {
                s += l.extendedCost();
            }
        }
        return s;
    }

    public Double siliconCostPerPod() {
        long n = costedPods();
        return n == 0 ? null : siliconCost() / n;
    }

    public Double siliconCostPerGpu() {
        long g = gpus();
        return g == 0 ? null : siliconCost() / g;
    }

    /** Units (all copies) with no price. */
    public long unpricedQty() {
        return lines.stream().filter(l -> !l.isPriced()).mapToLong(BomLine::totalQty).sum();
    }

    /** Part numbers without a price, sorted. */
    public List<String> unpricedParts() {
        return lines.stream().filter(l -> !l.isPriced()).map(BomLine::partNumber).distinct().sorted().toList();
    }

    /** Per family (in family order, unknown parts last): units and cost over all copies. */
    public List<Rollup> byFamily() {
        Map<String, long[]> qty = new LinkedHashMap<>();
        Map<String, double[]> cost = new LinkedHashMap<>();
        List<BomLine> sorted = new ArrayList<>(lines);
        sorted.sort(LINE_ORDER);
        for (BomLine l : sorted) {
            long[] q = qty.computeIfAbsent(l.familyLabel(), k -> new long[2]);
            double[] c = cost.computeIfAbsent(l.familyLabel(), k -> new double[1]);
            q[0] += l.totalQty();
            if (l.isPriced()) {
                c[0] += l.extendedCost();
            } else {
                q[1] += l.totalQty();
            }
        }
        List<Rollup> out = new ArrayList<>();
        for (String f : qty.keySet()) {
            out.add(new Rollup(f, "", f, qty.get(f)[0], cost.get(f)[0], qty.get(f)[1]));
        }
        return out;
    }

    /** Per product line (and vendor), optionally only connectivity silicon; family order, then vendor, then line. */
    public List<Rollup> byProductLine(boolean siliconOnly) {
        Map<List<String>, long[]> qty = new LinkedHashMap<>();
        Map<List<String>, double[]> cost = new LinkedHashMap<>();
        List<BomLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt((BomLine l) -> l.family() == null ? Integer.MAX_VALUE : l.family().ordinal())
                .thenComparing(BomLine::vendor).thenComparing(BomLine::productLine));
        for (BomLine l : sorted) {
            if (siliconOnly && !l.isConnectivitySilicon()) {
                continue;
            }
            String line = l.productLine().isEmpty() ? l.partNumber() : l.productLine();
            List<String> key = List.of(line, l.vendor(), l.familyLabel());
            long[] q = qty.computeIfAbsent(key, k -> new long[2]);
            double[] c = cost.computeIfAbsent(key, k -> new double[1]);
            q[0] += l.totalQty();
            if (l.isPriced()) {
                c[0] += l.extendedCost();
            } else {
                q[1] += l.totalQty();
            }
        }
        List<Rollup> out = new ArrayList<>();
        for (List<String> k : qty.keySet()) {
            out.add(new Rollup(k.get(0), k.get(1), k.get(2), qty.get(k)[0], cost.get(k)[0], qty.get(k)[1]));
        }
        return out;
    }

    /** Connectivity silicon per vendor (all copies), sorted by vendor. */
    public List<Rollup> siliconByVendor() {
        Map<String, long[]> qty = new TreeMap<>();
        Map<String, double[]> cost = new TreeMap<>();
        for (BomLine l : lines) {
            if (!l.isConnectivitySilicon()) {
                continue;
            }
            long[] q = qty.computeIfAbsent(l.vendor(), k -> new long[2]);
            double[] c = cost.computeIfAbsent(l.vendor(), k -> new double[1]);
            q[0] += l.totalQty();
            if (l.isPriced()) {
                c[0] += l.extendedCost();
            } else {
                q[1] += l.totalQty();
            }
        }
        List<Rollup> out = new ArrayList<>();
        for (String v : qty.keySet()) {
            out.add(new Rollup(v, v, "", qty.get(v)[0], cost.get(v)[0], qty.get(v)[1]));
        }
        return out;
    }

    /** A total divided by {@link #costedPods()} (empty pod designs left out), or null without pods. */
    public Double perPod(double total) {
        long n = costedPods();
        return n == 0 ? null : total / n;
    }

    /** A total divided by the GPUs, or null without GPUs. */
    public Double perGpu(double total) {
        long g = gpus();
        return g == 0 ? null : total / g;
    }

    /** Every rack of every pod design (one copy each). */
    public List<RackRollup> racks() {
        List<RackRollup> out = new ArrayList<>();
        for (PodRollup p : pods) {
            out.addAll(p.racks());
        }
        return out;
    }

    /** Known power of all deployed copies, in watts (see each pod's unknowns). */
    public double totalPowerW() {
        return pods.stream().mapToDouble(p -> p.powerW() * p.replicas()).sum();
    }

    /** Part -> units (all copies) whose power the catalog does not give. */
    public Map<String, Long> powerUnknown() {
        Map<String, Long> out = new TreeMap<>();
        for (PodRollup p : pods) {
            p.powerUnknown().forEach((k, v) -> out.merge(k, v * p.replicas(), Long::sum));
        }
        return out;
    }
}
