package org.podforge.power;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.TransceiverUse;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Cooling;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.PowerBudget;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.model.Rack;
import org.podforge.rules.Thresholds;

/**
 * The one power calculation of PodForge (docs/decisions/0012): rack.power, rack.cooling, the BOM, the exports
 * and the app all ask it, so they always agree. Toolkit-free and stateless apart from its inputs.
 *
 * <p>Per chassis: the vendor's {@link Part#systemMaxW() system maximum} when the part has one and the peak powers of
 * the known parts inside do not exceed it by more than {@code rack.power.systemMaxSlack} (then those parts are not
 * added again); otherwise the sum of its parts (the
 * chassis' own {@code powerW} and its components') times {@code 1 + rack.power.overhead.air|liquid} (fans, DIMMs,
 * board, conversion; by the chassis' cooling, else the rack's), divided by the chassis' PSU efficiency (else
 * {@code rack.power.psuEfficiency}). Per link end in the rack: its transceiver module (a breakout module once per
 * port), half of an active cable (all of it when both ends are in the rack), a splitter cable at its shared end.
 * Anything without a published power is listed as unknown, never counted as zero in silence.
 */
public final class PowerModel {
    public static final String DEFAULT_BUDGET = "rack.power.defaultBudgetW";
    public static final String OVERHEAD_AIR = "rack.power.overhead.air";
    public static final String OVERHEAD_LIQUID = "rack.power.overhead.liquid";
    public static final String PSU_EFFICIENCY = "rack.power.psuEfficiency";
    public static final String SYSTEM_MAX_SLACK = "rack.power.systemMaxSlack";

    private final Project project;
    private final Catalog catalog;
    private final Thresholds thresholds;
    /** Texts of chassis power bases by what they say (a model may be asked from several threads at once). */
    private final Map<Basis, String> bases = new java.util.concurrent.ConcurrentHashMap<>();
    /** Modules the fabric's patterns plug into each switch, built when a model is asked for a second network rack. */
    private Map<String, Map<String, Long>> patternModules;
    /** Network racks asked so far; a model shared by the racks of a parallel rule pass is asked from several threads. */
    private final java.util.concurrent.atomic.AtomicInteger fabricRacksAsked = new java.util.concurrent.atomic.AtomicInteger();

    /** Each rack's figure once worked out ({@link #remembering}), else null: every call works it out again. */
    private final Map<Rack, RackPower> remembered;

    /** A model over {@code project}; the project's threshold overrides are applied to {@code thresholds}. */
    public PowerModel(Project project, Catalog catalog, Thresholds thresholds) {
        this(project, catalog, thresholds, false);
    }

    private PowerModel(Project project, Catalog catalog, Thresholds thresholds, boolean remember) {
        this.project = Objects.requireNonNull(project, "project");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds").withOverrides(project.thresholdOverrides());
        this.remembered = remember ? new java.util.concurrent.ConcurrentHashMap<>() : null;
    }

    /**
     * A model that works out each rack's figure once and gives that figure from then on: for several readers of one
     * project that does not change while they read it, such as an export, where the BOM and the rules (rack.power,
     * rack.cooling) ask for every rack. Never keep one across an edit.
     */
    public static PowerModel remembering(Project project, Catalog catalog, Thresholds thresholds) {
        return new PowerModel(project, catalog, thresholds, true);
    }

