package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Chassis;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.model.command.RemoveCommand;
import org.podforge.rules.RuleEngine;
import org.podforge.service.PodGenerator;
import org.podforge.service.ProjectSnapshot;
import org.podforge.service.Session;

/**
 * The live analysis service without a window: one thread stands in for the FX thread (it owns the design and
 * receives the published results). Edits reach the results through the replica; hold() keeps start-up's first
 * analysis back until release().
 */
class AnalysisServiceTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private DocumentModel doc;
    private AnalysisService service;

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

    private void awaitCurrent() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!onUi(() -> service.isCurrent())) {
            assertTrue(System.nanoTime() < deadline, "the analysis caught up with the design");
            Thread.sleep(10);
        }
    }

    @Test
    void editsReachTheResultsAndEqualAFullPass() throws Exception {
        onUi(() -> {
            doc = new DocumentModel(new Session(PodGenerator.cluster(128), CATALOG, PRICES, null, List.of()));
            service = new AnalysisService(doc, ui::execute);
            service.runNow();
            return null;
        });
        awaitCurrent();
        Chassis server = doc.getSession().project().pods().get(1).racks().get(0).chassis().get(0);
        onUi(() -> {
            doc.execute(new MoveChassisCommand(server.id(), server.rack().id(), server.uPosition() + 2));
            doc.execute(new RemoveCommand(doc.getSession().project().pods().get(0).allComponents().get(3).id()));
            return null;
        });
        awaitCurrent();
        Analysis a = onUi(() -> service.getResult());
        assertEquals(onUi(() -> RuleEngine.validate(ProjectSnapshot.copyOf(doc.getSession().project()), CATALOG, PRICES)), a.findings());
        assertNotNull(a.cables(), "the cable schedule follows");
        onUi(() -> {
            doc.undo();
            return null;
        });
        awaitCurrent();
        assertEquals(onUi(() -> RuleEngine.validate(ProjectSnapshot.copyOf(doc.getSession().project()), CATALOG, PRICES)),
                onUi(() -> service.getResult().findings()));
    }

    @Test
    void theCableScheduleIsComputedOnlyWhileAViewWantsIt() throws Exception {
        onUi(() -> {
            doc = new DocumentModel(new Session(PodGenerator.sample(), CATALOG, PRICES, null, List.of()));
            service = new AnalysisService(doc, ui::execute);
            service.setCablesWanted(false);
            service.runNow();
            return null;
        });
        awaitCurrent();
        assertNull(onUi(() -> service.getResult().cables()), "no view shows cables: none computed");
        List<?> findings = onUi(() -> service.getResult().findings());
        onUi(() -> {
            service.setCablesWanted(true);
            return null;
        });
        awaitCurrent();
        Analysis a = onUi(() -> service.getResult());
        assertNotNull(a.cables(), "asked for, the schedule arrives");
        assertTrue(a.findings() == findings, "for the same pass: the findings are not recomputed");
    }

    @Test
    void heldAnalysisWaitsForRelease() throws Exception {
        onUi(() -> {
            doc = new DocumentModel(Session.empty("Untitled", CATALOG, PRICES));
            service = new AnalysisService(doc, ui::execute);
            service.hold();
            service.runNow();
            doc.setSession(new Session(PodGenerator.sample(), CATALOG, PRICES, null, List.of()));
            return null;
        });
        assertEquals(0L, onUi(() -> service.resets()), "no copy taken while held");
        assertNull(onUi(() -> service.getResult()), "nothing is computed while held");
        assertTrue(onUi(() -> service.busyProperty().get()), "a run is due");
        onUi(() -> {
            service.release();
            return null;
        });
        awaitCurrent();
        assertEquals(1L, onUi(() -> service.resets()), "one copy, of the design opened while held");
        assertEquals(onUi(() -> RuleEngine.validate(ProjectSnapshot.copyOf(doc.getSession().project()), CATALOG, PRICES)),
                onUi(() -> service.getResult().findings()));
    }
}
