package org.podforge.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Makes the main window open at the size it asked for. Under some X11 window managers (openbox,
 * recent mutter) JavaFX 21 maps a stage that was sized before it was shown at the toolkit's default
 * 200 x 200 (JDK-8316423, fixed in JavaFX 22), while the stage still reports the wanted size, so
 * nothing can detect the mismatch. So once the window is shown its size is set again, through a
 * one-pixel different value first so that the toolkit really sends the request to the window manager
 * (a request equal to the size it believes it has is dropped). Skipped when the window is maximised.
 */
final class WindowSize {
    private WindowSize() {
    }

    /** Installs the correction on the stage's first showing. */
    static void keep(Stage stage, Scene scene) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            if (stage.isMaximized() || stage.isFullScreen()) {
                return;
            }
            double w = stage.getWidth();
            double h = stage.getHeight();
            stage.setWidth(w - 1);
            stage.setHeight(h - 1);
            Platform.runLater(() -> {
                stage.setWidth(w);
                stage.setHeight(h);
                stage.centerOnScreen();
            });
        }));
    }
}
