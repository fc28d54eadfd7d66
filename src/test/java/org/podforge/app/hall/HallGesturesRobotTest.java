package org.podforge.app.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Rack;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hall's gestures with the robot (headless Monocle): drag a rack to move it (one undo step), refused drops,
 * Shift+click and align, the context menu's "add network rack here", and the hover card of a rack and a bundle.
 */
@ExtendWith(ApplicationExtension.class)
class HallGesturesRobotTest {
    private Session session;
    private HallView view;

    @Start
    void start(Stage stage) {
        session = new Session(HallFixtures.hall(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
        view = new HallView(session);
        stage.setScene(new Scene(view, 900, 520));
        stage.show();
    }

    /** Zoom so racks are drawn one by one, with the whole hall in view. */
    private void racksInView(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            view.viewport().zoomAt(0, 0, 1);
            while (view.viewport().detail() != HallViewport.Detail.RACKS) {
                view.zoomAt(view.viewport().width() / 2, view.viewport().height() / 2, 1.2);
            }
            // bring world (0, 0) near the top left corner
            view.panBy(20 - view.viewport().toScreenX(0), 20 - view.viewport().toScreenY(0));
        });
    }

    private Point2D centreOf(int row, int position) {
        HallViewport v = view.viewport();
        return view.canvas().localToScreen(v.toScreenX((position + 0.5) * HallModel.RACK_W), v.toScreenY(row * HallModel.ROW_PITCH + HallModel.RACK_D / 2));
    }

    private Rack rack(String id) {
        return session.project().rack(id).orElseThrow();
    }

    @Test
    void dragARackToAFreePlaceThenUndo(FxRobot robot) {
        racksInView(robot);
        robot.drag(centreOf(4, 8), MouseButton.PRIMARY).moveTo(centreOf(4, 10)).moveTo(centreOf(5, 11)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(5, 11), List.of(rack("netrack-3").row(), rack("netrack-3").position()), view.messageText());
        assertEquals(Set.of("netrack-3"), session.selection());
        robot.interact(() -> session.commands().undo());
        assertEquals(List.of(4, 8), List.of(rack("netrack-3").row(), rack("netrack-3").position()));
    }

    @Test
    void aDropOnATakenPlaceIsRefusedAndSaysWhy(FxRobot robot) {
        racksInView(robot);
        robot.drag(centreOf(0, 8), MouseButton.PRIMARY).moveTo(centreOf(0, 7)).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8, rack("netrack-1").position());
        assertTrue(view.messageText().contains("Rack 2 of Pod A @3"), view.messageText());
    }

    @Test
    void shiftClickThenAlignRowFromTheToolbar(FxRobot robot) {
        racksInView(robot);
        robot.interact(() -> session.execute(org.podforge.model.command.Edits.rackPlace(session.project(), "netrack-3", 4, 12)));
        robot.clickOn(centreOf(4, 12));
        robot.press(KeyCode.SHIFT).clickOn(centreOf(0, 8)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("netrack-3", "netrack-1"), session.selection());
        robot.clickOn("#hall-align-row");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(0, 12), List.of(rack("netrack-3").row(), rack("netrack-3").position()), view.messageText());
    }

    @Test
    void rightClickAFreePlaceAddsANetworkRackWithALeaf(FxRobot robot) {
        racksInView(robot);
        int before = session.project().fabric().racks().size();
        // the platform's context-menu request (Monocle sends none for a robot right click; the real window was checked by hand)
        Point2D scr = centreOf(5, 3);
        Point2D local = view.canvas().screenToLocal(scr);
        Point2D inScene = view.canvas().localToScene(local);
        robot.interact(() -> view.canvas().fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                inScene.getX(), inScene.getY(), scr.getX(), scr.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        Menu add = (Menu) view.menus().openMenu().getItems().stream().filter(i -> "hall-menu-add-rack".equals(i.getId())).findFirst().orElseThrow();
        MenuItem sn5600 = add.getItems().stream().filter(i -> i.getText().startsWith("NVIDIA-SN5600")).findFirst().orElseThrow();
        robot.interact(() -> {
            view.menus().openMenu().hide();
            sn5600.fire();
        });
        assertEquals(before + 1, session.project().fabric().racks().size(), view.messageText());
        Rack added = session.project().fabric().racks().get(before);
        assertEquals(List.of(5, 3), List.of(added.row(), added.position()));
        assertEquals("NVIDIA-SN5600", added.chassis().get(0).components().get(0).partNumber());
    }

    @Test
    void hoverARackAndABundle(FxRobot robot) {
        racksInView(robot);
        robot.moveTo(centreOf(0, 8));
        WaitForAsyncUtils.waitForFxEvents();
        String rackCard = view.gestures().cardText();
        assertNotNull(rackCard);
        assertTrue(rackCard.contains("Leaf rack 1") && rackCard.contains("network rack"), rackCard);
        // the middle of the arc from Leaf rack 1 (row 0) to the spine rack (row 4)
        HallModel m = view.model();
        int a = m.placeIndex("netrack-1", -1);
        int b = m.placeIndex("netrack-3", -1);
        HallViewport v = view.viewport();
        HallCulling c = new HallCulling(m);
        double[] pa = c.centre(a);
        double[] pb = c.centre(b);
        double[] mid = HallArcs.midpoint(v.toScreenX(pa[0]), v.toScreenY(pa[1]), v.toScreenX(pb[0]), v.toScreenY(pb[1]));
        robot.moveTo(view.canvas().localToScreen(mid[0], mid[1]));
        WaitForAsyncUtils.waitForFxEvents();
        String bundleCard = view.gestures().cardText();
        assertNotNull(bundleCard);
        assertTrue(bundleCard.contains("Leaf rack 1") && bundleCard.contains("Spine rack") && bundleCard.contains("8 cables"), bundleCard);
    }
}
