package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleEngine;

/** The flow-test fixture behaves as the flow tests assume (checked without a window). */
class FlowFixtureTest {
    @Test
    void movingServer2ToRack2BreaksTheCableReachAndAFixIsOffered() {
        Catalog c = CatalogLoader.builtIn();
        Project p = FlowFixture.project();
        List<Finding> before = RuleEngine.validate(p, c, CatalogLoader.builtInPrices());
        assertFalse(before.stream().anyMatch(f -> f.ruleId().equals("reach.segment") && f.subjects().contains("link-2")));
        new MoveChassisCommand("srv-2", "rack-2", 1).execute(p);
        List<Finding> after = RuleEngine.validate(p, c, CatalogLoader.builtInPrices());
        Finding reach = after.stream().filter(f -> f.ruleId().equals("reach.segment") && f.subjects().contains("link-2"))
                .findFirst().orElseThrow();
        assertFalse(reach.fixes().isEmpty());
        assertTrue(reach.message().contains("link-2"));
    }
}
