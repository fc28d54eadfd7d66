package org.podforge.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.power.PowerModel;
import org.podforge.model.Rack;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandStack;
import org.podforge.topology.Chain;
import org.podforge.topology.Island;
import org.podforge.topology.Topology;

/**
 * Runs the rules of a {@link RuleRegistry} over a project. {@link #validateAll()} is a full pass;
 * {@link #update(Command)} re-checks only the units (islands, racks, chassis) the command can affect, using
 * {@link Command#affectedIds()} (which, by the command contract, name the end components of every link they
 * touch), and gives the same findings as a full pass. Not thread-safe: run it on the
 * thread that owns the project, or on a copy.
 */
public final class RuleEngine {
    private final Project project;
    private final Catalog catalog;
    private PriceBook priceBook;
    private final Thresholds baseThresholds;
    private final List<Rule> rules;
    private RuleContext ctx;

    // findings by unit
    private final Map<String, IslandState> islands = new HashMap<>();
    /** Fingerprint of each component's non-geometric state (part, chassis, slot, its links' ends and attributes). */
    private final Map<String, Long> fingerprints = new HashMap<>();
    private final Map<String, List<Finding>> rackFindings = new HashMap<>();
    /** Racks whose last check read the other racks of their pod design or fabric ({@link RuleContext#readSiblingRacks}). */
    private final Set<String> siblingReaders = new java.util.HashSet<>();
    private final Map<String, List<Finding>> chassisFindings = new HashMap<>();
    /** Findings of the fabric rules: the fabric is one unit, re-checked on every update (it is arithmetic on patterns). */
    private List<Finding> fabricFindings = List.of();
    // where things were at the last check
    private final Map<String, String> islandOfComponent = new HashMap<>();
    private final Map<String, List<String>> islandMembers = new HashMap<>();
    private final Map<String, String> rackOfNode = new HashMap<>();
    private final Map<String, String> chassisOfComponent = new HashMap<>();
    private boolean validated;
    private long checkedUnits;
    /** Added to from a full pass's parallel island checks. */
    private final java.util.concurrent.atomic.LongAdder piecesJudged = new java.util.concurrent.atomic.LongAdder();

    public RuleEngine(Project project, Catalog catalog, PriceBook priceBook) {
        this(project, catalog, priceBook, Thresholds.builtIn(), RuleRegistry.builtIn());
    }

    public RuleEngine(Project project, Catalog catalog, PriceBook priceBook, Thresholds thresholds, RuleRegistry registry) {
        this.project = Objects.requireNonNull(project);
        this.catalog = Objects.requireNonNull(catalog);
        this.priceBook = Objects.requireNonNull(priceBook);
        this.baseThresholds = Objects.requireNonNull(thresholds);
        this.rules = registry.rules();
        for (Rule r : rules) {
            if (r.geometric() && (r.perChain() || r.perComponent())) {
                // after a move only links are judged again (update's geometry path), so a geometric rule is per link or whole
                throw new IllegalArgumentException("rule " + r.info().id() + " is geometric, so it cannot judge chains or components one at a time");
            }
        }
    }

    /** One-shot full validation. */
    public static List<Finding> validate(Project project, Catalog catalog, PriceBook priceBook) {
        RuleEngine e = new RuleEngine(project, catalog, priceBook);
        e.validateAll();
        return e.findings();
    }

    public Project project() {
        return project;
    }

    /** Swapping the price book re-checks everything (bom.price depends on it). */
    public void setPriceBook(PriceBook book) {
        this.priceBook = Objects.requireNonNull(book);
        validateAll();
    }

    /** Keeps the findings current as commands execute, undo and redo on the stack. */
    public void attach(CommandStack stack) {
        stack.addListener(ev -> {
            if (ev.command() != null) {
                update(ev.command());
            } else if (ev.kind() == CommandStack.Kind.CLEARED) {
                validateAll();
            }
        });
    }

