package org.podforge.app.hall;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.podforge.app.LazyTooltip;
import org.podforge.service.hall.FabricPatterns;

/**
 * Deleting and editing a wiring pattern from the hall: the tool bar's "Patterns" menu lists every pattern of the
 * fabric (delete it, or choose the module at either end among the orderable ones that fit that end's port), and a
 * rack's context menu the patterns with an end in that rack to delete. Each is one undoable command
 * ({@link FabricPatterns#delete}, {@link FabricPatterns#setModule}).
 */
final class HallPatternMenu {
    private final HallView view;
    private final MenuButton button = new MenuButton("Patterns");

    HallPatternMenu(HallView view) {
        this.view = view;
        button.setId("hall-patterns");
        LazyTooltip.install(button, "The fabric's wiring patterns (Wire rails\u2026 makes them): delete one with all its cables, one undo step");
        button.setOnShowing(e -> button.getItems().setAll(toolbarItems()));
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

    /** Delete items for every pattern, then a "Modules of ..." submenu per fibre pattern. */
    private List<MenuItem> toolbarItems() {
        List<FabricPatterns.Entry> all = FabricPatterns.all(view.project());
        List<MenuItem> out = new ArrayList<>(items(all, "hall-patterns-delete-"));
        for (FabricPatterns.Entry e : all) {
            Menu modules = new Menu("Modules of " + e.label());
            modules.setId("hall-patterns-modules-" + e.id());
            for (boolean endB : new boolean[] {false, true}) {
                FabricPatterns.end(view.project(), view.session().catalog(), e.id(), endB).ifPresent(end -> modules.getItems().add(endMenu(e, end)));
            }
            if (!modules.getItems().isEmpty()) {
                if (out.size() == all.size()) {
                    out.add(new SeparatorMenuItem());
                }
                out.add(modules);
            }
        }
        return out;
    }

    /** "At end a (NVIDIA-CONNECTX-7/net): none" with the modules that fit, the one in use marked, and "No module". */
    private Menu endMenu(FabricPatterns.Entry e, FabricPatterns.End end) {
        Menu m = new Menu("At " + end.text());
        m.setId("hall-patterns-" + e.id() + (end.endB() ? "-end-b" : "-end-a"));
        for (String pn : end.fits()) {
            boolean now = pn.equals(end.current());
            MenuItem it = new MenuItem(pn + (now ? " (in use)" : ""));
            it.setDisable(now);
            it.setOnAction(ev -> view.run(() -> FabricPatterns.setModule(view.project(), e.id(), end.endB(), pn)));
            m.getItems().add(it);
        }
        if (end.fits().isEmpty()) {
            MenuItem none = new MenuItem("No orderable module in the catalog fits this port");
            none.setDisable(true);
            m.getItems().add(none);
        }
        if (end.clearable()) {
            MenuItem clear = new MenuItem("No module at this end");
            clear.setOnAction(ev -> view.run(() -> FabricPatterns.setModule(view.project(), e.id(), end.endB(), null)));
            m.getItems().add(clear);
        }
        return m;
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
