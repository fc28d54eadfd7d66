package org.podforge.app;

import org.podforge.bom.Bom;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.LinkFacts;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;

/**
 * What the panels show about one revision of the design, computed off the FX thread from a snapshot:
 * the BOM and the cable schedule.
 *
 * @param revision the {@link DocumentModel#revisionProperty()} value the snapshot was taken at
 * @param millis   how long computing took (shown nowhere; measured for docs/performance.md)
 */
public record Analysis(long revision, Bom bom, CableSchedule cables, long millis) {

    /** Computes everything for a snapshot; runs on a background thread, touches only its arguments. */
    public static Analysis compute(long revision, Project snapshot, Catalog catalog, PriceBook prices) {
        long t0 = System.nanoTime();
        Bom bom = Bom.of(snapshot, catalog, prices);
        CableSchedule cables = CableSchedule.of(snapshot, LinkFacts.nominal(snapshot, catalog), catalog);
        return new Analysis(revision, bom, cables, (System.nanoTime() - t0) / 1_000_000);
    }
}
