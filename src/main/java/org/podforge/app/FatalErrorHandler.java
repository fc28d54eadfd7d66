package org.podforge.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.podforge.service.FatalErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's handler for exceptions nobody caught, on the FX thread and on every other thread. An out of
 * memory (or another failure of the JVM) first lets go of what the app can rebuild (the live analysis's copy
 * of the design), autosaves the design, then tells the user what ran out, where the work is and how to start
 * PodForge with more memory. Anything else goes to the log and the status bar, as before.
 *
 * <p>The dialog is always shown on a later turn of the FX thread: an error thrown during a layout pass or an
 * animation reaches this handler inside that pulse, where JavaFX refuses to open a modal dialog.
 */
public final class FatalErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(FatalErrorHandler.class);

    private final FileController files;
    private final DocumentModel doc;
    private final Runnable releaseMemory;
    private final Consumer<Runnable> onFx;
    private final Consumer<Runnable> later;
    private volatile boolean reported;
    private boolean savingEveryEdit;

    /**
     * @param releaseMemory run first on a fatal error, on the FX thread: drops what can be rebuilt (the
     *                      analysis's copy of the design) so the autosave and the dialog have memory to work with
     */
    public FatalErrorHandler(FileController files, DocumentModel doc, Runnable releaseMemory) {
        this(files, doc, releaseMemory, r -> {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                Platform.runLater(r);
            }
        }, Platform::runLater);
    }

    FatalErrorHandler(FileController files, DocumentModel doc, Runnable releaseMemory, Consumer<Runnable> onFx, Consumer<Runnable> later) {
        this.files = files;
        this.doc = doc;
        this.releaseMemory = releaseMemory;
        this.onFx = onFx;
        this.later = later;
    }

    /** Installs the handler on the calling (FX) thread and as the default for every other thread. */
    public void install() {
        Thread.currentThread().setUncaughtExceptionHandler(this);
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    /**
     * For background jobs that catch their own failure ({@code Task.setOnFailed}): a fatal error goes to the
     * installed handler (autosave, then the dialog) and this returns true; anything else is the caller's.
     */
    public static boolean reportIfFatal(Throwable e, String doing) {
        if (FatalErrors.isFatal(e) && Thread.getDefaultUncaughtExceptionHandler() instanceof FatalErrorHandler h) {
            FatalErrors.releaseReserve();
            h.onFx.accept(() -> h.fatal(e, doing));
            return true;
        }
        return false;
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
     * On the FX thread: lets go of what can be rebuilt, autosaves, then shows one dialog on a later turn (the
     * first fatal error only: another one while the dialog is open would only repeat it).
     */
    public void fatal(Throwable e, String doing) {
        try {
            releaseMemory.run();
        } catch (RuntimeException | OutOfMemoryError ex) {
            LOG.warn("could not release the analysis after a fatal error: {}", ex.toString());
        }
        String work = keepWork(files);
        saveEveryEdit();
        LOG.error("fatal error while {}: {}", doing, e.toString());
        doc.messageProperty().set("PodForge ran out of memory while " + doing + ". " + work);
        if (reported) {
            return;
        }
        reported = true;
        later.accept(() -> {
            try {
                files.dialogs().showError("PodForge ran out of memory", message(e, doing, work));
            } finally {
                reported = false;
            }
        });
    }

    /**
     * From the first fatal error on, every edit is autosaved at once (on a plain FX-thread turn): the minute timer
     * runs in JavaFX's pulses, and an out of memory inside JavaFX's own pulse scheduling can stop the pulses for good
     * (seen at -Xmx64m: the window no longer repaints, yet edits still reach the design).
     */
    private void saveEveryEdit() {
        if (savingEveryEdit) {
            return;
        }
        savingEveryEdit = true;
        boolean[] posted = {false};
        doc.revisionProperty().addListener((o, a, b) -> {
            if (!posted[0]) {
                posted[0] = true;
                later.accept(() -> {
                    posted[0] = false;
                    keepWork(files);
                });
            }
        });
    }

    /** Autosaves the unsaved work now and says where it is (or that the autosave failed and what to do). */
    static String keepWork(FileController files) {
        try {
            Optional<Path> saved = files.emergencyAutosave();
            return saved.map(p -> "Your unsaved work was autosaved to " + p
                    + "; PodForge offers it for recovery when it starts again.").orElse("Your design had no unsaved changes.");
        } catch (IOException ex) {
            return "Your unsaved work could NOT be autosaved (" + ex.getMessage() + "): save it with File > Save As now.";
        }
    }

    static String message(Throwable e, String doing, String work) {
        return FatalErrors.describe(e, doing, "java -Xmx? -jar podforge.jar") + "\n\n" + work
                + " Save the design now if you can, then restart PodForge with more memory.";
    }
}
