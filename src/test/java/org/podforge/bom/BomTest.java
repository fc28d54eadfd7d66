package org.podforge.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Family;
import org.podforge.model.Project;
import org.podforge.testutil.TestCatalog;

class BomTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    private static BomLine line(Bom bom, String pod, String pn) {
        return bom.lines().stream().filter(l -> l.podId().equals(pod) && l.partNumber().equals(pn)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + pn + " in " + pod));
    }

    @Test
    void tinyProjectCostsAreHandComputedAndUnpricedPartsAreCountedNotZero() {
        Catalog c = TestCatalog.catalog();
        PriceBook book = new PriceBook("Test book", "USD", false, "", "", List.of(
                new PriceBook.Price("T-RACK42", 1000, false, "", ""),
                new PriceBook.Price("T-SRV", 5000, false, "", ""),
                new PriceBook.Price("T-GPU", 20000, true, "guess", "")));
        Project p = TestCatalog.smallProject(); // pod x2: 1 rack, 2 servers, 2 CPUs, 4 GPUs, PCB links
        Bom bom = Bom.of(p, c, book);

        assertEquals(4, bom.lines().size()); // GPU, CPU, chassis, rack
        BomLine gpu = line(bom, "pod-1", "T-GPU");
        assertEquals(4, gpu.qtyPerPod());
        assertEquals(2, gpu.pods());
        assertEquals(8, gpu.totalQty());
        assertEquals(160_000.0, gpu.extendedCost());
        assertTrue(gpu.priceEstimate());
        BomLine cpu = line(bom, "pod-1", "T-CPU");
        assertFalse(cpu.isPriced());
        assertNull(cpu.unitPrice());
        assertNull(cpu.extendedCost());
        // per pod: 1000 + 2*5000 + 4*20000 = 91,000; two copies
        assertEquals(91_000.0, bom.pods().get(0).costPerPod(), 1e-9);
        assertEquals(182_000.0, bom.totalCost(), 1e-9);
        assertEquals(91_000.0, bom.costPerPod(), 1e-9);
        assertEquals(182_000.0 / 8, bom.costPerGpu(), 1e-9);
        assertEquals(4, bom.unpricedQty()); // 2 CPUs x 2 copies
        assertEquals(List.of("T-CPU"), bom.unpricedParts());
        assertEquals(2 * 4, bom.gpus());
        // power: 4 GPUs x 1000 W known, plus the air-cooled overhead (45%) over 94% PSU efficiency (fabric J3);
        // the CPUs have no power figure and are listed, the servers' own power is in the overhead
        assertEquals(4000.0 * 1.45 / 0.94, bom.pods().get(0).powerW(), 1e-9);
        assertEquals(Map.of("T-CPU", 2L), bom.pods().get(0).powerUnknown());
        assertEquals(20_000.0, bom.racks().get(0).budgetW());
    }

    @Test
    void linkPartsCountOneCablePerLinkAndTwoTransceivers() {
        Bom bom = Bom.of(BomFixtures.sample(), CATALOG, PRICES);
        assertEquals(4, line(bom, "pod-a", "PCISIG-COPPRLINK-INT-1M").qtyPerPod());
        assertEquals(2, line(bom, "pod-a", "ASTERA-ARIES-SCM-PCIE5").qtyPerPod());
        assertEquals(1, line(bom, "pod-a", "GENERIC-MMF-MPO-OM4").qtyPerPod());
        assertEquals(2, line(bom, "pod-a", "GENERIC-800G-OSFP-SR8").qtyPerPod());
        assertEquals(4, line(bom, "pod-a", "GENERIC-800G-OSFP-SR8").totalQty());
        assertEquals(2, line(bom, "pod-a", "RACK-EIA-48U").qtyPerPod());
        assertEquals(2, line(bom, "pod-a", "GENERIC-HGX-8GPU-10U").qtyPerPod());
        assertTrue(bom.lines().stream().noneMatch(l -> l.partNumber().equals("PCB")));
    }

    @Test
    void unknownPartIsListedUnpricedAndLast() {
        Bom bom = Bom.of(BomFixtures.sample(), CATALOG, PRICES);
        BomLine w = line(bom, "pod-a", "ACME-WIDGET");
        assertNull(w.family());
        assertEquals(BomLine.UNKNOWN_FAMILY, w.familyLabel());
        assertFalse(w.isPriced());
        List<BomLine> podA = bom.lines().stream().filter(l -> l.podId().equals("pod-a")).toList();
        assertEquals("ACME-WIDGET", podA.get(podA.size() - 1).partNumber());
        assertEquals(2, bom.unpricedQty());
    }

    @Test
    void totalsEqualIndependentSumOfQtyTimesPrice() {
        Project p = BomFixtures.sample();
        Bom bom = Bom.of(p, CATALOG, PRICES);
        // pod-a, per copy, hand-listed from the fixture with the default book's prices
        double podA = 2 * 2500 // racks 48U
                + 2 * 50000 // HGX chassis
                + 10000 // switch tray
                + 8 * 35000 // B200
                + 2 * 12460 // EPYC
                + 4 * 81 // Aries 6 x16
                + 162 // Leo
                + 4 * 1500 // CX-7
                + 2 * 1700 // Scorpio X
                + 4 * 50 // CopprLink internal
                + 2 * 600 // Aries SCM
                + 60 // OM4 trunk
                + 2 * 700 // SR8 x2
                + 900; // AOC
        double podB = 2000 + 8000 + 2 * 1200;
        assertEquals(podA, bom.pods().get(0).costPerPod(), 1e-6);
        assertEquals(podB, bom.pods().get(1).costPerPod(), 1e-6);
        assertEquals(2 * podA + podB, bom.totalCost(), 1e-6);
        assertEquals((2 * podA + podB) / 3, bom.costPerPod(), 1e-6);
        assertEquals((2 * podA + podB) / 16, bom.costPerGpu(), 1e-6);
        double silicon = 4 * 81 + 162 + 2 * 1700 + 2 * 600;
        assertEquals(silicon, bom.pods().get(0).siliconCostPerPod(), 1e-6);
        assertEquals(2 * silicon, bom.siliconCost(), 1e-6);
        assertEquals(2 * silicon / 3, bom.siliconCostPerPod(), 1e-6);
        assertEquals(2 * silicon / 16, bom.siliconCostPerGpu(), 1e-6);
        double famSum = bom.byFamily().stream().mapToDouble(Bom.Rollup::cost).sum();
        assertEquals(bom.totalCost(), famSum, 1e-6);
        double lineSum = bom.byProductLine(false).stream().mapToDouble(Bom.Rollup::cost).sum();
        assertEquals(bom.totalCost(), lineSum, 1e-6);
        // per-rack costs plus inter-rack cabling add up to the pod
        Bom.PodRollup a = bom.pods().get(0);
        double racks = a.racks().stream().mapToDouble(Bom.RackRollup::cost).sum();
        assertEquals(a.costPerPod(), racks + a.interRackCablingCostPerPod(), 1e-6);
        assertEquals(2 * 600 + 60 + 2 * 700 + 900, a.interRackCablingCostPerPod(), 1e-6);
    }

    @Test
    void siliconContentByProductLineAndVendor() {
        Bom bom = Bom.of(BomFixtures.sample(), CATALOG, PRICES);
        List<Bom.Rollup> lines = bom.byProductLine(true);
        assertEquals(List.of("Aries 6", "Scorpio X", "Leo", "Aries SCM"), lines.stream().map(Bom.Rollup::name).toList());
        Bom.Rollup aries = lines.get(0);
        assertEquals(8, aries.qty());
        assertEquals(8 * 81.0, aries.cost(), 1e-9);
        assertEquals(8.0 / 3, bom.perPod(aries.qty()), 1e-9);
        assertEquals(8.0 / 16, bom.perGpu(aries.qty()), 1e-9);
        List<Bom.Rollup> vendors = bom.siliconByVendor();
        assertEquals(1, vendors.size());
        assertEquals("Astera Labs", vendors.get(0).name());
        assertEquals(bom.siliconCost(), vendors.get(0).cost(), 1e-9);
        assertTrue(lines.stream().allMatch(r -> !r.family().equals(Family.GPU.label())));
    }

    @Test
    void unpricedSiliconIsCountedButNotCosted() {
        Bom bom = Bom.of(BomFixtures.sample(), CATALOG, BomFixtures.without(PRICES, "ASTERA-LEO-CXL2"));
        Bom.Rollup leo = bom.byProductLine(true).stream().filter(r -> r.name().equals("Leo")).findFirst().orElseThrow();
        assertEquals(2, leo.qty());
        assertEquals(2, leo.unpricedQty());
        assertEquals(0.0, leo.cost());
        assertEquals(4, bom.unpricedQty()); // 2 widgets + 2 Leo
        assertTrue(bom.unpricedParts().contains("ASTERA-LEO-CXL2"));
    }

    @Test
    void powerPerRackCountsComponentsActiveCablesAndOpticsAndSaysWhatIsUnknown() {
        Bom bom = Bom.of(BomFixtures.sample(), CATALOG, PRICES);
        Bom.RackRollup r1 = bom.pods().get(0).racks().get(0);
        Bom.RackRollup r2 = bom.pods().get(0).racks().get(1);
        // rack 1: the DGX B200-class chassis at its 14.3 kW system maximum (fabric J1), which covers its 8 B200, EPYCs,
        // retimers, Leo, NICs and the unknown widget; plus one SR8 (15, fabric I2) + half the AOC (8/2)
        assertEquals(14_300 + 15 + 4, r1.powerW(), 1e-9);
        // only the smart cable modules at the GPU end are unknown in rack 1 (listed once, at end a's rack)
        assertEquals(Map.of("ASTERA-ARIES-SCM-PCIE5", 2L), r1.powerUnknown());
        // rack 2: the other server at its system maximum, the other SR8 and half of the AOC; the switch tray's
        // Scorpio X have no figure (and the tray has no system maximum)
        assertEquals(14_300 + 15 + 4, r2.powerW(), 1e-9);
        assertEquals(2L, r2.powerUnknown().get("ASTERA-SCORPIO-X-320"));
        assertEquals(r2.power().totalW(), r2.powerW(), 1e-9);
        assertEquals(r2.power().budget().watts(), r2.budgetW(), 1e-9);
        // smart cable modules without a power figure are unknown, passive CopprLink is not
        assertEquals(2L, bom.pods().get(0).powerUnknown().get("ASTERA-ARIES-SCM-PCIE5"));
        assertFalse(bom.pods().get(0).powerUnknown().containsKey("PCISIG-COPPRLINK-INT-1M"));
        assertTrue(r1.powerEstimate()); // AOC power is an inferred estimate
        assertEquals(r1.powerW() + r2.powerW(), bom.pods().get(0).powerW(), 1e-9);
        // the storage pod: a JBOF with two 18 W SSDs and no system maximum: parts + air-cooled overhead / PSU efficiency
        assertEquals(2 * (r1.powerW() + r2.powerW()) + 2 * 18 * 1.45 / 0.94, bom.totalPowerW(), 1e-9);
    }

    @Test
    void identicalPodDesignsMergeIntoOneSetOfLines() {
        Project p = org.podforge.service.PodGenerator.cluster(256); // four identical pods of 64
        Bom bom = Bom.of(p, CATALOG, PRICES);
        assertEquals(1, bom.pods().size());
        Bom.PodRollup g = bom.pods().get(0);
        assertEquals(4, g.replicas());
        assertEquals(List.of("pod-1", "pod-2", "pod-3", "pod-4"), g.memberPodIds());
        assertEquals(64, g.gpusPerPod());
        assertEquals(256, bom.gpus());
        assertTrue(bom.lines().stream().allMatch(l -> l.pods() == 4));
        Bom one = Bom.of(org.podforge.service.PodGenerator.cluster(64), CATALOG, PRICES);
        assertEquals(4 * one.totalCost(), bom.totalCost(), 1e-6);
        assertEquals(one.lines().size(), bom.lines().size());
        // a pod that differs stays apart
        p.pods().get(3).setReplicas(2);
        org.podforge.model.Rack r = p.pods().get(3).racks().get(0);
        r.addChassis(new org.podforge.model.Chassis("extra", "", "GENERIC-JBOF-2U", 45));
        Bom split = Bom.of(p, CATALOG, PRICES);
        assertEquals(2, split.pods().size());
        assertEquals(3, split.pods().get(0).replicas());
        assertEquals(2, split.pods().get(1).replicas());
        assertEquals(5 * 64, split.gpus());
    }
}
