package org.podforge.model.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.podforge.model.Link;
import org.podforge.model.Pod;
import org.podforge.model.Project;

/** Removes the links touching a set of components and puts them back, at their old places, on undo. */
final class DetachedLinks {
    private record Removed(Link link, Pod pod, int index) {
    }

    private final List<Removed> removed = new ArrayList<>();

    void detach(Project p, Collection<String> componentIds) {
        removed.clear();
        Set<String> ids = Set.copyOf(componentIds);
        for (Pod pod : p.pods()) {
            List<Link> links = new ArrayList<>(pod.links());
            for (Link l : links) {
                if (ids.contains(l.a().componentId()) || ids.contains(l.b().componentId())) {
                    int idx = pod.removeLink(l);
                    removed.add(new Removed(l, pod, idx));
                }
            }
        }
    }

    void reattach() {
        for (int i = removed.size() - 1; i >= 0; i--) {
            Removed r = removed.get(i);
            r.pod().addLink(r.index(), r.link());
        }
        removed.clear();
    }

    List<String> ids() {
        return removed.stream().map(r -> r.link().id()).toList();
    }
}
