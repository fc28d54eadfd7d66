package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectWriter;
import org.podforge.io.SettingsStore;
import org.podforge.service.AutosaveStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the window opens first: a file named on the command line, or the sample when that file is bad. */
@ExtendWith(ApplicationExtension.class)
class StartupTest {
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("podforge-start");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(dir.resolve("auto")), w -> dialogs);
        stage.show();
    }

    @Test
    void aFileGivenOnTheCommandLineIsOpened(FxRobot robot) throws Exception {
        Path f = dir.resolve("cli.podforge.json");
        ProjectWriter.save(FlowFixture.project(), f);
        robot.interact(() -> window.openInitial(List.of(f.toString())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> f.equals(window.document().getSession().file()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("PodForge — Flow test pod", window.stage().getTitle());
        assertTrue(window.settings().current().firstStartDone());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aBadFileOnTheCommandLineSaysWhyAndTheSampleOpensInstead(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.podforge.json");
        Files.writeString(bad, "{ \"format\": \"podforge-project\", \"schemaVersion\": 99, \"pods\": [] }\n");
        robot.interact(() -> window.openInitial(List.of(bad.toString())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty()
                && window.document().getSession().project().allComponents().size() > 100);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.errors.get(0).contains("bad.podforge.json"), dialogs.errors.get(0));
        assertNull(window.document().getSession().file(), "the sample opens untitled");
    }
}
