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

    /**
     * Sets the Primer user-agent stylesheet. Call before the first control is created: a control created
     * without one makes JavaFX load Modena first, which the theme then replaces (wasted start-up time).
     */
    public static void applyUserAgent(boolean dark) {
        String ua = dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        if (!ua.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(ua);
        }
    }

    public static void apply(Scene scene, boolean dark) {
        applyUserAgent(dark);
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
