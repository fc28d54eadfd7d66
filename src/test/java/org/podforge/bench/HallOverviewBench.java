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
import org.podforge.app.hall.HallModel;
import org.podforge.app.hall.HallView;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.FabricCables;
import org.podforge.model.Project;
import org.podforge.service.Session;

/**
 * Opening a cluster in the hall view and moving about at overview zoom. Reads a project file (one written by
 * {@code podforge generate --gpus N FILE}), builds the hall view, and prints: read time, hall model build, time to the
 * first frame, then the frame gaps while panning and while zooming in and out at overview (one paint per
 * frame, driven by an AnimationTimer, so a gap is the time between two shown frames) as the wheel and a drag do
 * it (the last full frame moved or scaled, {@link HallView#panMoving}), then the gaps with a full redraw every
 * frame, and how many blocks, racks, bundles and merged arcs a frame drew. Run with {@code nice -n 10}; it
 * prints the load average. Run in a real window (Xvfb is fine):
 * {@code xvfb-run java -Dprism.order=sw -Xmx1g -cp ... org.podforge.bench.HallOverviewBench [FILE]}.
 */
public final class HallOverviewBench {
    private HallOverviewBench() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> raw = getParameters().getRaw();
            if (raw.isEmpty()) {
                System.out.println("usage: HallOverviewBench FILE   (a cluster written by: podforge generate --gpus N FILE)");
                Platform.exit();
                return;
            }
            Path file = Path.of(raw.get(0));
            long t0 = System.nanoTime();
            Session s = Session.open(file, CatalogLoader.builtIn(), CatalogLoader.builtInPrices());
            long tRead = System.nanoTime();
            Project p = s.project();
            long m0 = System.nanoTime();
            HallModel probe = HallModel.of(p);
            long m1 = System.nanoTime();
            System.out.printf("file %s: %.1f MB, %d pod design(s), %,d pod replica(s), %,d network rack(s), %,d fabric cable(s)%n",
                    file.getFileName(), Files.size(file) / 1e6, p.pods().size(), probe.blocks().size(),
                    probe.places().size() - probe.networkPlaceBase(), FabricCables.count(p));
            System.out.printf("hall model: %,d rack places, %,d rack-pair bundles, %,d block-pair bundles, built in %.0f ms%n",
                    probe.places().size(), probe.rackBundles().size(), probe.blockBundles().size(), (m1 - m0) / 1e6);
            HallView view = new HallView(s);
            stage.setScene(new Scene(view, 1500, 950));
            stage.show();
            long tShown = System.nanoTime();
            List<Long> panGaps = new ArrayList<>();
            List<Long> zoomGaps = new ArrayList<>();
            List<Long> fullGaps = new ArrayList<>();
            List<Long> paintCpu = new ArrayList<>();
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            new AnimationTimer() {
                int frame;
                long last;

                @Override
                public void handle(long now) {
                    frame++;
                    if (frame == 2) {
                        var f = view.lastFrame();
                        System.out.printf("open: read+load %.0f ms, hall view built+shown %.0f ms, first frame at %.0f ms "
                                        + "(detail %s: %,d blocks, %,d racks, %,d bundles drawn)%n",
                                (tRead - t0) / 1e6, (tShown - tRead) / 1e6, (System.nanoTime() - t0) / 1e6, f.detail(),
                                f.blocks().length, f.places().length, f.bundles().length);
                    } else if (frame > 5 && frame <= 125) {
                        if (last != 0) {
                            panGaps.add(now - last);
                        }
                        double dx = 6 * Math.cos(frame / 10.0);
                        long c0 = mx.getCurrentThreadCpuTime();
                        view.panMoving(dx, 4 * Math.sin(frame / 10.0));
                        paintCpu.add(mx.getCurrentThreadCpuTime() - c0);
                        last = now;
                    } else if (frame > 125 && frame <= 245) {
                        if (frame == 126) {
                            last = 0;
                        }
                        if (last != 0) {
                            zoomGaps.add(now - last);
                        }
                        // in and out around the centre, staying at overview
                        long c0 = mx.getCurrentThreadCpuTime();
                        view.zoomMoving(750, 450, (frame / 15) % 2 == 0 ? 1.04 : 1 / 1.04);
                        paintCpu.add(mx.getCurrentThreadCpuTime() - c0);
                        last = now;
                    } else if (frame > 245 && frame <= 305) {
                        // a full redraw every frame (what each frame would cost without moving the last frame's bitmap)
                        if (frame == 246) {
                            last = 0;
                        }
                        if (last != 0) {
                            fullGaps.add(now - last);
                        }
                        view.panBy(3 * Math.cos(frame / 10.0), 2 * Math.sin(frame / 10.0));
                        last = now;
                    } else if (frame == 306) {
                        report("pan gesture at overview (last full frame moved, redrawn at rest)", panGaps);
                        report("zoom gesture at overview (last full frame scaled, redrawn at rest)", zoomGaps);
                        report("full redraw every frame at overview", fullGaps);
                        System.out.printf("arcs drawn after merging bundles per screen cell: %,d (of %,d bundles in view)%n", view.lastArcs(),
                                view.lastFrame().bundles().length);
                        Collections.sort(paintCpu);
                        System.out.printf("CPU time of one paint (cull + draw calls, FX thread): median %.2f ms, p95 %.2f ms; load average %.1f on %d cores%n",
                                paintCpu.get(paintCpu.size() / 2) / 1e6, paintCpu.get((int) (paintCpu.size() * 0.95)) / 1e6,
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                                Runtime.getRuntime().availableProcessors());
                        var f = view.lastFrame();
                        System.out.printf("last frame: detail %s, %,d blocks, %,d racks, %,d bundles drawn%n", f.detail(), f.blocks().length,
                                f.places().length, f.bundles().length);
                        stop();
                        Platform.exit();
                    }
                }
            }.start();
        }

        private static void report(String what, List<Long> gaps) {
            Collections.sort(gaps);
            double median = gaps.get(gaps.size() / 2) / 1e6;
            System.out.printf("%s: median frame %.1f ms (%.0f fps), p95 %.1f ms, max %.1f ms over %d frames%n", what, median, 1000 / median,
                    gaps.get((int) (gaps.size() * 0.95)) / 1e6, gaps.get(gaps.size() - 1) / 1e6, gaps.size());
        }
    }
}
