package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;

class BomJsonTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @Test
    void jsonIsValidEscapedAndMatchesTheModel() throws Exception {
        Project p = BomFixtures.sample();
        p.setName("Fixture \"A\", with \\ and\nnewline");
        DesignReport rep = DesignReport.of(p, CATALOG, BomFixtures.without(CatalogLoader.builtInPrices(), "ASTERA-LEO-CXL2"),
                LinkFacts.nominal(p, CATALOG), Validator.unavailable("test"));
        JsonNode j = new ObjectMapper().readTree(BomJson.of(rep));
        assertEquals(p.name(), j.get("project").asText());
        assertEquals(rep.bom().totalCost(), j.get("totals").get("totalCost").asDouble(), 1e-6);
        assertEquals(rep.bom().lines().size(), j.get("lines").size());
        JsonNode leo = null;
        for (JsonNode l : j.get("lines")) {
            if (l.get("partNumber").asText().equals("ASTERA-LEO-CXL2")) {
                leo = l;
            }
        }
        assertTrue(leo != null && leo.get("unitPrice").isNull() && leo.get("extendedCost").isNull() && !leo.get("priced").asBoolean());
        assertEquals(2, j.get("pods").size());
        assertEquals(rep.bom().pods().get(0).costPerPod(), j.get("pods").get(0).get("costPerPod").asDouble(), 1e-6);
        assertEquals("ASTERA-LEO-CXL2", j.get("totals").get("unpricedParts").get(1).asText());
        assertTrue(j.get("validation").get("status").asText().startsWith("not validated"));
        assertEquals(4, j.get("connectivitySiliconByProductLine").size());
    }
}
