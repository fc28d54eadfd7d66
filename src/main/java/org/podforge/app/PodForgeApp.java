package org.podforge.app;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.catalog.UserCatalog;
import org.podforge.io.AppLog;
import org.podforge.io.SettingsStore;
import org.podforge.service.AppInfo;
import org.podforge.service.AppDirs;
import org.podforge.service.AutosaveStore;
import org.podforge.service.StartupTrace;

/**
 * Composition root of the desktop app: loads the catalog, price book and settings, builds the main
 * window with its services (constructor injection, no framework) and opens the first design.
 */
public final class PodForgeApp extends Application {
    /** Called by {@link org.podforge.Launcher}; returns when the last window closes. */
    public static void launchApp(String[] args) {
        Application.launch(PodForgeApp.class, args);
    }

    @Override
    public void init() {
        StartupFonts.begin(); // the toolkit runs now; the fonts open on another core while start() builds the window
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx-start");
        AppDirs dirs = AppDirs.standard();
        AppLog.start(dirs.logDir(), AppInfo.version());
        MainWindow w = create(stage, dirs);
        StartupTrace.mark("window-built");
        // the first analysis (a copy of the design, then a full pass), the hidden tabs' views, the palette and the Problems
        // tab's view wait for the first frame (decision 0021)
        w.analysis().hold();
        w.holdHiddenTabs();
        w.holdPaletteAndProblems();
        FirstFrameWatch.install(w, () -> {
            w.analysis().release();
            w.attachHeldTabs();
        });
        stage.show();
        StartupTrace.mark("shown");
        w.fatalErrors().install();
        // the first design opens once the window has its size: opening it keeps the FX thread busy (seconds on a
        // loaded machine), and until then a window manager such as openbox would show the window at 200 x 200
        List<String> args = List.copyOf(getParameters().getRaw());
        w.whenSized(() -> Platform.runLater(() -> w.openInitial(args)));
    }

    /** Builds the window and its services against the given directories (tests pass temporary ones). */
    public static MainWindow create(Stage stage, AppDirs dirs) {
        StartupTrace.mark("create");
        // not a static field: this class is initialised on the launcher's main thread, just before JavaFX starts, and
        // a static logger made it start logging there (~0.1 s) instead of on the read-ahead thread (docs/decisions/0021)
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PodForgeApp.class);
        UserCatalog.Loaded user = StartupPreload.catalog(dirs.userCatalogDir()); // read ahead while JavaFX started
        user.problems().forEach(p -> log.warn("user catalog: {}", p));
        if (!user.userParts().isEmpty()) {
            log.info("user catalog {}: {}", dirs.userCatalogDir(), org.podforge.model.Plural.of(user.userParts().size(), "part"));
        }
        Catalog catalog = user.catalog();
        PriceBook prices = StartupPreload.prices();
        StartupTrace.mark("catalog-loaded");
        SettingsModel settings = new SettingsModel(new SettingsStore(dirs.configDir()));
        ThemeManager.applyUserAgent(settings.darkProperty().get()); // before any control exists: Modena is never loaded
        return new MainWindow(stage, catalog, prices, settings, new AutosaveStore(dirs.autosaveDir()), FxDialogService::new);
    }
}
