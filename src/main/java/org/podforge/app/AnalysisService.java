package org.podforge.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.podforge.bom.CableSchedule;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.model.command.CommandStack;
import org.podforge.service.FatalErrors;
import org.podforge.service.ProjectSnapshot;
import org.podforge.service.Session;
import org.podforge.service.live.LiveAnalysis;
import org.podforge.service.live.ReplicaPatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live analysis (decision 20): one background thread owns a replica of the open design and a
 * {@link LiveAnalysis} on it. On the FX thread every command executed, undone or redone is turned into a
 * {@link ReplicaPatch} (a copy of the few nodes it touched) and handed over; the background thread writes the
 * patches into its replica, re-checks only what they named and re-costs only the pods they touched, and the
 * result comes back to the FX thread as an {@link Analysis}: findings and BOM first, then the same analysis
 * with the cable schedule. Opening a design (or {@link #runNow()}) starts over from a fresh copy with a full pass.
 * The UI never waits; a result older than one already shown is dropped, and patches that arrive while a pass
 * runs are folded into the next one.
 */
public final class AnalysisService {
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

    /** Work for the analysis thread, in the order the FX thread handed it over. */
    private sealed interface Work permits Reset, Patches, Copy {
        long revision();

        PriceBook prices();
    }

    /** Start over from {@code snapshot} (a fresh copy nobody else touches). */
    private record Reset(long revision, Project snapshot, Catalog catalog, PriceBook prices) implements Work {
    }

    /** Write these patches into the replica, then bring the analysis to {@code revision}. */
    private record Patches(long revision, List<ReplicaPatch> patches, PriceBook prices) implements Work {
    }

    /** Give {@code sink} a copy of the replica with every earlier patch in it; run {@code dropped} (FX) if there is none. */
    private record Copy(long revision, PriceBook prices, Consumer<Project> sink, Runnable dropped) implements Work {
    }

    private final DocumentModel doc;
    private final Executor fx;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "podforge-analysis");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<Analysis> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this, "failure");

    // FX thread
    private final Consumer<CommandStack.Event> stackListener = this::onStack;
    private final List<ReplicaPatch> collected = new ArrayList<>();
    private Session attached;
    private boolean flushPosted;
    private boolean resyncNeeded;
    private boolean started;
    private boolean held;
    private boolean due;
    private long resets;
    private volatile long publishNanos;
    /** Whether a view needs the cable schedule (the Cables tab, a link in the inspector); read by the analysis thread. */
    private volatile boolean cablesWanted = true;
    /** Set once PodForge ran out of memory ({@link #stopAfterFatal()}); the analysis thread then drops its copy. */
    private volatile boolean stopped;
    /** Set by {@link #shutdown()}: nothing more is handed to the FX thread. */
    private volatile boolean shut;
    private long lastRequested = -1;

    // handed from the FX thread to the analysis thread
    private final ConcurrentLinkedQueue<Work> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    // analysis thread only
    private LiveAnalysis live;

    public AnalysisService(DocumentModel doc) {
        this(doc, Platform::runLater);
    }

    /** @param fx runs a task on the FX thread (results are published there) */
    AnalysisService(DocumentModel doc, Executor fx) {
        this.doc = doc;
        this.fx = fx;
        attach(doc.getSession());
        doc.sessionProperty().addListener((o, old, now) -> {
            attach(now);
            runNow();
        });
        doc.revisionProperty().addListener((o, a, b) -> schedule());
    }

    private void attach(Session s) {
        if (attached != null) {
            attached.commands().removeListener(stackListener);
        }
        attached = s;
        collected.clear();
        if (s != null) {
            s.commands().addListener(stackListener);
        }
    }

    /** A command ran on the live design: copy what it touched now, before anything else changes it. */
    private void onStack(CommandStack.Event ev) {
        if (ev.command() == null || resyncNeeded || stopped) {
            return;
        }
        try {
            collected.add(ReplicaPatch.of(attached.project(), ev.command()));
        } catch (RuntimeException e) {
            LOG.warn("could not copy what '{}' changed; the analysis starts over from a fresh copy", ev.command().description(), e);
            resyncNeeded = true;
        }
        busy.set(true);
        if (held) {
            due = true;
        } else {
            flush(); // hand it over now: the FX thread may be busy drawing for a while
        }
    }

    /** Hands what changed since the last call to the analysis thread (on the next turn of the FX thread). */
    public void schedule() {
        if (stopped) {
            return;
        }
        busy.set(true);
        if (held) {
            due = true;
            return;
        }
        if (!flushPosted) {
            flushPosted = true;
            fx.execute(this::flush);
        }
    }

    private void flush() {
        flushPosted = false;
        if (resyncNeeded || !started) {
            runNow();
            return;
        }
        Session s = doc.getSession();
        long rev = doc.revisionProperty().get();
        if (collected.isEmpty() && rev == lastRequested) {
            return; // already handed over (the stack listener flushed it)
        }
        lastRequested = rev;
        List<ReplicaPatch> ps = List.copyOf(collected);
        collected.clear();
        submit(new Patches(rev, ps, s.priceBook()));
    }

    /** Starts over: a fresh copy of the design now and a full pass in the background (start-up, opening a design, tests). */
    public void runNow() {
        if (stopped) {
            return;
        }
        if (held) {
            due = true;
            busy.set(true);
            return;
        }
        Session s = doc.getSession();
        due = false;
        resyncNeeded = false;
        started = true;
        collected.clear();
        long rev = doc.revisionProperty().get();
        lastRequested = rev;
        busy.set(true);
        resets++;
        submit(new Reset(rev, ProjectSnapshot.copyOf(s.project()), s.catalog(), s.priceBook()));
    }

    /**
     * Whether a view shows the cable schedule now (default true). While false, passes publish findings and BOM
     * only and skip the cable schedule (at 4,096 GPUs it costs more than the incremental rules); turning it on
     * computes the schedule for the design as it is.
     */
    public void setCablesWanted(boolean wanted) {
        boolean was = cablesWanted;
        cablesWanted = wanted;
        Analysis a = result.get();
        if (wanted && !was && started && !held && a != null && a.cables() == null) {
            submit(new Patches(lastRequested, List.of(), doc.getSession().priceBook()));
        }
    }

    /**
     * Copies the design off the FX thread (the autosave): once every edit handed over so far is written into the
     * replica, the analysis thread copies the replica and gives the copy to {@code sink} there (it owns the copy).
     * Returns false, and does nothing, when the replica cannot stand for the design now (no design analysed yet,
     * start-up hold, starting over, stopped): copy the live design instead. If the replica is lost before the copy
     * is taken (out of step), {@code dropped} runs on the FX thread instead of {@code sink}.
     */
    public boolean copyWhenCaughtUp(Consumer<Project> sink, Runnable dropped) {
        if (!started || held || resyncNeeded || stopped) {
            return false;
        }
        if (!collected.isEmpty()) {
            flush(); // the edits not handed over yet go first
        }
        if (resyncNeeded) {
            return false;
        }
        submit(new Copy(lastRequested, doc.getSession().priceBook(), sink, dropped));
        return true;
    }

    /** How long the FX thread spent handing the last published result to the panels, badges and status bar (benchmarks). */
    public long lastPublishNanos() {
        return publishNanos;
    }

    /** How many times the analysis started over from a fresh copy (tests). */
    long resets() {
        return resets;
    }

    /**
     * Holds analysis back (start-up: the first frame comes first). While held, opening a design, {@link #schedule()}
     * and {@link #runNow()} only note that a run is due: nothing is copied or computed.
     */
    public void hold() {
        held = true;
    }

    /** Ends {@link #hold()}: if a run is due, starts over from a fresh copy now. */
    public void release() {
        if (!held || stopped) {
            return;
        }
        held = false;
        if (due) {
            due = false;
            runNow();
        }
    }

    /**
     * After PodForge ran out of memory (the app's {@code FatalErrorHandler}): lets go of the analysis's copy of the
     * design and stops analysing, since every edit would copy the design again and run out again. The failure
     * says so (status bar); a restart with more memory starts over.
     */
    public void stopAfterFatal() {
        if (stopped) {
            return;
        }
        stopped = true;
        held = true;
        due = false;
        collected.clear();
        inbox.clear();
        busy.set(false);
        failure.set("Checks stopped: out of memory (save, then restart with more memory)");
        submit(new Patches(lastRequested, List.of(), null)); // wakes the analysis thread, which drops its copy
    }

    private void submit(Work w) {
        if (shut) {
            return; // the window is closing: nothing more to analyse
        }
        inbox.add(w);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    // ---- analysis thread ------------------------------------------------------------------------

    private void drain() {
        while (true) {
            if (stopped) {
                inbox.clear();
                live = null;
                draining.set(false);
                return;
            }
            Work last = null;
            try {
                for (Work w = inbox.poll(); w != null; w = inbox.poll()) {
                    if (!(w instanceof Copy)) {
                        last = w; // a copy alone changes nothing to analyse
                    }
                    take(w);
                }
                if (last != null && live != null && !stopped) {
                    compute(last);
                }
            } catch (ReplicaPatch.OutOfStepException e) {
                LOG.warn("the analysis's copy of the design is out of step ({}); starting over from a fresh copy", e.getMessage());
                live = null;
                toFx(this::runNow);
            } catch (Throwable e) {
                live = null; // first: out of memory, the replica is what can be let go of
                long rev = last == null ? -1 : last.revision();
                try {
                    toFx(() -> failed(rev, e));
                } catch (Throwable again) {
                    // even handing the failure over ran out of memory: never leave the service draining forever
                    // (it would say "Checking…" for good); the thread's handler (FatalErrorHandler) gets it
                    draining.set(false);
                    throw again;
                }
            }
            if (stopped) {
                live = null;
            }
            draining.set(false);
            if (inbox.isEmpty() || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void take(Work w) {
        if (w instanceof Reset r) {
            live = new LiveAnalysis(r.snapshot(), r.catalog(), r.prices());
        } else if (w instanceof Patches p && live != null) {
            for (ReplicaPatch patch : p.patches()) {
                live.apply(patch);
            }
        } else if (w instanceof Copy c) {
            Project copy = null;
            if (live != null) {
                try {
                    copy = ProjectSnapshot.copyOf(live.replica());
                } catch (RuntimeException e) {
                    LOG.warn("could not copy the analysis's replica for the autosave: {}", e.toString());
                }
            }
            if (copy == null) {
                toFx(c.dropped());
            } else {
                c.sink().accept(copy);
            }
        }
    }

    /** Findings and BOM, published; then the cables, unless newer work is already waiting. */
    private void compute(Work w) {
        if (!inbox.isEmpty()) {
            return; // folded into the next pass
        }
        long t0 = System.nanoTime();
        LiveAnalysis.Result r = live.refresh(w.prices());
        Analysis a = new Analysis(w.revision(), r.findings(), r.bom(), live.cablesIfKnown(), (System.nanoTime() - t0) / 1_000_000);
        toFx(() -> publish(a));
        if (a.cables() != null || !inbox.isEmpty() || !cablesWanted) {
            return; // cables follow when a view asks for them (setCablesWanted)
        }
        CableSchedule cables = live.cables();
        Analysis withCables = a.withCables(cables, (System.nanoTime() - t0) / 1_000_000);
        toFx(() -> publish(withCables));
    }

    // ---- FX thread ------------------------------------------------------------------------------

    private void publish(Analysis a) {
        if (stopped) {
            return; // a pass that was running when memory ran out: the status keeps saying the checks stopped
        }
        Analysis shown = result.get();
        if (shown == null || a.revision() > shown.revision() || (a.revision() == shown.revision() && a.cables() != null)) {
            long t0 = System.nanoTime();
            result.set(a); // the panels, badges and status bar take it in their listeners
            publishNanos = System.nanoTime() - t0;
            failure.set(null);
        }
        if (a.revision() == lastRequested) {
            busy.set(false);
        }
    }

    private void failed(long rev, Throwable e) {
        LOG.error("analysis failed", e);
        failure.set(String.valueOf(e));
        if (rev == lastRequested) {
            busy.set(false);
        }
        resyncNeeded = true; // the next edit starts over from a fresh copy
        if (FatalErrors.isFatal(e) && Thread.getDefaultUncaughtExceptionHandler() != null) {
            // out of memory: the app's handler stops the analysis, autosaves and explains (FatalErrorHandler)
            Thread.getDefaultUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
        }
    }

    public ReadOnlyObjectProperty<Analysis> resultProperty() { return result.getReadOnlyProperty(); }
    public Analysis getResult() { return result.get(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> failureProperty() { return failure.getReadOnlyProperty(); }

    /** True when the shown result (with its cable schedule, if wanted) is for the design as it is now. */
    public boolean isCurrent() {
        Analysis a = result.get();
        return !busy.get() && a != null && (a.cables() != null || !cablesWanted) && a.revision() == doc.revisionProperty().get();
    }

    /** Ends the analysis thread; what it still hands to the FX thread afterwards is dropped, not thrown. */
    public void shutdown() {
        shut = true;
        stopped = true;
        executor.shutdownNow();
    }

    /**
     * Hands a result to the FX thread. After {@link #shutdown()} the FX side may be gone (the window closed, a test's
     * stand-in executor ended): a pass that was still running then drops its result instead of throwing
     * {@link RejectedExecutionException} into the thread's uncaught-exception handler, which reports it as a fatal error.
     */
    private void toFx(Runnable r) {
        if (shut) {
            return;
        }
        try {
            fx.execute(r);
        } catch (RejectedExecutionException e) {
            if (!shut) {
                throw e;
            }
        }
    }
}
