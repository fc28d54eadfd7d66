package org.podforge.app;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * A user action as data: id, text (possibly live, e.g. "Undo Move srv-1"), icon, accelerator, an
 * enabled binding and what it does. Menus, the toolbar and context menus are rendered from the same
 * objects ({@link ActionRenderer}), so they never disagree.
 */
public final class AppAction {
    private final String id;
    private final StringProperty text = new SimpleStringProperty();
    private final Ikon icon;
    private final KeyCombination accelerator;
    private final ObservableBooleanValue enabled;
    private final Runnable handler;
    private final String tooltip;

    public AppAction(String id, String text, Ikon icon, KeyCombination accelerator, ObservableBooleanValue enabled,
                     String tooltip, Runnable handler) {
        this.id = id;
        this.text.set(text);
        this.icon = icon;
        this.accelerator = accelerator;
        this.enabled = enabled == null ? Bindings.createBooleanBinding(() -> true) : enabled;
        this.tooltip = tooltip == null ? text : tooltip;
        this.handler = handler;
    }

    /** Binds the text to a live value (e.g. the undo description). */
    public AppAction bindText(ObservableStringValue live) {
        text.bind(live);
        return this;
    }

    public String id() { return id; }
    public ReadOnlyStringProperty textProperty() { return text; }
    public String text() { return text.get(); }
    public Ikon icon() { return icon; }
    public KeyCombination accelerator() { return accelerator; }
    public ObservableBooleanValue enabled() { return enabled; }
    public boolean isEnabled() { return enabled.get(); }
    public String tooltip() { return tooltip; }

    /** Runs the action if it is enabled; returns whether it ran. */
    public boolean fire() {
        if (!enabled.get()) {
            return false;
        }
        handler.run();
        return true;
    }
}
