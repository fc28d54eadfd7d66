package org.podforge.app;

import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.podforge.service.StartupTrace;

/**
 * Start-up's first frame (docs/decisions/0021). After each layout pass it looks for a rack skin
 * ({@code .pf-rack}) in the pod canvas. That pulse's frame is rendered next; the pulse after it waits for that
 * frame to be finished before it renders its own (Quantum's paint collector), so the pulse after that one is
 * the first frame with the design drawn: never early, late by up to two pulses (33 ms at 60 Hz). A design that
 * has no rack to draw (a new, empty design opened at start) counts the same way from the first layout after it was
 * installed: its first frame is the empty canvas. Then it runs the work that was kept off the first frame (the first
 * analysis, the held views), at the latest {@link #DEADLINE_S} s after the window was shown (the untitled design the
 * window starts with, before the first design is installed, or a recovery dialog, draws no rack).
 *
 * <p>With {@link StartupTrace#enabled()} it also marks the phases for the cold-start benchmark, and with
 * {@link StartupTrace#exitWhenShown()} exits once the frame and the first analysis are shown (the class-data
 * training run).
 */
final class FirstFrameWatch {
    /** The deferred work runs by then even when no rack was drawn (an empty design, a dialog first). */
    static final double DEADLINE_S = 5;
    /** The training run gives up (exit 3) when the design was not drawn and analysed by then. */
    private static final long TRAINING_DEADLINE_MS = 240_000;
    private final Runnable afterFirstFrame;
    private boolean ran;
    private boolean framed;
    private boolean analysed;

    /** Set once a design was installed in the window (the untitled one it starts with does not count). */
    private boolean installed;
    private final double deadlineS;

    private FirstFrameWatch(Runnable afterFirstFrame, double deadlineS) {
        this.afterFirstFrame = afterFirstFrame;
        this.deadlineS = deadlineS;
    }

    /** Watches {@code w}'s first frame with a design; then runs {@code afterFirstFrame} once, on the FX thread. */
    static void install(MainWindow w, Runnable afterFirstFrame) {
        install(w, afterFirstFrame, DEADLINE_S);
    }

    /** The same with another deadline (tests: one that cannot be what ran the work). */
    static void install(MainWindow w, Runnable afterFirstFrame, double deadlineS) {
        new FirstFrameWatch(afterFirstFrame, deadlineS).watch(w);
    }

    private void watch(MainWindow w) {
        Scene scene = w.scene();
        w.document().sessionProperty().addListener((o, a, b) -> installed = true);
        if (StartupTrace.enabled()) {
            w.document().sessionProperty().addListener((o, a, b) -> StartupTrace.mark("design-installed"));
            w.analysis().resultProperty().addListener((o, a, r) -> {
                if (r != null && !analysed && !w.document().getSession().project().pods().isEmpty()) {
                    analysed = true;
                    StartupTrace.mark("analysis-shown");
                    exitIfDone();
                }
            });
        }
        if (StartupTrace.exitWhenShown()) {
            Thread deadline = new Thread(() -> {
                try {
                    Thread.sleep(TRAINING_DEADLINE_MS);
                } catch (InterruptedException e) {
                    return;
                }
                System.err.println(StartupTrace.PREFIX + "gave up: no first frame and analysis after " + TRAINING_DEADLINE_MS / 1000 + " s");
                Runtime.getRuntime().halt(3);
            }, "podforge-startup-deadline");
            deadline.setDaemon(true);
            deadline.start();
        }
        PauseTransition deadline = new PauseTransition(Duration.seconds(deadlineS));
        w.stage().addEventHandler(WindowEvent.WINDOW_SHOWN, e -> deadline.play());
        Runnable[] check = new Runnable[1];
        deadline.setOnFinished(e -> {
            if (!StartupTrace.enabled()) {
                scene.removePostLayoutPulseListener(check[0]); // stop looking; the trace still wants its marks
            }
            runDeferred();
        });
        check[0] = () -> {
            Node canvas = scene.lookup("#pod-canvas");
            if (canvas == null || canvas.lookup(".pf-rack") == null && !(installed && noRackToDraw(w))) {
                return;
            }
            scene.removePostLayoutPulseListener(check[0]);
            StartupTrace.mark("design-laid-out");
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 2) {
                        stop();
                        deadline.stop();
                        framed = true;
                        StartupTrace.mark("first-frame");
                        StartupTrace.threads();
                        runDeferred();
                        exitIfDone();
                    }
                }
            }.start();
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    /** The pod canvas draws the pods' racks: a design without any (new, empty; or a hall of fabric racks only) draws none. */
    private static boolean noRackToDraw(MainWindow w) {
        return w.document().getSession().project().pods().stream().allMatch(p -> p.racks().isEmpty());
    }

    private void runDeferred() {
        if (!ran) {
            ran = true;
            afterFirstFrame.run();
        }
    }

    private void exitIfDone() {
        if (framed && analysed && StartupTrace.exitWhenShown()) {
            Platform.exit();
            System.exit(0);
        }
    }
}
