package org.podforge.app.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.LinkPattern;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Deleting a wiring pattern from the hall (headless Monocle): the spine rack's context menu offers only the pattern
 * with an end there, the tool bar's Patterns menu every pattern; each delete is one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class HallPatternMenuRobotTest {
    private Session session;
    private HallView view;

    @Start
    void start(Stage stage) {
        session = new Session(HallFixtures.hall(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
        view = new HallView(session);
        stage.setScene(new Scene(view, 1100, 520));
        stage.show();
    }

    private List<String> patterns() {
        return session.project().fabric().patterns().stream().map(LinkPattern::id).toList();
    }

    @Test
    void theSpineRacksMenuDeletesTheLeafSpinePatternInOneUndoStep(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            while (view.viewport().detail() != HallViewport.Detail.RACKS) {
                view.zoomAt(view.viewport().width() / 2, view.viewport().height() / 2, 1.2);
            }
            view.panBy(20 - view.viewport().toScreenX(0), 20 - view.viewport().toScreenY(0));
        });
        HallViewport v = view.viewport();
        Point2D scr = view.canvas().localToScreen(v.toScreenX(8.5 * HallModel.RACK_W), v.toScreenY(4 * HallModel.ROW_PITCH + HallModel.RACK_D / 2));
        Point2D inScene = view.canvas().localToScene(view.canvas().screenToLocal(scr));
        // the platform's context-menu request (Monocle sends none for a robot right click; the real window was checked by hand)
        robot.interact(() -> view.canvas().fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                inScene.getX(), inScene.getY(), scr.getX(), scr.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        List<MenuItem> delete = view.menus().openMenu().getItems().stream()
                .filter(i -> i.getId() != null && i.getId().startsWith("hall-menu-delete-pattern-")).toList();
        assertEquals(1, delete.size(), "only the pattern with an end in the spine rack");
        // 4 leaves x 2 spines x 2 links per pair
        assertEquals("Delete pattern leaf-spine (16 cables)", delete.get(0).getText());
        robot.interact(() -> {
            view.menus().openMenu().hide();
            delete.get(0).fire();
        });
        assertEquals(List.of("pattern-1"), patterns());
        assertEquals("Delete pattern leaf-spine (16 cables)", view.messageText());
        robot.interact(() -> session.commands().undo());
        assertEquals(List.of("pattern-1", "pattern-2"), patterns(), "one undo step puts it back where it was");
        assertEquals("Undone: Delete pattern leaf-spine (16 cables)", view.messageText(), "the line follows the undo");
        robot.interact(() -> session.commands().redo());
        assertEquals(List.of("pattern-1"), patterns());
        assertEquals("Redone: Delete pattern leaf-spine (16 cables)", view.messageText());
    }

    @Test
    void theToolbarsPatternsMenuListsEveryPatternAndDeletesOne(FxRobot robot) {
        robot.clickOn("#hall-patterns");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#hall-patterns-delete-pattern-2").tryQuery().isPresent(), "leaf-spine listed");
        robot.clickOn("#hall-patterns-delete-pattern-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("pattern-2"), patterns());
        assertTrue(view.messageText().startsWith("Delete pattern rails ("), view.messageText());
        robot.interact(() -> session.commands().undo());
        assertEquals(List.of("pattern-1", "pattern-2"), patterns());
        assertTrue(view.messageText().startsWith("Undone: Delete pattern rails ("), view.messageText());
        // an edit made elsewhere: the line no longer describes the hall's last command
        robot.interact(() -> session.execute(org.podforge.model.command.Edits.projectName("Renamed")));
        assertTrue(!view.messageText().contains("pattern"), view.messageText());
    }

}
