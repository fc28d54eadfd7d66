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

        FatalErrorHandler h = new FatalErrorHandler(files, doc, Runnable::run);
        h.uncaughtException(new Thread("podforge-analysis"), new RuntimeException(new OutOfMemoryError("Java heap space")));

        assertTrue(Files.exists(store.snapshotFile()), "autosaved before anything else");
        assertEquals("Unsaved work", new ProjectReader(catalog).read(store.snapshotFile()).project()
                .chassis("srv-1").orElseThrow().name());
        assertEquals(1, dialogs.errors.size());
        String msg = dialogs.errors.get(0);
        assertTrue(msg.contains("ran out of Java heap memory") && msg.contains("-Xmx") && msg.contains(store.snapshotFile().toString()),
                msg);

        // an ordinary bug is no fatal error: status bar, no dialog
        h.uncaughtException(new Thread("x"), new IllegalStateException("bug"));
        assertEquals(1, dialogs.errors.size());
        assertTrue(doc.messageProperty().get().contains("bug"));
    }
}
