package org.podforge.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/**
 * The pieces an island rule's work splits into, and which findings of the islands a re-check replaces can stand
 * (decision 0038). A rule that judges one piece at a time reads, by its contract ({@link Rule#perLink()},
 * {@link Rule#perChain()}, {@link Rule#perComponent()}), only:
 * <ul>
 *   <li>a link: the links of its chain and the components at their ends (parts, slots, the links on their ports,
 *       where they stand);</li>
 *   <li>a chain: the same, for the chain itself;</li>
 *   <li>a component: the component, the links on its ports and the components at their other ends.</li>
 * </ul>
 * An edit names every node it changes and the end components of every link it adds, removes or changes (the command
 * contract the incremental engine rests on, decisions 0001 and 0005), and the engine adds the components of a named
 * chassis or rack. A piece whose reads hold nothing named was judged, the last time, on exactly what it reads now, so
 * its findings then are its findings now; every other piece is judged again. A chain is taken over only when the
 * island it came from had built the very same chain (same ends, links and retimers, in order).
 */
final class Pieces {

    /** How a rule splits an island, or null for a rule that judges the island as a whole. */
    enum Kind { LINK, CHAIN, COMPONENT }

    private Pieces() {
    }

    static Kind kindOf(Rule r) {
        if (r.scope() != Rule.Scope.ISLAND) {
            return null;
        }
        if (r.perLink()) {
            return Kind.LINK;
        }
        if (r.perChain()) {
            return Kind.CHAIN;
        }
        return r.perComponent() ? Kind.COMPONENT : null;
    }

    /** A chain's key within its island: its first link (every link is in exactly one chain). */
    static String key(Chain c) {
        return c.links().get(0).id();
    }

    /**
     * The findings that can be taken over while an edit's islands are judged again: from the states of the islands
     * being replaced, for the pieces whose reads the edit did not name. Costs the island's links and chains once,
     * then each rule only its pieces with findings and the pieces the edit reached.
     */
    static final class Reuse {
        private final Collection<IslandState> before;
        private final Set<String> named;
        private Topology topo;
        private final Set<String> reachedLinks = new HashSet<>();
        private final Set<String> reachedComponents = new HashSet<>();
        /** The chains of the island to judge again (reached, or not built the same way before); null until asked. */
        private Set<Chain> changedChains;

        /**
         * @param before the states of the islands being replaced
         * @param named  the ids the edit named, with the components of every named chassis and rack and the ends of every
         *               named link
         */
        Reuse(Collection<IslandState> before, Set<String> named) {
            this.before = before;
            this.named = named;
        }

        /** The one replaced island with the same members as this one, or null. */
        private IslandState same;
        /** Parts, before and after the edit, of the components it reached (null: not in the catalog); null until asked. */
        private Set<org.podforge.model.Part> touchedParts;

        /**
         * Starts on one new island: finds the links and components the edit reached in it. A component no replaced
         * island held counts as reached (so does everything, then, that reads it).
         */
        Reuse on(Topology t) {
            topo = t;
            changedChains = null;
            touchedParts = null;
            same = sameMembers(t);
            reachedLinks.clear();
            reachedComponents.clear();
            Set<String> touched = new HashSet<>(named);
            for (Component c : t.island().components()) {
                if (holding(c.id()) == null) {
                    touched.add(c.id());
                }
            }
            reachedComponents.addAll(touched);
            for (Link l : t.island().links()) {
                if (touched.contains(l.id()) || touched.contains(l.a().componentId()) || touched.contains(l.b().componentId())) {
                    reachedLinks.add(l.id());
                    reachedComponents.add(l.a().componentId());
                    reachedComponents.add(l.b().componentId());
                }
            }
            return this;
        }

        /**
         * The findings rule {@code rule} gave, in the replaced islands, to the pieces of this island that stand (only
         * pieces with findings are kept, so a standing piece without an entry had none).
         */
        Map<String, List<Finding>> standing(int rule, Kind kind) {
            Map<String, List<Finding>> m = new HashMap<>();
            for (IslandState s : before) {
                Map<String, List<Finding>> old = s.byPiece.get(rule);
                if (old == null) {
                    continue;
                }
                for (Map.Entry<String, List<Finding>> e : old.entrySet()) {
                    if (stands(kind, e.getKey())) {
                        m.put(e.getKey(), e.getValue());
                    }
                }
            }
            return m;
        }

