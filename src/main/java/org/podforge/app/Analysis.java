package org.podforge.app;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.podforge.bom.Bom;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.Standard;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.Severity;

/**
 * What the panels show about one revision of the design, computed off the FX thread (see {@link AnalysisService}):
 * the rule findings, the BOM and the cable schedule (lengths from geometry).
 *
 * @param revision the {@link DocumentModel#revisionProperty()} value the analysed design had
 * @param cables   the cable schedule, or null while it is still being computed: the live analysis publishes
 *                 findings and BOM first and the same analysis {@link #withCables with its cables} right after
 * @param millis   how long computing took (validation, BOM and, once there, cables together)
 */
public record Analysis(long revision, List<Finding> findings, Bom bom, CableSchedule cables, long millis) {

    public Analysis {
        findings = List.copyOf(findings);
    }

    /** Computes everything for a snapshot; runs on a background thread, touches only its arguments. */
    public static Analysis compute(long revision, Project snapshot, Catalog catalog, PriceBook prices) {
        long t0 = System.nanoTime();
        RuleEngine engine = new RuleEngine(snapshot, catalog, prices);
        engine.validateAll();
        List<Finding> findings = engine.findings();
        Bom bom = Bom.of(snapshot, catalog, prices);
        CableSchedule cables = CableSchedule.of(snapshot, Standard.linkFacts(snapshot, catalog), catalog);
        return new Analysis(revision, findings, bom, cables, (System.nanoTime() - t0) / 1_000_000);
    }

    /** This analysis completed with its cable schedule (same findings and BOM objects). */
    public Analysis withCables(CableSchedule schedule, long totalMillis) {
        return new Analysis(revision, findings, bom, schedule, totalMillis);
    }

    /** True when {@code other} carries the very same findings (a second publish of one pass, adding its cables). */
    public boolean sameFindingsAs(Analysis other) {
        return other != null && other.findings == findings;
    }

    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, 0);
        }
        for (Finding f : findings) {
            m.merge(f.severity(), 1, Integer::sum);
        }
        return m;
    }

    /** "3 errors, 5 warnings, 2 info" or "No problems". */
    public String summary() {
        Map<Severity, Integer> c = counts();
        int e = c.get(Severity.ERROR);
        int w = c.get(Severity.WARNING);
        int i = c.get(Severity.INFO);
        if (e + w + i == 0) {
            return "No problems";
        }
        return e + (e == 1 ? " error, " : " errors, ") + w + (w == 1 ? " warning, " : " warnings, ") + i + " info";
    }
}
