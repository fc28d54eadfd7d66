package org.podforge.rules;

import java.util.List;
import java.util.Map;
import org.podforge.topology.Topology;

/**
 * What the engine keeps per island: its topology (reused while only positions change) and each island rule's
 * findings, whole for rules that judge the island at once, per piece (link, chain or component, see
 * {@link Pieces}) for the others, so that a re-check of the island can keep the pieces an edit did not reach.
 */
final class IslandState {
    final Topology topology;
    /** Per rule: the findings of a rule that judges the whole island (empty for the others). */
    final List<List<Finding>> byRule;
    /** Per rule: piece key -> findings, only pieces with findings; null for rules that judge the whole island. */
    final List<Map<String, List<Finding>>> byPiece;

    IslandState(Topology topology, List<List<Finding>> byRule, List<Map<String, List<Finding>>> byPiece) {
        this.topology = topology;
        this.byRule = byRule;
        this.byPiece = byPiece;
    }
}
