package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.service.PodGenerator;
import org.podforge.service.Session;

/**
 * Closing while a pass runs: the FX side (here a stand-in executor) is gone when the pass ends. The pass must drop its
 * result quietly; before, it threw RejectedExecutionException into the analysis thread's uncaught-exception handler,
 * which the app reports as a fatal error (and which failed an unrelated test that ran next).
 */
class AnalysisServiceShutdownTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @Test
    void aPassStillRunningAtShutdownDropsItsResultInsteadOfThrowing() throws Exception {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try {
            for (int round = 0; round < 3; round++) {
                Set<Thread> others = analysisThreads(); // other tests' services may still run theirs
                ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "fx-stand-in"));
                AnalysisService[] service = new AnalysisService[1];
                ui.submit(() -> {
                    DocumentModel doc = new DocumentModel(
                            new Session(PodGenerator.sample(), CATALOG, PRICES, null, List.of()));
                    service[0] = new AnalysisService(doc, ui::execute);
                    service[0].runNow(); // a full pass of the sample starts on the analysis thread
                    return null;
                }).get(60, TimeUnit.SECONDS);
                Thread.sleep(20); // the pass is under way (it takes far longer than this)
                service[0].shutdown();
                ui.shutdownNow();
                assertTrue(ui.awaitTermination(60, TimeUnit.SECONDS));
                awaitAnalysisThreadsGone(others);
            }
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertEquals(List.of(), uncaught, "nothing thrown after shutdown");
    }

    private static Set<Thread> analysisThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("podforge-analysis") && t.isAlive())
                .collect(Collectors.toSet());
    }

    /** Waits for this round's analysis thread (one not in {@code others}) to end. */
    private static void awaitAnalysisThreadsGone(Set<Thread> others) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (analysisThreads().stream().anyMatch(t -> !others.contains(t))) {
            assertTrue(System.nanoTime() < deadline, "the analysis thread ends after shutdown");
            Thread.sleep(20);
        }
    }
}