    /** Number of units (islands, racks, chassis) checked since construction: a measure of incremental work. */
    public long checkedUnits() {
        return checkedUnits;
    }

    /**
     * Number of pieces (links, chains, components) that piece-wise island rules judged since construction, one per
     * rule and piece; pieces whose findings were taken over from before an edit are not counted.
     */
    public long piecesJudged() {
        return piecesJudged.sum();
    }

    // ---- full pass ------------------------------------------------------------------------------

    /**
     * Gives the next full pass a power model to read rack figures from, instead of its own: a model over this
     * project and these thresholds that remembers what it worked out ({@link PowerModel#remembering}), which an
     * export's BOM has just filled. The pass after that (an edit) makes its own again.
     */
    public RuleEngine sharePower(PowerModel model) {
        if (model.project() != project) {
            throw new IllegalArgumentException("the power model reads another project");
        }
        this.sharedPower = model;
        return this;
    }

    private PowerModel sharedPower;

    public void validateAll() {
        ctx = new RuleContext(project, catalog, priceBook, baseThresholds);
        if (sharedPower != null) {
            ctx.sharePower(sharedPower);
            sharedPower = null;
        }
        islands.clear();
        fingerprints.clear();
        rackFindings.clear();
        siblingReaders.clear();
        chassisFindings.clear();
        fabricFindings = List.of();
        islandOfComponent.clear();
        islandMembers.clear();
        rackOfNode.clear();
        chassisOfComponent.clear();
        List<Island> all = Island.all(project);
        List<Rack> racks = new ArrayList<>();
        List<Chassis> chassis = new ArrayList<>();
        for (Rack r : project.allRacks()) {
            racks.add(r);
            chassis.addAll(r.chassis());
        }
        // rules are pure functions of a read-only project: big designs are checked on all cores
        boolean parallel = allowParallel && all.size() > 1 && project.allComponents().size() >= PARALLEL_FROM;
        List<IslandState> states = (parallel ? all.parallelStream() : all.stream()).map(this::computeIsland).toList();
        for (int i = 0; i < all.size(); i++) {
            registerIsland(all.get(i), states.get(i));
        }
        List<List<Finding>> rackOut = (parallel ? racks.parallelStream() : racks.stream()).map(this::computeRack).toList();
        for (int i = 0; i < racks.size(); i++) {
            registerRack(racks.get(i), rackOut.get(i));
        }
        List<List<Finding>> chassisOut = (parallel ? chassis.parallelStream() : chassis.stream()).map(this::computeChassis).toList();
        for (int i = 0; i < chassis.size(); i++) {
            registerChassis(chassis.get(i), chassisOut.get(i));
        }
        checkFabric();
        checkedUnits += all.size() + racks.size() + chassis.size();
        validated = true;
    }

    // ---- incremental pass -----------------------------------------------------------------------

    /** Re-checks what {@code command} (just executed, undone or redone) can have changed. */
    public void update(Command command) {
        update(command.affectedIds(), command.affectsAll());
    }

    public void update(Collection<String> affectedIds, boolean all) {
        update(affectedIds, all, true);
    }

