package org.podforge.model.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.model.Container;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.LinkPlace;
import org.podforge.model.PortRef;
import org.podforge.model.Project;

/**
 * After components moved (possibly into another pod or into a network rack), moves each of their links to
 * the container its ends now belong in ({@link Project#place}), and puts everything back on undo. A move
 * that would leave a link with no valid place (an end in a replicated pod that names no replica) or a wiring
 * pattern naming a component outside its pod is refused with the model's reason.
 */
final class RehomedLinks {
    private record Moved(Link link, Container from, int index, PortRef a, PortRef b) {
    }

    private final List<Moved> moved = new ArrayList<>();

    /**
     * Re-homes the links of {@code componentIds}. On a refusal nothing is changed here and a
     * {@link CommandException} is thrown; the caller undoes its own move.
     */
    void apply(Project p, Collection<String> componentIds) {
        moved.clear();
        Set<Link> touching = new java.util.HashSet<>();
        Set<Container> owners = new LinkedHashSet<>();
        for (String id : componentIds) {
            for (Link l : p.linksOf(id)) {
                touching.add(l);
                owners.add(l.owner());
            }
        }
        // in model order (the index's per-component lists change order with undo and redo; the file must not)
        List<Link> links = new ArrayList<>();
        for (Container box : owners) {
            for (Link l : box.links()) {
                if (touching.contains(l)) {
                    links.add(l);
                }
            }
        }
        List<LinkPlace> places = new ArrayList<>();
        List<Link> todo = new ArrayList<>();
        Set<String> movedIds = Set.copyOf(componentIds);
        for (Link l : links) {
            LinkPlace place;
            try {
                place = p.place(settled(p, l.a(), movedIds), settled(p, l.b(), movedIds));
            } catch (IllegalArgumentException e) {
                throw new CommandException("Link " + l.label() + " could not follow the move: " + e.getMessage());
            }
            if (place.owner() != l.owner() || !place.a().equals(l.a()) || !place.b().equals(l.b())) {
                places.add(place);
                todo.add(l);
            }
        }
        for (LinkPattern lp : p.fabric().patterns()) {
            if (lp.wiring().componentIds().stream().anyMatch(movedIds::contains)) {
                List<String> problems = lp.wiring().problems(p);
                if (!problems.isEmpty()) {
                    throw new CommandException("Wiring pattern " + lp.label() + " would break: " + problems.get(0)
                            + "; edit or delete the pattern first.");
                }
            }
        }
        for (int i = 0; i < todo.size(); i++) {
            Link l = todo.get(i);
            LinkPlace place = places.get(i);
            Container from = l.owner();
            PortRef a = l.a();
            PortRef b = l.b();
            int idx = from.removeLink(l);
            l.setEnds(place.a(), place.b());
            place.owner().addLink(l);
            moved.add(new Moved(l, from, idx, a, b));
        }
    }

    /** A moved component that now stands in a network rack has no replicas: its ends stop naming one. */
    private static PortRef settled(Project p, PortRef end, Set<String> moved) {
        if (!end.addressesReplica() || !moved.contains(end.componentId())) {
            return end;
        }
        var c = p.component(end.componentId()).orElse(null);
        boolean inFabric = c != null && c.chassis() != null && c.chassis().rack() != null && c.chassis().rack().pod() == null;
        return inFabric ? end.onReplica(PortRef.DESIGN) : end;
    }

    /** True when the last apply moved no link. */
    boolean isEmpty() {
        return moved.isEmpty();
    }

    void undo() {
        for (int i = moved.size() - 1; i >= 0; i--) {
            Moved m = moved.get(i);
            m.link().owner().removeLink(m.link());
            m.link().setEnds(m.a(), m.b());
            m.from().addLink(m.index(), m.link());
        }
        moved.clear();
    }
}
