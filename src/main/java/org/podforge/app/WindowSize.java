package org.podforge.app;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Makes the main window open at the size it asked for. Under some X11 window managers (openbox,
 * recent mutter) JavaFX 21 maps a stage that was sized before it was shown at the toolkit's default
 * 200 x 200 (JDK-8316423, fixed in JavaFX 22), while the stage still reports the wanted size, so
 * nothing can detect the mismatch. So once the window is shown its size is set again, through a
 * one-pixel different value first so that the toolkit really sends the request to the window manager
 * (a request equal to the size it believes it has is dropped). Skipped when the window is maximised.
 *
 * <p>A stage's size reaches the window system only in a pulse, and a pulse cannot run while the FX thread
 * works. So the two requests are made one pulse apart ({@link AnimationTimer}), and the start-up's heavy work
 * (opening the first design: on a loaded machine tens of seconds of FX work) waits in {@link #whenSized}
 * until both have gone out: before this, that work ran between them and the window stayed at 200 x 200 until
 * it was done (20-25 s under openbox on a loaded machine).
 *
 * <p>The wanted size is the scene's (what the settings keep). The stage's size includes the window manager's
 * frame, so once the toolkit knows the frame (the scene is then smaller than the stage), the stage is asked
 * for the scene's size plus the frame; otherwise each start would lose a title bar's height.
 */
final class WindowSize {
    /**
     * Pulses between the two requests, and after the second before the waiting work runs: one each (a pulse
     * sends a request; two each cost 0.5-0.8 s before the first design opened on a loaded machine, perf9).
     * Checked under openbox: 200 x 200 for 0.3 s, then the wanted size.
     */
    private static final int PULSES_APART = 1;
    /** The frame a window manager adds is never larger than this (else the sizes are not settled yet). */
    private static final double MAX_FRAME = 120;
    private final Stage stage;
    private final Scene scene;
    private final double wantW;
    private final double wantH;
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean sized;

    private WindowSize(Stage stage, Scene scene) {
        this.stage = stage;
        this.scene = scene;
        this.wantW = scene.getWidth();
        this.wantH = scene.getHeight();
    }

    /**
     * Installs the correction on the stage's first showing. The wanted size is the scene's, read now:
     * read after showing, a busy machine may already report the window manager's 200 x 200 (seen under
     * openbox with a loaded CPU: the window appeared at its size, then fell back to 200 x 200). The
     * request is repeated once a moment later if the window is still smaller than wanted.
     */
    static WindowSize keep(Stage stage, Scene scene) {
        WindowSize ws = new WindowSize(stage, scene);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> ws.start());
        return ws;
    }

    /** Runs {@code work} on the FX thread once the size requests have gone out (at once if they have). */
    void whenSized(Runnable work) {
        if (sized) {
            work.run();
        } else {
            waiting.add(work);
        }
    }

    boolean sized() {
        return sized;
    }

    private void start() {
        if (sized || stage.getScene() != scene) {
            return;
        }
        if (!needed()) {
            done();
            return;
        }
        stage.setWidth(wantW - 1);
        stage.setHeight(wantH - 1);
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                pulses++;
                if (pulses == PULSES_APART) {
                    if (needed()) {
                        stage.setWidth(wantW + frameW());
                        stage.setHeight(wantH + frameH());
                        if (stage.getOwner() == null) {
                            stage.centerOnScreen(); // an owned window is centred over its owner (DialogPlacement)
                        }
                    }
                } else if (pulses == 2 * PULSES_APART) {
                    stop();
                    done();
                }
            }
        }.start();
    }

    private void done() {
        sized = true;
        List<Runnable> run = new ArrayList<>(waiting);
        waiting.clear();
        run.forEach(Runnable::run);
        PauseTransition again = new PauseTransition(Duration.seconds(1.5));
        again.setOnFinished(x -> {
            // only while the stage still shows this window (a reused stage may show something else by now)
            if (stage.getScene() == scene && stage.isShowing() && needed() && off()) {
                stage.setWidth(wantW + frameW());
                stage.setHeight(wantH + frameH());
            }
        });
        again.play();
    }

    private boolean needed() {
        return !stage.isMaximized() && !stage.isFullScreen() && wantW > 0 && wantH > 0;
    }

    /** The scene is not the wanted size (the window manager's 200 x 200, or a frame not yet accounted for). */
    private boolean off() {
        return Math.abs(scene.getWidth() - wantW) > 1 || Math.abs(scene.getHeight() - wantH) > 1;
    }

    private double frameW() {
        double f = stage.getWidth() - scene.getWidth();
        return f > 0 && f < MAX_FRAME ? f : 0;
    }

    private double frameH() {
        double f = stage.getHeight() - scene.getHeight();
        return f > 0 && f < MAX_FRAME ? f : 0;
    }
}