    /**
     * As {@link #update(Collection, boolean)}; {@code network} false is the caller's word that the change reaches
     * nothing the network level reads (the fabric, its patterns and links, which parts sit where in a pod design,
     * replicas, names: see the live analysis's {@code EditReach}), so the fabric rules' findings and the network
     * racks not named stand as they are. Only a caller that saw the design before and after the change can say so.
     */
    public void update(Collection<String> affectedIds, boolean all, boolean network) {
        if (!validated || all) {
            validateAll();
            return;
        }
        ctx = new RuleContext(project, catalog, priceBook, baseThresholds);
        // before the islands re-register their fingerprints
        boolean networkRacks = network && patternModulesMayChange(affectedIds);
        Set<String> oldIslands = new LinkedHashSet<>();
        Set<String> racks = new LinkedHashSet<>();
        Set<String> chassis = new LinkedHashSet<>();
        List<Component> seeds = new ArrayList<>();
        for (String id : affectedIds) {
            String is = islandOfComponent.get(id);
            if (is != null) {
                oldIslands.add(is);
            }
            String rs = rackOfNode.get(id);
            if (rs != null) {
                racks.add(rs);
            }
            if (rackFindings.containsKey(id)) {
                racks.add(id);
            }
            String ch = chassisOfComponent.get(id);
            if (ch != null) {
                chassis.add(ch);
            }
            if (chassisFindings.containsKey(id)) {
                chassis.add(id);
            }
            Node n = project.find(id).orElse(null);
            if (n instanceof Component c) {
                seeds.add(c);
                chassis.add(c.chassis().id());
                racks.add(c.chassis().rack().id());
            } else if (n instanceof Link l) {
                for (String end : new String[] {l.a().componentId(), l.b().componentId()}) {
                    project.component(end).ifPresent(c -> {
                        seeds.add(c);
                        racks.add(c.chassis().rack().id());
                    });
                }
            } else if (n instanceof Chassis c) {
                chassis.add(c.id());
                racks.add(c.rack().id());
                seeds.addAll(c.components());
            } else if (n instanceof Rack r) {
                racks.add(r.id());
                for (Chassis c : r.chassis()) {
                    chassis.add(c.id());
                    seeds.addAll(c.components());
                }
            }
        }
        if (oldIslands.size() == 1 && geometryOnly(affectedIds)) {
            String key = oldIslands.iterator().next();
            IslandState st = islands.get(key);
            checkedUnits++;
            // the links whose length may have changed: those of the affected components
            Set<Link> moved = new LinkedHashSet<>();
            for (String id : affectedIds) {
                Node n = project.find(id).orElse(null);
                if (n instanceof Component c) {
                    moved.addAll(project.linksOf(c.id()));
                } else if (n instanceof Link l) {
                    moved.add(l);
                }
            }
            for (int i = 0; i < rules.size(); i++) {
                Rule r = rules.get(i);
                if (r.scope() != Rule.Scope.ISLAND || !r.geometric() || !enabled(r)) {
                    continue;
                }
                if (r.perLink()) {
                    Map<String, List<Finding>> perLink = st.byPiece.get(i);
                    for (Link l : moved) {
                        piecesJudged.increment();
                        List<Finding> out = new ArrayList<>(0);
                        checkLinkSafely(r, st.topology, l, out);
                        if (out.isEmpty()) {
                            perLink.remove(l.id());
                        } else {
                            perLink.put(l.id(), out);
                        }
                    }
                } else {
                    List<Finding> out = new ArrayList<>();
                    try {
                        r.checkIsland(ctx, st.topology, reporter(r, out));
                    } catch (RuntimeException e) {
                        out.add(failed(r, "the island of " + key, key, e));
                    }
                    st.byRule.set(i, out);
                }
            }
            oldIslands.clear();
            seeds.clear();
        }
        // what the edit reached: the ids it named and the components of named chassis, racks and link ends; their
        // islands are judged again (and replaced: a state left registered would hold members the new islands took)
        Set<String> named = new java.util.HashSet<>(affectedIds);
        for (Component c : seeds) {
            named.add(c.id());
            String is = islandOfComponent.get(c.id());
            if (is != null) {
                oldIslands.add(is);
            }
        }
        List<IslandState> replaced = new ArrayList<>(oldIslands.size());
        for (String key : oldIslands) {
            IslandState old = islands.remove(key);
            if (old != null) {
                replaced.add(old);
            }
            List<String> members = islandMembers.remove(key);
            if (members == null) {
                continue;
            }
            for (String m : members) {
                if (key.equals(islandOfComponent.get(m))) {
                    islandOfComponent.remove(m);
                }
                project.component(m).ifPresent(seeds::add);
            }
        }
        Pieces.Reuse reuse = new Pieces.Reuse(replaced, named);
        for (Island island : Island.of(project, seeds)) {
            checkedUnits++;
            registerIsland(island, computeIsland(island, reuse));
        }
        if (networkRacks) {
            // a network rack's power holds the modules the patterns plug into its switches (PowerModel)
            project.fabric().racks().forEach(r -> racks.add(r.id()));
        }
        withSiblingReaders(racks);
        for (String rackId : racks) {
            rackFindings.remove(rackId);
            siblingReaders.remove(rackId);
            project.rack(rackId).ifPresent(this::checkRack);
        }
        for (String chId : chassis) {
            chassisFindings.remove(chId);
            project.chassis(chId).ifPresent(this::checkChassis);
        }
        if (network) {
            checkFabric();
        }
    }

