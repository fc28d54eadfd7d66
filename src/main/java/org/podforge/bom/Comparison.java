package org.podforge.bom;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.podforge.catalog.Catalog;
import org.podforge.model.Part;

/**
 * Two or more designs side by side, every figure read from each design's own {@link DesignReport} (its
 * {@link Bom} and validation), never recomputed another way: cost per pod and per GPU, connectivity
 * silicon per GPU by product line, cost by fabric ({@link ConnectivityTier}), power per rack and per GPU,
 * rack count, cables and optics by type, findings by severity. A row {@link Row#differs() differs} when
 * its values are not all equal; the first design is the baseline the deltas are taken against.
 *
 * <p>A figure a design cannot give (cost per GPU without GPUs) is null, never 0. A product line or cable
 * type a design does not use is 0 for it (it has none).
 */
public final class Comparison {

    /** One design to compare: what the user calls it (a file name, "variant: optics") and its report. */
    public record Design(String name, DesignReport report) {
        public Design {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(report, "report");
        }
    }

    /** What a row's values are. */
    public enum Unit {
        MONEY(""), WATTS("W"), COUNT(""), PER_GPU("per GPU");

        private final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    /** Section names, in the order rows appear. */
    public static final String COST = "Cost";
    public static final String SIZE = "Size";
    public static final String SILICON = "Connectivity silicon per GPU by product line";
    public static final String FABRIC = "Cost by fabric";
    public static final String POWER = "Power";
    public static final String CABLES = "Cables and optics (units)";
    public static final String FINDINGS = "Findings";

    /**
     * One compared figure.
     *
     * @param values one per design, in design order; null where the design cannot give the figure
     */
    public record Row(String section, String metric, Unit unit, List<Double> values) {
        public Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        /** True when the designs disagree on this figure. */
        public boolean differs() {
            Double first = values.get(0);
            for (Double v : values) {
                if (!same(first, v)) {
                    return true;
                }
            }
            return false;
        }

        /** Value of design {@code i} minus the baseline's (design 0), or null when either is null. */
        public Double delta(int i) {
            Double a = values.get(0);
            Double b = values.get(i);
            return a == null || b == null ? null : b - a;
        }

        private static boolean same(Double a, Double b) {
            if (a == null || b == null) {
                return a == b;
            }
            return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
        }
    }

    private final List<Design> designs;
    private final List<Row> rows;

    private Comparison(List<Design> designs, List<Row> rows) {
        this.designs = List.copyOf(designs);
        this.rows = List.copyOf(rows);
    }

