package org.podforge.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Renders {@link AppAction}s as menu items and toolbar buttons. */
public final class ActionRenderer {
    private ActionRenderer() {
    }

    public static MenuItem menuItem(AppAction a) {
        MenuItem mi = new MenuItem();
        mi.setId("menu-" + a.id());
        mi.textProperty().bind(a.textProperty());
        if (a.icon() != null) {
            mi.setGraphic(icon(a, 16));
        }
        if (a.accelerator() != null) {
            mi.setAccelerator(a.accelerator());
        }
        mi.disableProperty().bind(Bindings.not(a.enabled()));
        mi.setOnAction(e -> a.fire());
        return mi;
    }

    public static Button toolButton(AppAction a) {
        Button b = new Button();
        b.setId("tool-" + a.id());
        b.getStyleClass().addAll("flat", "tool-button");
        b.setFocusTraversable(false);
        if (a.icon() != null) {
            b.setGraphic(icon(a, 18));
            b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }
        b.textProperty().bind(a.textProperty());
        // made on the first hover (decision 0021, section 8), bound then: it shows the action's current text
        LazyTooltip.install(b, () -> {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.createStringBinding(
                    () -> a.text() + (a.accelerator() == null ? "" : "  (" + a.accelerator().getDisplayText() + ")"), a.textProperty()));
            return tip;
        });
        b.disableProperty().bind(Bindings.not(a.enabled()));
        b.setOnAction(e -> a.fire());
        return b;
    }

    private static FontIcon icon(AppAction a, int size) {
        FontIcon fi = new FontIcon(a.icon());
        fi.setIconSize(size);
        fi.getStyleClass().add("action-icon");
        return fi;
    }
}
