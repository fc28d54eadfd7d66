package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.io.ProjectReader;
import org.podforge.io.SettingsStore;
import org.podforge.model.command.Edits;
import org.podforge.service.AutosaveStore;
import org.podforge.service.Session;
import org.podforge.testutil.TestCatalog;

/** Out of memory in the app: the work is autosaved first, then the user is told what ran out and where the work is. */
class FatalErrorHandlerTest {
    @TempDir
    Path tmp;

    @Test
    void outOfMemoryAutosavesThenExplains() throws Exception {
        Catalog catalog = TestCatalog.catalog();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        DocumentModel doc = new DocumentModel(new Session(TestCatalog.smallProject(), catalog, PriceBook.empty(), null, List.of()));
        AutosaveStore store = new AutosaveStore(tmp.resolve("auto"), 999_999_002);
        FileController files = new FileController(doc, catalog, PriceBook.empty(),
                new SettingsModel(new SettingsStore(tmp.resolve("cfg"))), dialogs, store);
        doc.execute(Edits.rename(doc.getSession().project(), "srv-1", "Unsaved work"));

        List<String> order = new java.util.ArrayList<>();
        List<Runnable> later = new java.util.ArrayList<>();
        FatalErrorHandler h = new FatalErrorHandler(files, doc, () -> order.add("released"), Runnable::run, later::add);
        h.uncaughtException(new Thread("podforge-analysis"), new RuntimeException(new OutOfMemoryError("Java heap space")));

        assertEquals(List.of("released"), order, "the analysis's copy is let go of first");
        assertTrue(Files.exists(store.snapshotFile()), "autosaved before anything else");
        assertEquals(0, dialogs.errors.size(), "the dialog waits for a later turn of the FX thread (never inside a pulse)");
        assertEquals(1, later.size());
        later.get(0).run();
        assertEquals("Unsaved work", new ProjectReader(catalog).read(store.snapshotFile()).project()
                .chassis("srv-1").orElseThrow().name());
        assertEquals(1, dialogs.errors.size());
        String msg = dialogs.errors.get(0);
        assertTrue(msg.contains("ran out of Java heap memory") && msg.contains("-Xmx") && msg.contains(store.snapshotFile().toString()),
                msg);

        // from now on every edit is autosaved at once (JavaFX's pulses, which run the minute timer, may have stopped)
        doc.execute(Edits.rename(doc.getSession().project(), "srv-1", "Edited after the error"));
        assertEquals(2, later.size(), "one autosave queued for the edit");
        later.get(1).run();
        assertEquals("Edited after the error", new ProjectReader(catalog).read(store.snapshotFile()).project()
                .chassis("srv-1").orElseThrow().name());

        // an ordinary bug is no fatal error: status bar, no dialog
        h.uncaughtException(new Thread("x"), new IllegalStateException("bug"));
        assertEquals(1, dialogs.errors.size());
        assertTrue(doc.messageProperty().get().contains("bug"));
    }

    @Test
    void whenTheAutosaveCannotBeWrittenTheDialogSaysSoInsteadOfNoUnsavedChanges() throws Exception {
        Catalog catalog = TestCatalog.catalog();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        DocumentModel doc = new DocumentModel(new Session(TestCatalog.smallProject(), catalog, PriceBook.empty(), null, List.of()));
        Path notADir = Files.writeString(tmp.resolve("file-in-the-way"), "x");
        FileController files = new FileController(doc, catalog, PriceBook.empty(),
                new SettingsModel(new SettingsStore(tmp.resolve("cfg"))), dialogs, new AutosaveStore(notADir.resolve("auto"), 999_999_003));
        doc.execute(Edits.rename(doc.getSession().project(), "srv-1", "Unsaved work"));

        new FatalErrorHandler(files, doc, () -> { }, Runnable::run, Runnable::run).fatal(new OutOfMemoryError("Java heap space"), "exporting");

        String msg = dialogs.errors.get(0);
        assertTrue(msg.contains("could NOT be autosaved") && msg.contains("File > Save As") && !msg.contains("no unsaved changes"), msg);
    }
}
