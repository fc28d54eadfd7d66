package org.podforge.rules;

import java.util.Objects;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.geometry.Geometry;
import org.podforge.geometry.GeometryDefaults;
import org.podforge.model.Part;
import org.podforge.model.Project;

/**
 * What rules see: the project, the catalog, the active price book, the thresholds (with the project's
 * overrides) and the geometry built from them.
 */
public final class RuleContext {
    private final Project project;
    private final Catalog catalog;
    private final PriceBook priceBook;
    private final Thresholds thresholds;
    private final Geometry geometry;

    public RuleContext(Project project, Catalog catalog, PriceBook priceBook, Thresholds baseThresholds) {
        this.project = Objects.requireNonNull(project);
        this.catalog = Objects.requireNonNull(catalog);
        this.priceBook = Objects.requireNonNull(priceBook);
        this.thresholds = baseThresholds.withOverrides(project.thresholdOverrides());
        this.geometry = new Geometry(catalog, geometryDefaults(thresholds));
    }

    /** Geometry defaults from thresholds (geometry.rowPitchM, geometry.rackPitchM, geometry.slackFraction). */
    public static GeometryDefaults geometryDefaults(Thresholds t) {
        GeometryDefaults d = GeometryDefaults.STANDARD;
        return new GeometryDefaults(t.value("geometry.rowPitchM", d.rowPitchM()), t.value("geometry.rackPitchM", d.rackPitchM()),
                t.value("geometry.slackFraction", d.slackFraction()));
    }

    public Project project() { return project; }
    public Catalog catalog() { return catalog; }
    public PriceBook priceBook() { return priceBook; }
    public Thresholds thresholds() { return thresholds; }
    public Geometry geometry() { return geometry; }

    private final java.util.Map<String, java.util.Map<?, ?>> caches = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A per-pass scratch map for a rule's derived data (e.g. slot types of a chassis part, or the pass's power
     * model and rack figures). It may hold values that depend on the project only because the context lives for
     * one full pass or one incremental update, during which the project does not change; never keep one across
     * passes. Thread-safe: a full pass may run units in parallel.
     */
    @SuppressWarnings("unchecked")
    public <K, V> java.util.Map<K, V> cache(String name) {
        return (java.util.Map<K, V>) caches.computeIfAbsent(name, k -> new java.util.concurrent.ConcurrentHashMap<>());
    }

    private volatile org.podforge.power.PowerModel sharedPower;

    /** The power model the engine was given for this pass ({@link RuleEngine#sharePower}), or null: rules make their own. */
    public org.podforge.power.PowerModel sharedPower() {
        return sharedPower;
    }

    void sharePower(org.podforge.power.PowerModel model) {
        this.sharedPower = model;
    }

    private final java.util.Set<String> siblingReaders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Says that a rack check read the other racks of the rack's pod design or fabric (where a chassis could move,
     * PowerFixes): the engine then judges the rack again whenever one of those racks is judged again.
     */
    public void readSiblingRacks(org.podforge.model.Rack rack) {
        siblingReaders.add(rack.id());
    }

    /** Whether a rack check in this pass read the rack's sibling racks. */
    boolean readSiblingRacks(String rackId) {
        return siblingReaders.contains(rackId);
    }

    public Part part(String partNumber) {
        return catalog.find(partNumber).orElse(null);
    }

    /**
     * A part a fix may offer: in the catalog and orderable, else null. Every fix that adds or swaps in a
     * catalog part asks here, so an announced, demonstration or illustrative part is never offered.
     */
    public Part offerable(String partNumber) {
        Part p = part(partNumber);
        return p != null && p.isOrderable() ? p : null;
    }
}
