package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.io.ProjectWriter;
import org.podforge.io.SettingsStore;
import org.podforge.model.command.Edits;
import org.podforge.service.AutosaveStore;
import org.podforge.service.Session;
import org.podforge.testutil.TestCatalog;

class FileControllerTest {
    @TempDir
    Path tmp;
    private final Catalog catalog = TestCatalog.catalog();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DocumentModel doc;
    private FileController files;
    private SettingsModel settings;

    @BeforeEach
    void setUp() {
        doc = new DocumentModel(new Session(TestCatalog.smallProject(), catalog, PriceBook.empty(), null, List.of()));
        settings = new SettingsModel(new SettingsStore(tmp.resolve("cfg")));
        files = new FileController(doc, catalog, PriceBook.empty(), settings, dialogs, new AutosaveStore(tmp.resolve("auto"), 999_999_001));
    }

    @Test
    void saveAsThenOpenGivesTheSameFileAndARecentEntry() throws Exception {
        Path f = tmp.resolve("d.podforge.json");
        doc.execute(Edits.rename(doc.getSession().project(), "srv-1", "Alpha"));
        dialogs.files.add(f);
        assertTrue(files.save(), "untitled: save asks where");
        assertFalse(doc.isDirty());
        assertEquals(f, doc.getSession().file());
        String saved = Files.readString(f);
        assertEquals(ProjectWriter.toJson(doc.getSession().project()), saved);
        assertEquals(List.of(f.toAbsolutePath().normalize().toString()), settings.recentFiles());

        assertTrue(files.newEmpty());
        assertEquals(0, doc.getSession().project().pods().size());
        assertTrue(files.open(f));
        assertEquals(saved, ProjectWriter.toJson(doc.getSession().project()));
        assertEquals("Alpha", doc.getSession().project().chassis("srv-1").orElseThrow().name());
        // settings persisted: a fresh model reads the recent list back
        assertEquals(List.of(f.toAbsolutePath().normalize().toString()),
                new SettingsModel(new SettingsStore(tmp.resolve("cfg"))).recentFiles());
    }

    @Test
    void unsavedChangesPromptCanCancelDiscardOrSave() {
        doc.execute(Edits.rename(doc.getSession().project(), "srv-1", "Alpha"));
        dialogs.saveChoices.add(DialogService.SaveChoice.CANCEL);
        assertFalse(files.newEmpty());
        assertEquals("Alpha", doc.getSession().project().chassis("srv-1").orElseThrow().name(), "cancel keeps the design");
        dialogs.saveChoices.add(DialogService.SaveChoice.DISCARD);
        assertTrue(files.requestClose());
        assertEquals(2, dialogs.saveQuestions);

        setUp();
        doc.execute(Edits.rename(doc.getSession().project(), "srv-1", "Beta"));
        Path f = tmp.resolve("saved-on-close.podforge.json");
        dialogs.saveChoices.add(DialogService.SaveChoice.SAVE);
        dialogs.files.add(f);
        assertTrue(files.requestClose());
        assertTrue(Files.exists(f));
    }

    @Test
    void aBadFileShowsAnErrorThatSaysWhereAndKeepsTheCurrentDesign() throws Exception {
        Path bad = tmp.resolve("bad.podforge.json");
        Files.writeString(bad, "{\n  \"format\": \"podforge-project\",\n  \"schemaVersion\": 1,\n  \"pods\": [ }\n");
        assertFalse(files.open(bad));
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("bad.podforge.json"), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("line"), dialogs.errors.get(0));
        assertEquals("Test design", doc.getSession().project().name());
    }

    @Test
    void autosaveWritesOnlyWhenDirtyAndACrashedSnapshotIsRecoveredAsUntitled() throws Exception {
        Path original = tmp.resolve("orig.podforge.json");
        dialogs.files.add(original);
        files.saveAs();
        String onDisk = Files.readString(original);
        assertFalse(files.autosaveTick(), "clean design: nothing to autosave");
        doc.execute(Edits.rename(doc.getSession().project(), "srv-1", "Unsaved name"));
        assertTrue(files.autosaveTick());
        assertFalse(files.autosaveTick(), "no change since the last autosave");
        files.flushAutosave();
        AutosaveStore crashed = new AutosaveStore(tmp.resolve("auto"), 999_999_001);
        assertTrue(Files.exists(crashed.snapshotFile()));

        // next run (another pid) finds it: process 999999001 does not exist
        DocumentModel doc2 = new DocumentModel(Session.empty("x", catalog, PriceBook.empty()));
        ScriptedDialogs d2 = new ScriptedDialogs();
        d2.confirms.add(true);
        FileController next = new FileController(doc2, catalog, PriceBook.empty(), settings, d2, new AutosaveStore(tmp.resolve("auto"), 2002));
        assertTrue(next.offerRecovery());
        assertEquals("Unsaved name", doc2.getSession().project().chassis("srv-1").orElseThrow().name());
        assertNull(doc2.getSession().file(), "recovered as untitled");
        assertTrue(doc2.isDirty());
        assertEquals(onDisk, Files.readString(original), "the original file is untouched");
        assertFalse(Files.exists(crashed.snapshotFile()), "a recovered snapshot is not offered again");
    }
}
