package org.podforge.app;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Opens a dialog centred over its owner window, on the owner's screen. Under openbox, with the main window
 * maximised, our alerts and dialogs were mapped at the screen's top-left corner (the frame at 0,-19, its title bar
 * off the screen) although JavaFX had asked for the centre before showing: JavaFX 21 creates the native window
 * before it is shown (JDK-8316423), the position asked for then is lost, and a request made while the window is
 * being mapped is undone by the window manager's own placement. So once the window is shown its position is asked
 * for again: one and two pulses later (a pulse sends a request), whenever its size becomes known during the first
 * {@link #SETTLE} (the 200 x 200 a stage is first mapped at, then its real size), and once at the end of it. Each
 * time only when the window is not where it should be, so a placement the window manager honoured is left alone.
 * The size used is the scene's plus the frame (the stage's own size flickers to 200 x 200 while it is mapped).
 */
public final class DialogPlacement {
    private static final Object KEY = new Object();
    /** How long after showing a size change still re-centres (the user is not expected to have moved it yet). */
    static final Duration SETTLE = Duration.millis(1200);
    /** A window manager's frame is never larger than this (otherwise the stage's size is a stale one). */
    private static final double MAX_FRAME = 120;

    private DialogPlacement() {
    }

    /** Centres {@code window} over its owner each time it is shown (nothing for a window without an owner). */
    public static void centreOver(Stage window) {
        if (window.getProperties().putIfAbsent(KEY, Boolean.TRUE) == null) {
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> new Settle(window).start());
        }
    }

    /**
     * Where a window {@code width} x {@code height} goes to be centred over {@code owner}: whole pixels, inside
     * {@code screen} (the owner's visual bounds) where it fits, else with its top-left corner (its title bar) on it.
     */
    static Point2D centred(Rectangle2D owner, double width, double height, Rectangle2D screen) {
        double x = owner.getMinX() + (owner.getWidth() - width) / 2;
        double y = owner.getMinY() + (owner.getHeight() - height) / 2;
        if (screen != null) {
            x = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width));
            y = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height));
        }
        return new Point2D(Math.round(x), Math.round(y));
    }

    /** Centres {@code window} over its owner now (when it is not there yet); false when there is no owner to go by. */
    static boolean place(Stage window) {
        Window owner = window.getOwner();
        Scene scene = window.getScene();
        if (owner == null || !owner.isShowing() || !window.isShowing() || scene == null
                || owner.getWidth() <= 0 || owner.getHeight() <= 0) {
            return false;
        }
        double w = outer(window.getWidth(), scene.getWidth());
        double h = outer(window.getHeight(), scene.getHeight());
        Rectangle2D ownerBounds = new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        Point2D at = centred(ownerBounds, w, h, screenOf(ownerBounds));
        if (Math.abs(window.getX() - at.getX()) > 1) {
            window.setX(at.getX());
        }
        if (Math.abs(window.getY() - at.getY()) > 1) {
            window.setY(at.getY());
        }
        return true;
    }

    /** The stage's size when it is the scene's plus a frame, else the scene's (the stage's is a stale one). */
    private static double outer(double stage, double scene) {
        double frame = stage - scene;
        return frame >= 0 && frame < MAX_FRAME ? stage : scene;
    }

    private static Rectangle2D screenOf(Rectangle2D owner) {
        double cx = owner.getMinX() + owner.getWidth() / 2;
        double cy = owner.getMinY() + owner.getHeight() / 2;
        for (Screen s : Screen.getScreens()) {
            if (s.getBounds().contains(cx, cy)) {
                return s.getVisualBounds();
            }
        }
        return Screen.getScreensForRectangle(owner).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    /** One showing's placement: the pulses after it, size changes until {@link #SETTLE} has passed, a last check. */
    private static final class Settle {
        private final Stage window;
        private final Scene scene;
        private final InvalidationListener sized = o -> placeLater();
        private boolean queued;

        Settle(Stage window) {
            this.window = window;
            this.scene = window.getScene();
        }

        void start() {
            if (scene == null || window.getOwner() == null) {
                return;
            }
            scene.widthProperty().addListener(sized);
            scene.heightProperty().addListener(sized);
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    place(window);
                    if (++pulses == 2) {
                        stop();
                    }
                }
            }.start();
            PauseTransition end = new PauseTransition(SETTLE);
            end.setOnFinished(e -> {
                scene.widthProperty().removeListener(sized);
                scene.heightProperty().removeListener(sized);
                place(window);
            });
            end.play();
        }

        /** On the next pulse: a size change comes with the frame's own change a moment later. */
        private void placeLater() {
            if (queued) {
                return;
            }
            queued = true;
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    queued = false;
                    place(window);
                }
            }.start();
        }
    }
}
