package org.podforge.bom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podforge.catalog.Catalog;
import org.podforge.geometry.Geometry;
import org.podforge.model.Link;
import org.podforge.model.Port;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.RuleRegistry;
import org.podforge.rules.builtin.Negotiation;
import org.podforge.rules.Thresholds;
import org.podforge.topology.Chain;
import org.podforge.topology.Island;
import org.podforge.topology.Topology;

/**
 * The link facts and validator exports use, wired to the geometry, topology and rules packages: lengths
 * from {@link Geometry} (with the project's threshold overrides, as the rules see them), negotiated
 * generations per PCIe/CXL chain from {@link Topology#chains()}, findings from {@link RuleEngine}.
 */
public final class Standard {
    private Standard() {
    }

    /** Link lengths and negotiated generations for the cable schedule. */
    public static LinkFacts linkFacts(Project project, Catalog catalog) {
        return linkFacts(project, catalog, Thresholds.builtIn());
    }

    /** Link lengths (geometry defaults from {@code thresholds} with the project's overrides) and negotiated generations. */
    public static LinkFacts linkFacts(Project project, Catalog catalog, Thresholds thresholds) {
        Thresholds t = thresholds.withOverrides(project.thresholdOverrides());
        Geometry geometry = new Geometry(catalog, RuleContext.geometryDefaults(t));
        Map<String, Integer> generations = negotiatedGenerations(project, catalog);
        return new LinkFacts(l -> geometry.length(l).metres(), l -> generations.get(l.id()),
                "geometry model (docs/rules.md): user-set lengths win, else board trace / same rack / same row / other row, "
                        + "with slack; estimates",
                "negotiated per PCIe/CXL chain: the lowest generation of its two ends, the retimers and the cables in between",
                (a, b, set) -> geometry.between(project, a, b, set).metres());
    }

    /**
     * Link id -> the generation its PCIe/CXL chain trains at: the lowest generation of the chain's two end
     * ports, the retimers it crosses and its PCIe/CXL cables (what link.generation checks).
     */
    static Map<String, Integer> negotiatedGenerations(Project project, Catalog catalog) {
        Map<String, Integer> out = new HashMap<>();
        for (Island island : Island.all(project)) {
            Topology t = new Topology(island, catalog);
            for (Chain c : t.chains()) {
                if (c.open() || !pcie(c.portA()) || !pcie(c.portB())) {
                    continue;
                }
                Integer g = Negotiation.generation(t, c);
                if (g != null) {
                    for (Link l : c.links()) {
                        out.put(l.id(), g);
                    }
                }
            }
        }
        return out;
    }

    private static boolean pcie(Port p) {
        return p != null && (p.spec().speaks(Protocol.PCIE) || p.spec().speaks(Protocol.CXL)) && p.spec().generation() != null;
    }

    /** The validator whose findings and status go into exports: the full rule set. */
    public static Validator validator() {
        return validator(Thresholds.builtIn());
    }

    /** The full rule set against {@code thresholds} (the project's overrides applied on top, as always). */
    public static Validator validator(Thresholds thresholds) {
        return validator(thresholds, null);
    }

    /**
     * As {@link #validator(Thresholds)}, the rack figures read from {@code power} when not null (a remembering model
     * over the project it validates, which the BOM filled: see {@link DesignReport}).
     */
    static Validator validator(Thresholds thresholds, org.podforge.power.PowerModel power) {
        return (project, catalog, prices) -> {
            RuleEngine engine = new RuleEngine(project, catalog, prices, thresholds, RuleRegistry.builtIn());
            if (power != null) {
                engine.sharePower(power); // refuses a model of another project
            }
            engine.validateAll();
            List<Finding> findings = engine.findings();
            List<FindingRow> rows = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                rows.add(FindingRow.of(project, f));
            }
            return new ValidationStatus(true, "PodForge rules engine, " + RuleRegistry.builtIn().rules().size() + " rules", rows);
        };
    }
}
