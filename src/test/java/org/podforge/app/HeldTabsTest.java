package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
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
 * Start-up holds back the views of the tabs that are not showing (decision 0021): they are not in the scene for the
 * first frame, a held tab the user selects gets its view at once (Ctrl+Shift+F still lands in the search field), and
 * after the first frame every held view is back, showing the same analysis as the others.
 */
@ExtendWith(ApplicationExtension.class)
class HeldTabsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-held");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(dir.resolve("auto")), w -> new ScriptedDialogs());
        window.holdHiddenTabs();
        stage.show();
    }

    private Node find(String selector) {
        return window.scene().lookup(selector);
    }

    @Test
    void hiddenTabsGetTheirViewsWhenSelectedOrAfterTheFirstFrame(FxRobot robot) throws Exception {
        robot.interact(() -> window.openInitial(List.of())); // a first start: the sample
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(find("#problems-view"), "the Problems tab shows: its view is there");
        assertNotNull(find("#palette-tree"), "so is the Parts palette's");
        assertNull(find("#bom-cost-per-pod"), "the BOM tab is not showing: its view is held");
        assertNull(find("#cables-view"), "so is the Cables tab's");
        assertNull(find("#outline"), "and the Outline tab's");
        assertNull(find("#search-field"), "and the Search tab's");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(find("#search-field"), "selecting a held tab gives it its view");
        assertTrue(window.search().field().isFocused(), "Ctrl+Shift+F still puts the caret in the search field");
        assertNull(find("#outline"), "the other held tabs wait");

        robot.interact(window::attachHeldTabs); // what the first frame does
        assertNotNull(find("#outline"));
        assertNotNull(find("#cables-view"));
        Label perPod = (Label) find("#bom-cost-per-pod");
        assertNotNull(perPod);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.analysis().isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(perPod.getText().startsWith("$"), "the BOM shows the analysis it missed while held: " + perPod.getText());
        assertTrue(((Label) find("#status-cost")).getText().contains(perPod.getText()), "the same figure as the status bar");
    }
}
