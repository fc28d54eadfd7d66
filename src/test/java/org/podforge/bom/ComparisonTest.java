package org.podforge.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;

/** Every compared figure is the design's own BOM / validation figure; rows that differ are flagged. */
class ComparisonTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    private static DesignReport report(Project p) {
        return DesignReport.of(p, CATALOG, PRICES);
    }

    private static Project half() {
        Project p = new Project("Half pod");
        p.addPod(PodGenerator.pod("pod-1", "Pod H", 4, 3, 0, ""));
        return p;
    }

    private static double v(Comparison c, String section, String metric, int i) {
        return c.row(section, metric).orElseThrow(() -> new AssertionError("no row " + metric)).values().get(i);
    }

    @Test
    void figuresAreEachDesignsOwnBom() {
        DesignReport a = report(PodGenerator.sample());
        DesignReport b = report(half());
        Comparison c = Comparison.of(List.of(new Comparison.Design("A", a), new Comparison.Design("B", b)), CATALOG);
        List<DesignReport> reports = List.of(a, b);
        for (int i = 0; i < 2; i++) {
            Bom bom = reports.get(i).bom();
            assertEquals(bom.totalCost(), v(c, Comparison.COST, "Total cost", i), 1e-6);
            assertEquals(bom.costPerPod(), v(c, Comparison.COST, "Cost per pod", i), 1e-6);
            assertEquals(bom.costPerGpu(), v(c, Comparison.COST, "Cost per GPU", i), 1e-6);
            assertEquals(bom.siliconCostPerGpu(), v(c, Comparison.COST, "Connectivity silicon per GPU", i), 1e-6);
            assertEquals(bom.gpus(), v(c, Comparison.SIZE, "GPUs", i), 0);
            assertEquals(bom.deployedPods(), v(c, Comparison.SIZE, "Pods deployed", i), 0);
            assertEquals(bom.totalPowerW(), v(c, Comparison.POWER, "Power of the pods, known parts (W)", i), 1e-6);
            assertEquals(bom.totalPowerW(), v(c, Comparison.POWER, "Power, known parts (W)", i), 1e-6, "no fabric here");
            assertEquals(bom.totalPowerW() / bom.gpus(), v(c, Comparison.POWER, "Power per GPU (W)", i), 1e-6);
            for (Bom.Rollup r : bom.byProductLine(true)) {
                assertEquals(bom.perGpu(r.cost()), v(c, Comparison.SILICON, r.name() + " (" + r.vendor() + "): cost per GPU", i), 1e-6);
                assertEquals(bom.perGpu(r.qty()), v(c, Comparison.SILICON, r.name() + " (" + r.vendor() + "): units per GPU", i), 1e-9);
            }
            // the fabric split partitions the priced total
            double tiers = Comparison.costByTier(reports.get(i), CATALOG).values().stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(bom.totalCost(), tiers, 1e-6);
            // cables and optics by type add up to the BOM's cable, smart-cable and transceiver units
            long media = bom.lines().stream().filter(l -> l.family() != null && l.family().isLinkMedium()).mapToLong(BomLine::totalQty).sum();
            double counted = 0;
            for (Comparison.Row r : c.section(Comparison.CABLES)) {
                counted += r.values().get(i);
            }
            assertEquals(media, counted, 0);
            ValidationStatus vs = reports.get(i).validation();
            assertEquals(vs.errors(), v(c, Comparison.FINDINGS, "Errors", i), 0);
            assertEquals(vs.warnings(), v(c, Comparison.FINDINGS, "Warnings", i), 0);
        }
        // the half pod has 3 replicas of 32 GPUs: 96 GPUs and 3 x 1 rack
        assertEquals(96, v(c, Comparison.SIZE, "GPUs", 1), 0);
        assertEquals(3, v(c, Comparison.SIZE, "Racks, all", 1), 0);
        assertEquals(2, v(c, Comparison.SIZE, "Racks, all", 0), 0);
        assertEquals(2, v(c, Comparison.SIZE, "Pod racks", 0), 0);
        assertEquals(0, v(c, Comparison.SIZE, "Network racks (scale-out fabric)", 0), 0);
        assertTrue(c.row(Comparison.SIZE, "GPUs").get().differs());
        assertEquals(32.0, c.row(Comparison.SIZE, "GPUs").get().delta(1), 0);
        assertFalse(c.row(Comparison.COST, "Unpriced units (not in any cost)").get().differs());
    }

    @Test
    void nvlinkAndUalinkVariantsOfOnePodAreEachTheirOwnBomWithTheirFabric() {
        // the check: the same pod (2 servers of 4 GPUs, 2 replicas, an SN5600 fabric) on NVLink and on UALink
        var gen = new org.podforge.service.generate.ClusterGenerator(CATALOG, org.podforge.rules.Thresholds.builtIn());
        var base = org.podforge.service.generate.GenerateRequest.builder().gpusPerServer(4).serversPerPod(2).pods(2)
                .scaleOutFamily("NVIDIA-SN5600");
        DesignReport nv = report(gen.generate(base.gpuPart("NVIDIA-B200").scaleUp(org.podforge.service.generate.ScaleUp.NVLINK).build()).project());
        DesignReport ua = report(gen.generate(base.gpuPart("AMD-MI455X").scaleUp(org.podforge.service.generate.ScaleUp.UALINK).build()).project());
        Comparison c = Comparison.of(List.of(new Comparison.Design("NVLink", nv), new Comparison.Design("UALink", ua)), CATALOG);
        List<DesignReport> reports = List.of(nv, ua);
        for (int i = 0; i < 2; i++) {
            Bom bom = reports.get(i).bom();
            assertFalse(bom.fabric().isEmpty());
            // racks: every Rack line of the BOM, the pods' and the network's
            long rackLines = bom.lines().stream().filter(l -> l.family() == org.podforge.model.Family.RACK).mapToLong(BomLine::totalQty).sum();
            assertEquals(rackLines, v(c, Comparison.SIZE, "Racks, all", i), 0);
            assertEquals(bom.fabric().count(FabricBom.Role.RACK), v(c, Comparison.SIZE, "Network racks (scale-out fabric)", i), 0);
            assertTrue(v(c, Comparison.SIZE, "Network racks (scale-out fabric)", i) > 0);
            // power: the pods' figure and the fabric's, as `podforge bom` gives them (totals.powerW, fabric.power.totalW)
            double fabricW = bom.fabric().power().totalW();
            assertTrue(fabricW > 0, "the fabric's modules draw power");
            assertEquals(bom.totalPowerW(), v(c, Comparison.POWER, "Power of the pods, known parts (W)", i), 1e-6);
            assertEquals(fabricW, v(c, Comparison.POWER, "Power of the scale-out fabric, known parts (W)", i), 1e-6);
            assertEquals(bom.totalPowerW() + fabricW, v(c, Comparison.POWER, "Power, known parts (W)", i), 1e-6);
            assertEquals((bom.totalPowerW() + fabricW) / bom.gpus(), v(c, Comparison.POWER, "Power per GPU (W)", i), 1e-6);
            long unknown = bom.powerUnknown().values().stream().mapToLong(Long::longValue).sum()
                    + bom.fabric().power().unknown().values().stream().mapToLong(Long::longValue).sum();
            assertEquals(unknown, v(c, Comparison.POWER, "Units without a power figure", i), 0);
            assertEquals(bom.totalCost(), v(c, Comparison.COST, "Total cost", i), 1e-6);
            assertEquals(bom.costPerGpu(), v(c, Comparison.COST, "Cost per GPU", i), 1e-6);
            assertEquals(bom.connectivity().total().get(ConnectivityTier.SCALE_UP), v(c, Comparison.FABRIC, "Scale-up: total", i), 1e-6);
            assertEquals(bom.connectivity().total().get(ConnectivityTier.SCALE_OUT), v(c, Comparison.FABRIC, "Scale-out: total", i), 1e-6);
        }
        assertTrue(c.row(Comparison.SILICON, "NVLink Switch (NVIDIA): units per GPU").orElseThrow().differs());
    }

    @Test
    void scaleUpMediaCountAsScaleUpWhateverTheirProtocol() {
        DesignReport a = report(PodGenerator.sample());
        Map<ConnectivityTier, Double> t = Comparison.costByTier(a, CATALOG);
        // the sample's Scorpio X planes and the PCIe cables to them are its scale-up fabric
        double switches = a.bom().lines().stream().filter(l -> l.partNumber().equals(PodGenerator.XSWITCH)).mapToDouble(BomLine::extendedCost).sum();
        double cables = a.bom().lines().stream().filter(l -> l.partNumber().equals(PodGenerator.COPPER_CABLE)
                || l.partNumber().equals(PodGenerator.OPTICAL_CABLE)).mapToDouble(BomLine::extendedCost).sum();
        assertEquals(switches + cables, t.get(ConnectivityTier.SCALE_UP), 1e-6);
        assertTrue(cables > 0);
    }

    @Test
    void aFigureADesignCannotGiveIsNullNotZero() {
        Project empty = new Project("Empty");
        Comparison c = Comparison.of(List.of(new Comparison.Design("S", report(PodGenerator.sample())),
                new Comparison.Design("E", report(empty))), CATALOG);
        assertNull(c.row(Comparison.COST, "Cost per GPU").get().values().get(1));
        assertNull(c.row(Comparison.COST, "Cost per GPU").get().delta(1));
        assertTrue(c.row(Comparison.COST, "Cost per GPU").get().differs());
    }

    @Test
    void oneDesignIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Comparison.of(List.of(new Comparison.Design("S", report(PodGenerator.sample()))), CATALOG));
    }
}
