package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.io.ProjectWriter;
import org.podforge.io.SettingsStore;
import org.podforge.model.Chassis;
import org.podforge.model.command.Edits;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.model.command.NoteCommand;
import org.podforge.service.AutosaveStore;
import org.podforge.service.PodGenerator;
import org.podforge.service.Session;

/**
 * The minute's autosave no longer serialises the design on the FX thread (issue 9 item 4): the analysis thread
 * copies its replica once the edits handed over so far are in it, and the autosave thread writes the copy. The
 * snapshot is the design as it was when the autosave was asked for (edits made right after are not half in it),
 * notes included, and it is written atomically, so a crash keeps a whole snapshot.
 */
class AutosaveOffTheFxThreadTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();
    @TempDir
    Path tmp;
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "fx-stand-in"));
    private DocumentModel doc;
    private AnalysisService service;
    private FileController files;
    private AutosaveStore store;

    @AfterEach
    void stop() {
        if (service != null) {
            service.shutdown();
        }
        ui.shutdownNow();
    }

    private <T> T onUi(java.util.concurrent.Callable<T> c) throws Exception {
        Future<T> f = ui.submit(c);
        return f.get(60, TimeUnit.SECONDS);
    }

    @Test
    void theAnalysisReplicaIsCopiedAndWrittenElsewhereAsTheDesignWasAtTheTick() throws Exception {
        Set<String> copiedOn = ConcurrentHashMap.newKeySet();
        onUi(() -> {
            doc = new DocumentModel(new Session(PodGenerator.sample(), CATALOG, PRICES, null, List.of()));
            service = new AnalysisService(doc, ui::execute);
            store = new AutosaveStore(tmp.resolve("auto"), 999_999_002);
            files = new FileController(doc, CATALOG, PRICES, new SettingsModel(new SettingsStore(tmp.resolve("cfg"))),
                    new ScriptedDialogs(), store);
            files.setCopier((sink, dropped) -> service.copyWhenCaughtUp(copy -> {
                copiedOn.add(Thread.currentThread().getName());
                sink.accept(copy);
            }, dropped));
            service.runNow();
            return null;
        });
        Chassis c = doc.getSession().project().pods().get(0).racks().get(0).chassis().get(0);
        String atTick = onUi(() -> {
            doc.execute(new MoveChassisCommand(c.id(), c.rack().id(), c.uPosition() + 1));
            doc.execute(Edits.projectName("Autosaved"));
            doc.execute(NoteCommand.add(doc.getSession().project(), "a note the replica must carry", 40, 60));
            String json = ProjectWriter.toJson(doc.getSession().project());
            assertTrue(files.autosaveTick());
            doc.execute(Edits.projectName("After the tick")); // on the FX thread while the copy is made
            return json;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(store.snapshotFile()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        files.flushAutosave();
        assertEquals(Set.of("podforge-analysis"), copiedOn, "copied on the analysis thread, not the FX thread");
        assertEquals(atTick, Files.readString(store.snapshotFile()), "the design as it was at the tick, notes included");
        assertTrue(onUi(() -> files.autosaveTick()), "the edit after the tick is autosaved next time");
        // wait for that second write too: the test's folder is removed when it ends, and a write still under way
        // made that removal fail now and then
        String later = onUi(() -> ProjectWriter.toJson(doc.getSession().project()));
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!later.equals(Files.readString(store.snapshotFile())) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        files.flushAutosave();
        assertEquals(later, Files.readString(store.snapshotFile()), "the edit after the tick reached the autosave");
    }

    @Test
    void beforeTheAnalysisHasADesignTheAutosaveWritesFromTheFxThreadAsBefore() throws Exception {
        onUi(() -> {
            doc = new DocumentModel(new Session(PodGenerator.sample(), CATALOG, PRICES, null, List.of()));
            service = new AnalysisService(doc, ui::execute);
            service.hold(); // start-up: nothing analysed yet, the replica cannot stand for the design
            store = new AutosaveStore(tmp.resolve("auto"), 999_999_003);
            files = new FileController(doc, CATALOG, PRICES, new SettingsModel(new SettingsStore(tmp.resolve("cfg"))),
                    new ScriptedDialogs(), store);
            files.setCopier(service::copyWhenCaughtUp);
            doc.execute(Edits.projectName("Held"));
            assertTrue(files.autosaveTick());
            return null;
        });
        files.flushAutosave();
        assertEquals(onUi(() -> ProjectWriter.toJson(doc.getSession().project())), Files.readString(store.snapshotFile()));
    }
}
