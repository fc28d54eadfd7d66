package org.podforge.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.catalog.UserCatalog;
import org.podforge.io.AppLog;
import org.podforge.io.ProjectFileException;
import org.podforge.io.SettingsStore;
import org.podforge.service.AppDirs;
import org.podforge.service.AppInfo;
import org.podforge.service.Session;
import org.podforge.service.StartupTrace;

/**
 * Start-up work begun before the window toolkit starts (docs/decisions/0021): on one background thread, logging (the
 * log file), the catalog (built-in plus the user catalog) and the price book, then the design the window will open first — the
 * file named on the command line, or on a first start the embedded sample. JavaFX takes a second or more to
 * start; meanwhile the other core reads, so the window finds both ready instead of reading them on the FX
 * thread (catalog) or after it was shown (design).
 *
 * <p>Everything read ahead is only a head start: {@link #catalog}, {@link #prices} and {@link #open} give the
 * same result as reading then and there, which they do when nothing was read ahead for that folder, file or
 * catalog (tests build windows without it). A design read ahead is handed out once; a file opened again is
 * read again. Errors (a bad file, out of memory) reach the caller as if it had read the file itself.
 */
public final class StartupPreload {
    private static volatile StartupPreload started;

    /** The user catalog folder it was read for, and what was read. */
    private record Catalogs(Path userCatalogDir, UserCatalog.Loaded loaded) {
    }

    private final CompletableFuture<Catalogs> catalog = new CompletableFuture<>();
    private final CompletableFuture<PriceBook> prices = new CompletableFuture<>();
    /** The absolute file read ahead, or {@link SampleDesign#RESOURCE} for the sample on a first start. */
    private final Object designKey;
    private final CompletableFuture<Session> design = new CompletableFuture<>();
    private boolean designTaken;

    private StartupPreload(Object designKey) {
        this.designKey = designKey;
    }

    /**
     * Starts reading ahead for a window about to open with these arguments (called by the launcher; returns at
     * once: even the settings are read on the background thread).
     */
    public static void begin(String[] args) {
        Object key = SampleDesign.RESOURCE; // with no file, a first start opens the sample (decided in run())
        for (String a : args) {
            if (!a.startsWith("-")) {
                key = Path.of(a).toAbsolutePath().normalize();
                break;
            }
        }
        StartupPreload p = new StartupPreload(key);
        started = p;
        Thread t = new Thread(p::run, "podforge-preload");
        t.setDaemon(true);
        t.start();
    }

    private void run() {
        AppDirs dirs;
        try {
            dirs = AppDirs.standard();
            startLog(dirs);
            catalog.complete(new Catalogs(dirs.userCatalogDir(), UserCatalog.extend(CatalogLoader.builtIn(), dirs.userCatalogDir())));
            prices.complete(CatalogLoader.builtInPrices());
        } catch (RuntimeException | Error e) {
            catalog.completeExceptionally(e);
            prices.completeExceptionally(e);
            design.completeExceptionally(e);
            return;
        }
        StartupTrace.mark("preload-catalog");
        try {
            if (designKey == SampleDesign.RESOURCE && new SettingsStore(dirs.configDir()).load().settings().firstStartDone()) {
                design.complete(null); // not a first start: the window opens a recent file or a recovered one
                return;
            }
            Catalog c = catalog.join().loaded().catalog();
            PriceBook pb = prices.join();
            design.complete(designKey instanceof Path file ? Session.open(file, c, pb) : SampleDesign.read(c, pb).orElse(null));
            StartupTrace.mark("preload-design");
        } catch (ProjectFileException | RuntimeException | Error e) {
            design.completeExceptionally(e);
        }
    }

    /**
     * Logging starts here, in parallel with JavaFX's start, rather than on the launcher's main thread or the FX thread,
     * both on the critical path: logback's set-up, the log file and java.util.logging routed into it, ~0.1-0.15 s of a
     * loaded machine (docs/decisions/0021). The catalog is not needed before the FX thread has started (half a second or
     * more later), so it comes after.
     */
    private static void startLog(AppDirs dirs) {
        try {
            AppLog.start(dirs.logDir(), AppInfo.version());
        } catch (RuntimeException e) {
            // the FX thread starts it again (PodForgeApp.start) and meets the problem there
        }
    }

    /** The built-in catalog extended by the user catalog in {@code userCatalogDir}. */
    public static UserCatalog.Loaded catalog(Path userCatalogDir) {
        StartupPreload p = started;
        if (p != null) {
            Catalogs c = join(p.catalog);
            if (c.userCatalogDir().equals(userCatalogDir)) {
                return c.loaded();
            }
        }
        return UserCatalog.extend(CatalogLoader.builtIn(), userCatalogDir);
    }

    /** The built-in price book. */
    public static PriceBook prices() {
        StartupPreload p = started;
        return p != null ? join(p.prices) : CatalogLoader.builtInPrices();
    }

    /** {@link Session#open}: the session read ahead when it is this file with this catalog and price book. */
    public static Session open(Path file, Catalog catalog, PriceBook prices) throws ProjectFileException {
        Session s = take(file.toAbsolutePath().normalize(), catalog, prices);
        return s != null ? s : Session.open(file, catalog, prices);
    }

    /** The sample read ahead with this catalog and price book, or null when it was not (read it then). */
    static Session takeSample(Catalog catalog, PriceBook prices) throws ProjectFileException {
        return take(SampleDesign.RESOURCE, catalog, prices);
    }

    private static Session take(Object key, Catalog catalog, PriceBook prices) throws ProjectFileException {
        StartupPreload p = started;
        if (p == null || !key.equals(p.designKey)) {
            return null;
        }
        synchronized (p) {
            if (p.designTaken) {
                return null;
            }
            p.designTaken = true;
        }
        Session s;
        try {
            s = p.design.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProjectFileException pfe) {
                throw pfe;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        return s != null && s.catalog() == catalog && s.priceBook() == prices ? s : null;
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
