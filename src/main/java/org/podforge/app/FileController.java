package org.podforge.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.concurrent.Executors;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.io.LoadResult;
import org.podforge.io.ProjectFileException;
import org.podforge.io.ProjectFormat;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Project;
import org.podforge.service.AutosaveStore;
import org.podforge.service.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File menu logic: new, open, save, save as, recent files, close prompt, autosave and crash recovery.
 * No Node references: dialogs go through {@link DialogService}, so tests script the answers.
 */
public final class FileController {
    private static final Logger LOG = LoggerFactory.getLogger(FileController.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final DocumentModel doc;
    private final Catalog catalog;
    private final PriceBook prices;
    private final SettingsModel settings;
    private final DialogService dialogs;
    private final AutosaveStore autosave;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "podforge-autosave");
        t.setDaemon(true);
        return t;
    });
    private long autosavedRevision = -1;
    /** Bumped when the autosave is discarded: a snapshot asked for before that is not written after it. */
    private final java.util.concurrent.atomic.AtomicLong autosaveGeneration = new java.util.concurrent.atomic.AtomicLong();
    private Copier copier;
    private final Executor background;
    private final Executor ui;

    /** A controller that opens files synchronously on the calling thread (tests). */
    public FileController(DocumentModel doc, Catalog catalog, PriceBook prices, SettingsModel settings,
                          DialogService dialogs, AutosaveStore autosave) {
        this(doc, catalog, prices, settings, dialogs, autosave, Runnable::run, Runnable::run);
    }

    /**
     * @param background where files are read (a background thread in the app)
     * @param ui         where results are installed (Platform::runLater in the app)
     */
    public FileController(DocumentModel doc, Catalog catalog, PriceBook prices, SettingsModel settings,
                          DialogService dialogs, AutosaveStore autosave, Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
        this.doc = doc;
        this.catalog = catalog;
        this.prices = prices;
        this.settings = settings;
        this.dialogs = dialogs;
        this.autosave = autosave;
    }

    public DocumentModel document() {
        return doc;
    }

    // ---- new / open -----------------------------------------------------------------------------

    public boolean newEmpty() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        doc.setSession(Session.empty("Untitled", catalog, prices));
        doc.messageProperty().set("New empty design");
        return true;
    }

    /**
     * File > Close: asks about unsaved changes, then leaves an empty untitled design; the window stays open (one design
     * per window, as in draw.io). Its recovery copy goes as on New.
     */
    public boolean closeDesign() {
        String was = doc.getSession().displayName();
        if (!confirmDiscardChanges()) {
            return false;
        }
        doc.setSession(Session.empty("Untitled", catalog, prices));
        doc.messageProperty().set("Closed " + was);
        return true;
    }

    public boolean newFromSample() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        try {
            Optional<Session> s = SampleDesign.open(catalog, prices);
            if (s.isEmpty()) {
                dialogs.showError("No sample", "This build has no embedded sample design (" + SampleDesign.RESOURCE + ").");
                return false;
            }
            doc.setSession(s.get());
            doc.messageProperty().set("Opened the sample design (untitled: Save As to keep it)");
            return true;
        } catch (ProjectFileException e) {
            dialogs.showError("Cannot open the sample", e.getMessage());
            return false;
        }
    }

    /** File > Open: asks for a file, then reads it off the FX thread (see {@link #load(Path, Consumer)}). */
    public boolean open() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        Path dir = doc.getSession().file() == null ? null : doc.getSession().file().toAbsolutePath().getParent();
        Optional<Path> f = dialogs.chooseOpenFile(dir);
        return f.isPresent() && load(f.get(), ok -> { });
    }

    /** Opens a given file (recent files) after the unsaved-changes prompt. */
    public boolean open(Path file) {
        if (!confirmDiscardChanges()) {
            return false;
        }
        return load(file, ok -> { });
    }

    /**
     * Opens a file without asking about the current design: reads and checks it on the background
     * executor (a 4,096-GPU design is 25 MB of JSON), then installs it on the UI executor, where
     * {@code done} learns whether it worked. Errors show as a dialog saying what is wrong and where.
     * Returns false when it already failed (synchronous executors), true otherwise.
     */
    public boolean load(Path file, Consumer<Boolean> done) {
        boolean[] result = {true};
        doc.messageProperty().set("Opening " + file.getFileName() + "…");
        background.execute(() -> {
            Session opened = null;
            ProjectFileException error = null;
            try {
                opened = StartupPreload.open(file, catalog, prices); // read ahead at start-up, else now
            } catch (ProjectFileException e) {
                error = e;
            } catch (RuntimeException e) {
                error = new ProjectFileException(file + ": " + e, e);
            } catch (OutOfMemoryError | StackOverflowError e) {
                // the file is too large for this heap: the current design is untouched, say why and how to raise it
                org.podforge.service.FatalErrors.releaseReserve();
                error = new ProjectFileException(org.podforge.service.FatalErrors.describe(e, "opening " + file,
                        "java -Xmx? -jar podforge.jar"), e);
            }
            Session s = opened;
            ProjectFileException err = error;
            ui.execute(() -> {
                boolean ok = s != null ? install(file, s) : fail(file, err);
                result[0] = ok;
                done.accept(ok);
            });
        });
        return result[0];
    }

    private boolean install(Path file, Session s) {
        doc.setSession(s);
        settings.addRecent(file);
        List<String> warnings = s.loadWarnings();
        doc.messageProperty().set("Opened " + file.getFileName()
                + (warnings.isEmpty() ? "" : " with " + warnings.size() + " warning" + (warnings.size() == 1 ? "" : "s")));
        if (!warnings.isEmpty()) {
            dialogs.showInfo("Opened with warnings", file + "\n\n" + String.join("\n", warnings));
        }
        return true;
    }

    private boolean fail(Path file, ProjectFileException e) {
        doc.messageProperty().set("Could not open " + file.getFileName());
        String message = e.getMessage();
        if (org.podforge.service.FatalErrors.isFatal(e)) {
            // out of memory reading the file: the open design is untouched; autosave it all the same (item 3 of issue 9)
            message += "\n\n" + FatalErrorHandler.keepWork(this);
        }
        dialogs.showError("Cannot open " + file.getFileName(), message);
        if (!Files.exists(file)) {
            settings.removeRecent(file.toAbsolutePath().normalize().toString());
        }
        return false;
    }

    // ---- save -----------------------------------------------------------------------------------

    public boolean save() {
        Session s = doc.getSession();
        if (s.file() == null) {
            return saveAs();
        }
        return writeTo(s.file());
    }

    public boolean saveAs() {
        Session s = doc.getSession();
        Path dir = s.file() == null ? null : s.file().toAbsolutePath().getParent();
        String name = s.file() == null ? safeName(s.project().name()) + ProjectFormat.EXTENSION : s.file().getFileName().toString();
        Optional<Path> f = dialogs.chooseSaveFile("Save design as", dir, name, "PodForge design", ProjectFormat.EXTENSION);
        return f.isPresent() && writeTo(f.get());
    }

    private boolean writeTo(Path file) {
        try {
            doc.getSession().saveAs(file);
            doc.savedAs();
            settings.addRecent(file);
            discardAutosave();
            doc.messageProperty().set("Saved " + file.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot save", file + ": " + e.getMessage() + "\nThe previous file, if any, is unchanged.");
            return false;
        }
    }

    /** Asks to save unsaved changes; false when the user cancels (or saving failed). */
    public boolean confirmDiscardChanges() {
        if (!doc.isDirty()) {
            return true;
        }
        DialogService.SaveChoice c = dialogs.askSaveChanges(doc.getSession().displayName());
        switch (c) {
            case SAVE:
                return save();
            case DISCARD:
                return true;
            default:
                return false;
        }
    }

    /** Window close: prompt, then drop this process's autosave. False keeps the window open. */
    public boolean requestClose() {
        if (!confirmDiscardChanges()) {
            return false;
        }
        discardAutosave();
        writer.shutdown();
        return true;
    }

    // ---- autosave and recovery -------------------------------------------------------------------

    /**
     * Copies the open design somewhere other than the FX thread ({@link AnalysisService#copyWhenCaughtUp}): gives
     * the copy to {@code sink} on its own thread, or runs {@code dropped} on the FX thread when it could not; returns
     * false when it cannot take the request at all.
     */
    @FunctionalInterface
    public interface Copier {
        boolean copy(java.util.function.Consumer<org.podforge.model.Project> sink, Runnable dropped);
    }

    /** Lets the autosave take its copy of the design off the FX thread (the app passes its analysis service). */
    public void setCopier(Copier copier) {
        this.copier = copier;
    }

    /**
     * Called every minute: when the design has unsaved changes not yet autosaved, writes a snapshot of it on a
     * background thread. With a {@link Copier} the FX thread does nothing but ask: the copy is taken and written
     * elsewhere; without one (or when it cannot serve) the design is serialised here and written in the background.
     * Either way the file is replaced atomically, so a crash leaves the previous snapshot or the new one, whole.
     * Returns true when a write was asked for.
     */
    public boolean autosaveTick() {
        return autosave(true);
    }

    private boolean autosave(boolean offThisThread) {
        if (!doc.isDirty()) {
            return false;
        }
        long rev = doc.revisionProperty().get();
        if (rev == autosavedRevision) {
            return false;
        }
        autosavedRevision = rev;
        Session s = doc.getSession();
        Path original = s.file();
        Instant now = Instant.now();
        long generation = autosaveGeneration.get();
        if (offThisThread && copier != null && copier.copy(copy -> writer.submit(() -> {
            if (generation == autosaveGeneration.get()) { // not discarded meanwhile (saved, closed, another design)
                write(() -> autosave.writeNow(copy, original, now));
            }
        }), () -> {
            if (generation == autosaveGeneration.get() && autosavedRevision == rev) {
                autosavedRevision = -1; // the copy could not be taken: write the design from here this once
                autosave(false);
            }
        })) {
            return true;
        }
        String json = ProjectWriter.toJson(s.project());
        String name = s.project().name();
        writer.submit(() -> write(() -> autosave.write(json, original, name, now)));
        return true;
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write w) {
        try {
            w.run();
        } catch (IOException | RuntimeException e) {
            LOG.warn("autosave to {} failed: {}", autosave.dir(), e.toString());
        }
    }

    /**
     * After a fatal error (out of memory): writes the autosave now, on this (FX) thread, streamed to the file
     * (no copy of the design's text in memory), so the user's work survives whatever happens next. Returns the
     * snapshot file, or empty when there was nothing unsaved; throws when the write itself failed (logged).
     */
    public java.util.Optional<Path> emergencyAutosave() throws IOException {
        if (!doc.isDirty()) {
            return java.util.Optional.empty();
        }
        try {
            Session s = doc.getSession();
            autosave.writeNow(s.project(), s.file(), Instant.now());
            autosavedRevision = doc.revisionProperty().get();
            return java.util.Optional.of(autosave.snapshotFile());
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.error("emergency autosave to {} failed: {}", autosave.dir(), e.toString());
            throw e instanceof IOException io ? io : new IOException(e instanceof OutOfMemoryError
                    ? "not enough memory left to write it" : e.toString(), e);
        }
    }

    /** Waits for queued autosave writes (tests, shutdown). */
    public void flushAutosave() {
        try {
            writer.submit(() -> { }).get();
        } catch (Exception e) {
            LOG.warn("autosave flush: {}", e.toString());
        }
    }

    private void discardAutosave() {
        autosavedRevision = -1;
        autosaveGeneration.incrementAndGet();
        writer.submit(() -> {
            try {
                autosave.discard();
            } catch (IOException e) {
                LOG.warn("cannot remove autosave: {}", e.toString());
            }
        });
    }

    /**
     * At start-up: offers each design left by a crashed run. A recovered design opens untitled and
     * unsaved; the original file is never touched. Returns true when one was opened.
     */
    public boolean offerRecovery() {
        for (AutosaveStore.Recoverable r : autosave.findRecoverable()) {
            String what = (r.projectName().isBlank() ? "an untitled design" : "\"" + r.projectName() + "\"")
                    + (r.originalFile().isBlank() ? "" : " (from " + r.originalFile() + ")");
            boolean yes = dialogs.confirm("Recover unsaved changes?",
                    "PodForge did not close cleanly. Unsaved changes to " + what + " were autosaved at "
                            + WHEN.format(r.savedAt()) + ".\n\nOpen them as an untitled copy? The original file is not changed.");
            try {
                if (yes) {
                    LoadResult lr = new ProjectReader(catalog).read("recovered autosave " + r.snapshot(),
                            Files.readString(r.snapshot(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
                    Project p = lr.project();
                    doc.setSession(new Session(p, catalog, prices, null, lr.warnings()));
                    doc.markRecovered();
                    AutosaveStore.discard(r);
                    doc.messageProperty().set("Recovered unsaved changes from " + WHEN.format(r.savedAt()) + " — save them with Save As");
                    return true;
                }
                AutosaveStore.discard(r);
            } catch (IOException | ProjectFileException e) {
                dialogs.showError("Cannot recover", e.getMessage());
            }
        }
        return false;
    }

    // ---- helpers --------------------------------------------------------------------------------

    public static String safeName(String name) {
        String s = name == null ? "" : name.trim().replaceAll("[^A-Za-z0-9._ -]", "").replace(' ', '-');
        return s.isEmpty() ? "design" : s;
    }

    public Catalog catalog() {
        return catalog;
    }

    public PriceBook prices() {
        return prices;
    }

    public SettingsModel settings() {
        return settings;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** Writes bytes chosen by the caller to a file the user picks (used by the exports). */
    public Optional<Path> chooseExportFile(String title, String name, String description, String ext) {
        Path dir = doc.getSession().file() == null ? null : doc.getSession().file().toAbsolutePath().getParent();
        return dialogs.chooseSaveFile(title, dir, name, description, ext);
    }

    /** Runs an export writer, reporting success in the status line and failure as a dialog. */
    public boolean export(String what, Path target, IoAction action) {
        try {
            action.run(target);
            doc.messageProperty().set("Exported " + what + " to " + target.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("export failed", e);
            dialogs.showError("Cannot export " + what, target + ": " + e.getMessage());
            return false;
        }
    }

    /** A file write that may fail. */
    @FunctionalInterface
    public interface IoAction {
        void run(Path target) throws IOException;
    }

}
