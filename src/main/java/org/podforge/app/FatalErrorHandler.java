package org.podforge.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.podforge.service.FatalErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's handler for exceptions nobody caught, on the FX thread and on every other thread. An out of
 * memory (or another failure of the JVM) autosaves the design first, then tells the user what ran out,
 * where the work is and how to start PodForge with more memory. Anything else goes to the log and the
 * status bar, as before.
 */
public final class FatalErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FatalErrorHandler.class);

    private final FileController files;
    private final DocumentModel doc;
    private final Consumer<Runnable> onFx;
    private volatile boolean reported;

    public FatalErrorHandler(FileController files, DocumentModel doc) {
        this(files, doc, r -> {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                Platform.runLater(r);
            }
        });
    }

    FatalErrorHandler(FileController files, DocumentModel doc, Consumer<Runnable> onFx) {
        this.files = files;
        this.doc = doc;
        this.onFx = onFx;
    }

    /** Installs the handler on the calling (FX) thread and as the default for every other thread. */
    public void install() {
        Thread.currentThread().setUncaughtExceptionHandler(this);
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        if (FatalErrors.isFatal(e)) {
            FatalErrors.releaseReserve();
            onFx.accept(() -> fatal(e, "working on the design"));
            return;
        }
        LOG.error("unexpected error on {}", t.getName(), e);
        String where = org.podforge.io.AppLog.currentFile().map(f -> "details in the log: " + f + "; Help > Open Log Folder")
                .orElse("details on the terminal PodForge was started from");
        onFx.accept(() -> doc.messageProperty().set("Unexpected error: " + e + " (" + where + ")"));
    }

    /**
     * Autosaves, then shows one dialog (the first fatal error only: a second one while the dialog is open
     * would only repeat it). Also used by background jobs (the workbook export) that catch their own failure.
     */
    public void fatal(Throwable e, String doing) {
        Optional<Path> saved = files.emergencyAutosave();
        if (reported) {
            return;
        }
        reported = true;
        try {
            files.dialogs().showError("PodForge ran out of memory", message(e, doing, saved));
        } finally {
            reported = false;
        }
    }

    static String message(Throwable e, String doing, Optional<Path> saved) {
        String work = saved.map(p -> "Your unsaved work was autosaved to " + p
                + "; PodForge offers it for recovery when it starts again.").orElse("Your design had no unsaved changes.");
        return FatalErrors.describe(e, doing, "java -Xmx? -jar podforge.jar") + "\n\n" + work
                + " Save the design now if you can, then restart PodForge with more memory.";
    }
}