    /**
     * Adds to {@code racks} the other racks of their pod design (or of the fabric) whose last check read them: a rack
     * over its power or cooling limit offers to move a chassis to one of them with room (PowerFixes), so its findings
     * depend on theirs (power, budget, cooling, free units, place), which an edit of any of them can change. When a
     * rack is gone, every such rack is judged again.
     */
    private void withSiblingReaders(Set<String> racks) {
        if (siblingReaders.isEmpty()) {
            return;
        }
        Set<Object> owners = new java.util.HashSet<>();
        boolean gone = false;
        for (String rackId : racks) {
            Rack r = project.rack(rackId).orElse(null);
            if (r == null) {
                gone = true;
            } else if (r.owner() != null) {
                owners.add(r.owner());
            }
        }
        for (String id : List.copyOf(siblingReaders)) {
            Rack r = project.rack(id).orElse(null);
            if (gone || r == null || owners.contains(r.owner())) {
                racks.add(id);
            }
        }
    }

    /**
     * Runs the fabric rules over the whole fabric. They read only the patterns' arithmetic (count, port use) and
     * the hand-made fabric links, so a full re-check costs about as much as the fabric has switches.
     */
    private void checkFabric() {
        List<Finding> out = new ArrayList<>();
        boolean any = false;
        for (Rule r : rules) {
            if (r.checksFabric() && enabled(r)) {
                any = true;
                try {
                    r.checkFabric(ctx, project.fabric(), reporter(r, out));
                } catch (RuntimeException e) {
                    out.add(failed(r, "the fabric", project.fabric().id(), e));
                }
            }
        }
        if (any && !project.fabric().isEmpty()) {
            checkedUnits++;
        }
        fabricFindings = out;
    }

    // ---- units ----------------------------------------------------------------------------------

    /** Designs from this many components are validated in parallel (islands, racks and chassis). */
    static final int PARALLEL_FROM = 2_000;
    private boolean allowParallel = true;

    /** Allows (default) or forbids checking units on several cores in a full pass. */
    public RuleEngine parallel(boolean allow) {
        this.allowParallel = allow;
        return this;
    }

    /** Runs the island rules; touches no engine state, so islands can be computed in parallel. */
    private IslandState computeIsland(Island island) {
        return computeIsland(island, null);
    }

