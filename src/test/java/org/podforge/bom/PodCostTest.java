package org.podforge.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.PodGenerator;

/** "Cost / pod" with several pods: an empty new pod does not halve the real pod; two designs give a range. */
class PodCostTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @Test
    void anEmptyPodIsNotAveragedIn() {
        Project p = new Project("two pods");
        p.addPod(PodGenerator.pod("pod-1", "Pod A", 4, 1, 0, ""));
        double alone = Bom.of(p, CATALOG, PRICES).costPerPod();
        Pod empty = new Pod("pod-2", "Pod B", 1);
        empty.addRack(new Rack("rack-9", "", PodGenerator.RACK, 0, 0));
        p.addPod(1, empty);
        Bom bom = Bom.of(p, CATALOG, PRICES);
        assertEquals(2, bom.deployedPods());
        assertEquals(1, bom.costedPods());
        assertEquals(alone, bom.costPerPod(), 1e-6, "the empty pod's rack is neither a pod nor part of the real pod's cost");
        assertTrue(bom.totalCost() > alone, "the empty pod's rack is still in the total");
        assertEquals(bom.siliconCost(), bom.siliconCostPerPod(), 1e-6);
        assertEquals(bom.totalPowerW(), bom.perPod(bom.totalPowerW()), 1e-6);
        double[] r = PodCost.range(bom);
        assertEquals(alone, r[0], 1e-6);
        assertEquals(alone, r[1], 1e-6);
    }

    @Test
    void twoDesignsGiveARangeAndNoPodGivesNone() {
        Project p = new Project("two designs");
        p.addPod(PodGenerator.pod("pod-1", "Pod A", 4, 1, 0, "a"));
        p.addPod(1, PodGenerator.pod("pod-2", "Pod B", 8, 1, 2, "b"));
        Bom bom = Bom.of(p, CATALOG, PRICES);
        double[] r = PodCost.range(bom);
        assertTrue(r[0] < r[1], r[0] + " .. " + r[1]);
        assertEquals(bom.pods().stream().mapToDouble(Bom.PodRollup::costPerPod).min().orElseThrow(), r[0], 1e-6);
        assertEquals(2, bom.costedPods());
        assertEquals(bom.totalCost() / 2, bom.costPerPod(), 1e-6);
        assertNull(PodCost.range(Bom.of(new Project("none"), CATALOG, PRICES)));
    }
}
