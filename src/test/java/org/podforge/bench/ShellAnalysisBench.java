package org.podforge.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.podforge.app.Analysis;
import org.podforge.app.MainWindow;
import org.podforge.app.SettingsModel;
import org.podforge.bom.Bom;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.Standard;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.io.SettingsStore;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.Thresholds;
import org.podforge.service.AutosaveStore;
import org.podforge.service.PodGenerator;
import org.podforge.service.ProjectSnapshot;
import org.podforge.service.Session;
import org.podforge.service.generate.ClusterGenerator;
import org.podforge.service.live.LiveAnalysis;
import org.podforge.service.live.ReplicaPatch;

/**
 * What the app shell's live analysis costs per edit (decision 20), on the sample, the 4,096-GPU cluster of 64
 * separate pods ({@code PodGenerator.cluster}) and the 4,096-GPU cluster {@code podforge generate} writes (one pod
 * design x 64 replicas and a three-tier fabric). Prints medians.
 *
 * <ol>
 *   <li>Parts, without a window: the old path's pieces (snapshot on the FX thread, full validation, BOM, cables on
 *       the analysis thread) and the new one's (patch on the FX thread, apply + incremental rules + BOM, then cables)
 *       after a move (a switch tray 4 U up and back) and a connect (a cable between two free ports, then undone),
 *       measured after as many unmeasured edits of the same kind (warm-up), in wall-clock and CPU time.</li>
 *   <li>End to end in the real main window (headless Monocle unless {@code -Dbench.window=true}): from the edit on
 *       the FX thread until the Problems tab, badges, BOM and status bar have the result for it (the time the last
 *       result listener runs), and the longest the FX thread was busy meanwhile (a 2 ms heartbeat's worst delay).</li>
 * </ol>
 * Run: mvn -q test-compile exec:java -Dexec.mainClass=org.podforge.bench.ShellAnalysisBench [-Dexec.args="7"]
 * (arguments: runs, "parts"|"window"|"all", designs "012", edits "move,connect")
 */
