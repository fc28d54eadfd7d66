package org.podforge.app.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.command.Edits;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hall view on a small hall (headless Monocle): overview, zoom to racks, click to select, follows edits. */
@ExtendWith(ApplicationExtension.class)
class HallViewRobotTest {
    private Session session;
    private HallView view;

    @Start
    void start(Stage stage) {
        session = new Session(HallFixtures.hall(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
        view = new HallView(session);
        stage.setScene(new Scene(view, 300, 260));
        stage.show();
    }

    @Test
    void overviewThenRacksThenSelectARack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        HallCulling.Frame overview = view.lastFrame();
        assertEquals(HallViewport.Detail.OVERVIEW, overview.detail());
        assertEquals(HallFixtures.REPLICAS, overview.blocks().length);
        assertTrue(overview.bundles().length > 0, "cross-pod cables are drawn at overview");

        HallModel m = view.model();
        HallModel.Place rack = m.places().get(m.placeIndex("rack-2", 0));
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) {
                view.zoomAt(view.viewport().toScreenX(rack.x()), view.viewport().toScreenY(rack.y()), 1.5);
            }
        });
        assertEquals(HallViewport.Detail.RACKS, view.lastFrame().detail());
        HallViewport v = view.viewport();
        Point2D at = view.canvas().localToScreen(v.toScreenX(rack.x() + HallModel.RACK_W / 2), v.toScreenY(rack.y() + HallModel.RACK_D / 2));
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("rack-2"), session.selection());
    }

    @Test
    void followsAnEditOfTheReplicaCount(FxRobot robot) {
        robot.interact(() -> session.execute(Edits.replicas(session.project(), "pod-1", 24)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(24, view.model().blocks().size());
    }
}
