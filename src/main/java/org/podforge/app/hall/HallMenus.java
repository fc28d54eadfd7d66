package org.podforge.app.hall;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.podforge.app.LazyTooltip;
import org.podforge.model.Project;
import org.podforge.service.hall.NetworkRacks;
import org.podforge.service.hall.RackMoves;

/**
 * The hall's commands, on its tool bar and its context menu: align the selected racks in a row or at a
 * position, distribute them along the row, add a network rack with a leaf switch at a free place (the place
 * right-clicked, or the first free one at the end of the selected rack's row), and add a leaf switch to a
 * network rack, and delete a wiring pattern ({@link HallPatternMenu}). Each is one undoable command; a refusal says
 * why in the view's message line.
 */
final class HallMenus {
    private final HallView view;
    private final Button alignRow = new Button("Align row");
    private final Button alignPosition = new Button("Align position");
    private final Button distribute = new Button("Distribute");
    private final Button addRack = new Button("Add network rack");
    private final Button wireRails = new Button("Wire rails\u2026");
    private final HallPatternMenu patterns;
    private RailWiringDialog dialog;
    private ContextMenu open;

    HallMenus(HallView view) {
        this.view = view;
        alignRow.setId("hall-align-row");
        LazyTooltip.install(alignRow, "Put the selected racks in the row of the rack selected last");
        alignRow.setOnAction(e -> alignRow());
        alignPosition.setId("hall-align-position");
        LazyTooltip.install(alignPosition, "Put the selected racks at the position of the rack selected last, row by row");
        alignPosition.setOnAction(e -> alignPosition());
        distribute.setId("hall-distribute");
        LazyTooltip.install(distribute, "Spread the selected racks evenly between the first and the last along the row");
        distribute.setOnAction(e -> distribute());
        addRack.setId("hall-add-rack");
        LazyTooltip.install(addRack, "A network rack with one leaf switch at the first free place after the selected rack (right-click a free place to choose it)");
        addRack.setOnAction(e -> addRackAfterSelection());
        wireRails.setId("hall-wire-rails");
        LazyTooltip.install(wireRails, "Select a pod (click its block, or one of its racks) and the network racks of its leaves (Shift+click): "
                + "rail i of every server of every replica to leaf i of its unit, as one pattern");
        wireRails.setOnAction(e -> wireRails());
        patterns = new HallPatternMenu(view);
        refresh();
    }

    List<Node> toolbar() {
        return List.of(alignRow, alignPosition, distribute, addRack, wireRails, patterns.button());
    }

    /** Enables what the selection allows. */
    void refresh() {
        int n = view.selection().spots().size();
        alignRow.setDisable(n < 2);
        alignPosition.setDisable(n < 2);
        distribute.setDisable(n < 3);
        addRack.setDisable(NetworkRacks.choices(view.project(), view.session().catalog()).isEmpty());
        wireRails.setDisable(selectedPod() == null || selectedNetworkRacks().isEmpty());
    }

    /** The pod to wire: a selected pod block, else the pod of a selected pod rack. */
    String selectedPod() {
        if (!view.selection().pods().isEmpty()) {
            return view.selection().pods().iterator().next();
        }
        for (RackMoves.Spot s : view.selection().spots()) {
            var pod = view.project().rack(s.rackId()).map(r -> r.pod()).orElse(null);
            if (pod != null) {
                return pod.id();
            }
        }
        return null;
    }

    /** The selected network racks, in the order they were selected. */
    List<String> selectedNetworkRacks() {
        List<String> out = new ArrayList<>();
        for (RackMoves.Spot s : view.selection().spots()) {
            view.project().rack(s.rackId()).filter(r -> r.pod() == null).ifPresent(r -> out.add(r.id()));
        }
        return out;
    }

    /** Opens the rail wiring preview for the selected pod and network racks. */
    void wireRails() {
        String pod = selectedPod();
        List<String> racks = selectedNetworkRacks();
        if (pod == null || racks.isEmpty()) {
            view.message("Select a pod (its block or one of its racks) and, with Shift+click, the network racks of its leaf switches.");
            return;
        }
        List<String> leaves = new ArrayList<>();
        for (String r : view.project().fabric().racks().stream().map(x -> x.id()).toList()) {
            if (racks.contains(r)) {
                leaves.addAll(org.podforge.service.hall.RailWiringPlanner.switchesIn(view.project(), List.of(r)));
            }
        }
        dialog = new RailWiringDialog(view.getScene() == null ? null : view.getScene().getWindow(), view, pod, leaves);
        dialog.show();
    }

    /** The rail wiring window opened last (tests). */
    RailWiringDialog dialog() {
        return dialog;
    }

    void alignRow() {
        view.run(() -> RackMoves.alignRow(view.project(), view.selection().spots(), view.selection().anchor()));
    }

    void alignPosition() {
        view.run(() -> RackMoves.alignPosition(view.project(), view.selection().spots(), view.selection().anchor()));
    }