public final class ShellAnalysisBench {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();
    private static String[] kinds;
    private static String movedId;
    private static int movedFrom;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String only = args.length > 1 ? args[1] : "all"; // "parts" or "window" to run one half
        String which = args.length > 2 ? args[2] : "012"; // designs by index: 0 sample, 1 cluster of 64 pods, 2 generated
        kinds = args.length > 3 ? args[3].split(",") : new String[] {"move", "connect"}; // edits, e.g. "connect" to profile one
        List<String> names = List.of("sample, 64 GPUs", "cluster, 4,096 GPUs (64 pods)", "generated, 4,096 GPUs (64 replicas + fabric)");
        for (int i = 0; i < names.size() && !only.equals("window"); i++) {
            if (which.indexOf('0' + i) >= 0) {
                parts(names.get(i), design(i), runs);
            }
        }
        if (only.equals("parts")) {
            return;
        }
        if (!Boolean.getBoolean("bench.window")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false); // closing one design's window must not end the toolkit before the next
        for (int i = 0; i < names.size(); i++) {
            if (which.indexOf('0' + i) >= 0) {
                endToEnd(names.get(i), design(i), runs);
            }
        }
        Platform.exit();
        System.exit(0);
    }

    private static Project design(int i) {
        return switch (i) {
            case 0 -> PodGenerator.sample();
            case 1 -> PodGenerator.cluster(4096);
            default -> new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(4096, null)).project();
        };
    }

    // ---- 1. parts ---------------------------------------------------------------------------------

    private static void parts(String name, Project p, int runs) throws java.io.IOException {
        List<Double> snap = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> bom = new ArrayList<>();
        List<Double> cables = new ArrayList<>();
        // -Dbench.old=false leaves the old path out (when only the new path's figures are compared)
        for (int i = 0; i < (Boolean.parseBoolean(System.getProperty("bench.old", "true")) ? runs : 0); i++) {
            long t0 = System.nanoTime();
            Project s = ProjectSnapshot.copyOf(p);
            long t1 = System.nanoTime();
            RuleEngine.validate(s, CATALOG, PRICES);
            long t2 = System.nanoTime();
            Bom.of(s, CATALOG, PRICES);
            long t3 = System.nanoTime();
            CableSchedule.of(s, Standard.linkFacts(s, CATALOG), CATALOG);
            long t4 = System.nanoTime();
            snap.add(ms(t1 - t0));
            full.add(ms(t2 - t1));
            bom.add(ms(t3 - t2));
            cables.add(ms(t4 - t3));
        }
        System.out.printf("%s: %,d components, %,d links%n", name, p.allComponents().size(), p.allLinks().size());
        if (!snap.isEmpty()) {
            System.out.printf("  old path: snapshot (FX thread) %.1f ms, full validation %.1f ms, BOM %.1f ms, cables %.1f ms%n",
                    median(snap), median(full), median(bom), median(cables));
        }

        CommandStack stack = new CommandStack(p);
        LiveAnalysis live = LiveAnalysis.copyOf(p, CATALOG, PRICES);
        live.refresh(PRICES);
        List<ReplicaPatch> patches = new ArrayList<>();
        List<Double> patchMs = new ArrayList<>();
        stack.addListener(ev -> {
            if (ev.command() != null) {
                long t = System.nanoTime();
                patches.add(ReplicaPatch.of(p, ev.command()));
                patchMs.add(ms(System.nanoTime() - t));
            }
        });
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (String kind : kinds) {
            // warm-up: edits not measured, at least 300 (the JIT compiles the incremental path first; on a loaded
            // machine its compiler threads need many edits' time)
            for (int i = 0; i < Math.max(300, runs * 2); i++) {
                partsEdit(p, stack, kind, i);
                patches.forEach(live::apply);
                patches.clear();
                live.refresh(PRICES);
            }
            jdk.jfr.Recording jfr = startJfr();
            patchMs.clear();
            List<Double> refresh = new ArrayList<>();
            List<Double> refreshCpu = new ArrayList<>();
            List<Double> cab = new ArrayList<>();
            for (int i = 0; i < runs * 2; i++) {
                partsEdit(p, stack, kind, i);
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                patches.forEach(live::apply);
                patches.clear();
                live.refresh(PRICES);
                long t1 = System.nanoTime();
                long c1 = mx.getCurrentThreadCpuTime();
                live.cables();
                long t2 = System.nanoTime();
                refresh.add(ms(t1 - t0));
                refreshCpu.add(ms(c1 - c0));
                cab.add(ms(t2 - t1));
            }
            stopJfr(jfr, "parts-" + name + "-" + kind);
            System.out.printf("  new path, %s: patch (FX thread) %.2f ms, apply + rules + BOM %.1f ms (CPU %.1f ms, least %.1f), then cables %.1f ms (%d findings)%n",
                    kind, median(patchMs), median(refresh), median(refreshCpu), Collections.min(refreshCpu), median(cab),
                    live.refresh(PRICES).findings().size());
        }
    }

    /** Edit {@code i} of a kind: a move there (even) and back (odd), or a connect (even) and its undo (odd). */
    private static void partsEdit(Project p, CommandStack stack, String kind, int i) {
        if (i % 2 == 0) {
            stack.execute(kind.equals("move") ? move(p, i) : connect(p));
            stack.sealTop();
        } else if (kind.equals("move")) {
            stack.execute(move(p, i));
            stack.sealTop();
        } else {
            stack.undo();
        }
    }

    /** Moves the topmost chassis of the first rack of the first pod up to 4 U up (even i), or back where it was (odd i). */
    private static Command move(Project p, int i) {
        Rack rack = p.pods().get(0).racks().get(0);
        if (i % 2 == 0) {
            Chassis top = rack.chassis().get(0);
            for (Chassis c : rack.chassis()) {
                top = c.uPosition() > top.uPosition() ? c : top;
            }
            movedId = top.id();
            movedFrom = top.uPosition();
            int up = Math.min(4, 48 - movedFrom);
            return new MoveChassisCommand(top.id(), rack.id(), up > 0 ? movedFrom + up : movedFrom - 1);
        }
        return new MoveChassisCommand(movedId, rack.id(), movedFrom);
    }

    /** A copper cable between the first two free ports of two components of the first pod. */
    private static Command connect(Project p) {
        List<PortRef> free = new ArrayList<>();
        for (Component c : p.pods().get(0).allComponents()) {
            Part part = CATALOG.find(c.partNumber()).orElse(null);
            if (part == null) {
                continue;
            }
            for (Port port : part.ports()) {
                PortRef ref = new PortRef(c.id(), port.name());
                if (p.linksAt(ref).isEmpty() && (free.isEmpty() || !free.get(0).componentId().equals(c.id()))) {
                    free.add(ref);
                    break;
                }
            }
            if (free.size() == 2) {
                Link l = new Link(p.newId("link"), free.get(0), free.get(1), 4, Medium.COPPER_EXTERNAL);
                l.setCablePart(PodGenerator.COPPER_CABLE);
                return AddCommand.link(l);
            }
        }
        throw new IllegalStateException("no two free ports");
    }

    // ---- 2. end to end in the window ----------------------------------------------------------------

    private static void endToEnd(String name, Project p, int runs) throws Exception {
        Path dir = Files.createTempDirectory("podforge-bench");
        AtomicReference<MainWindow> win = new AtomicReference<>();
        fx(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, CATALOG, PRICES, new SettingsModel(new SettingsStore(dir.resolve("cfg"))),
                    new AutosaveStore(dir.resolve("auto")), x -> null);
            stage.show();
            w.document().setSession(new Session(p, CATALOG, PRICES, null, List.of()));
            win.set(w);
        });
        MainWindow w = win.get();
        awaitCurrent(w);
        AtomicLong shownAt = new AtomicLong();
        AtomicLong waitingFor = new AtomicLong(-1);
        AtomicLong shownPassMs = new AtomicLong();
        // registered after the window's own listeners, so it runs after the Problems tab, badges, BOM and status bar
        fx(() -> w.analysis().resultProperty().addListener((o, a, r) -> {
            if (r != null && r.revision() == waitingFor.get() && shownAt.get() == 0) {
                shownAt.set(System.nanoTime());
                shownPassMs.set(r.millis());
            }
        }));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        AtomicLong fxId = new AtomicLong();
        fx(() -> fxId.set(Thread.currentThread().getId()));
        long anId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("podforge-analysis"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
        jdk.jfr.Recording jfr = startJfr();
        for (String kind : kinds) {
            List<Double> shown = new ArrayList<>();
            List<Double> onFx = new ArrayList<>();
            List<Double> stall = new ArrayList<>();
            List<Double> pass = new ArrayList<>();
            List<Double> publish = new ArrayList<>();
            List<Double> fxCpu = new ArrayList<>();
            List<Double> anCpu = new ArrayList<>();
            for (int i = 0; i < runs * 2; i++) {
                int n = i;
                shownAt.set(0);
                Heartbeat hb = new Heartbeat();
                AtomicLong t0 = new AtomicLong();
                AtomicLong t1 = new AtomicLong();
                long fx0 = mx.getThreadCpuTime(fxId.get());
                long an0 = anId < 0 ? 0 : mx.getThreadCpuTime(anId);
                fx(() -> {
                    Session s = w.document().getSession();
                    t0.set(System.nanoTime());
                    if (kind.equals("connect") && n % 2 == 1) {
                        w.document().undo();
                    } else {
                        w.document().execute(kind.equals("move") ? move(s.project(), n) : connect(s.project()));
                        s.commands().sealTop();
                    }
                    waitingFor.set(w.document().revisionProperty().get());
                    t1.set(System.nanoTime());
                });
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (shownAt.get() == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                shown.add(ms(shownAt.get() - t0.get()));
                AtomicLong pub = new AtomicLong();
                fx(() -> {
                    pub.set(w.analysis().lastPublishNanos());
                });
                onFx.add(ms(t1.get() - t0.get()));
                awaitCurrent(w);
                fxCpu.add(ms(mx.getThreadCpuTime(fxId.get()) - fx0));
                anCpu.add(anId < 0 ? 0 : ms(mx.getThreadCpuTime(anId) - an0));
                stall.add(hb.stop());
                publish.add(ms(pub.get()));
                pass.add((double) shownPassMs.get());
            }
            Analysis a = w.analysis().getResult();
            System.out.printf("%s, %s in the window: shown after %.1f ms median (%.1f-%.1f); edit on the FX thread %.1f ms, "
                            + "background pass (rules, BOM) %.0f ms, panels taking the result %.1f ms; longest FX-thread stall %.1f ms "
                            + "median (max %.1f) (%d findings)%n", name, kind, median(shown), Collections.min(shown), Collections.max(shown),
                    median(onFx), median(pass), median(publish), median(stall), Collections.max(stall), a.findings().size());
            System.out.printf("  CPU time per edit (load-independent share of the above): FX thread %.1f ms, analysis thread %.1f ms (medians)%n",
                    median(fxCpu), median(anCpu));
        }
        stopJfr(jfr, name);
        fx(() -> {
            w.analysis().shutdown();
            w.stage().close();
        });
    }

    /**
     * With {@code -Dbench.jfr=DIR}, a flight recording of the edits only (method samples every 2 ms), written to
     * DIR/window-N.jfr (the window half) or DIR/parts-N-KIND.jfr (the measured edits of the parts half, warm-up left out); read it with {@code jfr print --stack-depth 64 --events jdk.ExecutionSample} (the FX thread
     * is "Event Thread" under Monocle, "JavaFX Application Thread" in a real window).
     */
    private static jdk.jfr.Recording startJfr() {
        if (System.getProperty("bench.jfr") == null) {
            return null;
        }
        jdk.jfr.Recording r = new jdk.jfr.Recording();
        r.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
        r.start();
        return r;
    }

    private static void stopJfr(jdk.jfr.Recording r, String name) throws java.io.IOException {
        if (r == null) {
            return;
        }
        r.stop();
        String file = (name.startsWith("parts-") ? name : "window-" + name).replaceAll("[^A-Za-z0-9]+", "-");
        Path out = Path.of(System.getProperty("bench.jfr")).resolve(file + ".jfr");
        Files.createDirectories(out.getParent());
        r.dump(out);
        r.close();
        System.out.println("  flight recording of the edits: " + out);
    }

    private static void awaitCurrent(MainWindow w) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            AtomicReference<Boolean> ok = new AtomicReference<>(false);
            fx(() -> ok.set(w.analysis().isCurrent()));
            if (ok.get()) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("analysis never became current");
    }

    /** The worst delay of a 2 ms FX-thread heartbeat: how long the window could not react. */
    private static final class Heartbeat {
        private final AtomicLong worst = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;

        Heartbeat() {
            thread = new Thread(() -> {
                while (running) {
                    long posted = System.nanoTime();
                    CountDownLatch ran = new CountDownLatch(1);
                    Platform.runLater(ran::countDown);
                    try {
                        ran.await();
                        worst.accumulateAndGet(System.nanoTime() - posted, Math::max);
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heartbeat");
            thread.setDaemon(true);
            thread.start();
        }

        double stop() throws InterruptedException {
            running = false;
            thread.join();
            return ms(worst.get());
        }
    }

    private static void fx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> err = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (Throwable t) {
                err.set(t);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (err.get() != null) {
            throw new IllegalStateException(err.get());
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
