package org.podforge.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.geometry.Geometry;
import org.podforge.geometry.GeometryDefaults;
import org.podforge.model.Link;
import org.podforge.model.Project;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.Severity;

/** The export's link facts and validation come from the geometry, topology and rules packages. */
class StandardWiringTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    private static Link link(Project p, String id) {
        return p.link(id).orElseThrow();
    }

    @Test
    void lengthsComeFromGeometryAndOverridesWin() {
        Project p = BomFixtures.sample();
        LinkFacts f = Standard.linkFacts(p, CATALOG);
        assertEquals(0.8, f.lengthM().applyAsDouble(link(p, "l-rt-gpu-1")));
        double cross = f.lengthM().applyAsDouble(link(p, "l-gpu-sw-5"));
        assertEquals(new Geometry(CATALOG, GeometryDefaults.STANDARD).length(link(p, "l-gpu-sw-5")).metres(), cross, 1e-9);
        assertTrue(cross > 0.6, "two racks apart: " + cross);
        CableSchedule s = CableSchedule.of(p, f, CATALOG);
        assertTrue(s.runs().stream().filter(CableRun::isCable).allMatch(CableRun::hasLength));
    }

    @Test
    void generationIsNegotiatedOverTheWholeChain() {
        Project p = BomFixtures.sample();
        LinkFacts f = Standard.linkFacts(p, CATALOG);
        // EPYC (Gen5) -> Aries 6 (Gen6) -> B200 host (Gen5) over Gen6 CopprLink: the chain trains at Gen5
        assertEquals(5, f.generation().apply(link(p, "l-cpu-rt-1")));
        assertEquals(5, f.generation().apply(link(p, "l-rt-gpu-1")));
        // Ethernet between NICs has no PCIe generation
        assertNull(f.generation().apply(link(p, "l-nic-fibre")));
    }

    @Test
    void validationIsTheRulesEnginesFindings() {
        Project p = BomFixtures.sample();
        ValidationStatus v = Standard.validator().validate(p, CATALOG, PRICES);
        List<Finding> expected = RuleEngine.validate(p, CATALOG, PRICES);
        assertTrue(v.ran());
        assertEquals(expected.size(), v.findings().size());
        assertEquals(expected.stream().filter(x -> x.severity() == Severity.ERROR).count(), v.errors());
        assertEquals(expected.stream().filter(x -> x.severity() == Severity.WARNING).count(), v.warnings());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).ruleId(), v.findings().get(i).ruleId());
            assertEquals(expected.get(i).message(), v.findings().get(i).message());
            assertEquals(expected.get(i).subjects(), v.findings().get(i).subjects());
        }
        assertTrue(v.findings().stream().anyMatch(x -> x.subjects().contains("widget-1")), "the unknown part is flagged");
    }
}
