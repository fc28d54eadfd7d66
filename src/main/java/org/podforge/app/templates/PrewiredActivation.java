package org.podforge.app.templates;

import java.util.List;
import java.util.Optional;
import org.podforge.app.DocumentModel;
import org.podforge.app.canvas.Placement;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Node;
import org.podforge.model.Part;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.service.templates.PrewiredServer;

/**
 * A pre-wired server chosen in the palette without a drag (double-click or Enter): it goes into the selected
 * rack (or the rack of the selected chassis or component, else the design's first rack) at the lowest free U
 * where it fits, as one undoable command, and is selected.
 */
public final class PrewiredActivation {
    private PrewiredActivation() {
    }

    /** Adds {@code s} near the selection; the status line says what happened or why not. Returns true when added. */
    public static boolean add(DocumentModel doc, PrewiredServer s) {
        Project p = doc.getSession().project();
        Catalog catalog = doc.getSession().catalog();
        Optional<Rack> target = target(p, doc.selectedIds());
        if (target.isEmpty()) {
            doc.messageProperty().set("Add a rack first, then select where " + s.name() + " goes.");
            return false;
        }
        Rack rack = target.get();
        int units = catalog.find(rack.partNumber()).flatMap(Part::heightU).orElse(42);
        int u = Placement.nearestFree(Placement.occupied(catalog, rack, null), units, 1, s.heightU());
        if (u < 0) {
            doc.messageProperty().set(rack.label() + " has no free run of " + s.heightU() + "U for " + s.name() + ".");
            return false;
        }
        try {
            Command c = s.addTo(p, catalog, rack.id(), u);
            if (doc.execute(c)) {
                rack.chassis().stream().filter(ch -> ch.uPosition() == u).findFirst().ifPresent(ch -> doc.select(List.of(ch.id())));
                doc.messageProperty().set(c.description() + " (" + s.summary() + ")");
                return true;
            }
        } catch (CommandException e) {
            doc.messageProperty().set(e.getMessage());
        }
        return false;
    }

    private static Optional<Rack> target(Project p, List<String> selection) {
        for (String id : selection) {
            Node n = p.find(id).orElse(null);
            if (n instanceof Rack r) {
                return Optional.of(r);
            } else if (n instanceof Chassis c && c.rack() != null) {
                return Optional.of(c.rack());
            } else if (n instanceof Component c && c.chassis() != null && c.chassis().rack() != null) {
                return Optional.of(c.chassis().rack());
            }
        }
        return p.pods().stream().flatMap(pod -> pod.racks().stream()).findFirst();
    }
}
