package org.podforge.app.wiring;

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
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.DocumentModel;
import org.podforge.app.MainWindow;
import org.podforge.app.SettingsModel;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectWriter;
import org.podforge.io.SettingsStore;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.AutosaveStore;
import org.podforge.service.Session;
import org.podforge.service.wiring.BulkWiring;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bulk wiring as a user does it in the main window: select a server and a switch tray, Ctrl+L, pick the
 * rule, read the preview (links and media), apply, and undo it all in one step; Auto-wire says plainly
 * that the catalog has no reference wiring for a part that has none instead of inventing one (AutoWireFlowTest
 * covers a part that has one).
 */
@ExtendWith(ApplicationExtension.class)
class BulkWiringFlowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-wire");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(dir.resolve("auto")), w -> null);
        window.document().setSession(new Session(project(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of()));
        stage.show();
    }

    /** srv-1 (HGX, four PCIe 6 XPUs) and tray-1 (two Scorpio X scale-up switches) in one rack, no links. */
    static Project project() {
        Project p = new Project("wire test");
        Pod pod = new Pod("pod-1", "Pod A", 1);
        Rack r = new Rack("rack-1", "Rack 1", "RACK-EIA-48U", 0, 0);
        Chassis srv = new Chassis("srv-1", "Server 1", "GENERIC-HGX-8GPU-10U", 1);
        for (int i = 1; i <= 4; i++) {
            srv.addComponent(new Component("xpu-" + i, "", "GENERIC-XPU-PCIE6", "gpu-" + i));
        }
        Chassis tray = new Chassis("tray-1", "Switch tray 1", "GENERIC-SCALEUP-SWITCH-TRAY-1U", 41);
        tray.addComponent(new Component("xsw-1", "", "ASTERA-SCORPIO-X-320", "switch-1"));
        tray.addComponent(new Component("xsw-2", "", "ASTERA-SCORPIO-X-320", "switch-2"));
        r.addChassis(srv);
        r.addChassis(tray);
        pod.addRack(r);
        p.addPod(pod);
        return p;
    }

    @Test
    void selectRuleMakesPreviewedLinksAsOneUndoStep(FxRobot robot) throws Exception {
        DocumentModel doc = window.document();
        String before = ProjectWriter.toJson(doc.getSession().project());
        robot.clickOn("#pod-canvas");
        robot.interact(() -> doc.select(List.of("srv-1", "tray-1")));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        BulkWiringDialog dialog = window.wiring().lastDialogProperty().get();
        assertNotNull(dialog, "Ctrl+L opened the bulk wiring window");
        assertTrue(dialog.stage().isShowing());
        assertEquals(List.of("xpu-1", "xpu-2", "xpu-3", "xpu-4"), robot.lookup("#wire-sources").queryAs(ListView.class).getItems());
        assertEquals(List.of("xsw-1", "xsw-2"), robot.lookup("#wire-targets").queryAs(ListView.class).getItems(),
                "the switches are the targets");

        // the default rule: each XPU to the next free port
        @SuppressWarnings("unchecked")
        TableView<BulkWiring.Planned> preview = robot.lookup("#wire-preview").queryAs(TableView.class);
        assertEquals(4, preview.getItems().size());

        // pick "every target" in the drop-down: one link per XPU per switch plane
        robot.clickOn("#wire-rule");
        robot.clickOn(BulkWiring.Rule.EVERY_TARGET.label());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, preview.getItems().size(), "4 XPUs x 2 planes");
        for (BulkWiring.Planned l : preview.getItems()) {
            assertEquals(Medium.COPPER_EXTERNAL, l.medium(), "between chassis the medium is external copper, shown before applying");
            assertTrue(l.a().port().startsWith("su-"), "to a scale-up switch the XPU's scale-up ports are used, not its host link: " + l.describe());
        }
        assertTrue(robot.lookup("Passive copper, external (DAC)").tryQuery().isPresent(), "the preview names the medium in words");
        assertEquals("Wire 8 links", robot.lookup("#wire-apply").queryAs(Button.class).getText());

        robot.clickOn("#wire-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.stage().isShowing());
        List<Link> links = doc.getSession().project().allLinks();
        assertEquals(8, links.size());
        assertEquals(8, doc.selectedIds().size(), "the new links are selected");
        assertTrue(doc.undoTextProperty().get().startsWith("Undo Wire 8 links"), doc.undoTextProperty().get());
        assertTrue(doc.messageProperty().get().startsWith("Wired 8 links"), doc.messageProperty().get());

        robot.clickOn("#pod-canvas");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, ProjectWriter.toJson(doc.getSession().project()), "one undo removes all eight links");
    }

    @Test
    void autoWireSaysTheCatalogHasNoReferenceWiring(FxRobot robot) throws Exception {
        DocumentModel doc = window.document();
        robot.interact(() -> {
            doc.select(List.of("xsw-2"));
            window.action("auto-wire").fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        BulkWiringDialog dialog = window.wiring().lastDialogProperty().get();
        assertNotNull(dialog);
        String notice = robot.lookup("#wire-notice").queryAs(Label.class).getText();
        assertTrue(notice.startsWith("The catalog carries no reference wiring for"), notice);
        assertTrue(notice.contains("GENERIC-SCALEUP-SWITCH-TRAY-1U"), notice);
        assertEquals(List.of("xsw-1", "xsw-2"), robot.lookup("#wire-targets").queryAs(ListView.class).getItems(),
                "it falls back to the chassis' components, to be wired by a rule");
        robot.clickOn("#wire-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.stage().isShowing());
        assertTrue(doc.getSession().project().allLinks().isEmpty(), "Cancel makes nothing");
    }
}
