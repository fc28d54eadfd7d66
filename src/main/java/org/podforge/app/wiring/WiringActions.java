package org.podforge.app.wiring;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Window;
import org.podforge.app.DocumentModel;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Node;
import org.podforge.model.Rack;
import org.podforge.service.wiring.Unwiring;

/**
 * Edit > Wire Selection… and Auto-wire… (also on the canvas's right-click menu): opens the bulk
 * wiring window for the current selection, or for the selected chassis' or rack's reference wiring. The shell only
 * binds these two methods to its actions.
 */
public final class WiringActions {
    private final DocumentModel doc;
    private final Window owner;
    private final BooleanSupplier dark;
    private final ReadOnlyObjectWrapper<BulkWiringDialog> lastDialog = new ReadOnlyObjectWrapper<>(this, "lastDialog");

    public WiringActions(DocumentModel doc, Window owner, BooleanSupplier dark) {
        this.doc = doc;
        this.owner = owner;
        this.dark = dark;
    }

    /** Opens the dialog for the selected components, chassis, racks or pods. */
    public void wireSelection() {
        List<String> ids = doc.selectedIds();
        if (BulkWiringViewModel.expand(doc.getSession().project(), ids).isEmpty()) {
            doc.messageProperty().set("Wire Selection: select components, chassis or racks first (Shift+click or drag a marquee)");
            return;
        }
        open(BulkWiringViewModel.forSelection(doc, ids));
    }

    /**
     * Opens the dialog for the selected rack or chassis (or the chassis of the selected component, or of a selected
     * link inside one chassis): a rack
     * part's reference wiring spans its chassis (the NVL72 NVLink spine), a chassis part's stays inside it.
     */
    public void autoWire() {
        String id = null;
        for (String sel : doc.selectedIds()) {
            Node n = doc.getSession().project().find(sel).orElse(null);
            if (n instanceof Rack r) {
                id = r.id();
            } else if (n instanceof Chassis c) {
                id = c.id();
            } else if (n instanceof Component c && c.chassis() != null) {
                id = c.chassis().id();
            } else if (n instanceof org.podforge.model.Link l) {
                // at fit zoom a click on a server often lands on one of its links: auto-wire the chassis both ends share
                Chassis a = doc.getSession().project().component(l.a().componentId()).map(Component::chassis).orElse(null);
                Chassis b = doc.getSession().project().component(l.b().componentId()).map(Component::chassis).orElse(null);
                id = a != null && a == b ? a.id() : null;
            }
            if (id != null) {
                break;
            }
        }
        if (id == null) {
            doc.messageProperty().set("Auto-wire: select a chassis or a rack first");
            return;
        }
        open(BulkWiringViewModel.forReference(doc, id));
    }

    /** Removes every link of the selected components, chassis, racks or pods as one undo step (the parts stay). */
    public void unwire() {
        org.podforge.model.command.Command c = Unwiring.command(doc.getSession().project(), doc.selectedIds());
        if (c == null) {
            doc.messageProperty().set("Remove Links: the selection has no links (select components, chassis or racks)");
            return;
        }
        if (doc.execute(c)) {
            doc.messageProperty().set(c.description().replace("Remove", "Removed") + " (Undo with Ctrl+Z)");
        }
    }

    private void open(BulkWiringViewModel vm) {
        // the new links are selected (the view model does it), so whichever view is showing, racks or
        // topology, highlights them; the view is not switched
        BulkWiringDialog d = new BulkWiringDialog(owner, vm, dark.getAsBoolean(), msg -> doc.messageProperty().set(msg));
        lastDialog.set(d);
        d.show();
    }

    /** The last dialog opened (tests drive it). */
    public ReadOnlyObjectProperty<BulkWiringDialog> lastDialogProperty() {
        return lastDialog.getReadOnlyProperty();
    }
}
