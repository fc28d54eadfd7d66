package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.SettingsStore;
import org.podforge.service.AutosaveStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up keeps the first analysis off the first frame (decision 0021): the app holds the analysis, opens the
 * design, and {@link FirstFrameWatch} releases it once a frame with the design's racks was drawn.
 */
@ExtendWith(ApplicationExtension.class)
class FirstFrameWatchTest {
    private MainWindow window;
    /** What the deferred work saw when it ran: was a rack drawn, was an analysis already shown. */
    private final List<String> seen = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-ffw");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(dir.resolve("auto")), w -> new ScriptedDialogs());
        window.analysis().hold();
        FirstFrameWatch.install(window, () -> {
            seen.add("racks drawn: " + (window.scene().lookup("#pod-canvas").lookup(".pf-rack") != null));
            seen.add("analysis before: " + window.analysis().getResult());
            window.analysis().release();
        });
        stage.show();
    }

    @Test
    void theFirstAnalysisRunsAfterTheFirstFrameWithTheDesign(FxRobot robot) throws Exception {
        robot.interact(() -> window.openInitial(List.of())); // a first start: the sample
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.analysis().isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("racks drawn: true", "analysis before: null"), seen, "released once, after the racks were drawn, before any analysis");
        assertTrue(window.document().getSession().project().allComponents().size() > 100, "the sample is open");
        assertTrue(window.analysis().getResult().findings().size() > 0, "and analysed: " + window.analysis().getResult());
    }

    @Test
    void withNoRackToDrawTheDeadlineReleasesTheAnalysis(FxRobot robot) throws Exception {
        // the untitled empty design draws no rack: held until the deadline, then analysed all the same
        robot.interact(() -> window.analysis().runNow()); // as openInitial asks for it
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertNull(window.analysis().getResult(), "held: nothing analysed yet");
        WaitForAsyncUtils.waitFor((long) (FirstFrameWatch.DEADLINE_S * 1000) + 30_000, TimeUnit.MILLISECONDS,
                () -> window.analysis().getResult() != null);
        assertEquals(List.of("racks drawn: false", "analysis before: null"), seen);
    }
}
