package org.podforge.model.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.model.Container;
import org.podforge.model.Fabric;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.Project;

/**
 * Removes the links touching a set of components (in pods and in the fabric) and the fabric's wiring
 * patterns that name any of them, and puts them back, at their old places, on undo.
 */
final class DetachedLinks {
    private record Removed(Link link, Container owner, int index) {
    }

    private record RemovedPattern(LinkPattern pattern, Fabric fabric, int index) {
    }

    private final List<Removed> removed = new ArrayList<>();
    private final List<RemovedPattern> patterns = new ArrayList<>();

    void detach(Project p, Collection<String> componentIds) {
        detach(p, componentIds, null);
    }

    /** As {@link #detach(Project, Collection)}, leaving the links that {@code keep} holds (a removed pod keeps its own). */
    void detach(Project p, Collection<String> componentIds, Container keep) {
        removed.clear();
        patterns.clear();
        Set<Link> touching = new LinkedHashSet<>();
        for (String id : componentIds) {
            touching.addAll(p.linksOf(id));
        }
        for (Link l : touching) {
            if (l.owner() == keep) {
                continue;
            }
            Container owner = l.owner();
            int idx = owner.removeLink(l);
            removed.add(new Removed(l, owner, idx));
        }
        Set<String> ids = Set.copyOf(componentIds);
        Fabric f = p.fabric();
        for (LinkPattern lp : List.copyOf(f.patterns())) {
            if (names(lp, ids)) {
                int idx = f.removePattern(lp);
                patterns.add(new RemovedPattern(lp, f, idx));
            }
        }
    }

    private static boolean names(LinkPattern lp, Set<String> ids) {
        for (String id : lp.wiring().componentIds()) {
            if (ids.contains(id)) {
                return true;
            }
        }
        return false;
    }

    void reattach() {
        for (int i = patterns.size() - 1; i >= 0; i--) {
            RemovedPattern r = patterns.get(i);
            r.fabric().addPattern(r.index(), r.pattern());
        }
        patterns.clear();
        for (int i = removed.size() - 1; i >= 0; i--) {
            Removed r = removed.get(i);
            r.owner().addLink(r.index(), r.link());
        }
        removed.clear();
    }

    List<String> ids() {
        List<String> out = new ArrayList<>();
        removed.forEach(r -> out.add(r.link().id()));
        patterns.forEach(r -> out.add(r.pattern().id()));
        return out;
    }
}
