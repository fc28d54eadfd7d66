package org.podforge.app.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.DocumentModel;
import org.podforge.app.MainWindow;
import org.podforge.app.SettingsModel;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.io.SettingsStore;
import org.podforge.model.Medium;
import org.podforge.model.Project;
import org.podforge.service.AutosaveStore;
import org.podforge.service.Session;
import org.podforge.service.wiring.BulkWiring;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Auto-wire as a user does it: the shipped DGX B200-class server, its links removed in one step (Remove Links
 * of Selection), select a GPU, Ctrl+Shift+L, read the preview of the catalog's reference wiring (links, protocols, media), apply, and undo
 * it all with one Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class AutoWireFlowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-autowire");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(dir.resolve("auto")), w -> null);
        Project p = new ProjectReader(CatalogLoader.builtIn()).read(Path.of("docs/examples/dgx-b200-server.podforge.json")).project();
        window.document().setSession(new Session(p, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of()));
        stage.show();
    }

    @Test
    void shortcutPreviewsTheReferenceWiringAppliesItAsOneStepAndUndoes(FxRobot robot) throws Exception {
        DocumentModel doc = window.document();
        String shipped = ProjectWriter.toJson(doc.getSession().project());
        robot.clickOn("#pod-canvas");
        String server = doc.getSession().project().pods().get(0).racks().get(0).chassis().get(0).id();
        // empty the pre-wired server of its links: one command for all 182
        robot.interact(() -> {
            doc.select(List.of(server));
            window.action("unwire").fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, doc.getSession().project().allLinks().size());
        assertEquals("Undo Remove 182 links of the selection", doc.undoTextProperty().get());
        String before = ProjectWriter.toJson(doc.getSession().project());
        robot.interact(() -> doc.select(List.of("gpu-3")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        BulkWiringDialog dialog = window.wiring().lastDialogProperty().get();
        assertNotNull(dialog, "Ctrl+Shift+L opened the auto-wire window for the GPU's chassis");
        assertTrue(dialog.stage().getTitle().startsWith("Auto-wire"), dialog.stage().getTitle());
        String notice = robot.lookup("#wire-notice").queryAs(Label.class).getText();
        assertTrue(notice.startsWith("Reference wiring from the catalog (5 steps"), notice);
        assertTrue(notice.contains("\n1. gpu/nvlink \u2192 nvswitch/port: each to every target, 9 links per pair\n"), notice);
        assertTrue(notice.contains("Not in it, because not published: which switch or root port feeds the drives"), notice);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> notes = robot.lookup("#wire-notes").queryAs(javafx.scene.control.ListView.class);
        assertTrue(notes.getItems().stream().anyMatch(n -> n.startsWith("Still without a link after this reference wiring: 10 components: ")
                && n.contains("ssd-1") && n.contains("dpu-2")), notes.getItems().toString());
        assertFalse(robot.lookup("#wire-rule").queryAs(javafx.scene.Node.class).getParent().isVisible(), "no rule list: each step has its own");
        assertTrue(notice.contains("9 links per pair"), notice);

        @SuppressWarnings("unchecked")
        TableView<BulkWiring.Planned> preview = robot.lookup("#wire-preview").queryAs(TableView.class);
        // 8 GPUs x 18 NVLink + 4 CPU-switch + 8 switch-retimer + 8 retimer-GPU + 8 switch-NIC
        assertEquals(172, preview.getItems().size());
        long nvlink = preview.getItems().stream().filter(l -> l.b().componentId().startsWith("nvswitch")).count();
        assertEquals(144, nvlink, "8 GPUs x 18 links");
        assertTrue(preview.getItems().stream().filter(l -> l.b().componentId().startsWith("nic"))
                .allMatch(l -> l.medium() == Medium.COPPER_INTERNAL), "NIC links are internal cables, as the catalog says");
        assertEquals("Wire 172 links", robot.lookup("#wire-apply").queryAs(Button.class).getText());

        robot.clickOn("#wire-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.stage().isShowing());
        assertEquals(172, doc.getSession().project().allLinks().size());
        assertTrue(doc.undoTextProperty().get().startsWith("Undo Auto-wire"), doc.undoTextProperty().get());

        robot.clickOn("#pod-canvas");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, ProjectWriter.toJson(doc.getSession().project()), "one undo removes all 172 links");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(shipped, ProjectWriter.toJson(doc.getSession().project()), "and one more puts the server's own 182 back");
    }
}
