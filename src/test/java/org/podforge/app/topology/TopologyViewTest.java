package org.podforge.app.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.PodGenerator;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Topology tab's pod bar: it always names the pod shown, and starts on the pod of the selection. */
@ExtendWith(ApplicationExtension.class)
class TopologyViewTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private TopologyView show(FxRobot robot, Session session) {
        TopologyView[] v = new TopologyView[1];
        robot.interact(() -> {
            v[0] = new TopologyView(session);
            stage.setScene(new Scene(v[0], 900, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return v[0];
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void withOnePodTheBarNamesItAndFollowsARename(FxRobot robot) {
        Session session = new Session(PodGenerator.sample(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
        TopologyView view = show(robot, session);
        Label name = robot.lookup("#topology-pod-name").queryAs(Label.class);
        assertTrue(name.isVisible());
        assertEquals("Pod A", name.getText(), "the bar says which pod it draws, not just 'Pod'");
        Pod pod = session.project().pods().get(0);
        robot.interact(() -> session.execute(org.podforge.model.command.Edits.rename(session.project(), pod.id(), "Training pod")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Training pod", name.getText());
        assertEquals(pod, view.shownPod());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void withSeveralPodsItStartsOnThePodOfTheSelectionAndTheChooserShowsIt(FxRobot robot) {
        Project p = PodGenerator.sample();
        Pod second = new Pod("pod-2", "Pod B", 1);
        second.addRack(new Rack("rack-9", "", "RACK-EIA-48U", 2, 0));
        p.addPod(second);
        Session session = new Session(p, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
        session.select(List.of("rack-9"));
        TopologyView view = show(robot, session);
        assertEquals(second, view.shownPod(), "built when the tab opens, it shows the selected rack's pod");
        @SuppressWarnings("unchecked")
        ComboBox<Pod> chooser = robot.lookup(".combo-box").queryAs(ComboBox.class);
        assertTrue(chooser.isVisible());
        assertEquals("Pod B", chooser.getConverter().toString(chooser.getValue()));
        assertFalse(robot.lookup("#topology-pod-name").queryAs(Label.class).isVisible(), "the chooser names it");
    }

    /** Every node's ring, in the viewport's coordinates. */
    private static java.util.List<javafx.geometry.Bounds> ringsInViewport(TopologyView view) {
        javafx.scene.layout.Pane viewport = (javafx.scene.layout.Pane) view.getCenter();
        return view.lookupAll(".pf-topology-node").stream()
                .map(n -> viewport.sceneToLocal(((javafx.scene.Group) n).getChildren().get(0).localToScene(
                        ((javafx.scene.Group) n).getChildren().get(0).getBoundsInLocal())))
                .toList();
    }

    private static boolean inside(TopologyView view, javafx.geometry.Bounds b) {
        javafx.scene.layout.Pane viewport = (javafx.scene.layout.Pane) view.getCenter();
        return b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= viewport.getWidth() + 0.5 && b.getMaxY() <= viewport.getHeight() + 0.5;
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aNodeDroppedPastTheEdgeIsBroughtBackIntoViewAndFitFramesEveryNode(FxRobot robot) {
        Session session = new Session(PodGenerator.sample(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
        TopologyView view = show(robot, session);
        javafx.scene.Group node = (javafx.scene.Group) robot.lookup(".pf-topology-node").queryAll().iterator().next();
        String id = (String) node.getProperties().get("podforge.id");
        javafx.scene.layout.Pane viewport = (javafx.scene.layout.Pane) view.getCenter();
        var nodesBefore = view.lookupAll(".pf-topology-node").size();
        // drag it to the viewport's very left edge: its ring and label would stick out of the view
        javafx.geometry.Point2D edge = viewport.localToScreen(1, viewport.getHeight() / 2);
        robot.drag(node, javafx.scene.input.MouseButton.PRIMARY).dropTo(edge);
        WaitForAsyncUtils.waitForFxEvents();
        Pod pod = session.project().pods().get(0);
        assertTrue(pod.topologyPositions().containsKey(id), "the drop placed it (one undoable command)");
        javafx.scene.Group moved = view.lookupAll(".pf-topology-node").stream().map(n -> (javafx.scene.Group) n)
                .filter(g -> id.equals(g.getProperties().get("podforge.id"))).findFirst().orElseThrow();
        javafx.geometry.Bounds ring = viewport.sceneToLocal(moved.getChildren().get(0).localToScene(moved.getChildren().get(0).getBoundsInLocal()));
        assertTrue(inside(view, ring), "dropped at the edge, the node is panned back into view: " + ring);
        assertEquals(nodesBefore, view.lookupAll(".pf-topology-node").size());

        // a node placed far left of and above the automatic area (as a file may hold it): Fit shows it too
        robot.interact(() -> session.execute(new org.podforge.model.command.ArrangeTopologyCommand(pod.id(),
                java.util.Map.of(id, new Pod.TopologyPoint(-900, -700)))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::fit);
        WaitForAsyncUtils.waitForFxEvents();
        for (javafx.geometry.Bounds b : ringsInViewport(view)) {
            assertTrue(inside(view, b), "after Fit every node is in view: " + b);
        }
    }
}
