package org.podforge.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.io.ProjectReader;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.power.PowerModel;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.RuleRegistry;
import org.podforge.rules.Thresholds;
import org.podforge.service.PodGenerator;

/**
 * An export works out each rack's power once: its BOM and its rules (rack.power, rack.cooling) read one remembering
 * {@link PowerModel}. The report must say what a BOM and a validation each with a model of their own say.
 */
class SharedPowerTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();
    private static final Thresholds T = Thresholds.builtIn();

    private static Project read(String fixture) throws Exception {
        return new ProjectReader(CATALOG).read(Path.of("src/test/resources/rules", fixture)).project();
    }

    @Test
    void theReportSaysWhatASeparateBomAndValidationSay() throws Exception {
        for (Project p : List.of(PodGenerator.cluster(512), read("rack.power/positive.podforge.json"),
                read("rack.power/positive-unknown-alike.podforge.json"), read("rack.cooling/positive.podforge.json"),
                read("bom.price/positive-fabric.podforge.json"))) {
            DesignReport report = DesignReport.of(p, CATALOG, PRICES);
            ValidationStatus alone = Standard.validator().validate(p, CATALOG, PRICES);
            assertEquals(alone.findings(), report.validation().findings(), p.name());
            Bom bom = Bom.of(p, CATALOG, PRICES);
            assertEquals(bom.pods(), report.bom().pods(), p.name());
            assertEquals(bom.racks(), report.bom().racks(), p.name());
        }
    }

    @Test
    void theRulesReadTheRacksTheSharedModelWorkedOut() throws Exception {
        Project p = read("rack.power/positive.podforge.json");
        PowerModel shared = PowerModel.remembering(p, CATALOG, T);
        for (Rack r : p.allRacks()) {
            assertSame(shared.rack(r), shared.rack(r), "worked out once");
        }
        PowerModel plain = new PowerModel(p, CATALOG, T);
        Rack first = p.allRacks().get(0);
        assertNotSame(plain.rack(first), plain.rack(first), "a plain model works out every call");

        // the budget grows behind the shared model's back: a pass that reads it still sees the overloaded rack,
        // which shows it read the shared figures (and why a remembering model never outlives an edit)
        for (Rack r : p.allRacks()) {
            r.setPowerBudgetW(1e9);
        }
        RuleEngine own = new RuleEngine(p, CATALOG, PRICES, T, RuleRegistry.builtIn());
        own.validateAll();
        assertFalse(own.findings().stream().anyMatch(f -> f.ruleId().equals("rack.power") && f.severity().name().equals("ERROR")),
                own.findings().toString());
        RuleEngine reading = new RuleEngine(p, CATALOG, PRICES, T, RuleRegistry.builtIn()).sharePower(shared);
        reading.validateAll();
        assertTrue(reading.findings().stream().anyMatch(f -> f.ruleId().equals("rack.power") && f.severity().name().equals("ERROR")),
                reading.findings().toString());
        // the next pass (after an edit) makes its own model again
        reading.validateAll();
        assertEquals(said(own), said(reading));
    }

    private static List<String> said(RuleEngine e) {
        return e.findings().stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.message() + " " + f.subjects()).toList();
    }

    @Test
    void aModelOfAnotherProjectIsRefused() {
        Project a = PodGenerator.cluster(64);
        Project b = PodGenerator.cluster(64);
        PowerModel ofB = PowerModel.remembering(b, CATALOG, T);
        assertThrows(IllegalArgumentException.class, () -> new RuleEngine(a, CATALOG, PRICES, T, RuleRegistry.builtIn()).sharePower(ofB));
        assertThrows(IllegalArgumentException.class, () -> Bom.of(a, CATALOG, PRICES, ofB));
    }
}
