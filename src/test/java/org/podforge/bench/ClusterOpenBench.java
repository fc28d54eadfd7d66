package org.podforge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.podforge.app.canvas.PodCanvas;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;
import org.podforge.service.Session;

/**
 * Time to interactive when opening the 4,096-GPU cluster (64 pods of 64 accelerators, about 21,500
 * components and 255,000 links): from reading the project file to the first frame of the canvas fitted to
 * the whole cluster, then the frame times of panning at that zoom and the time to zoom into one pod
 * (detail skins built for the racks in view). The file is written first (not timed). Run in a real
 * window (Xvfb is fine): {@code xvfb-run java -Dprism.order=sw -cp ... org.podforge.bench.ClusterOpenBench [gpus]}.
 */
public final class ClusterOpenBench {
    private ClusterOpenBench() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            int gpus = getParameters().getRaw().isEmpty() ? 4096 : Integer.parseInt(getParameters().getRaw().get(0));
            Catalog catalog = CatalogLoader.builtIn();
            Project generated = PodGenerator.cluster(gpus);
            Path file = Files.createTempFile("cluster-" + gpus, ".podforge.json");
            ProjectWriter.save(generated, file);
            System.out.printf("cluster: %d GPUs, %d pods, %d components, %d links, file %.1f MB%n", gpus,
                    generated.pods().size(), generated.allComponents().size(), generated.allLinks().size(),
                    Files.size(file) / 1e6);
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Session s = Session.open(file, catalog, CatalogLoader.builtInPrices());
            long tRead = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            PodCanvas canvas = new PodCanvas(s);
            stage.setScene(new Scene(canvas, 1500, 950));
            stage.show();
            canvas.fitToView();
            long tBuilt = System.nanoTime();
            long c2 = mx.getCurrentThreadCpuTime();
            System.out.printf("CPU time on the FX thread: read+load %.0f ms, canvas built+fit %.0f ms (load average %.1f on %d cores)%n",
                    (c1 - c0) / 1e6, (c2 - c1) / 1e6, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            long[] firstFrame = new long[1];
            List<Long> panGaps = new ArrayList<>();
            new AnimationTimer() {
                int frame;
                long last;

                @Override
                public void handle(long now) {
                    frame++;
                    if (frame == 2) {
                        // the frame after the first pulse has painted: the window shows the design
                        firstFrame[0] = System.nanoTime();
                        Platform.runLater(() -> {
                            long tResponsive = System.nanoTime();
                            System.out.printf("open: read+load %.0f ms, canvas built+fit %.0f ms, first frame at %.0f ms, "
                                    + "event queue responsive at %.0f ms (zoom %.3f, scene nodes %d)%n",
                                    (tRead - t0) / 1e6, (tBuilt - tRead) / 1e6, (firstFrame[0] - t0) / 1e6,
                                    (tResponsive - t0) / 1e6, canvas.zoomProperty().get(), CanvasDragBench.count(canvas));
                        });
                    } else if (frame > 10 && frame <= 130) {
                        if (last != 0) {
                            panGaps.add(now - last);
                        }
                        // pan by firing a middle-button drag
                        double x = 700 + 200 * Math.sin(frame / 20.0);
                        if (frame == 11) {
                            CanvasDragBench.fire(canvas, javafx.scene.input.MouseEvent.MOUSE_PRESSED, 700, 400,
                                    javafx.scene.input.MouseButton.MIDDLE);
                        }
                        CanvasDragBench.fire(canvas, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, x, 400,
                                javafx.scene.input.MouseButton.MIDDLE);
                        last = now;
                    } else if (frame == 131) {
                        CanvasDragBench.fire(canvas, javafx.scene.input.MouseEvent.MOUSE_RELEASED, 700, 400,
                                javafx.scene.input.MouseButton.MIDDLE);
                        Collections.sort(panGaps);
                        System.out.printf("pan at fit zoom: median frame %.1f ms, p95 %.1f ms%n",
                                panGaps.get(panGaps.size() / 2) / 1e6, panGaps.get((int) (panGaps.size() * 0.95)) / 1e6);
                        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                        long zc0 = mx.getCurrentThreadCpuTime();
                        long z0 = System.nanoTime();
                        canvas.reveal(List.of("pod-1.srv-1"));
                        long z1 = System.nanoTime();
                        long zc1 = mx.getCurrentThreadCpuTime();
                        System.out.printf("zoom into one server (reveal, detail skins built): %.0f ms wall, %.0f ms CPU, zoom %.2f, scene nodes %d%n",
                                (z1 - z0) / 1e6, (zc1 - zc0) / 1e6, canvas.zoomProperty().get(), CanvasDragBench.count(canvas));
                    } else if (frame == 134) {
                        stop();
                        try {
                            Files.deleteIfExists(file);
                        } catch (java.io.IOException e) {
                            System.out.println("could not delete " + file + ": " + e.getMessage());
                        }
                        Platform.exit();
                    }
                }
            }.start();
        }
    }
}
