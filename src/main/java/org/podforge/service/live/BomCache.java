package org.podforge.service.live;

import java.util.Set;
import org.podforge.bom.Bom;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Fabric;
import org.podforge.model.LinkPattern;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Project;

/**
 * The BOM of the live analysis's replica, recounting only the pod designs a patch touched ({@link Bom.Parts}): a
 * pod is stale when a named node sits in it before or after the patch (a link's ends are named too, so a fabric
 * link marks the pods at its ends). A change to the fabric's wiring patterns, or the fabric as a whole, recounts
 * every pod (pattern ends decide which parts count as unconnected).
 */
final class BomCache {
    private final Project replica;
    private final Catalog catalog;
    private final Bom.Parts parts = new Bom.Parts();

    BomCache(Project replica, Catalog catalog) {
        this.replica = replica;
        this.catalog = catalog;
    }

    /** Called with a patch's ids before it is written into the replica. */
    void before(Set<String> ids) {
        mark(ids);
    }

    /** Called with a patch's ids after it was written into the replica. */
    void after(Set<String> ids, boolean all) {
        if (all) {
            parts.staleAll();
        } else {
            mark(ids);
        }
    }

    void invalidateAll() {
        parts.staleAll();
    }

    Bom bom(PriceBook prices) {
        return Bom.of(replica, catalog, prices, parts);
    }

    private void mark(Set<String> ids) {
        for (String id : ids) {
            if (Fabric.ID.equals(id)) {
                parts.staleAll();
                return;
            }
            Node n = replica.find(id).orElse(null);
            while (n != null && !(n instanceof Pod) && !(n instanceof LinkPattern)) {
                n = n.parent();
            }
            if (n instanceof Pod pod) {
                parts.stale(pod.id());
            } else if (n instanceof LinkPattern) {
                parts.staleAll();
                return;
            }
        }
    }
}
