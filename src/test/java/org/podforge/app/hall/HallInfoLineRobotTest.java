package org.podforge.app.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hall's figures ("16 pod replicas in 32 racks · ... bundles") are readable whole at the width the hall view has in
 * the default window (about 870 px on a 1600 x 1000 screen), where they used to share one row with the hint and be cut
 * off with an ellipsis, and at a narrow width, where they wrap. Headless Monocle.
 */
@ExtendWith(ApplicationExtension.class)
class HallInfoLineRobotTest {
    private HallView view;

    /**
     * The view sits in a plain pane that gives it its preferred size, so the test sets the view's width without resizing
     * the window: the stage is shared by the robot tests, and a stage wider than Monocle's screen breaks the next test's drawing.
     */
    @Start
    void start(Stage stage) {
        Session session = new Session(HallFixtures.hall(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
        view = new HallView(session);
        view.setPrefSize(870, 600);
        stage.setScene(new Scene(new Pane(view), 870, 600));
        stage.show();
    }

    private void width(FxRobot robot, double w) {
        robot.interact(() -> view.setPrefWidth(w));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(w, view.getWidth(), 0.5);
    }

    @Test
    void theFiguresShowWholeAtTheDefaultWidthAndWhenNarrow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label info = robot.lookup("#hall-info").queryAs(Label.class);
        assertTrue(info.getText().endsWith(" bundles"), info.getText());
        assertWhole(info, 870);
        assertTrue(((HallInfoLine) info.getParent()).twoRows(870), "at 870 px the hint and the figures do not fit on one row");

        for (double width : new double[] {420, 260}) {
            width(robot, width);
            assertWhole(info, width);
        }
        // wide enough for both: one row, the figures at the right end beside the hint
        HallInfoLine line = (HallInfoLine) info.getParent();
        double need = line.prefWidth(-1) + 40;
        width(robot, need);
        assertTrue(!line.twoRows(line.getWidth()), "one row at " + line.getWidth() + " px");
        assertWhole(info, need);
        assertEquals(line.getWidth() - line.getInsets().getRight(), info.getBoundsInParent().getMaxX(), 0.5, "the figures end at the right");
        Label message = robot.lookup("#hall-message").queryAs(Label.class);
        assertEquals(message.localToScene(message.getLayoutBounds()).getMinY(), info.localToScene(info.getLayoutBounds()).getMinY(), 0.5,
                "one row when the hint and the figures fit side by side");
        width(robot, 870);
    }

    /** The label's text is drawn in full (no ellipsis), inside the scene, and the label is as tall as its wrapped text. */
    private static void assertWhole(Label info, double viewWidth) {
        Text shown = (Text) info.lookup(".text");
        assertEquals(info.getText(), shown.getText(), "the figures are not cut off at " + viewWidth + " px");
        Bounds b = info.localToScene(info.getLayoutBounds());
        assertTrue(b.getMinX() >= 0 && b.getMaxX() <= viewWidth + 0.5, "inside the view at " + viewWidth + " px: " + b);
        assertTrue(info.getHeight() + 0.5 >= info.prefHeight(info.getWidth()), "as tall as its wrapped lines at " + viewWidth + " px");
        Bounds t = shown.localToScene(shown.getLayoutBounds());
        assertTrue(t.getMaxX() <= viewWidth + 0.5, "the text itself ends inside the view at " + viewWidth + " px: " + t);
    }
}
