package org.podforge.app.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.FabricCables;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Wire rails..." with the robot (headless Monocle): click a rack of the pod, Shift+click the two leaf racks, open
 * the preview, read its count, Apply: one pattern of 64 cables, one undo step.
 */
@ExtendWith(ApplicationExtension.class)
class RailWiringRobotTest {
    private Session session;
    private HallView view;

    @Start
    void start(Stage stage) {
        session = new Session(HallFixtures.unwired(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
        view = new HallView(session);
        stage.setScene(new Scene(view, 1000, 520));
        stage.show();
    }

    private Point2D centreOf(int row, int position) {
        HallViewport v = view.viewport();
        return view.canvas().localToScreen(v.toScreenX((position + 0.5) * HallModel.RACK_W), v.toScreenY(row * HallModel.ROW_PITCH + HallModel.RACK_D / 2));
    }

    @Test
    void selectAPodAndTwoLeafRacksThenWireTheirRailsInOneStep(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            while (view.viewport().detail() != HallViewport.Detail.RACKS) {
                view.zoomAt(view.viewport().width() / 2, view.viewport().height() / 2, 1.2);
            }
            view.panBy(20 - view.viewport().toScreenX(0), 20 - view.viewport().toScreenY(0));
        });
        assertTrue(robot.lookup("#hall-wire-rails").queryButton().isDisabled(), "nothing selected yet");
        robot.clickOn(centreOf(0, 0));
        robot.press(KeyCode.SHIFT).clickOn(centreOf(0, 8)).clickOn(centreOf(1, 8)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("rack-1", "netrack-1", "netrack-2"), session.selection());
        robot.clickOn("#hall-wire-rails");
        WaitForAsyncUtils.waitForFxEvents();
        RailWiringDialog d = view.menus().dialog();
        assertTrue(d.stage().isShowing());
        String summary = robot.lookup("#rails-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("64 cables") && summary.contains("2 units of 8 replicas on 4 leaf switches"), summary);
        assertFalse(robot.lookup("#rails-apply").queryButton().isDisabled());
        robot.clickOn("#rails-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session.project().fabric().patterns().size());
        assertEquals(64, FabricCables.count(session.project()));
        assertTrue(view.model().fabricCables() == 64, "the hall redraws with the new cables");
        robot.interact(() -> session.commands().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.project().fabric().patterns().isEmpty());
    }
}
