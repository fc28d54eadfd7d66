package org.podforge.app;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A secondary window over the main one: the owner's stylesheets and theme, owned by it, closed by Escape. */
public final class OwnedWindow {
    private OwnedWindow() {
    }

    /**
     * Puts {@code root} in a new scene on {@code stage}, styled like {@code owner} (its stylesheets and "theme-" classes)
     * and owned by it (window-modal when {@code modal}, see {@link WindowModal}); Escape closes the stage.
     */
    public static Scene setUp(Stage stage, Window owner, Parent root, double width, double height, boolean modal) {
        Scene scene = new Scene(root, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-")).forEach(root.getStyleClass()::add);
            if (modal) {
                WindowModal.over(stage, owner);
            } else {
                stage.initOwner(owner);
            }
        }
        scene.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        keepSize(stage, scene);
        return scene;
    }

    /**
     * Makes {@code stage} open at its scene's size under window managers where JavaFX 21 maps a stage sized before
     * showing at 200 x 200 (JDK-8316423; seen under openbox for the wiring dialogs while the main window was
     * maximised). The same correction as the main window's ({@link WindowSize}); call after the scene is set.
     */
    public static void keepSize(Stage stage, Scene scene) {
        WindowSize.keep(stage, scene);
    }
}
