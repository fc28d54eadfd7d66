package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.PortRef;
import org.podforge.model.command.AddCommand;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A port's whole row in the fan is its handle (the 11 px dot alone was too small a target): a press on the label
 * starts a connection, a release on a target's row connects there, and a click on a linked port selects its link
 * (the inspector shows it, Delete removes it, undoably). A click on a free port connects nothing.
 */
@ExtendWith(ApplicationExtension.class)
class PortFanRobotTest {
    private Session session;
    private PodCanvas canvas;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = CanvasFixtures.session();
        canvas = new PodCanvas(session);
        stage.setScene(new Scene(canvas, 1000, 760));
        stage.sizeToScene(); // the stage is shared by the tests: one made it short
        stage.show();
    }

    /** Shows chassis-1 at 100 % with gpu-1 selected, so its port fan is open. */
    private void openFanOfGpu(FxRobot robot) {
        robot.interact(() -> {
            canvas.flush();
            canvas.zoomProperty().set(1.0);
            canvas.reveal(List.of("chassis-1"));
            session.select(List.of("gpu-1"));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node row(FxRobot robot, String port) {
        return robot.lookup(".pf-port-row").match(n -> port.equals(n.getProperties().get("podforge.port"))).query();
    }

    private static Node dot(FxRobot robot, String port) {
        return robot.lookup(".pf-port").match(n -> port.equals(n.getProperties().get("podforge.port"))).query();
    }

    /** A screen point on a port's label, well clear of its dot. */
    private static Point2D onLabel(FxRobot robot, String port) {
        Bounds r = row(robot, port).localToScreen(row(robot, port).getBoundsInLocal());
        Bounds d = dot(robot, port).localToScreen(dot(robot, port).getBoundsInLocal());
        Point2D p = new Point2D(r.getMinX() + r.getWidth() * 0.7, r.getCenterY());
        assertTrue(p.getX() - d.getMaxX() > 20, "the point is on the label, not on the dot: " + p + " dot " + d);
        return p;
    }

    /** Opens gpu-1's fan and presses on its host port's label, then moves a little: a connection gesture has begun. */
    private void pressOnGpuHost(FxRobot robot) {
        openFanOfGpu(robot);
        Point2D from = onLabel(robot, "gpu-1/host");
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(10, 0));
    }

    private static Node component(FxRobot robot, String id) {
        return robot.lookup(".pf-component").match(n -> id.equals(n.getProperties().get("podforge.id"))).query();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPressOnAPortsLabelStartsAConnectionAndARowTakesTheRelease(FxRobot robot) {
        pressOnGpuHost(robot);
        Node cpu = component(robot, "cpu-1");
        robot.moveTo(cpu);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D to = onLabel(robot, "cpu-1/pcie-a-2");
        assertTrue(row(robot, "cpu-1/pcie-a-2").getParent().lookup(".pf-port-compatible") != null, "the target fan rings its compatible ports");
        robot.moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<Link> links = session.project().linksOf("gpu-1");
        assertEquals(1, links.size(), canvas.statusProperty().get());
        assertEquals(Set.of("gpu-1/host", "cpu-1/pcie-a-2"), Set.of(links.get(0).a().toString(), links.get(0).b().toString()));
        assertEquals(1, session.commands().undoHistory().size(), "one undoable step");
    }

    /** The canvas bounds of a node. */
    private Bounds inCanvas(Node n) {
        return canvas.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
    }

    private void assertMessageClearOfFan(FxRobot robot, String text, String portOfFan) {
        Node message = robot.lookup(".pf-canvas-message").query();
        assertTrue(message.isVisible() && canvas.feedback().messageText().startsWith(text), canvas.feedback().messageText());
        Bounds m = inCanvas(message);
        Bounds fan = inCanvas(row(robot, portOfFan).getParent());
        assertTrue(m.getMinX() >= 0 && m.getMinY() >= 0 && m.getMaxX() <= canvas.getWidth() && m.getMaxY() <= canvas.getHeight(),
                "the message lies inside the canvas: " + m);
        assertTrue(!m.intersects(fan), "the message " + m + " lies clear of the target's fan " + fan);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theConnectMessageIsNotHiddenByTheTargetsFan(FxRobot robot) {
        pressOnGpuHost(robot);
        Node cpu = component(robot, "cpu-1");
        Node retimer = component(robot, "retimer-1");
        robot.moveTo(retimer);
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(cpu);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // the target's fan switches after 250 ms
        WaitForAsyncUtils.waitForFxEvents();
        // over the component (its fan opened after the message was shown), then on two of the fan's rows
        assertMessageClearOfFan(robot, "Release to connect gpu-1/host to cpu-1/", "cpu-1/pcie-a-1");
        for (String port : List.of("cpu-1/pcie-a-1", "cpu-1/pcie-a-2")) {
            robot.moveTo(onLabel(robot, port));
            WaitForAsyncUtils.waitForFxEvents();
            assertMessageClearOfFan(robot, "Connect gpu-1/host to " + port, port);
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, session.project().linksOf("gpu-1").size(), canvas.statusProperty().get());
    }

    /** Asserts every row of the fans showing lies inside the canvas; returns the rows, top to bottom. */
    private List<Node> rowsInsideCanvas(FxRobot robot, String component) {
        List<Node> rows = robot.lookup(".pf-port-row").match(n -> n.isVisible() && n.getParent().isVisible()
                && ((String) n.getProperties().get("podforge.port")).startsWith(component + "/")).queryAll().stream().toList();
        assertTrue(!rows.isEmpty(), "the fan of " + component + " is open");
        for (Node r : rows) {
            Bounds b = inCanvas(r);
            assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= canvas.getWidth() && b.getMaxY() <= canvas.getHeight(),
                    r.getProperties().get("podforge.port") + " at " + b + " lies inside the " + canvas.getWidth() + " x " + canvas.getHeight() + " canvas");
        }
        return rows.stream().sorted(java.util.Comparator.comparingDouble((Node n) -> inCanvas(n).getMinX())
                .thenComparingDouble(n -> inCanvas(n).getMinY())).toList();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFanStaysInsideACanvasMadeShortAndItsLastRowTakesTheClick(FxRobot robot) {
        openFanOfGpu(robot);
        rowsInsideCanvas(robot, "gpu-1");
        // the Problems pane grows (the canvas gets shorter) while the fan is open
        robot.interact(() -> stage.setHeight(200));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.getHeight() < 220, "the canvas is short: " + canvas.getHeight());
        List<Node> rows = rowsInsideCanvas(robot, "gpu-1");
        Node last = rows.get(rows.size() - 1);
        String port = (String) last.getProperties().get("podforge.port");
        assertTrue(session.project().linksAt(PortRef.parse(port)).isEmpty(), port + " is free");
        robot.clickOn(onLabel(robot, port));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.statusProperty().get().contains(port + " is free"), "the click reached " + port + ": " + canvas.statusProperty().get());
        // opened anew in the short canvas, it fits too
        robot.interact(() -> session.select(List.of()));
        openFanOfGpu(robot);
        rowsInsideCanvas(robot, "gpu-1");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theTargetsFanOfAConnectionFitsAShortCanvasAndItsLastRowTakesTheRelease(FxRobot robot) {
        robot.interact(() -> stage.setHeight(200));
        pressOnGpuHost(robot);
        Node cpu = component(robot, "cpu-1");
        robot.moveTo(cpu);
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> rows = rowsInsideCanvas(robot, "cpu-1");
        String port = null;
        for (Node r : rows) {
            String p = (String) r.getProperties().get("podforge.port");
            if (r.getParent().lookupAll(".pf-port-compatible").stream().anyMatch(d -> p.equals(d.getProperties().get("podforge.port")))) {
                port = p; // the last compatible port, in reading order
            }
        }
        assertTrue(port != null, "cpu-1 has a compatible port");
        robot.moveTo(onLabel(robot, port)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<Link> links = session.project().linksOf("gpu-1");
        assertEquals(1, links.size(), canvas.statusProperty().get());
        assertEquals(Set.of("gpu-1/host", port), Set.of(links.get(0).a().toString(), links.get(0).b().toString()));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aClickOnALinkedPortSelectsItsLinkAndDeleteRemovesItUndoably(FxRobot robot) {
        Link link = new Link("link-900", PortRef.parse("gpu-1/host"), PortRef.parse("retimer-1/down"), 16, Medium.PCB);
        robot.interact(() -> session.execute(new AddCommand("pod-1", link)));
        openFanOfGpu(robot);
        robot.clickOn(onLabel(robot, "gpu-1/host"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("link-900"), session.selection(), canvas.statusProperty().get());
        Node marked = robot.lookup(".pf-port-row-selected").query();
        assertEquals("gpu-1/host", marked.getProperties().get("podforge.port"), "the fan stays open and marks the port of the selected link");
        assertEquals(1, robot.lookup(".pf-port-row-selected").queryAll().size());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.project().link("link-900").isEmpty(), "Delete removes the link picked from the fan");
        assertTrue(session.project().component("gpu-1").isPresent(), "and nothing else");
        assertEquals(2, session.commands().undoHistory().size());
        robot.interact(() -> session.commands().undo());
        assertTrue(session.project().link("link-900").isPresent(), "undo brings it back");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aClickOnAFreePortConnectsNothingEvenOverAnotherComponent(FxRobot robot) {
        openFanOfGpu(robot);
        // the fan floats over the server: put a NIC in a PCIe slot under one of its rows (a click there once
        // connected the clicked port to that NIC)
        String port = null;
        String slot = null;
        for (Node r : robot.lookup(".pf-port-row").queryAll()) {
            Bounds b = r.localToScreen(r.getBoundsInLocal());
            Point2D local = canvas.screenToLocal(b.getMinX() + b.getWidth() * 0.7, b.getCenterY());
            CanvasLayout.Hit h = canvas.hitScreen(local.getX(), local.getY());
            if (port == null && h != null && h.kind() == CanvasLayout.Kind.SLOT && h.slot().startsWith("pcie-")) {
                port = (String) r.getProperties().get("podforge.port");
                slot = h.slot();
            }
        }
        assertTrue(port != null, "some row of gpu-1's fan lies over a PCIe slot");
        String nicSlot = slot;
        robot.interact(() -> session.execute(new AddCommand("chassis-1",
                new org.podforge.model.Component("nic-1", "", "NVIDIA-CONNECTX-7", nicSlot))));
        int steps = session.commands().undoHistory().size();
        openFanOfGpu(robot);
        Point2D at = onLabel(robot, port);
        Point2D local = canvas.screenToLocal(at);
        assertEquals("nic-1", canvas.hitScreen(local.getX(), local.getY()).componentId(), "the row lies over the NIC");
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.project().linksOf("gpu-1").isEmpty(), canvas.statusProperty().get());
        assertEquals(steps, session.commands().undoHistory().size(), "no command ran");
        assertEquals(Set.of("gpu-1"), session.selection());
        assertTrue(canvas.statusProperty().get().contains(port + " is free"), canvas.statusProperty().get());
    }
}
