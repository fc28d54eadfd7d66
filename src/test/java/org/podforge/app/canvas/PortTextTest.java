package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Port;

/** Ports say their cage (port fan tooltip, inspector) from the catalog, and say so when it is unknown. */
class PortTextTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void aQuantumSwitchPortShowsItsOsfpCageAndLanes() {
        Part q3400 = CATALOG.require("NVIDIA-Q3400-RA");
        Port first = q3400.ports().get(0);
        String text = PortText.describe(q3400, first);
        assertTrue(text.startsWith(first.name() + " · OSFP cage · "), text);
        assertTrue(text.contains(" = 8 x 200G"), text);
        assertEquals(q3400.ports().size() + " x OSFP cage · 1,600G = 8 x 200G · INFINIBAND", PortText.networkSummary(q3400));
    }

    @Test
    void everyNetworkSwitchInTheCatalogNamesACageOrSaysWhyNot() {
        for (Part p : CATALOG.byFamily(Family.NETWORK_SWITCH)) {
            String summary = PortText.networkSummary(p);
            assertTrue(summary.contains("cage"), p.partNumber() + ": " + summary);
        }
    }

    @Test
    void aPciePortHasNoCageText() {
        Part gpu = CATALOG.require("NVIDIA-B200");
        Port pcie = gpu.ports().stream().filter(x -> !x.spec().isNetwork() && x.spec().cage() == null).findFirst().orElseThrow();
        assertEquals("", PortText.cage(gpu, pcie.spec()));
    }
}
