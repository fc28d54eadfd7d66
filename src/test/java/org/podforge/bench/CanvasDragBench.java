package org.podforge.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.podforge.app.canvas.PodCanvas;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;
import org.podforge.service.Session;

/**
 * Frame times while dragging one chassis across a pod of about 1,100 components (27 servers + 14 switch
 * trays in 7 racks, all on screen in full detail; srv-4 is removed so srv-5 can land at U31 of rack-1). Synthetic mouse events drive the real gesture (press
 * on the server, one drag event per frame along a path over the racks, release = one command); an
 * AnimationTimer records the time between pulses. Run it in a real window (Xvfb is fine), e.g.
 * {@code xvfb-run java -Dprism.order=sw -Djavafx.animation.fullspeed=true -cp ... org.podforge.bench.CanvasDragBench};
 * without {@code fullspeed} the pulse is capped at 60 Hz and the figure shows whether 60 fps holds.
 */
public final class CanvasDragBench {
    private CanvasDragBench() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        private static final int WARMUP = 120;
        private static final int FRAMES = Integer.getInteger("frames", 600);

        @Override
        public void start(Stage stage) {
            Project p = new Project("drag bench");
            p.addPod(PodGenerator.pod("pod-1", "Pod A", 28, 1, 0, ""));
            Session s = new Session(p, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
            // free U31-U40 of rack-1 so the dragged server has somewhere to land
            s.execute(new org.podforge.model.command.RemoveCommand("srv-4"));
            s.commands().clear();
            int comps = p.allComponents().size();
            PodCanvas canvas = new PodCanvas(s);
            stage.setScene(new Scene(canvas, 1500, 950));
            stage.show();
            canvas.fitToView();
            List<Long> gaps = new ArrayList<>();
            List<Long> work = new ArrayList<>();
            long[] state = new long[4];
            new AnimationTimer() {
                int frame;
                Node chassis;
                double x0;
                double y0;
                double x1;
                double y1;

                @Override
                public void handle(long now) {
                    frame++;
                    if (frame == WARMUP) {
                        chassis = find(canvas, "pf-chassis", "srv-5");
                        Bounds b = chassis.localToScene(chassis.getBoundsInLocal());
                        x0 = b.getMinX() + 8;
                        y0 = b.getMinY() + b.getHeight() / 2;
                        Node below = find(canvas, "pf-chassis", "srv-3");
                        Bounds t = below.localToScene(below.getBoundsInLocal());
                        x1 = t.getMinX() + 8;
                        y1 = t.getMinY() - t.getHeight() / 2;
                        System.out.printf("pod: %d components, %d links; scene nodes in the canvas: %d; zoom %.2f%n", comps,
                                p.allLinks().size(), count(canvas), canvas.zoomProperty().get());
                        fire(canvas, MouseEvent.MOUSE_PRESSED, x0, y0);
                    } else if (frame > WARMUP && frame <= WARMUP + FRAMES) {
                        if (state[0] != 0) {
                            gaps.add(now - state[0]);
                        }
                        int i = frame - WARMUP;
                        double x = x0 + 400 * Math.sin(i / 60.0) + i * 0.2;
                        double y = y0 - 150 * Math.abs(Math.sin(i / 45.0));
                        int tail = FRAMES / 5;
                        if (i > FRAMES - tail) {
                            // glide into the free slot of rack-1 for the drop
                            double k = (i - (FRAMES - tail)) / (double) tail;
                            double xs = x0 + 400 * Math.sin((FRAMES - tail) / 60.0) + (FRAMES - tail) * 0.2;
                            double ys = y0 - 150 * Math.abs(Math.sin((FRAMES - tail) / 45.0));
                            x = xs + (x1 - xs) * k;
                            y = ys + (y1 - ys) * k;
                        }
                        long t = System.nanoTime();
                        fire(canvas, MouseEvent.MOUSE_DRAGGED, x, y);
                        work.add(System.nanoTime() - t);
                    } else if (frame == WARMUP + FRAMES + 1) {
                        state[1] = System.nanoTime();
                        fire(canvas, MouseEvent.MOUSE_RELEASED, x1, y1);
                        state[2] = System.nanoTime();
                    } else if (frame == WARMUP + FRAMES + 3) {
                        // the commit redraw runs on the next event-queue turn; wait one more frame
                        state[3] = System.nanoTime();
                        stop();
                        report(gaps, work, state, s);
                        Platform.exit();
                    }
                    state[0] = frame > WARMUP ? now : 0;
                }
            }.start();
        }

        private static void report(List<Long> gaps, List<Long> work, long[] state, Session s) {
            Collections.sort(gaps);
            Collections.sort(work);
            double med = gaps.get(gaps.size() / 2) / 1e6;
            double p95 = gaps.get((int) (gaps.size() * 0.95)) / 1e6;
            double max = gaps.get(gaps.size() - 1) / 1e6;
            System.out.printf("drag: %d frames; frame time median %.2f ms (%.0f fps), p95 %.2f ms, max %.2f ms%n", gaps.size(),
                    med, 1000 / med, p95, max);
            System.out.printf("drag handler per event: median %.3f ms, p95 %.3f ms%n", work.get(work.size() / 2) / 1e6,
                    work.get((int) (work.size() * 0.95)) / 1e6);
            System.out.printf("release -> command executed: %.1f ms; release -> 2 frames later (redraw done): %.1f ms%n",
                    (state[2] - state[1]) / 1e6, (state[3] - state[1]) / 1e6);
            System.out.println("undo history after the drag: " + s.commands().undoHistory() + "; srv-5 now in "
                    + s.project().chassis("srv-5").map(c -> c.rack().id() + " U" + c.uPosition()).orElse("?"));
            System.out.println("fullspeed=" + System.getProperty("javafx.animation.fullspeed") + " prism.order="
                    + System.getProperty("prism.order") + " load average " + java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean().getSystemLoadAverage() + " on " + Runtime.getRuntime().availableProcessors() + " cores");
        }
    }

    static Node find(Parent root, String styleClass, String id) {
        for (Node n : root.lookupAll("." + styleClass)) {
            if (id.equals(n.getProperties().get("podforge.id"))) {
                return n;
            }
        }
        throw new IllegalStateException(id + " is not on screen");
    }

    static int count(Node n) {
        int c = 1;
        if (n instanceof Parent p) {
            for (Node k : p.getChildrenUnmodifiable()) {
                c += count(k);
            }
        }
        return c;
    }

    static void fire(Node target, javafx.event.EventType<MouseEvent> type, double x, double y) {
        fire(target, type, x, y, MouseButton.PRIMARY);
    }

    static void fire(Node target, javafx.event.EventType<MouseEvent> type, double x, double y, MouseButton button) {
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        MouseEvent e = new MouseEvent(type, x, y, x, y, button, 1, false, false, false, false,
                down && button == MouseButton.PRIMARY, down && button == MouseButton.MIDDLE, false, true, false, false, null);
        Event.fireEvent(target, e);
    }
}