    void distribute() {
        view.run(() -> RackMoves.distribute(view.project(), view.selection().spots()));
    }

    /** A network rack with the design's (or the catalog's first) switch, after the rack selected last, or at the end of row 0. */
    void addRackAfterSelection() {
        Project p = view.project();
        List<NetworkRacks.SwitchChoice> choices = NetworkRacks.choices(p, view.session().catalog());
        if (choices.isEmpty()) {
            view.message("The catalog has no network switch with a box to hold it.");
            return;
        }
        int row = 0;
        int from = 0;
        RackMoves.Spot anchor = view.selection().anchor();
        if (anchor != null) {
            int[] at = RackMoves.placeOf(p, anchor);
            row = at[0];
            from = at[1] + 1;
        }
        int pos = org.podforge.service.hall.HallPlaces.of(p, java.util.Set.of()).firstFree(row, from);
        int r = row;
        view.run(() -> NetworkRacks.addRack(p, view.session().catalog(), r, pos, choices.get(0), 1));
    }

    /** The context menu at a screen point; (x, y) in the view's canvas. */
    void show(Node owner, double screenX, double screenY, double x, double y) {
        if (open != null) {
            open.hide();
        }
        Project p = view.project();
        List<MenuItem> items = new ArrayList<>();
        List<NetworkRacks.SwitchChoice> choices = NetworkRacks.choices(p, view.session().catalog());
        int place = view.hitPlace(x, y);
        if (place >= 0) {
            HallModel.Place pl = view.model().places().get(place);
            if (pl.kind() == HallModel.Kind.NETWORK_RACK && !choices.isEmpty()) {
                NetworkRacks.SwitchChoice first = choices.get(0);
                for (int n : new int[] {1, 4, 8}) {
                    MenuItem it = new MenuItem(n == 1 ? "Add a leaf switch (" + first.label() + ")" : "Add " + n + " leaf switches (" + first.label() + ")");
                    it.setId("hall-menu-add-switches-" + n);
                    it.setOnAction(e -> view.run(() -> NetworkRacks.addSwitches(p, view.session().catalog(), pl.rackId(), first, n)));
                    items.add(it);
                }
                Menu add = new Menu("Add another leaf switch");
                add.setId("hall-menu-add-switch");
                for (NetworkRacks.SwitchChoice c : choices) {
                    MenuItem it = new MenuItem(c.label());
                    it.setOnAction(e -> view.run(() -> NetworkRacks.addSwitch(p, view.session().catalog(), pl.rackId(), c)));
                    add.getItems().add(it);
                }
                items.add(add);
            }
        } else if (view.viewport().detail() == HallViewport.Detail.RACKS && !choices.isEmpty()) {
            // the row whose racks are nearest (a click in the aisle below a row goes to the next row)
            int row = Math.max(0, (int) Math.round((view.viewport().toWorldY(y) - HallModel.RACK_D / 2) / HallModel.ROW_PITCH));
            int pos = (int) Math.floor(view.viewport().toWorldX(x) / HallModel.RACK_W);
            Menu add = new Menu(String.format(java.util.Locale.ROOT, "Add network rack here (row %d, position %d) with a leaf", row, pos));
            add.setId("hall-menu-add-rack");
            for (NetworkRacks.SwitchChoice c : choices) {
                MenuItem it = new MenuItem(c.label());
                it.setOnAction(e -> view.run(() -> NetworkRacks.addRack(p, view.session().catalog(), row, pos, c, 1)));
                add.getItems().add(it);
            }
            items.add(add);
        }
        if (selectedPod() != null && !selectedNetworkRacks().isEmpty()) {
            items.add(item("Wire rails\u2026", "hall-menu-wire-rails", this::wireRails));
        }
        if (place >= 0) {
            List<MenuItem> delete = patterns.forRack(view.model().places().get(place).rackId());
            if (!delete.isEmpty() && !items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            items.addAll(delete);
        }
        int n = view.selection().spots().size();
        if (n >= 2) {
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            items.add(item("Align row", "hall-menu-align-row", this::alignRow));
            items.add(item("Align position", "hall-menu-align-position", this::alignPosition));
            if (n >= 3) {
                items.add(item("Distribute", "hall-menu-distribute", this::distribute));
            }
        }
        if (items.isEmpty()) {
            items.add(disabled(view.viewport().detail() == HallViewport.Detail.OVERVIEW
                    ? "Zoom in to the racks to add a network rack at a place" : "Nothing to do here"));
        }
        open = new ContextMenu(items.toArray(MenuItem[]::new));
        open.setId("hall-menu");
        open.show(owner, screenX, screenY);
    }

    private static MenuItem item(String text, String id, Runnable r) {
        MenuItem it = new MenuItem(text);
        it.setId(id);
        it.setOnAction(e -> r.run());
        return it;
    }

    private static MenuItem disabled(String text) {
        MenuItem it = new MenuItem(text);
        it.setDisable(true);
        return it;
    }

    /** The menu shown last (tests). */
    ContextMenu openMenu() {
        return open;
    }
}