        private boolean stands(Kind kind, String key) {
            return switch (kind) {
                case LINK -> {
                    Chain c = topo.chainOf(key);
                    yield c != null && !changedChains().contains(c);
                }
                case CHAIN -> {
                    Chain c = topo.chainOf(key);
                    yield c != null && key(c).equals(key) && !changedChains().contains(c);
                }
                case COMPONENT -> topo.component(key) != null && !reachedComponents.contains(key);
            };
        }

        /**
         * The findings whole-island rule {@code r} (number {@code rule}) gave this island before the edit, when they
         * stand: the island kept its members and the edit reached no component {@link Rule#reads} accepts, before or
         * after, nor one linked to such a component (the components it reached include the ends of every link at a
         * component it named). Null when the rule must judge the island again.
         */
        List<Finding> wholeStanding(int rule, Rule r) {
            if (same == null) {
                return null;
            }
            for (org.podforge.model.Part p : touchedParts()) {
                if (r.reads(p)) {
                    return null;
                }
            }
            return same.byRule.get(rule);
        }

        private Set<org.podforge.model.Part> touchedParts() {
            if (touchedParts == null) {
                Set<org.podforge.model.Part> out = new HashSet<>();
                for (String id : reachedComponents) {
                    if (topo.component(id) != null) {
                        out.add(topo.part(id));
                    }
                    if (same.topology.component(id) != null) {
                        out.add(same.topology.part(id));
                    }
                }
                touchedParts = out;
            }
            return touchedParts;
        }

        /** The replaced island with exactly this island's components, or null. */
        private IslandState sameMembers(Topology t) {
            List<Component> members = t.island().components();
            for (IslandState s : before) {
                if (s.topology.island().components().size() != members.size()
                        || !java.util.Objects.equals(s.topology.island().key(), t.island().key())) {
                    continue;
                }
                boolean all = true;
                for (Component c : members) {
                    if (s.topology.component(c.id()) == null) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return s;
                }
            }
            return null;
        }

        /** The links of this island a per-link rule must judge again: those of changed chains. */
        List<Link> linksToJudge() {
            List<Link> out = new ArrayList<>();
            for (Chain c : changedChains()) {
                out.addAll(c.links());
            }
            return out;
        }

        /** The chains of this island a per-chain rule must judge again. */
        Collection<Chain> chainsToJudge() {
            return changedChains();
        }

        /** The components of this island a per-component rule must judge again: those the edit reached. */
        List<Component> componentsToJudge() {
            List<Component> out = new ArrayList<>();
            for (String id : reachedComponents) {
                Component c = topo.component(id);
                if (c != null) {
                    out.add(c);
                }
            }
            return out;
        }

        /**
         * The chains the edit reached, and those the replaced islands did not build the very same way (a chain is
         * taken over only from an island that built one with the same ends, links and retimers, in order).
         */
        private Set<Chain> changedChains() {
            if (changedChains == null) {
                Set<Chain> out = new java.util.LinkedHashSet<>();
                for (Chain c : topo.chains()) {
                    if (reached(c) || !builtBefore(c)) {
                        out.add(c);
                    }
                }
                changedChains = out;
            }
            return changedChains;
        }

        private boolean reached(Chain c) {
            for (Link l : c.links()) {
                if (reachedLinks.contains(l.id())) {
                    return true;
                }
            }
            return false;
        }

        private boolean builtBefore(Chain c) {
            IslandState s = holding(c.links().get(0).a().componentId());
            if (s == null || s.topology.chainsIfBuilt() == null) {
                return false;
            }
            Chain old = s.topology.chainOf(key(c));
            return old != null && sameShape(old, c);
        }

        /** The replaced island that held the component, or null. */
        private IslandState holding(String componentId) {
            for (IslandState s : before) {
                if (s.topology.component(componentId) != null) {
                    return s;
                }
            }
            return null;
        }

        private static boolean sameShape(Chain a, Chain b) {
            if (!a.endA().equals(b.endA()) || !java.util.Objects.equals(a.endB(), b.endB()) || a.cableRetimers() != b.cableRetimers()
                    || a.links().size() != b.links().size() || a.retimers().size() != b.retimers().size()) {
                return false;
            }
            for (int i = 0; i < a.links().size(); i++) {
                if (!a.links().get(i).id().equals(b.links().get(i).id())) {
                    return false;
                }
            }
            for (int i = 0; i < a.retimers().size(); i++) {
                if (!a.retimers().get(i).id().equals(b.retimers().get(i).id())) {
                    return false;
                }
            }
            return true;
        }
    }
}
