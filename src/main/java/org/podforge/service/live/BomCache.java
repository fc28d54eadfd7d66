package org.podforge.service.live;

import org.podforge.bom.Bom;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;

/**
 * The BOM of the live analysis's replica, recounting only what a patch can have changed ({@link Bom.Parts}): the
 * pod designs {@link EditReach} names (those holding a node whose shape changed; a link also marks the pods at its
 * ends), every pod when a pattern, the fabric itself or something at the network level changed (pattern ends and
 * fabric links decide which parts count as unconnected), and the fabric's share only when the patch reaches the
 * network level. A move inside a rack recounts nothing: the BOM does not read where things stand.
 */
final class BomCache {
    private final Project replica;
    private final Catalog catalog;
    private final Bom.Parts parts = new Bom.Parts();

    BomCache(Project replica, Catalog catalog) {
        this.replica = replica;
        this.catalog = catalog;
    }

    /** Marks what a patch, described by its reach, leaves stale. */
    void mark(EditReach reach) {
        if (reach.allPods()) {
            parts.staleAll();
            return;
        }
        reach.stalePods().forEach(parts::stale);
        if (reach.network()) {
            parts.staleFabric();
        }
    }

    void invalidateAll() {
        parts.staleAll();
    }

    Bom bom(PriceBook prices) {
        return Bom.of(replica, catalog, prices, parts);
    }
}