    /**
     * Runs the island rules on {@code island}; a rule that judges pieces (links, chains, components) takes over from
     * {@code reuse} (when not null) the findings of every piece the edit did not reach, and judges the others.
     */
    private IslandState computeIsland(Island island, Pieces.Reuse reuse) {
        Topology topo = new Topology(island, catalog);
        if (reuse != null) {
            reuse.on(topo);
        }
        List<List<Finding>> byRule = new ArrayList<>(rules.size());
        List<Map<String, List<Finding>>> byPiece = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            List<Finding> out = new ArrayList<>(0);
            Pieces.Kind kind = Pieces.kindOf(r);
            if (kind != null) {
                byRule.add(out);
                byPiece.add(enabled(r) ? judgePieces(i, r, kind, topo, reuse) : new HashMap<>());
                continue;
            }
            byPiece.add(null);
            List<Finding> standing = reuse == null || r.scope() != Rule.Scope.ISLAND ? null : reuse.wholeStanding(i, r);
            if (standing != null) {
                byRule.add(standing);
                continue;
            }
            if (r.scope() == Rule.Scope.ISLAND && enabled(r)) {
                try {
                    r.checkIsland(ctx, topo, reporter(r, out));
                } catch (RuntimeException e) {
                    out.add(failed(r, "the island of " + island.key(), island.key(), e));
                }
            }
            byRule.add(out);
        }
        return new IslandState(topo, byRule, byPiece);
    }

    /**
     * Findings of one piece-wise rule over an island, by piece key (pieces with findings only): every piece judged,
     * or with {@code reuse} the standing pieces' findings taken over and only the others judged.
     */
    private Map<String, List<Finding>> judgePieces(int i, Rule r, Pieces.Kind kind, Topology topo, Pieces.Reuse reuse) {
        Map<String, List<Finding>> m = reuse == null ? new HashMap<>() : reuse.standing(i, kind);
        switch (kind) {
            case LINK -> {
                for (Link l : reuse == null ? topo.island().links() : reuse.linksToJudge()) {
                    List<Finding> out = new ArrayList<>(0);
                    checkLinkSafely(r, topo, l, out);
                    piecesJudged.increment();
                    if (!out.isEmpty()) {
                        m.put(l.id(), out);
                    }
                }
            }
            case CHAIN -> {
                for (Chain c : reuse == null ? topo.chains() : reuse.chainsToJudge()) {
                    List<Finding> out = new ArrayList<>(0);
                    try {
                        r.checkChain(ctx, topo, c, reporter(r, out));
                    } catch (RuntimeException e) {
                        out.add(failed(r, "chain " + c.describe(), Pieces.key(c), e));
                    }
                    piecesJudged.increment();
                    if (!out.isEmpty()) {
                        m.put(Pieces.key(c), out);
                    }
                }
            }
            case COMPONENT -> {
                for (Component c : reuse == null ? topo.island().components() : reuse.componentsToJudge()) {
                    List<Finding> out = new ArrayList<>(0);
                    try {
                        r.checkComponent(ctx, topo, c, reporter(r, out));
                    } catch (RuntimeException e) {
                        out.add(failed(r, "component " + c.id(), c.id(), e));
                    }
                    piecesJudged.increment();
                    if (!out.isEmpty()) {
                        m.put(c.id(), out);
                    }
                }
            }
        }
        return m;
    }

    private void checkLinkSafely(Rule r, Topology topo, Link l, List<Finding> out) {
        try {
            r.checkLink(ctx, topo, l, reporter(r, out));
        } catch (RuntimeException e) {
            out.add(failed(r, "link " + l.id(), l.id(), e));
        }
    }

    private void registerIsland(Island island, IslandState state) {
        String key = island.key();
        if (key == null) {
            return;
        }
        islands.put(key, state);
        List<String> members = new ArrayList<>(island.components().size());
        for (Component c : island.components()) {
            members.add(c.id());
            islandOfComponent.put(c.id(), key);
            fingerprints.put(c.id(), fingerprint(c));
        }
        islandMembers.put(key, members);
    }

    /**
     * Whether the modules the fabric's patterns plug into network-rack switches may have changed, so every network
     * rack's power must be judged again, not only the racks the command touched: a pattern, a pod design (replicas)
     * or the fabric changed, something was removed, a component changed (part, chassis, slot: a pattern's ends
     * may no longer read), a chassis gained or lost components, or a hand-made fabric link (it takes a pattern's
     * cable over). Moves and rack settings (budget, cooling, place) change no other rack.
     */
    private boolean patternModulesMayChange(Collection<String> affectedIds) {
        if (project.fabric().racks().isEmpty()) {
            return false;
        }
        for (String id : affectedIds) {
            Node n = project.find(id).orElse(null);
            if (n == null) {
                return true;
            }
            if (n instanceof Component c) {
                Long before = fingerprints.get(id);
                if (before == null || before != fingerprint(c)) {
                    return true;
                }
            } else if (n instanceof Link l) {
                if (project.fabric().links().contains(l)) {
                    return true;
                }
            } else if (n instanceof Chassis ch) {
                for (Component c : ch.components()) {
                    if (!affectedIds.contains(c.id()) || !fingerprints.containsKey(c.id())) {
                        return true;
                    }
                }
            } else if (n instanceof Rack r) {
                for (Chassis ch : r.chassis()) {
                    for (Component c : ch.components()) {
                        if (!fingerprints.containsKey(c.id())) {
                            return true; // a rack placed with its contents
                        }
                    }
                }
            } else {
                return true; // a pattern, a pod design, the fabric
            }
        }
        return false;
    }

    /**
     * True when every affected component still exists with the fingerprint it had: only positions or lengths
     * changed, so the island's topology stands and only geometric rules need to run again.
     */
    private boolean geometryOnly(Collection<String> affectedIds) {
        for (String id : affectedIds) {
            Node n = project.find(id).orElse(null);
            if (n == null) {
                return false; // something was removed
            }
            if (n instanceof Component c) {
                Long before = fingerprints.get(id);
                if (before == null || before != fingerprint(c)) {
                    return false;
                }
            } else if (n instanceof Link l) {
                if (!islandOfComponent.containsKey(l.a().componentId()) || !islandOfComponent.containsKey(l.b().componentId())) {
                    return false;
                }
            } else if (n instanceof Chassis ch) {
                for (Component c : ch.components()) {
                    if (!affectedIds.contains(c.id())) {
                        return false; // a component added or moved in without being listed
                    }
                }
            }
        }
        return true;
    }

    /** A 64-bit fingerprint of what island rules read apart from geometry. */
    private static long fingerprint(Component c) {
        long h = 1125899906842597L;
        h = 31 * h + c.partNumber().hashCode();
        h = 31 * h + (c.slot() == null ? 0 : c.slot().hashCode());
        Chassis ch = c.chassis();
        h = 31 * h + (ch == null ? 0 : ch.id().hashCode());
        h = 31 * h + (ch == null ? 0 : ch.partNumber().hashCode());
        Project p = c.project();
        if (p != null) {
            for (Link l : p.linksOf(c.id())) {
                long lh = l.id().hashCode();
                lh = 31 * lh + l.a().hashCode();
                lh = 31 * lh + l.b().hashCode();
                lh = 31 * lh + l.lanes();
                lh = 31 * lh + l.medium().ordinal();
                lh = 31 * lh + (l.cablePart() == null ? 0 : l.cablePart().hashCode());
                lh = 31 * lh + (l.transceiverPart() == null ? 0 : l.transceiverPart().hashCode());
                h = h * 1000003L ^ lh;
            }
        }
        return h;
    }

    private void checkRack(Rack rack) {
        checkedUnits++;
        registerRack(rack, computeRack(rack));
    }

    private List<Finding> computeRack(Rack rack) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            if (r.scope() == Rule.Scope.RACK && enabled(r)) {
                try {
                    r.checkRack(ctx, rack, reporter(r, out));
                } catch (RuntimeException e) {
                    out.add(failed(r, "rack " + rack.id(), rack.id(), e));
                }
            }
        }
        return out;
    }

    private void registerRack(Rack rack, List<Finding> out) {
        rackFindings.put(rack.id(), out);
        if (ctx.readSiblingRacks(rack.id())) {
            siblingReaders.add(rack.id());
        } else {
            siblingReaders.remove(rack.id());
        }
        for (Chassis c : rack.chassis()) {
            rackOfNode.put(c.id(), rack.id());
            for (Component comp : c.components()) {
                rackOfNode.put(comp.id(), rack.id());
            }
        }
    }

    private void checkChassis(Chassis chassis) {
        checkedUnits++;
        registerChassis(chassis, computeChassis(chassis));
    }

    private List<Finding> computeChassis(Chassis chassis) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            if (r.scope() == Rule.Scope.CHASSIS && enabled(r)) {
                try {
                    r.checkChassis(ctx, chassis, reporter(r, out));
                } catch (RuntimeException e) {
                    out.add(failed(r, "chassis " + chassis.id(), chassis.id(), e));
                }
            }
        }
        return out;
    }

    private void registerChassis(Chassis chassis, List<Finding> out) {
        chassisFindings.put(chassis.id(), out);
        for (Component comp : chassis.components()) {
            chassisOfComponent.put(comp.id(), chassis.id());
        }
    }

    /** A rule that crashed on a unit says so instead of taking the whole validation down. */
    private static Finding failed(Rule r, String where, String subject, RuntimeException e) {
        return new Finding(r.info().id(), Severity.WARNING, "The rule " + r.info().id() + " could not check " + where + " ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "); its verdict there is unknown. Please report this design.", List.of(subject), List.of(), r.info().source());
    }

    /** False when the project switches the rule OFF. */
    private boolean enabled(Rule r) {
        String s = project.severityOverrides().get(r.info().id());
        return s == null || Severity.parseOrOff(s) != null;
    }

    /** The project's severity for a rule's findings, or null to keep each finding's own severity. */
    private Severity overrideOf(Rule r) {
        String s = project.severityOverrides().get(r.info().id());
        return s == null ? null : Severity.parseOrOff(s);
    }

    private Report reporter(Rule r, List<Finding> out) {
        Severity override = overrideOf(r);
        String ruleId = r.info().id();
        String ruleSource = r.info().source();
        return new Report() {
            @Override
            public void add(Severity severity, String message, List<String> subjects, List<Fix> fixes) {
                add(severity, message, subjects, fixes, ruleSource);
            }

            @Override
            public void add(Severity severity, String message, List<String> subjects, List<Fix> fixes, String source) {
                out.add(new Finding(ruleId, override != null ? override : severity, message, subjects, fixes, source));
            }
        };
    }

    // ---- results --------------------------------------------------------------------------------

    /** All current findings, sorted (errors first, then rule id, subject, message). */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        // most lists are empty (a cluster's fabric: 1,280 lone switches x the island rules), and addAll copies even
        // an empty one to an array: skip them
        for (IslandState st : islands.values()) {
            for (List<Finding> l : st.byRule) {
                if (!l.isEmpty()) {
                    all.addAll(l);
                }
            }
            for (Map<String, List<Finding>> m : st.byPiece) {
                if (m != null && !m.isEmpty()) {
                    for (List<Finding> l : m.values()) {
                        all.addAll(l);
                    }
                }
            }
        }
        for (List<Finding> l : rackFindings.values()) {
            all.addAll(l);
        }
        for (List<Finding> l : chassisFindings.values()) {
            all.addAll(l);
        }
        all.addAll(fabricFindings);
        all.sort(null);
        // one finding per cause: racks missing the same power figures share one (rack.power), a container's scale-up links
        // whose reach is not characterized share one (scaleup.reach), then alike network racks and switches share one
        // (decision 0019)
        all = org.podforge.rules.builtin.UnknownPowerFindings.merge(project, all);
        all = org.podforge.rules.builtin.BudgetedPowerFindings.merge(project, all);
        all = org.podforge.rules.builtin.ScaleUpReachFindings.merge(project, all);
        return org.podforge.rules.builtin.NetworkRackFindings.merge(project, all);
    }

    /** Counts by severity. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, 0);
        }
        for (Finding f : findings()) {
            m.merge(f.severity(), 1, Integer::sum);
        }
        return m;
    }
}
