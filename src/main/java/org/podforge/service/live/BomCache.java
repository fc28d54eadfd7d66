package org.podforge.service.live;

import java.util.Set;
import org.podforge.bom.Bom;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;

/** The BOM of the live analysis's replica. */
final class BomCache {
    private final Project replica;
    private final Catalog catalog;

    BomCache(Project replica, Catalog catalog) {
        this.replica = replica;
        this.catalog = catalog;
    }

    /** Called with a patch's ids before it is written into the replica. */
    void before(Set<String> ids) {
    }

    /** Called with a patch's ids after it was written into the replica. */
    void after(Set<String> ids, boolean all) {
    }

    void invalidateAll() {
    }

    Bom bom(PriceBook prices) {
        return Bom.of(replica, catalog, prices);
    }
}
