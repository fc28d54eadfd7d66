package org.podforge.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Project;

/**
 * A connected group of components: components joined by links, directly or through others. Nothing a
 * rule checks on links, chains, hierarchies or domains crosses an island, so islands are the unit the
 * rules engine re-checks after an edit. An unlinked component is an island of one. Islands are computed
 * inside one pod design only: links of the fabric (leaf, spine and core wiring) would join every pod into
 * one island, so they are checked on the fabric's own level instead (docs/decisions/0009).
 */
public final class Island {
    private final String key;
    private final List<Component> components;
    private final List<Link> links;

    private Island(List<Component> components, List<Link> links) {
        // sorted by id: what rules report must not depend on where the traversal started
        components.sort(java.util.Comparator.comparing(Component::id));
        links.sort(java.util.Comparator.comparing(Link::id));
        this.components = List.copyOf(components);
        this.links = List.copyOf(links);
        String k = null;
        for (Component c : components) {
            if (k == null || c.id().compareTo(k) < 0) {
                k = c.id();
            }
        }
        this.key = k;
    }

    /** The smallest component id of the island: a stable name for it. Components and links are in id order. */
    public String key() {
        return key;
    }

    public List<Component> components() {
        return components;
    }

    public List<Link> links() {
        return links;
    }

    /** The island containing {@code seed}; every component reached is added to {@code visited}. */
    public static Island around(Project p, Component seed, Set<String> visited) {
        List<Component> comps = new ArrayList<>();
        Set<Link> links = new LinkedHashSet<>();
        Deque<Component> todo = new ArrayDeque<>();
        if (visited.add(seed.id())) {
            todo.add(seed);
        }
        while (!todo.isEmpty()) {
            Component c = todo.poll();
            comps.add(c);
            for (Link l : p.linksOf(c.id())) {
                if (l.pod() == null) {
                    continue; // a fabric link: checked on the fabric level, never joins islands
                }
                links.add(l);
                String other = l.otherEnd(c.id()).componentId();
                if (visited.add(other)) {
                    p.component(other).ifPresent(todo::add);
                }
            }
        }
        return new Island(comps, new ArrayList<>(links));
    }

    /** The islands of the given components (each once). */
    public static List<Island> of(Project p, Collection<Component> seeds) {
        Set<String> visited = new HashSet<>();
        List<Island> out = new ArrayList<>();
        for (Component c : seeds) {
            if (!visited.contains(c.id())) {
                out.add(around(p, c, visited));
            }
        }
        return out;
    }

    /** Every island of the project. */
    public static List<Island> all(Project p) {
        return of(p, p.allComponents());
    }
}
