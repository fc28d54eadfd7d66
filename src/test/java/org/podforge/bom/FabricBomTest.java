package org.podforge.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.LinkPattern;
import org.podforge.model.Medium;
import org.podforge.model.MeshWiring;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.rules.FabricFixtures;

/** The fabric's BOM lines by multiplication, per cable end, and the connectivity cost split. */
class FabricBomTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    static Map<String, Long> fabricLines(Bom b) {
        Map<String, Long> m = new HashMap<>();
        for (BomLine l : b.lines()) {
            if (l.podId().equals(FabricBom.POD_ID)) {
                assertEquals(1, l.pods(), "the fabric is one copy");
                m.merge(l.partNumber(), l.qtyPerPod(), Long::sum);
            }
        }
        return m;
    }

    /** FabricFixtures.correct() with media: 400G modules at the NICs, twin-port 800G modules at the leaves. */
    static Project withMedia() {
        Project p = FabricFixtures.correct();
        LinkPattern rails = p.pattern("rails-1").orElseThrow();
        rails.setCablePart("GENERIC-MMF-MPO-OM4");
        rails.setTransceiverPart("NVIDIA-MMA4Z00-NS400");
        rails.setTransceiverPartB("NVIDIA-MMA4Z00-NS");
        LinkPattern mesh = p.pattern("mesh-1").orElseThrow();
        mesh.setCablePart("GENERIC-MMF-MPO-OM4");
        mesh.setTransceiverPart("NVIDIA-MMA4Z00-NS");
        return p;
    }

    @Test
    void switchesCablesAndTransceiversPerEndAreCountedFromThePatterns() {
        Bom b = Bom.of(withMedia(), CATALOG, PRICES);
        Map<String, Long> m = fabricLines(b);
        // rails: 4 replicas x 2 rails x 2 servers = 16, less the port hand-1 takes over; mesh: 4 leaves x 2 spines x 2
        assertEquals(15 + 16, m.get("GENERIC-MMF-MPO-OM4"));
        assertEquals(15, m.get("NVIDIA-MMA4Z00-NS400"), "one 400G module at each NIC end");
        assertEquals(15 + 2 * 16, m.get("NVIDIA-MMA4Z00-NS"), "one at each leaf end of a rail cable, two per mesh cable");
        assertEquals(6, m.get("NVIDIA-SN5600"));
        assertEquals(6, m.get("NVIDIA-SN5600-BOX"));
        assertEquals(2, m.get("RACK-EIA-42U"));
        FabricBom f = b.fabric();
        assertEquals(6, f.count(FabricBom.Role.SWITCH));
        assertEquals(31, f.count(FabricBom.Role.CABLE));
        assertEquals(15 + 15 + 32, f.count(FabricBom.Role.TRANSCEIVER));
        // the pods' lines are untouched: 2 servers x 4 replicas
        assertTrue(b.lines().stream().anyMatch(l -> l.podId().equals("pod-1") && l.partNumber().equals("NVIDIA-CONNECTX-7")
                && l.qtyPerPod() == 4 && l.pods() == 4));
    }

    @Test
    void aCoPackagedOpticsSwitchTakesNoPluggable() {
        Project p = withMedia();
        Rack r = new Rack("netrack-9", "CPO", "RACK-EIA-42U", 1, 3);
        Chassis box = new Chassis("cpobox-1", "", "GENERIC-TH5-BAILLY-CPO-BOX", 1);
        box.addComponent(new Component("cpo-1", "", "GENERIC-TH5-BAILLY-CPO", "asic"));
        r.addChassis(box);
        p.fabric().addRack(r);
        LinkPattern up = new LinkPattern("mesh-9", "", new MeshWiring(List.of("spine-1", "spine-2"), List.of("cpo-1"), 1, 4, "port-", 40,
                "port-", 1), 8, Medium.FIBER_SM);
        up.setTransceiverPart("GENERIC-800G-OSFP-DR8");
        p.fabric().addPattern(up);
        Map<String, Long> m = fabricLines(Bom.of(p, CATALOG, PRICES));
        assertEquals(8, m.get("GENERIC-800G-OSFP-DR8"), "8 cables: a module at each spine end, none at the CPO switch");
    }

    @Test
    void connectivityCostSplitsEveryPricedLineOnceAndPerGpu() {
        Bom b = Bom.of(withMedia(), CATALOG, PRICES);
        ConnectivityCost c = b.connectivity();
        double sum = c.total().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(b.totalCost(), sum, 1e-6, "every priced line is in exactly one tier");
        double scaleOut = 0;
        for (BomLine l : b.lines()) {
            if (l.isPriced() && (l.podId().equals(FabricBom.POD_ID) || l.family() == org.podforge.model.Family.NIC)) {
                scaleOut += l.extendedCost();
            }
        }
        assertEquals(scaleOut, c.total().get(ConnectivityTier.SCALE_OUT), 1e-6, "the fabric and the NICs are scale-out");
        assertEquals(16, c.gpus());
        assertEquals(c.total().get(ConnectivityTier.SCALE_OUT) / 16, c.perGpu(ConnectivityTier.SCALE_OUT), 1e-9);
        assertNull(Bom.of(new Project("empty"), CATALOG, PRICES).connectivity().perGpu(ConnectivityTier.SCALE_UP));
    }
}
