package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
 * Start-up holds back the Parts palette and the Problems tab's view until the first frame (decision 0021, section 8):
 * not in the scene before it, attached by the first frame's deferred work (also for a new, empty design, which draws
 * no rack, without waiting for the deadline), and at once when the user reaches them first.
 */
@ExtendWith(ApplicationExtension.class)
class HeldPaletteAndProblemsTest {
    /** Longer than any test: when the deferred work ran, the first frame ran it, not the deadline. */
    private static final double NO_DEADLINE_S = 3600;
    private MainWindow window;
    private final List<String> ran = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-held-pp");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(dir.resolve("auto")), w -> new ScriptedDialogs());
        window.analysis().hold();
        window.holdHiddenTabs();
        window.holdPaletteAndProblems();
        FirstFrameWatch.install(window, () -> {
            ran.add("deferred");
            window.analysis().release();
            window.attachHeldTabs();
        }, NO_DEADLINE_S);
        stage.show();
    }

    private Node find(String selector) {
        return window.scene().lookup(selector);
    }

    /**
     * Puts the pointer in the middle of a held view's stand-in in one jump (a glided move could cross the other held view
     * on its way, and a node query would lose the stand-in as it leaves the scene).
     */
    private void jumpInto(FxRobot robot, String selector) {
        robot.robotContext().getMouseRobot().move(robot.point(find(selector)).query());
    }

    private void awaitFound(String selector) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> find(selector) != null);
    }

    private void assertHeld() {
        assertNull(find("#palette-tree"), "the palette is held");
        assertNotNull(find("#tab-parts-held"), "an empty region stands in for it");
        assertNull(find("#problems-view"), "so is the Problems tab's view");
        assertNotNull(find("#tab-problems-held"));
    }

    @Test
    void heldUntilTheFirstFrameWithTheDesignThenAttached(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertHeld();
        assertEquals(List.of(), ran, "the untitled design the window starts with draws nothing: no first frame yet");
        robot.interact(() -> window.openInitial(List.of())); // a first start: the sample
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !ran.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(find("#palette-tree"), "attached after the first frame");
        assertNotNull(find("#problems-view"));
        assertNull(find("#tab-parts-held"));
        assertNull(find("#tab-problems-held"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.analysis().isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        awaitFound(".pf-palette-part"); // the palette shows its parts
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#problems-table .tree-table-row-cell")
                .match(n -> n instanceof javafx.scene.control.TreeTableRow<?> r && r.getItem() != null).tryQuery().isPresent());
        // the Problems list shows the first analysis's findings
    }

    @Test
    void aNewEmptyDesignAttachesWithoutTheDeadline(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertHeld();
        robot.interact(() -> window.files().newEmpty()); // no rack to draw: its first layout is its first frame
        assertTrue(window.document().getSession().project().pods().stream().allMatch(p -> p.racks().isEmpty()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !ran.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("deferred"), ran);
        assertNotNull(find("#palette-tree"));
        assertNotNull(find("#problems-view"));
    }

    @Test
    void thePointerReachingAHeldViewBringsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertHeld();
        jumpInto(robot, "#tab-parts-held");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(find("#palette-tree"), "pointing into the palette's place brings the palette");
        awaitFound(".pf-palette-part"); // with its parts, once laid out
        assertNull(find("#problems-view"), "the other waits");
        jumpInto(robot, "#tab-problems-held");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(find("#problems-view"), "so does the pointer reaching the Problems tab's");
        robot.clickOn("#problems-filter").write("lanes");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("lanes", window.scene().lookup("#problems-filter") instanceof javafx.scene.control.TextField f ? f.getText() : null,
                "a click lands in the real view");
        assertEquals(List.of(), ran, "all before the first frame");
        robot.robotContext().getMouseRobot().move(new javafx.geometry.Point2D(0, 0)); // out of the window, in one jump
    }

    @Test
    void findPartBringsThePaletteWithTheCaretInItsSearchField(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertHeld();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(find("#palette-tree"));
        assertTrue(find("#palette-search").isFocused(), "Ctrl+F still puts the caret in the palette's search field");
    }
}
