package org.podforge.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.podforge.model.Project;
import org.podforge.service.ProjectSnapshot;
import org.podforge.service.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live analysis: after every command (debounced by {@link #DEBOUNCE_MS} ms so a burst of edits costs one
 * run) it snapshots the design on the FX thread and computes the {@link Analysis} on one background
 * thread, publishing the result back on the FX thread. The UI never waits for it; a result older than
 * one already shown is dropped.
 */
public final class AnalysisService {
    public static final int DEBOUNCE_MS = 120;
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

    private final DocumentModel doc;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "podforge-analysis");
        t.setDaemon(true);
        return t;
    });
    private final PauseTransition debounce = new PauseTransition(Duration.millis(DEBOUNCE_MS));
    private final ReadOnlyObjectWrapper<Analysis> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private long lastRequested = -1;

    public AnalysisService(DocumentModel doc) {
        this.doc = doc;
        debounce.setOnFinished(e -> runNow());
        doc.revisionProperty().addListener((o, a, b) -> schedule());
    }

    /** Restarts the debounce timer. */
    public void schedule() {
        busy.set(true);
        debounce.playFromStart();
    }

    /** Snapshots now and computes in the background (start-up, tests). */
    public void runNow() {
        debounce.stop();
        Session s = doc.getSession();
        long rev = doc.revisionProperty().get();
        lastRequested = rev;
        Project snap = ProjectSnapshot.copyOf(s.project());
        busy.set(true);
        Task<Analysis> task = new Task<>() {
            @Override
            protected Analysis call() {
                return Analysis.compute(rev, snap, s.catalog(), s.priceBook());
            }
        };
        task.setOnSucceeded(e -> {
            Analysis a = task.getValue();
            if (result.get() == null || a.revision() >= result.get().revision()) {
                result.set(a);
                failure.set(null);
            }
            if (rev == lastRequested) {
                busy.set(false);
            }
        });
        task.setOnFailed(e -> {
            if (org.podforge.service.FatalErrors.isFatal(task.getException())
                    && Thread.getDefaultUncaughtExceptionHandler() != null) {
                // out of memory: the app's handler autosaves and explains (FatalErrorHandler)
                Thread.getDefaultUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), task.getException());
            }
            LOG.error("analysis failed", task.getException());
            failure.set(String.valueOf(task.getException()));
            if (rev == lastRequested) {
                busy.set(false);
            }
        });
        executor.submit(task);
    }

    public ReadOnlyObjectProperty<Analysis> resultProperty() { return result.getReadOnlyProperty(); }
    public Analysis getResult() { return result.get(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<String> failureProperty() { return failure.getReadOnlyProperty(); }

    /** True when the shown result is for the design as it is now. */
    public boolean isCurrent() {
        return !busy.get() && result.get() != null && result.get().revision() == doc.revisionProperty().get();
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
