package org.podforge.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies AtlantaFX Primer light or dark plus the app stylesheet (with the Modena colours ControlsFX needs). */
public final class ThemeManager {
    public static final String APP_CSS = "/org/podforge/app/app.css";

    private ThemeManager() {
    }

    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        String css = ThemeManager.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
            scene.getRoot().getStyleClass().add(dark ? "theme-dark" : "theme-light");
        }
    }
}
