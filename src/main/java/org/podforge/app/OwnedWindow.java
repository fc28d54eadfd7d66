package org.podforge.app;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Cell;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A secondary window over the main one: the owner's stylesheets and theme, owned by it, centred over it, closed by
 * Escape.
 */
public final class OwnedWindow {
    private OwnedWindow() {
    }

    /**
     * Puts {@code root} in a new scene on {@code stage}, styled like {@code owner} (its stylesheets and "theme-" classes)
     * and owned by it (window-modal when {@code modal}, see {@link WindowModal}), centred over it; Escape closes the
     * stage.
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
        stage.setScene(scene);
        closeOnEscape(stage);
        keepSize(stage, scene);
        return scene;
    }

    /**
     * Makes {@code stage} open at its scene's size under window managers where JavaFX 21 maps a stage sized before
     * showing at 200 x 200 (JDK-8316423; seen under openbox for the wiring dialogs while the main window was
     * maximised), the same correction as the main window's ({@link WindowSize}), and centred over its owner
     * ({@link DialogPlacement}); call after the scene is set.
     */
    public static void keepSize(Stage stage, Scene scene) {
        WindowSize.keep(stage, scene);
        DialogPlacement.centreOver(stage);
    }

    /**
     * Escape closes {@code stage} (call after its scene is set), as its Cancel button does: nothing typed into it is
     * applied. Wherever the focus is, also in a list or table that would keep Escape for itself; only an edit in a cell
     * or an open drop-down is ended first.
     */
    public static void closeOnEscape(Stage stage) {
        closeOnEscape(stage.getScene(), stage::close);
    }

    /**
     * Escape answers {@code dialog} as its cancel button does (Cancel, No, or the only button of a message), so
     * whoever asked reads the same answer as after a click on that button. A dialog without such a button stays.
     */
    public static void closeOnEscape(Dialog<?> dialog) {
        closeOnEscape(dialog.getDialogPane().getScene(), () -> {
            Button cancel = cancelButton(dialog);
            if (cancel != null) {
                cancel.fire();
            }
        });
    }

    /** Escape in {@code scene} runs {@code cancel}, unless it ends an edit in a cell (an event filter: lists and tables consume it). */
    public static void closeOnEscape(Scene scene, Runnable cancel) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE && !k.isShortcutDown() && !k.isAltDown() && !busy(scene.getFocusOwner())) {
                k.consume();
                cancel.run();
            }
        });
    }

    /**
     * The button Escape stands for: Cancel, else one whose data counts as a cancel (No), else a message's only button.
     * Cancel first: "Don't save" is a No, and Escape on "Save changes?" must not discard them.
     */
    static Button cancelButton(Dialog<?> dialog) {
        List<ButtonType> types = dialog.getDialogPane().getButtonTypes();
        ButtonType cancel = types.stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                .or(() -> types.stream().filter(t -> t.getButtonData().isCancelButton()).findFirst())
                .orElse(types.size() == 1 ? types.get(0) : null);
        return cancel != null && dialog.getDialogPane().lookupButton(cancel) instanceof Button b ? b : null;
    }

    /**
     * The focused control is editing a cell, which Escape cancels first. (An open drop-down needs no check: its popup
     * takes the key events before the scene sees them and closes on Escape.)
     */
    static boolean busy(Node focus) {
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof Cell<?> c && c.isEditing()
                    || n instanceof ListView<?> l && l.getEditingIndex() >= 0
                    || n instanceof TableView<?> t && t.getEditingCell() != null
                    || n instanceof TreeView<?> tv && tv.getEditingItem() != null
                    || n instanceof TreeTableView<?> tt && tt.getEditingCell() != null) {
                return true;
            }
        }
        return false;
    }
}
