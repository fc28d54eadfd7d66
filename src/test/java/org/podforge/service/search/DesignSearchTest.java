package org.podforge.service.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Medium;
import org.podforge.model.Project;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;
import org.podforge.service.PodGenerator;

/** Search results speak the user's words: a link's medium and a finding's severity by name, never an enum constant. */
class DesignSearchTest {
    @Test
    void linksShowTheirMediumByNameAndAreFoundByIt() {
        Project p = new Project("p");
        p.addPod(PodGenerator.pod("pod-1", "Pod A", 4, 1, 0, ""));
        DesignSearch.Result r = DesignSearch.find(p, CatalogLoader.builtIn(), List.of(), Medium.COPPER_INTERNAL.label());
        assertFalse(r.hits().isEmpty(), "links on internal copper are found by the medium's name");
        for (DesignSearch.Hit h : r.hits()) {
            assertTrue(h.detail().contains(Medium.COPPER_INTERNAL.label()), h.detail());
            assertFalse(h.detail().contains(Medium.COPPER_INTERNAL.name()), h.detail());
        }
    }

    @Test
    void findingsShowTheSeverityInWords() {
        Finding f = new Finding("rack.power", Severity.WARNING, "Rack draws too much", List.of("rack-1"), List.of(), "");
        DesignSearch.Hit h = DesignSearch.find(new Project("p"), CatalogLoader.builtIn(), List.of(f), "rack.power").hits().get(0);
        assertTrue(h.title().startsWith("warning"), h.title());
    }
}
