package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
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

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-mw");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(dir.resolve("auto")), w -> dialogs);
        stage.show();
        window.openInitial(List.of());
    }

    private void awaitAnalysis() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.analysis().isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstStartShowsTheSampleWithItsCostAndKeyboardEditsAreUndoable(FxRobot robot) throws Exception {
        DocumentModel doc = window.document();
        assertTrue(doc.getSession().project().allComponents().size() > 100, "the sample pod is open");
        assertEquals("PodForge — " + doc.getSession().project().name(), window.stage().getTitle());
        awaitAnalysis();
        Label perPod = robot.lookup("#bom-cost-per-pod").queryAs(Label.class);
        assertTrue(perPod.getText().startsWith("$"), perPod.getText());
        Label status = robot.lookup("#status-cost").queryAs(Label.class);
        assertTrue(status.getText().contains(perPod.getText()), status.getText());

        String chassisId = doc.getSession().project().pods().get(0).racks().get(0).chassis().get(0).id();
        int before = doc.getSession().project().allComponents().size();
        robot.interact(() -> doc.select(List.of(chassisId)));
        robot.clickOn("#outline");
        robot.interact(() -> doc.select(List.of(chassisId)));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(doc.getSession().project().containsId(chassisId), "Delete removed the chassis");
        assertEquals("Deleted 1 object", doc.messageProperty().get(), "Delete from the menu says what it did, as on the canvas");
        assertTrue(window.stage().getTitle().endsWith(" *"));
        robot.moveTo("#tool-undo"); // its tooltip is made on the first hover (decision 0021), with the action's text of then
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#tool-undo").queryAs(Button.class).getTooltip().getText().startsWith("Undo Delete"));
        awaitAnalysis();
        String afterDelete = perPod.getText();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(doc.getSession().project().containsId(chassisId), "Ctrl+Z put it back");
        String undoTip = robot.lookup("#tool-undo").queryAs(Button.class).getTooltip().getText();
        assertFalse(undoTip.startsWith("Undo Delete"), "the tooltip made on hover follows the action's text: " + undoTip);
        assertEquals(before, doc.getSession().project().allComponents().size());
        assertFalse(window.stage().getTitle().endsWith(" *"));
        awaitAnalysis();
        assertFalse(afterDelete.equals(perPod.getText()), "the BOM followed the delete and the undo");

        String podId = doc.getSession().project().pods().get(0).id();
        robot.interact(() -> doc.select(List.of(podId)));
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(doc.undoTextProperty().get().startsWith("Undo Duplicate pod"), doc.undoTextProperty().get() + " / " + doc.messageProperty().get());
        assertEquals(2, doc.getSession().project().pods().size());
        assertEquals(2 * before, doc.getSession().project().allComponents().size(), "Ctrl+D duplicated the whole pod");
        String copyId = doc.getSession().project().pods().get(1).id();
        assertEquals(List.of(copyId), doc.selectedIds(), "the duplicate is selected, so the user sees where it went");
        assertEquals("Duplicated 1 object as " + copyId + " (Undo with Ctrl+Z)", doc.messageProperty().get());
        assertNotNull(window.action("theme"));

        // Delete and Ctrl+V while typing in the inspector edit the text, not the design
        robot.clickOn("#outline");
        robot.interact(() -> {
            doc.select(List.of(podId));
            window.action("copy").fire();
        });
        assertEquals("Copied 1 object", doc.messageProperty().get());
        robot.interact(() -> doc.select(List.of(chassisId)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#prop-name");
        robot.type(KeyCode.END).type(KeyCode.BACK_SPACE).type(KeyCode.HOME).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(doc.getSession().project().containsId(chassisId), "Delete in a text field does not delete the chassis");
        int pods = doc.getSession().project().pods().size();
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(pods, doc.getSession().project().pods().size(), "Ctrl+V in a text field pastes text, not the copied pod");
        robot.type(KeyCode.ESCAPE);

        // File > Export Image writes a PNG of the whole design
        Path png = Files.createTempDirectory("podforge-img").resolve("pod.png");
        dialogs.files.add(png);
        robot.interact(() -> window.action("export-image").fire());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertNotNull(img, "a PNG was written");
        assertTrue(img.getWidth() > 200 && img.getHeight() > 200, img.getWidth() + "x" + img.getHeight());
        assertTrue(doc.messageProperty().get().startsWith("Exported image"), doc.messageProperty().get());

        // Help > Keyboard Shortcuts lists what the menus bind
        robot.interact(() -> window.action("shortcuts").fire());
        String shortcuts = dialogs.infos.get(dialogs.infos.size() - 1);
        for (String s : new String[] {"Ctrl+Z", "Ctrl+Y", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+O", "Ctrl+N", "Ctrl+C", "Ctrl+V", "Ctrl+D",
                "Ctrl+F", "Ctrl+0", "Delete"}) {
            assertTrue(shortcuts.contains(s), s + " missing from\n" + shortcuts);
        }

        // on the Topology tab the zoom buttons (which act on the racks canvas) are greyed out and the
        // status bar does not show the hidden canvas's zoom; back on Racks both return
        Label zoom = robot.lookup("#status-zoom").queryAs(Label.class);
        assertTrue(zoom.getText().startsWith("Zoom "), zoom.getText());
        robot.clickOn("Topology");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.action("zoom-in").isEnabled());
        assertFalse(window.action("zoom-out").isEnabled());
        assertEquals("", zoom.getText());
        double canvasZoom = window.canvas().zoomProperty().get();
        robot.interact(() -> window.action("fit").fire());
        assertEquals(canvasZoom, window.canvas().zoomProperty().get(), "Fit on the Topology tab fits the graph, not the hidden canvas");
        robot.clickOn("Racks");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.action("zoom-in").isEnabled());
        assertTrue(zoom.getText().startsWith("Zoom "), zoom.getText());

        // the theme toggle switches the look and is remembered
        robot.interact(() -> window.action("theme").fire());
        assertTrue(window.settings().darkProperty().get());
        assertTrue(window.scene().getRoot().getStyleClass().contains("theme-dark"));
        assertEquals("dark", window.settings().current().theme());
    }
}
