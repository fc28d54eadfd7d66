package org.podforge.app.hall;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.podforge.service.hall.FabricPatterns;

/**
 * Deleting a wiring pattern from the hall: the tool bar's "Patterns" menu lists every pattern of the fabric, and a
 * rack's context menu the patterns with an end in that rack; each item deletes one pattern (all the cables it stands
 * for) as one undoable command ({@link FabricPatterns#delete}).
 */
final class HallPatternMenu {
    private final HallView view;
    private final MenuButton button = new MenuButton("Patterns");

    HallPatternMenu(HallView view) {
        this.view = view;
        button.setId("hall-patterns");
        button.setTooltip(new Tooltip("The fabric's wiring patterns (Wire rails\u2026 makes them): delete one with all its cables, one undo step"));
        button.setOnShowing(e -> button.getItems().setAll(items(FabricPatterns.all(view.project()), "hall-patterns-delete-")));
        button.getItems().add(new MenuItem()); // a MenuButton shows nothing without an item; replaced on showing
    }

    MenuButton button() {
        return button;
    }

    /** Items deleting the patterns with an end in {@code rackId} (empty when none). */
    List<MenuItem> forRack(String rackId) {
        List<FabricPatterns.Entry> through = rackId == null ? List.of() : FabricPatterns.through(view.project(), rackId);
        return through.isEmpty() ? List.of() : items(through, "hall-menu-delete-pattern-");
    }

    private List<MenuItem> items(List<FabricPatterns.Entry> entries, String idPrefix) {
        List<MenuItem> out = new ArrayList<>();
        for (FabricPatterns.Entry e : entries) {
            MenuItem it = new MenuItem("Delete pattern " + e.text());
            it.setId(idPrefix + e.id());
            it.setOnAction(ev -> view.run(() -> FabricPatterns.delete(view.project(), e.id())));
            out.add(it);
        }
        if (out.isEmpty()) {
            MenuItem none = new MenuItem("No wiring patterns yet (Wire rails\u2026 makes one)");
            none.setDisable(true);
            out.add(none);
        }
        return out;
    }
}
