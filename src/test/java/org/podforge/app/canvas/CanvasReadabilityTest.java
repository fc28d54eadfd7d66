package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.canvas.CanvasLayout.Kind;
import org.podforge.model.command.NoteCommand;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas read and used zoomed out, with the robot: a name is written once (the design's own title or the
 * screen-size label, never both), a name label picks what it names, a click where parts are not drawn picks their
 * chassis, and notes stay readable.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasReadabilityTest {
    private Session session;
    private PodCanvas canvas;

    @Start
    void start(Stage stage) {
        session = CanvasFixtures.session();
        canvas = new PodCanvas(session);
        stage.setScene(new Scene(canvas, 1100, 720));
        stage.show();
    }

    private void zoom(FxRobot robot, double s) {
        robot.interact(() -> {
            canvas.flush();
            canvas.fitToView();
            canvas.zoomProperty().set(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node skin(FxRobot robot, String kind, String id) {
        return robot.lookup(".pf-" + kind).match(n -> id.equals(n.getProperties().get("podforge.id"))).query();
    }

    private static boolean writes(Node n, String text) {
        if (n instanceof Text t) {
            return text.equals(t.getText());
        }
        return n instanceof Group g && g.getChildren().stream().anyMatch(c -> writes(c, text));
    }

    private Text label(FxRobot robot, String text) {
        return robot.lookup(".pf-label").match(n -> n instanceof Text t && t.getText().equals(text)).queryAs(Text.class);
    }

    private Point2D screenOf(Point2D canvasLocal) {
        return canvas.localToScreen(canvasLocal);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void zoomedOutANameIsWrittenOnceByItsLabelAndBackInTheDrawingWhenZoomedIn(FxRobot robot) {
        zoom(robot, 0.3);
        assertNotNull(label(robot, "Pod A"), "a screen-size label names the pod");
        assertFalse(writes(skin(robot, "pod", "pod-1"), "Pod A"), "the pod's own 6 px title is not drawn under its label");
        assertFalse(writes(skin(robot, "chassis", "chassis-1"), session.project().chassis("chassis-1").orElseThrow().label()),
                "nor the chassis' own title");
        Box pod = canvas.canvasLayout().box("pod-1");
        double top = canvas.toScreen(pod.x(), pod.y()).getY();
        Bounds podLabel = label(robot, "Pod A").getBoundsInParent();
        assertTrue(podLabel.getMaxY() <= top + 1, "with a header too low for it, the pod's name stands above its frame: "
                + podLabel + " frame top " + top);
        assertTrue(podLabel.getMinY() >= 0, "and the fit leaves room for it: " + podLabel);

        zoom(robot, 1.0);
        assertTrue(writes(skin(robot, "pod", "pod-1"), "Pod A"), "zoomed in, the drawing's own title is back");
        assertTrue(robot.lookup(".pf-label").match(n -> n instanceof Text t && t.getText().equals("Pod A")).queryAll().isEmpty(),
                "and no label doubles it");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aClickOnAChassisNamePicksTheChassisNotThePartUnderIt(FxRobot robot) {
        zoom(robot, 0.3);
        String name = session.project().chassis("chassis-1").orElseThrow().label();
        Text t = label(robot, name);
        Bounds b = t.getBoundsInParent();
        Point2D at = null;
        for (double x = b.getMinX() + 1; x < b.getMaxX() && at == null; x += 1) {
            var h = canvas.hitScreen(x, b.getCenterY());
            if (h != null && h.kind() == Kind.COMPONENT) {
                at = new Point2D(x, b.getCenterY());
            }
        }
        assertNotNull(at, "the name lies over a part of the chassis (its first GPU): " + b);
        var under = canvas.hitScreen(at.getX(), at.getY());
        assertEquals(Kind.CHASSIS, canvas.pickScreen(at.getX(), at.getY()).kind());
        robot.clickOn(screenOf(at));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("chassis-1"), session.selection(), "the name picked its chassis (under it: " + under.kind() + ")");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void belowTheDetailZoomAClickOverAnUndrawnPartPicksItsChassis(FxRobot robot) {
        zoom(robot, PodCanvas.DETAIL_SCALE * 0.8);
        Box gpu = canvas.canvasLayout().box("gpu-2");
        Point2D at = canvas.toScreen(gpu.cx(), gpu.cy());
        assertEquals(Kind.COMPONENT, canvas.canvasLayout().hit(gpu.cx(), gpu.cy()).kind(), "a part lies there in the model");
        robot.clickOn(screenOf(at));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("chassis-2"), session.selection(), "the part is not drawn at this zoom: its chassis is picked");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void notesKeepAReadableSizeWhenZoomedOut(FxRobot robot) {
        robot.interact(() -> session.execute(NoteCommand.add(session.project(), "Row A: rear-door cooling", 40, 40)));
        zoom(robot, 0.25);
        Node view = robot.lookup("." + NoteLayer.STYLE).query();
        List<Scale> scales = view.getTransforms().stream().filter(Scale.class::isInstance).map(Scale.class::cast).toList();
        assertEquals(1, scales.size(), "zoomed out, the note is scaled up");
        assertEquals(NoteLayer.READABLE / 0.25, scales.get(0).getX(), 1e-9, "to keep its on-screen size");
        double screenHeight = view.localToScene(view.getBoundsInLocal()).getHeight();
        assertTrue(screenHeight >= 0.7 * view.getBoundsInLocal().getHeight(), "its text is not shrunk to a smear: " + screenHeight);
        zoom(robot, 1.0);
        assertTrue(robot.lookup("." + NoteLayer.STYLE).query().getTransforms().isEmpty(), "zoomed in, it zooms with the design");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theOpenedLegendStandsWhollyInsideTheCanvas(FxRobot robot) {
        org.podforge.model.Link link = new org.podforge.model.Link("link-9", org.podforge.model.PortRef.parse("gpu-1/host"),
                org.podforge.model.PortRef.parse("retimer-1/down"), 16, org.podforge.model.Medium.PCB);
        robot.interact(() -> session.execute(new org.podforge.model.command.AddCommand("pod-1", link)));
        zoom(robot, 0.5);
        javafx.scene.control.TitledPane legend = canvas.legend().pane;
        assertTrue(legend.isVisible(), "the design has a link: the legend is offered");
        double folded = legend.getHeight();
        robot.clickOn(legend.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(legend.isExpanded());
        assertTrue(legend.getHeight() > folded + 20, "opened, it is tall enough for its rows: " + legend.getHeight());
        assertTrue(legend.getBoundsInParent().getMaxY() <= canvas.getHeight() + 0.5,
                "and placed again so its rows are on screen, not below the canvas: " + legend.getBoundsInParent() + " canvas " + canvas.getHeight());
    }
}
