package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectReader;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At fit zoom a DGX B200-class server's NVLink and PCIe traces cross its body, its components and its name label:
 * a click there picked one of its links. A click on a component's body picks the component, one on the name label
 * the server (the label is its handle); a link wins only right on its line over the bare chassis.
 */
@ExtendWith(ApplicationExtension.class)
class LinkPickRobotTest {
    private Session session;
    private PodCanvas canvas;

    @Start
    void start(Stage stage) throws Exception {
        var p = new ProjectReader(CatalogLoader.builtIn()).read(Path.of("docs/examples/dgx-b200-server.podforge.json")).project();
        session = new Session(p, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
        canvas = new PodCanvas(session);
        stage.setScene(new Scene(canvas, 950, 540));
        stage.show();
    }

    @BeforeEach
    void fit(FxRobot robot) {
        robot.interact(() -> {
            canvas.flush();
            canvas.fitToView();
            canvas.flush();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.scale() >= PodCanvas.DETAIL_SCALE && canvas.scale() < 0.5, "fit zoom draws the links small: " + canvas.scale());
    }

    /** The link bundle whose stroke lies under a canvas pixel, or null. */
    private Node strokeAt(double sx, double sy) {
        Point2D scene = canvas.localToScene(sx, sy);
        for (Node n : canvas.links().root.lookupAll(".pf-link-bundle")) {
            if (n.contains(n.sceneToLocal(scene))) {
                return n;
            }
        }
        return null;
    }

    private CanvasLayout.Hit world(double sx, double sy) {
        Point2D w = canvas.toWorld(sx, sy);
        return canvas.canvasLayout().hit(w.getX(), w.getY());
    }

    /** The first whole canvas pixel over the server (srv-1) meeting the test, or null. */
    private Point2D pixel(BiPredicate<Double, Double> test) {
        CanvasLayout.Box b = canvas.canvasLayout().box("srv-1");
        Point2D a = canvas.toScreen(b.x(), b.y());
        Point2D z = canvas.toScreen(b.x() + b.w(), b.y() + b.h());
        for (int y = (int) Math.ceil(a.getY()); y < z.getY(); y++) {
            for (int x = (int) Math.ceil(a.getX()); x < z.getX(); x++) {
                if (test.test((double) x, (double) y)) {
                    return new Point2D(x, y);
                }
            }
        }
        return null;
    }

    private Set<String> click(FxRobot robot, Point2D local, MouseButton button) {
        robot.interact(() -> session.clearSelection());
        robot.moveTo(canvas.localToScreen(local)).clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
        return session.selection();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aClickOnTheServersNameOverItsLinksPicksTheServer(FxRobot robot) {
        Point2D p = pixel((x, y) -> {
            CanvasLayout.Hit named = canvas.pickScreen(x, y);
            CanvasLayout.Hit under = world(x, y);
            // the label names the server while a part lies under it, and a trace crosses there
            return named != null && named.kind() == CanvasLayout.Kind.CHASSIS && canvas.labelAt(x, y) != null && under != null
                    && under.kind() == CanvasLayout.Kind.COMPONENT && strokeAt(x, y) != null;
        });
        assertNotNull(p, "the server's label stands over a trace at fit zoom");
        assertEquals(Set.of("srv-1"), click(robot, p, MouseButton.PRIMARY));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aClickInsideAComponentOnATracePicksTheComponent(FxRobot robot) {
        Point2D p = pixel((x, y) -> {
            CanvasLayout.Hit under = world(x, y);
            return under != null && under.kind() == CanvasLayout.Kind.COMPONENT && canvas.labelAt(x, y) == null && strokeAt(x, y) != null;
        });
        assertNotNull(p, "a trace crosses a component");
        String component = world(p.getX(), p.getY()).componentId();
        assertEquals(Set.of(component), click(robot, p, MouseButton.PRIMARY));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRightClickOnAComponentBesideATraceOpensTheComponentsMenuNotTheLinks(FxRobot robot) {
        // beside a line, not on it: the menu used to take any link within 6 px
        Point2D p = pixel((x, y) -> {
            CanvasLayout.Hit under = world(x, y);
            return under != null && under.kind() == CanvasLayout.Kind.COMPONENT && canvas.labelAt(x, y) == null
                    && strokeAt(x, y) == null && canvas.linkAtScreen(x, y) != null;
        });
        assertNotNull(p, "a component lies within a few pixels of a trace");
        String component = world(p.getX(), p.getY()).componentId();
        assertEquals(Set.of(component), click(robot, p, MouseButton.SECONDARY));
        robot.interact(() -> canvas.hideContextMenu());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aClickRightOnATraceOverTheBareChassisStillPicksTheLink(FxRobot robot) {
        Point2D p = pixel((x, y) -> {
            CanvasLayout.Hit under = world(x, y);
            return under != null && under.kind() != CanvasLayout.Kind.COMPONENT && canvas.labelAt(x, y) == null && strokeAt(x, y) != null;
        });
        assertNotNull(p, "a trace crosses the chassis between its parts");
        Set<String> sel = click(robot, p, MouseButton.PRIMARY);
        assertEquals(1, sel.size());
        assertTrue(session.project().link(sel.iterator().next()).isPresent(), "a link: " + sel);
    }
}
