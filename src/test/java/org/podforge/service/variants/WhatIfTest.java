package org.podforge.service.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.bom.Bom;
import org.podforge.bom.Comparison;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Medium;
import org.podforge.model.Project;
import org.podforge.service.templates.TemplateRegistry;

/** A what-if variant is a changed copy: the original stays byte-identical, and the comparison is each design's own BOM. */
class WhatIfTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    private static Project template(String id) throws Exception {
        return TemplateRegistry.builtIn().read(TemplateRegistry.builtIn().find(id).orElseThrow(), CATALOG).project();
    }

    @Test
    void copperToOpticsOnTheTwoRowPodMakesAValidVariantAndLeavesTheOriginal() throws Exception {
        Project original = template("two-row-pod-taurus");
        String before = ProjectWriter.toJson(original);
        WhatIf.Swap optics = WhatIf.options(original, CATALOG).stream().filter(s -> s.key().equals("media:optics")).findFirst().orElseThrow();
        assertEquals(128, optics.changes(), "16 servers x 8 NICs on Taurus AECs");
        Project variant = WhatIf.variant(original, CATALOG, optics);
        assertEquals(before, ProjectWriter.toJson(original), "the original is untouched");
        assertTrue(variant.name().contains("what if"), variant.name());
        assertEquals(0, variant.allLinks().stream().filter(l -> l.medium() == Medium.AEC).count());
        DesignReport a = DesignReport.of(original, CATALOG, PRICES);
        DesignReport b = DesignReport.of(variant, CATALOG, PRICES);
        // no error and no warning, except rack.power's list of the SN5600 leaves, whose power is not published (ADR 0012)
        assertEquals(List.of(), b.validation().findings().stream().filter(f -> !f.severity().equals("INFO"))
                .filter(f -> !org.podforge.rules.builtin.RackPowerRule.isUnknownPower(f.ruleId(), f.severity(), f.message())).toList());
        Comparison c = Comparison.of(List.of(new Comparison.Design("Original", a), new Comparison.Design("Optics", b)), CATALOG);
        Comparison.Row perGpu = c.row(Comparison.COST, "Cost per GPU").orElseThrow();
        assertEquals(Bom.of(variant, CATALOG, PRICES).costPerGpu(), perGpu.values().get(1));
        assertTrue(perGpu.differs(), "optics cost more than the Taurus cables");

        WhatIf.Swap back = WhatIf.options(variant, CATALOG).stream().filter(s -> s.key().equals("media:aec")).findFirst().orElseThrow();
        Project again = WhatIf.variant(variant, CATALOG, back);
        assertEquals(256, again.allLinks().stream().filter(l -> "ASTERA-TAURUS-400G".equals(l.cablePart())).count(),
                "back to AECs: the 128 NIC links and the 128 leaf-spine links, whose reach the findings then judge");
    }

    @Test
    void nicSpeedSwapReplacesEveryNicOfThatPart() throws Exception {
        Project server = template("dgx-b200-server");
        WhatIf.Swap cx8 = WhatIf.options(server, CATALOG).stream()
                .filter(s -> s.key().equals("part:NVIDIA-CONNECTX-7>NVIDIA-CONNECTX-8")).findFirst().orElseThrow();
        assertEquals(8, cx8.changes());
        Project v = WhatIf.variant(server, CATALOG, cx8);
        assertEquals(8, v.allComponents().stream().filter(c -> c.partNumber().equals("NVIDIA-CONNECTX-8")).count());
        assertEquals(0, v.allComponents().stream().filter(c -> c.partNumber().equals("NVIDIA-CONNECTX-7")).count());
        assertEquals(8, server.allComponents().stream().filter(c -> c.partNumber().equals("NVIDIA-CONNECTX-7")).count());
        assertTrue(WhatIf.options(server, CATALOG).stream().noneMatch(s -> s.key().startsWith("part:NVIDIA-CONNECTX-7>MICRON")),
                "only parts of the same family");
        assertThrows(IllegalArgumentException.class, () -> WhatIf.variant(server, CATALOG, new WhatIf.Swap("media:optics", "x", 0)));
    }
}
