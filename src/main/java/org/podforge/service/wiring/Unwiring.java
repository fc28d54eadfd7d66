package org.podforge.service.wiring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.model.Fabric;
import org.podforge.model.Link;
import org.podforge.model.Node;
import org.podforge.model.Project;
import org.podforge.model.command.Command;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.DeleteSelectionCommand;
import org.podforge.model.command.Subtree;

/**
 * "Remove Links of Selection": every link that touches a component of the selection (pods, racks and chassis
 * stand for their components), removed as one undo step, the parts left in place. The inverse of bulk wiring:
 * before this, emptying a pre-wired server of its links to re-wire it took one Delete per link, and selecting
 * links in the Cables table does not select them in the design. Toolkit-free, so menus and tests share it.
 */
public final class Unwiring {
    private Unwiring() {
    }

    /** Component ids of a selection, in selection order without repeats (links and unknown ids are ignored). */
    public static Set<String> components(Project p, Collection<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            Node n = p.find(id).orElse(null);
            if (n != null && !(n instanceof Fabric)) {
                out.addAll(Subtree.componentIds(n));
            }
        }
        return out;
    }

    /**
     * Ids of the links that touch a component of the selection (also those to parts outside it), and of the selected
     * links themselves, in design order.
     */
    public static List<String> links(Project p, Collection<String> ids) {
        Set<String> comps = components(p, ids);
        Set<String> chosen = Set.copyOf(ids);
        List<String> out = new ArrayList<>();
        for (Link l : p.allLinks()) {
            if (chosen.contains(l.id()) || comps.contains(l.a().componentId()) || comps.contains(l.b().componentId())) {
                out.add(l.id());
            }
        }
        return out;
    }

    /** One undoable command removing those links, named for the Edit menu's Undo; null when there is none. */
    public static Command command(Project p, Collection<String> ids) {
        List<String> links = links(p, ids);
        if (links.isEmpty()) {
            return null;
        }
        return new CompositeCommand("Remove " + links.size() + (links.size() == 1 ? " link" : " links") + " of the selection",
                List.of(new DeleteSelectionCommand(links)));
    }
}
