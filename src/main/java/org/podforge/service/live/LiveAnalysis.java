package org.podforge.service.live;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.podforge.bom.Bom;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.Standard;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleEngine;
import org.podforge.service.ProjectSnapshot;

/**
 * The analysis of a design that follows its edits: an engine-owned replica of the project, kept in step by the
 * {@link ReplicaPatch}es of the commands run on the live design, and the rules engine, the BOM and the cable
 * schedule computed on that replica. After the first full pass each {@link #refresh} re-checks only what the
 * patches since the last one named ({@link RuleEngine#update}), and re-costs only the pods they touched.
 *
 * <p>Not thread-safe: one thread (the app's analysis thread) owns an instance and its replica; the thread that
 * edits the live design only builds patches and hands them over.
 */
public final class LiveAnalysis {

    /**
     * What the panels show for the replica as it now is.
     *
     * @param full  true when this refresh was a full pass (first one, a project-wide change, new prices)
     * @param nanos time the refresh took (rules and BOM)
     */
    public record Result(List<Finding> findings, Bom bom, boolean full, long nanos) {
    }

    private final Project replica;
    private final Catalog catalog;
    private PriceBook prices;
    private final RuleEngine engine;
    private final BomCache bom;
    private final Set<String> pending = new LinkedHashSet<>();
    private boolean pendingAll = true;
    /** Whether a patch since the last refresh reaches the network level ({@link EditReach#network()}). */
    private boolean pendingNetwork;
    private Result last;
    private List<Finding> shown;
    private CableSchedule cables;

    /** Takes ownership of {@code replica} (a copy nobody else touches). */
    public LiveAnalysis(Project replica, Catalog catalog, PriceBook prices) {
        this.replica = Objects.requireNonNull(replica);
        this.catalog = Objects.requireNonNull(catalog);
        this.prices = Objects.requireNonNull(prices);
        this.engine = new RuleEngine(replica, catalog, prices);
        this.bom = new BomCache(replica, catalog);
    }

    /** An analysis of a fresh copy of {@code live} (taken on the calling thread). */
    public static LiveAnalysis copyOf(Project live, Catalog catalog, PriceBook prices) {
        return new LiveAnalysis(ProjectSnapshot.copyOf(live), catalog, prices);
    }

    /** Writes one command's patch into the replica; the next {@link #refresh} re-checks what it named. */
    public void apply(ReplicaPatch patch) {
        EditReach reach = EditReach.before(replica, patch.ids());
        patch.apply(replica);
        reach.after(replica, patch.all());
        pending.addAll(patch.ids());
        pendingAll |= patch.all();
        pendingNetwork |= reach.network();
        last = null;
        cables = null;
        bom.mark(reach);
    }

    /** Brings findings and BOM up to date with every patch applied so far, priced with {@code priceBook}. */
    public Result refresh(PriceBook priceBook) {
        if (last != null && priceBook == prices) {
            return last; // nothing changed since (a save, a selection): the same result
        }
        cables = null;
        long t0 = System.nanoTime();
        boolean full = pendingAll;
        if (priceBook != prices) {
            prices = priceBook;
            engine.setPriceBook(priceBook); // re-checks everything (bom.price reads the prices)
            bom.invalidateAll();
        } else if (pendingAll) {
            engine.validateAll();
        } else {
            engine.update(pending, false, pendingNetwork);
        }
        if (pendingAll) {
            bom.invalidateAll();
        }
        pending.clear();
        pendingAll = false;
        pendingNetwork = false;
        Bom b = bom.bom(prices);
        List<Finding> findings = List.copyOf(engine.findings());
        if (shown != null && shown.equals(findings)) {
            findings = shown; // unchanged (a move that breaks nothing): the same list, so views can skip it
        }
        shown = findings;
        last = new Result(findings, b, full, System.nanoTime() - t0);
        return last;
    }

    /** The cable schedule of the replica as it now is (lengths from geometry); computed once per change. */
    public CableSchedule cables() {
        if (cables == null) {
            cables = CableSchedule.of(replica, Standard.linkFacts(replica, catalog), catalog);
        }
        return cables;
    }

    /** The cable schedule if it is already computed for the replica as it now is, else null. */
    public CableSchedule cablesIfKnown() {
        return cables;
    }

    /** The replica (for tests: compare it with the live design). */
    public Project replica() {
        return replica;
    }
}
