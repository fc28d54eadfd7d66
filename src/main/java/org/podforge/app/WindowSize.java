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

    /**
     * Installs the correction on the stage's first showing. The wanted size is the scene's, read now:
     * read after showing, a busy machine may already report the window manager's 200 x 200 (seen under
     * openbox with a loaded CPU: the window appeared at its size, then fell back to 200 x 200). The
     * request is repeated once a moment later if the window is still far smaller than wanted.
     */
    static void keep(Stage stage, Scene scene) {
        double w = scene.getWidth();
        double h = scene.getHeight();
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            if (stage.getScene() != scene) {
                return;
            }
            request(stage, w, h);
            javafx.animation.PauseTransition again = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
            again.setOnFinished(x -> {
                // only while the stage still shows this window (a reused stage may show something else by now)
                if (stage.getScene() == scene && stage.isShowing() && (stage.getWidth() < w * 0.6 || stage.getHeight() < h * 0.6)) {
                    request(stage, w, h);
                }
            });
            again.play();
        }));
    }

    private static void request(Stage stage, double w, double h) {
        if (stage.isMaximized() || stage.isFullScreen() || !(w > 0) || !(h > 0)) {
            return;
        }
        stage.setWidth(w - 1);
        stage.setHeight(h - 1);
        Platform.runLater(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
            stage.centerOnScreen();
        });
    }
}
