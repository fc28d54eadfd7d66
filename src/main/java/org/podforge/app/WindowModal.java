package org.podforge.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.control.Dialog;
import javafx.scene.input.InputEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Window-modal dialogs that leave a maximised owner maximised. JavaFX 21 on Linux disables the owner of a modal
 * window by fixing its size hints (minimum = maximum = the size it had before it was maximised); openbox (and KDE,
 * JDK-8332222, fixed in JavaFX 23) then takes the maximised state away, and the main window stayed small after the
 * dialog closed. So our dialogs are owned but not toolkit-modal, and the owner chain blocks itself while one shows:
 * its input events and close requests are swallowed, and a click on it or its focus brings the dialog to the front,
 * as the toolkit does for a disabled window. The owner keeps its state and is never resized.
 */
public final class WindowModal {
    private static final Object KEY = new Object();
    /** How long after a native dialog returned its owner is maximised again (see {@link #keepMaximised}). */
    private static final Duration REMAXIMISE_AFTER = Duration.millis(150);

    private WindowModal() {
    }

    /** Owns {@code dialog} by {@code owner} (when not yet owned) and blocks the owner chain while it shows. */
    public static void over(Stage dialog, Window owner) {
        if (owner == null) {
            return;
        }
        if (dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        track(dialog, owner);
    }

    /** The same for an {@link javafx.scene.control.Alert} or other dialog: owned by {@code owner}, not toolkit-modal. */
    public static void over(Dialog<?> dialog, Window owner) {
        if (owner == null) {
            return;
        }
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        track(dialog.getDialogPane().getScene().getWindow(), owner);
    }

    /**
     * Runs a dialog the toolkit makes modal itself (a file chooser): it disables the owner in the same way, so a
     * maximised owner loses that state while the dialog shows. It is maximised again a moment after the dialog has
     * returned: asked at once, the request reaches the window manager before the owner's freed size hints do, and is
     * refused (seen under openbox: the stage then reports maximised while the window is not).
     */
    public static <T> T keepMaximised(Window owner, Supplier<T> nativeDialog) {
        if (!(owner instanceof Stage s) || !s.isMaximized()) {
            return nativeDialog.get();
        }
        try {
            return nativeDialog.get();
        } finally {
            PauseTransition again = new PauseTransition(REMAXIMISE_AFTER);
            again.setOnFinished(e -> {
                if (s.isShowing() && !s.isMaximized()) {
                    s.setMaximized(true);
                }
            });
            again.play();
        }
    }

    /** True while {@code owner} is blocked by a dialog shown over it (or over a window it owns). */
    public static boolean blocked(Window owner) {
        return owner.getProperties().get(KEY) instanceof Block b && !b.dialogs.isEmpty();
    }

    private static void track(Window dialog, Window owner) {
        dialog.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> forChain(owner, w -> block(w).add(dialog)));
        dialog.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> forChain(owner, w -> block(w).remove(dialog)));
    }

    private static void forChain(Window owner, java.util.function.Consumer<Window> action) {
        for (Window w = owner; w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            action.accept(w);
        }
    }

    private static Block block(Window w) {
        return (Block) w.getProperties().computeIfAbsent(KEY, k -> new Block(w));
    }

    /** One owner's blocking: the dialogs over it (last on top) and the filters installed while there are any. */
    private static final class Block {
        private final Window owner;
        private final List<Window> dialogs = new ArrayList<>();
        private final EventHandler<InputEvent> swallowInput = e -> {
            e.consume();
            if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
                front();
            }
        };
        private final EventHandler<WindowEvent> swallowClose = e -> {
            e.consume();
            front();
        };
        private final ChangeListener<Boolean> focused = (o, was, now) -> {
            if (now) {
                Platform.runLater(this::front);
            }
        };

        Block(Window owner) {
            this.owner = owner;
        }

        void add(Window dialog) {
            if (dialogs.isEmpty()) {
                owner.addEventFilter(InputEvent.ANY, swallowInput);
                owner.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, swallowClose);
                owner.focusedProperty().addListener(focused);
            }
            dialogs.add(dialog);
        }

        void remove(Window dialog) {
            if (dialogs.remove(dialog) && dialogs.isEmpty()) {
                owner.removeEventFilter(InputEvent.ANY, swallowInput);
                owner.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, swallowClose);
                owner.focusedProperty().removeListener(focused);
            }
        }

        private void front() {
            if (!dialogs.isEmpty()) {
                Window top = dialogs.get(dialogs.size() - 1);
                if (top.isShowing()) {
                    if (top instanceof Stage s) {
                        s.toFront();
                    }
                    top.requestFocus();
                }
            }
        }
    }
}
