package org.podforge.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.podforge.service.StartupTrace;

/**
 * Marks the first frame that shows the design (for the cold-start benchmark and the class-data-sharing
 * training run; only when {@link StartupTrace#enabled()}): after each layout pass it looks for a rack skin
 * ({@code .pf-rack}) in the pod canvas. That pulse's frame is rendered next; the pulse after it waits for that
 * frame to be finished before it renders its own (Quantum's paint collector), so the pulse after that one
 * marks {@code first-frame}: conservative by up to two pulses (33 ms at 60 Hz), never early. Also marks when
 * the design was installed and when the first analysis of it was shown. With {@link StartupTrace#exitWhenShown()}
 * the app exits once both the frame and the analysis are shown (the training run, docs/decisions/0021).
 */
final class FirstFrameProbe {
    /** The training run gives up (exit 3) when the design was not drawn and analysed by then. */
    private static final long DEADLINE_MS = 240_000;
    private boolean framed;
    private boolean analysed;

    private FirstFrameProbe() {
    }

    static void install(MainWindow w) {
        if (StartupTrace.enabled()) {
            new FirstFrameProbe().watch(w);
        }
    }

    private void watch(MainWindow w) {
        Scene scene = w.scene();
        if (StartupTrace.exitWhenShown()) {
            Thread deadline = new Thread(() -> {
                try {
                    Thread.sleep(DEADLINE_MS);
                } catch (InterruptedException e) {
                    return;
                }
                System.err.println(StartupTrace.PREFIX + "gave up: no first frame and analysis after " + DEADLINE_MS / 1000 + " s");
                Runtime.getRuntime().halt(3);
            }, "podforge-startup-deadline");
            deadline.setDaemon(true);
            deadline.start();
        }
        w.document().sessionProperty().addListener((o, a, b) -> StartupTrace.mark("design-installed"));
        w.analysis().resultProperty().addListener((o, a, r) -> {
            if (r != null && !analysed && !w.document().getSession().project().pods().isEmpty()) {
                analysed = true;
                StartupTrace.mark("analysis-shown");
                exitIfDone();
            }
        });
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            Node canvas = scene.lookup("#pod-canvas");
            if (canvas == null || canvas.lookup(".pf-rack") == null) {
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
                        framed = true;
                        StartupTrace.mark("first-frame");
                        StartupTrace.threads();
                        exitIfDone();
                    }
                }
            }.start();
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    private void exitIfDone() {
        if (framed && analysed && StartupTrace.exitWhenShown()) {
            Platform.exit();
            System.exit(0);
        }
    }
}
