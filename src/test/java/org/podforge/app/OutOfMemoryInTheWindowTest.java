package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectReader;
import org.podforge.io.SettingsStore;
import org.podforge.model.command.Edits;
import org.podforge.service.AutosaveStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 9 item 3, in the window: memory running out on the FX thread inside a pulse (a timed job such as the
 * autosave timer's snapshot of a huge design, as the real window showed at -Xmx64m) goes to the app's handler, which stops the live analysis, autosaves the unsaved edit and
 * then shows one dialog, on a later turn (JavaFX refuses a modal dialog inside a pulse: that is what the real
 * window did before, so the user saw nothing but a status-bar line).
 */
@ExtendWith(ApplicationExtension.class)
class OutOfMemoryInTheWindowTest {
    private MainWindow window;
    private Path auto;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Thread.UncaughtExceptionHandler defaultBefore = Thread.getDefaultUncaughtExceptionHandler();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-oom");
        auto = dir.resolve("auto");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(auto), w -> dialogs);
        stage.show();
        window.fatalErrors().install(); // as PodForgeApp does, on the FX thread
    }

    @AfterEach
    void restoreHandlers(FxRobot robot) {
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        Thread.setDefaultUncaughtExceptionHandler(defaultBefore);
    }

    @Test
    void runningOutOfMemoryInATimedJobAutosavesStopsTheChecksAndExplains(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().newFromSample());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.analysis().isCurrent());
        robot.interact(() -> window.document().execute(Edits.projectName("Unsaved work")));

        // a timed job that runs out of memory, as the autosave timer's snapshot of a huge design can: JavaFX catches
        // it inside the pulse that runs animations and hands it to the FX thread's handler there
        robot.interact(() -> new Timeline(new KeyFrame(Duration.millis(1), e -> {
            throw new OutOfMemoryError("Java heap space");
        })).play());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> shown = dialogs.errors;
        assertEquals(1, shown.size(), shown.toString());
        assertEquals(0, dialogs.insidePulse, "the dialog was asked for inside a pulse, where the real one throws");
        Path snapshot = new AutosaveStore(auto).snapshotFile();
        String dialog = shown.get(0);
        assertTrue(dialog.startsWith("PodForge ran out of memory: PodForge ran out of Java heap memory") && dialog.contains("-Xmx")
                && dialog.contains("autosaved to " + snapshot), dialog);
        assertEquals("Unsaved work", new ProjectReader(CatalogLoader.builtIn()).read(snapshot).project().name(),
                "the unsaved edit is in the autosave");
        assertTrue(window.status().validationProperty().get().startsWith("Checks stopped: out of memory"),
                window.status().validationProperty().get());

        // the window still works: a further edit is kept (and autosaved), without starting the analysis again
        robot.interact(() -> window.document().execute(Edits.projectName("More work")));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.analysis().busyProperty().get(), "the analysis stays stopped");
        assertEquals("More work", window.document().getSession().project().name());
    }
}