    /** The project the model reads. */
    public Project project() {
        return project;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** The power of one rack of the project. */
    public RackPower rack(Rack rack) {
        if (remembered == null) {
            return workOut(rack);
        }
        RackPower rp = remembered.get(rack);
        if (rp == null) {
            rp = workOut(rack);
            remembered.put(rack, rp);
        }
        return rp;
    }

    private RackPower workOut(Rack rack) {
        Acc acc = new Acc();
        RackPower.CoolingClass cooling = cooling(rack);
        List<RackPower.ChassisPower> perChassis = new ArrayList<>();
        Set<Component> inRack = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Link> links = new LinkedHashSet<>();
        for (Chassis c : rack.chassis()) {
            perChassis.add(chassis(c, cooling.cooling(), acc));
            for (Component comp : c.components()) {
                inRack.add(comp);
                links.addAll(project.linksOf(comp.id()));
            }
        }
        links(links, inRack, acc);
        if (rack.pod() == null && !project.fabric().patterns().isEmpty()) {
            patternModules(rack, acc);
        }
        return new RackPower(rack.id(), acc.systemMax + acc.parts + acc.overhead + acc.links, acc.systemMax, acc.parts,
                acc.overhead, acc.links, acc.estimate, acc.unknown, acc.items, acc.unknownItems, budget(rack), cooling, perChassis,
                acc.budgeted, acc.budgetedW, acc.budgets);
    }

    /**
     * What a chassis would add to {@code rack} if it stood there: its own power under that rack's cooling, and the
     * transceivers and active-cable shares at its ports. Used to find a rack with room for it.
     */
    public double chassisLoad(Chassis c, Rack rack) {
        Acc acc = new Acc();
        chassis(c, cooling(rack).cooling(), acc);
        Set<Component> comps = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Link> links = new LinkedHashSet<>();
        for (Component comp : c.components()) {
            comps.add(comp);
            links.addAll(project.linksOf(comp.id()));
        }
        links(links, comps, acc);
        return acc.systemMax + acc.parts + acc.overhead + acc.links;
    }

    /** The rack's budget: set on the rack, else its part's default, else {@code rack.power.defaultBudgetW}. */
    public RackPower.Budget budget(Rack rack) {
        if (rack.powerBudgetW() != null) {
            return new RackPower.Budget(rack.powerBudgetW(), "the budget set on the rack");
        }
        Part rp = part(rack.partNumber());
        if (rp != null && rp.rack().isPresent() && rp.rack().get().powerBudgetW() != null) {
            return new RackPower.Budget(rp.rack().get().powerBudgetW(), "the default budget of " + rp.partNumber()
                    + " (" + source(rp, "rack") + ")");
        }
        return new RackPower.Budget(thresholds.value(DEFAULT_BUDGET),
                "the default rack budget (" + thresholds.find(DEFAULT_BUDGET).map(Thresholds.Threshold::cite).orElse("") + ")");
    }

    /**
     * How the rack is cooled: as set on the rack, else as its part says, else liquid when a chassis in it is
     * liquid-cooled (it needs the rack's manifolds), else air.
     */
    public RackPower.CoolingClass cooling(Rack rack) {
        if (rack.cooling() != null) {
            return new RackPower.CoolingClass(rack.cooling(), "set on the rack");
        }
        Part rp = part(rack.partNumber());
        if (rp != null && rp.cooling().isPresent()) {
            return new RackPower.CoolingClass(rp.cooling().get(), "as " + rp.partNumber() + " is built");
        }
        for (Chassis c : rack.chassis()) {
            Part cp = part(c.partNumber());
            if (cp != null && cp.cooling().orElse(null) == Cooling.LIQUID) {
                return new RackPower.CoolingClass(Cooling.LIQUID, c.label() + " (" + cp.partNumber() + ") is liquid-cooled");
            }
        }
        return new RackPower.CoolingClass(Cooling.AIR, "not declared on the rack, and nothing in it is liquid-cooled");
    }

    // ---- chassis ------------------------------------------------------------------------------------

    private RackPower.ChassisPower chassis(Chassis c, Cooling rackCooling, Acc acc) {
        Part cp = part(c.partNumber());
        PowerBudget whole = cp == null || (cp.systemMaxW().isEmpty() && cp.powerW().isEmpty()) ? budgetOf(c.partNumber()) : null;
        if (whole != null) {
            // the design's own budget for the populated chassis stands in for a system figure: its parts are not added
            acc.systemMax += whole.watts();
            acc.budget(c.partNumber(), 1, whole.watts(), whole);
            return new RackPower.ChassisPower(c.id(), c.partNumber(), whole.watts(), RackPower.Method.HAND_BUDGET,
                    "this design's power budget for " + c.partNumber() + ": " + whole.basis(), true);
        }
        double known = 0;
        boolean est = false;
        Map<String, Long> unknownInside = new TreeMap<>();
        Map<String, Long> budgetedInside = new TreeMap<>();
        int parts = 0;
        if (cp != null && cp.powerW().isPresent()) {
            known += cp.powerW().get();
            est |= cp.isEstimate("powerW");
            parts++;
        }
        for (Component comp : c.components()) {
            parts++;
            Part p = part(comp.partNumber());
            PowerBudget b;
            if (p != null && p.powerW().isPresent()) {
                known += p.powerW().get();
                est |= p.isEstimate("powerW");
            } else if ((b = budgetOf(comp.partNumber())) != null) {
                known += b.watts();
                est = true;
                budgetedInside.merge(comp.partNumber(), 1L, Long::sum);
            } else {
                unknownInside.merge(comp.partNumber(), 1L, Long::sum);
            }
        }
        String exceeded = "";
        if (cp != null && cp.systemMaxW().isPresent()) {
            double max = cp.systemMaxW().get();
            if (known <= max * (1 + thresholds.value(SYSTEM_MAX_SLACK, 0.10)) + 1e-6) {
                acc.systemMax += max;
                boolean estimated = cp.isEstimate("systemMaxW");
                acc.estimate |= estimated;
                acc.items++;
                return new RackPower.ChassisPower(c.id(), c.partNumber(), max, RackPower.Method.SYSTEM_MAXIMUM,
                        estimated ? "labelled estimate standing for the system maximum of " + cp.partNumber() + " ("
                                + cp.attributes().getOrDefault("powerNote", source(cp, "systemMaxW")) + ")"
                                : "system maximum of " + cp.partNumber() + " (" + source(cp, "systemMaxW") + ")", estimated);
            }
            exceeded = "the parts inside (" + RackPower.kw(known) + ") exceed the system maximum of " + cp.partNumber()
                    + " (" + RackPower.kw(max) + ") by more than rack.power.systemMaxSlack, so they are counted instead; ";
        }
        if (c.components().isEmpty() && (cp == null || cp.powerW().isEmpty())) {
            // nothing to put an overhead on: the chassis itself is the unknown
            acc.unknown(c.partNumber(), 1);
            return new RackPower.ChassisPower(c.id(), c.partNumber(), 0, RackPower.Method.PARTS_PLUS_OVERHEAD,
                    exceeded + "no published power for the chassis or anything in it", false);
        }
        boolean liquid = cp != null && cp.cooling().isPresent() ? cp.cooling().get() == Cooling.LIQUID : rackCooling == Cooling.LIQUID;
        double overhead = thresholds.value(liquid ? OVERHEAD_LIQUID : OVERHEAD_AIR);
        boolean ownPsu = cp != null && cp.psuEfficiency().isPresent();
        double eff = ownPsu ? cp.psuEfficiency().get() : thresholds.value(PSU_EFFICIENCY);
        double total = known * (1 + overhead) / eff;
        acc.parts += known;
        acc.overhead += total - known;
        acc.estimate |= est || known > 0; // the overhead is an assumption (fabric J3)
        acc.items += parts - unknownInside.values().stream().mapToInt(Long::intValue).sum()
                - budgetedInside.values().stream().mapToInt(Long::intValue).sum();
        unknownInside.forEach(acc::unknown); // counts them as items too
        budgetedInside.forEach((pn, n) -> acc.budget(pn, n, budgetOf(pn).watts() * n, budgetOf(pn))); // counts them as items too
        return new RackPower.ChassisPower(c.id(), c.partNumber(), total, RackPower.Method.PARTS_PLUS_OVERHEAD,
                exceeded + basis(new Basis(known, overhead, liquid, eff, ownPsu))
                        + (budgetedInside.isEmpty() ? "" : "; includes this design's power budgets for " + String.join(", ", budgetedInside.keySet())),
                est);
    }

    /** What a chassis's "parts + overhead" figure is made of (alike chassis share one text). */
    private record Basis(double known, double overhead, boolean liquid, double eff, boolean ownPsu) {
        // written out: asked once per chassis (1,292 in a 16,384-GPU cluster), and a record's generated equals and
        // hashCode go through method handles that a one-shot command's C1 compiler does not inline
        @Override
        public boolean equals(Object o) {
            return o instanceof Basis b && Double.compare(known, b.known) == 0 && Double.compare(overhead, b.overhead) == 0
                    && liquid == b.liquid && Double.compare(eff, b.eff) == 0 && ownPsu == b.ownPsu;
        }

        @Override
        public int hashCode() {
            int h = Double.hashCode(known);
            h = 31 * h + Double.hashCode(overhead);
            h = 31 * h + Boolean.hashCode(liquid);
            h = 31 * h + Double.hashCode(eff);
            return 31 * h + Boolean.hashCode(ownPsu);
        }
    }

    /**
     * The text of a chassis's power basis: made once per model for alike chassis (String.format for each of the
     * fabric's many alike switches was a third of the live BOM's time on the generated 4,096-GPU cluster).
     */
    private String basis(Basis b) {
        return bases.computeIfAbsent(b, k -> String.format(Locale.ROOT, "parts %,.0f W + %.0f%% %s overhead, / %.0f%% PSU efficiency%s",
                k.known(), k.overhead() * 100, k.liquid() ? "liquid-cooled" : "air-cooled", k.eff() * 100, k.ownPsu() ? "" : " (default)"));
    }

    // ---- links --------------------------------------------------------------------------------------

    private void links(Set<Link> links, Set<Component> inRack, Acc acc) {
        for (Link l : links) {
            boolean aIn = in(l.a().componentId(), inRack);
            boolean bIn = in(l.b().componentId(), inRack);
            if (l.cablePart() != null) {
                Part cable = part(l.cablePart());
                if (TransceiverUse.legs(cable) > 1) {
                    continue; // a splitter cable is shared by the links of one port: below
                }
                double share = aIn && bIn ? 1.0 : 0.5;
                PowerBudget b;
                if (cable != null && cable.powerW().isPresent()) {
                    if (cable.powerW().get() > 0) {
                        acc.links += cable.powerW().get() * share;
                        acc.estimate |= cable.isEstimate("powerW");
                        acc.items++;
                    }
                } else if (activeCable(cable, l) && (b = budgetOf(l.cablePart())) != null) {
                    acc.links += b.watts() * share; // the design's budget for the whole cable, shared by its ends' racks
                    acc.budget(l.cablePart(), 1, b.watts() * share, b);
                } else if (activeCable(cable, l) && ownsUnknown(l, aIn, inRack)) {
                    acc.unknown(l.cablePart(), 1);
                }
            } else if (activeCable(null, l) && ownsUnknown(l, aIn, inRack)) {
                acc.unknown(l.medium().label() + " link without a cable part", 1);
            }
            if (fibre(l.medium()) && l.transceiverPart() == null && !opticsInside(part(l.cablePart())) && ownsUnknown(l, aIn, inRack)) {
                acc.unknown("optics of a " + l.medium().label() + " link without a transceiver part", 1);
            }
        }
        for (TransceiverUse.Modules m : TransceiverUse.of(links, catalog)) {
            if (in(m.end().componentId(), inRack)) {
                module(m, acc);
            }
        }
        for (TransceiverUse.Modules m : TransceiverUse.splitterCables(links, catalog)) {
            if (in(m.end().componentId(), inRack)) {
                module(m, acc);
            }
        }
    }

    /**
     * The modules the fabric's wiring patterns plug into the switches of a network rack: pattern cables are not links,
     * so {@link #links} does not see them. Counted from each pattern's port use, never by expanding it: one module per
     * cable at a switch port (end a's part at a mesh's lower switches, end b's at a leaf or upper switch), one per port
     * where a rail pattern's breakout shares the leaf port; none at a co-packaged-optics port (a fibre connector).
     */
    private void patternModules(Rack rack, Acc acc) {
        Set<String> here = new java.util.HashSet<>();
        for (Chassis c : rack.chassis()) {
            for (Component comp : c.components()) {
                here.add(comp.id());
            }
        }
        Map<String, Long> modules = new TreeMap<>();
        if (fabricRacksAsked.incrementAndGet() > 1) {
            // a model asked for several network racks (the BOM): one pass over the patterns for all switches
            Map<String, Map<String, Long>> bySwitch = patternModulesBySwitch();
            for (String id : here) {
                Map<String, Long> m = bySwitch.get(id);
                if (m != null) {
                    m.forEach((pn, n) -> modules.merge(pn, n, Long::sum));
                }
            }
        } else {
            // one rack (a rule's model): a pass over the patterns that keeps only this rack's switches
            forEachPatternModule((id, pn, n) -> {
                if (here.contains(id)) {
                    modules.merge(pn, n, Long::sum);
                }
            });
        }
        modules.forEach((pn, n) -> {
            Part p = part(pn);
            PowerBudget b = p == null || p.powerW().isEmpty() ? budgetOf(pn) : null;
            if (b != null) {
                acc.links += b.watts() * n;
                acc.budget(pn, n, b.watts() * n, b);
            } else if (p == null || p.powerW().isEmpty()) {
                acc.unknown(pn, n);
            } else if (p.powerW().get() > 0) {
                acc.links += p.powerW().get() * n;
                acc.estimate |= p.isEstimate("powerW");
                acc.items += n.intValue();
            }
        });
    }

    private interface ModuleSink {
        void modules(String switchId, String partNumber, long n);
    }

    /** Every module the patterns plug into a switch port, as (switch, part, count) per pattern and switch. */
    private void forEachPatternModule(ModuleSink out) {
        for (org.podforge.model.LinkPattern lp : project.fabric().patterns()) {
            String atA = lp.transceiverPart();
            String atB = lp.transceiverPartB() != null ? lp.transceiverPartB() : lp.transceiverPart();
            boolean rail = lp.wiring() instanceof org.podforge.model.RailWiring;
            lp.wiring().portUse(project, org.podforge.model.Wiring.withCables((id, prefix, first, count, up, cables) -> {
                String pn = up ? atA : atB; // a mesh's lower switches face up and hold end a; leaves and upper switches end b
                if (pn != null && !cpo(id, prefix + first)) {
                    out.modules(id, pn, rail && cables > count ? count : cables);
                }
            }));
        }
    }

    /** Switch id -> module part -> count, built once per model. */
    private synchronized Map<String, Map<String, Long>> patternModulesBySwitch() {
        if (patternModules == null) {
            Map<String, Map<String, Long>> out = new java.util.HashMap<>();
            forEachPatternModule((id, pn, n) -> out.computeIfAbsent(id, k -> new TreeMap<>()).merge(pn, n, Long::sum));
            patternModules = out;
        }
        return patternModules;
    }

    /** A co-packaged-optics switch port: a fibre connector (MPO), no pluggable module. */
    private boolean cpo(String componentId, String port) {
        Component c = project.component(componentId).orElse(null);
        Part p = c == null ? null : part(c.partNumber());
        return p != null && p.port(port).map(x -> x.spec().cage() == org.podforge.model.Cage.MPO).orElse(false);
    }

    private void module(TransceiverUse.Modules m, Acc acc) {
        Part p = part(m.partNumber());
        PowerBudget b = p == null || p.powerW().isEmpty() ? budgetOf(m.partNumber()) : null;
        if (b != null) {
            acc.links += b.watts() * m.count();
            acc.budget(m.partNumber(), m.count(), b.watts() * m.count(), b);
            return;
        }
        if (p == null || p.powerW().isEmpty()) {
            acc.unknown(m.partNumber(), m.count());
            return;
        }
        if (p.powerW().get() > 0) {
            acc.links += p.powerW().get() * m.count();
            acc.estimate |= p.isEstimate("powerW");
            acc.items += m.count();
        }
    }

    /**
     * Whether the cable itself draws power (ACC, AEC, AOC, smart cable modules; an uncatalogued part counts as one):
     * passive copper and fibre do not (a fibre link's power is in its transceivers).
     */
    private static boolean activeCable(Part cable, Link l) {
        if (cable == null && l.cablePart() != null) {
            return true;
        }
        if (cable != null && cable.family() == org.podforge.model.Family.SMART_CABLE_MODULE) {
            return true;
        }
        Medium m = cable != null ? cable.medium().orElse(l.medium()) : l.medium();
        if (fibre(m)) {
            return opticsInside(cable);
        }
        return m.isActive();
    }

    /** A PCIe/CXL optical cable assembly carries its optics (PCIe over LPO): no transceiver parts go with it. */
    private static boolean opticsInside(Part cable) {
        return cable != null && (cable.protocols().contains(Protocol.PCIE) || cable.protocols().contains(Protocol.CXL));
    }

    private static boolean fibre(Medium m) {
        return m == Medium.FIBER_MM || m == Medium.FIBER_SM;
    }

    /** An unknown link is listed once: at end a's rack when end a is in a rack, else at end b's. */
    private boolean ownsUnknown(Link l, boolean aIn, Set<Component> inRack) {
        if (aIn) {
            return true;
        }
        Component a = project.component(l.a().componentId()).orElse(null);
        boolean aRacked = a != null && a.chassis() != null && a.chassis().rack() != null;
        return !aRacked && in(l.b().componentId(), inRack);
    }

    private boolean in(String componentId, Set<Component> inRack) {
        Component c = project.component(componentId).orElse(null);
        return c != null && inRack.contains(c);
    }

    private Part part(String pn) {
        return pn == null ? null : catalog.find(pn).orElse(null);
    }

    /** The design's own budget for a part (decision 0035); callers ask only where the catalog has no figure. */
    private PowerBudget budgetOf(String pn) {
        return pn == null ? null : project.powerBudgets().get(pn);
    }

    private static String source(Part p, String field) {
        for (var s : p.sourcesFor(field)) {
            return s.url() + (s.estimate() ? " [estimate]" : "");
        }
        return "catalog data for " + p.partNumber();
    }

    private static final class Acc {
        double systemMax;
        double parts;
        double overhead;
        double links;
        boolean estimate;
        final Map<String, Long> unknown = new TreeMap<>();
        final Map<String, Long> budgeted = new TreeMap<>();
        final Map<String, PowerBudget> budgets = new TreeMap<>();
        double budgetedW;
        int items;
        int unknownItems;

        /** {@code n} units counted at the design's own budget, {@code watts} in all: powered items, and an estimate. */
        void budget(String what, long n, double watts, PowerBudget b) {
            budgeted.merge(what, n, Long::sum);
            budgets.put(what, b);
            budgetedW += watts;
            items += (int) n;
            estimate = true;
        }

        void unknown(String what, long n) {
            unknown.merge(what, n, Long::sum);
            items += (int) n;
            unknownItems += (int) n;
        }
    }
}