    public List<Design> designs() {
        return designs;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The currency of the baseline's price book (the CLI and the app price every design with one book). */
    public String currency() {
        return designs.get(0).report().bom().currency();
    }

    /** True when the designs were priced with books in different currencies: money rows then do not compare. */
    public boolean mixedCurrencies() {
        return designs.stream().map(d -> d.report().bom().currency()).distinct().count() > 1;
    }

    /** The rows of one section, in order. */
    public List<Row> section(String name) {
        return rows.stream().filter(r -> r.section().equals(name)).toList();
    }

    /** The row with this section and metric, if any. */
    public java.util.Optional<Row> row(String section, String metric) {
        return rows.stream().filter(r -> r.section().equals(section) && r.metric().equals(metric)).findFirst();
    }

    /** Compares {@code designs} (at least two); parts are looked up in {@code catalog} for the fabric split and cable types. */
    public static Comparison of(List<Design> designs, Catalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        if (designs == null || designs.size() < 2) {
            throw new IllegalArgumentException("compare needs at least two designs, got " + (designs == null ? 0 : designs.size()));
        }
        List<Row> rows = new ArrayList<>();
        List<Bom> boms = designs.stream().map(d -> d.report().bom()).toList();

        rows.add(row(COST, "Total cost", Unit.MONEY, boms, Bom::totalCost));
        rows.add(row(COST, "Cost per pod", Unit.MONEY, boms, Bom::costPerPod));
        rows.add(row(COST, "Cost per GPU", Unit.MONEY, boms, Bom::costPerGpu));
        rows.add(row(COST, "Connectivity silicon per pod", Unit.MONEY, boms, Bom::siliconCostPerPod));
        rows.add(row(COST, "Connectivity silicon per GPU", Unit.MONEY, boms, Bom::siliconCostPerGpu));
        rows.add(row(COST, "Unpriced units (not in any cost)", Unit.COUNT, boms, b -> (double) b.unpricedQty()));

        rows.add(row(SIZE, "GPUs", Unit.COUNT, boms, b -> (double) b.gpus()));
        rows.add(row(SIZE, "Pods deployed", Unit.COUNT, boms, b -> (double) b.deployedPods()));
        // every rack the design deploys, as the BOM's Rack lines count them: the pods' and the scale-out fabric's
        rows.add(row(SIZE, "Racks, all", Unit.COUNT, boms, b -> (double) (racks(b) + networkRacks(b))));
        rows.add(row(SIZE, "Pod racks", Unit.COUNT, boms, b -> (double) racks(b)));
        rows.add(row(SIZE, "Network racks (scale-out fabric)", Unit.COUNT, boms, b -> (double) networkRacks(b)));

        siliconRows(rows, boms);
        fabricRows(rows, designs, catalog);

        // the pods (the workbook's "Power, all pods") and the scale-out fabric (network racks and the patterns' optics: the
        // BOM's fabric power) are separate figures in the exports; the design's power is both
        rows.add(row(POWER, "Power, known parts (W)", Unit.WATTS, boms, b -> b.totalPowerW() + fabricPowerW(b)));
        rows.add(row(POWER, "Power of the pods, known parts (W)", Unit.WATTS, boms, Bom::totalPowerW));
        rows.add(row(POWER, "Power of the scale-out fabric, known parts (W)", Unit.WATTS, boms, Comparison::fabricPowerW));
        rows.add(row(POWER, "Power per GPU (W)", Unit.WATTS, boms, b -> b.perGpu(b.totalPowerW() + fabricPowerW(b))));
        rows.add(row(POWER, "Power per pod rack, average (W)", Unit.WATTS, boms,
                b -> racks(b) == 0 ? null : b.totalPowerW() / racks(b)));
        rows.add(row(POWER, "Power of the busiest rack (W)", Unit.WATTS, boms, Comparison::busiestRackW));
        rows.add(row(POWER, "Units without a power figure", Unit.COUNT, boms,
                b -> (double) (b.powerUnknown().values().stream().mapToLong(Long::longValue).sum()
                        + b.fabric().power().unknown().values().stream().mapToLong(Long::longValue).sum())));

        cableRows(rows, boms, catalog);

        List<ValidationStatus> vs = designs.stream().map(d -> d.report().validation()).toList();
        rows.add(new Row(FINDINGS, "Errors", Unit.COUNT, vs.stream().map(v -> v.ran() ? (Double) (double) v.errors() : null).toList()));
        rows.add(new Row(FINDINGS, "Warnings", Unit.COUNT, vs.stream().map(v -> v.ran() ? (Double) (double) v.warnings() : null).toList()));
        rows.add(new Row(FINDINGS, "Info", Unit.COUNT, vs.stream().map(v -> v.ran() ? (Double) (double) v.infos() : null).toList()));
        return new Comparison(designs, rows);
    }

    /** Racks deployed: every pod design's racks times its replicas. */
    public static long racks(Bom b) {
        long n = 0;
        for (Bom.PodRollup p : b.pods()) {
            n += (long) p.racks().size() * p.replicas();
        }
        return n;
    }

    /** The scale-out fabric's network racks (the BOM's fabric Rack lines). */
    public static long networkRacks(Bom b) {
        return b.fabric().count(FabricBom.Role.RACK);
    }

    /** Known power of the scale-out fabric: its network racks and the patterns' server-end optics and active cables. */
    public static double fabricPowerW(Bom b) {
        return b.fabric().power().totalW();
    }

    /** The busiest rack, a pod's (one copy) or a network rack; null without racks. */
    private static Double busiestRackW(Bom b) {
        java.util.stream.DoubleStream pods = b.racks().stream().mapToDouble(Bom.RackRollup::powerW);
        java.util.stream.DoubleStream net = b.fabric().power().racks().stream().mapToDouble(r -> r.totalW());
        return java.util.stream.DoubleStream.concat(pods, net).boxed().max(Double::compare).orElse(null);
    }

    private static Row row(String section, String metric, Unit unit, List<Bom> boms, java.util.function.Function<Bom, Double> f) {
        List<Double> v = new ArrayList<>();
        for (Bom b : boms) {
            v.add(f.apply(b));
        }
        return new Row(section, metric, unit, v);
    }

    private static void siliconRows(List<Row> rows, List<Bom> boms) {
        // product line (vendor) -> per design rollup; union over designs in first-seen order
        Map<String, Map<Integer, Bom.Rollup>> byLine = new LinkedHashMap<>();
        for (int i = 0; i < boms.size(); i++) {
            for (Bom.Rollup r : boms.get(i).byProductLine(true)) {
                String key = r.vendor().isEmpty() ? r.name() : r.name() + " (" + r.vendor() + ")";
                byLine.computeIfAbsent(key, k -> new TreeMap<>()).put(i, r);
            }
        }
        for (Map.Entry<String, Map<Integer, Bom.Rollup>> e : byLine.entrySet()) {
            List<Double> cost = new ArrayList<>();
            List<Double> units = new ArrayList<>();
            for (int i = 0; i < boms.size(); i++) {
                Bom b = boms.get(i);
                Bom.Rollup r = e.getValue().get(i);
                cost.add(b.perGpu(r == null ? 0 : r.cost()));
                units.add(b.perGpu(r == null ? 0 : r.qty()));
            }
            rows.add(new Row(SILICON, e.getKey() + ": cost per GPU", Unit.MONEY, cost));
            rows.add(new Row(SILICON, e.getKey() + ": units per GPU", Unit.PER_GPU, units));
        }
    }

    /** Priced cost of one BOM by fabric tier, over all copies (see {@link ConnectivityCost}). */
    public static Map<ConnectivityTier, Double> costByTier(DesignReport report, Catalog catalog) {
        return new EnumMap<>(report.bom().connectivity().total());
    }

    private static void fabricRows(List<Row> rows, List<Design> designs, Catalog catalog) {
        List<Bom> boms = designs.stream().map(d -> d.report().bom()).toList();
        List<Map<ConnectivityTier, Double>> tiers = designs.stream().map(d -> costByTier(d.report(), catalog)).toList();
        for (ConnectivityTier t : ConnectivityTier.values()) {
            List<Double> total = new ArrayList<>();
            List<Double> perGpu = new ArrayList<>();
            for (int i = 0; i < boms.size(); i++) {
                double c = tiers.get(i).get(t);
                total.add(c);
                perGpu.add(boms.get(i).perGpu(c));
            }
            rows.add(new Row(FABRIC, t.label() + ": total", Unit.MONEY, total));
            rows.add(new Row(FABRIC, t.label() + ": per GPU", Unit.MONEY, perGpu));
        }
    }

    /** "Cable: Passive copper, external (DAC)", "Transceiver: Single-mode fibre + optics", ... */
    public static String cableType(BomLine l, Catalog catalog) {
        Part p = catalog.find(l.partNumber()).orElse(null);
        String medium = p == null ? "" : p.medium().map(m -> m.label()).orElse("");
        return l.familyLabel() + (medium.isEmpty() ? "" : ": " + medium);
    }

    private static void cableRows(List<Row> rows, List<Bom> boms, Catalog catalog) {
        Set<String> types = new LinkedHashSet<>();
        List<Map<String, Long>> counts = new ArrayList<>();
        for (Bom b : boms) {
            Map<String, Long> m = new TreeMap<>();
            for (BomLine l : b.lines()) {
                if (ConnectivityTier.isCableOrOptics(l.family())) {
                    m.merge(cableType(l, catalog), l.totalQty(), Long::sum);
                }
            }
            counts.add(m);
            types.addAll(m.keySet());
        }
        List<String> sorted = new ArrayList<>(types);
        java.util.Collections.sort(sorted);
        for (String t : sorted) {
            rows.add(new Row(CABLES, t, Unit.COUNT, counts.stream().map(m -> (Double) (double) m.getOrDefault(t, 0L)).toList()));
        }
    }
}
