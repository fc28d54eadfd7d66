package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.PortRef;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the canvas redoes after an edit (issue 9 item 4: the FX thread must not redo the whole cluster): badges
 * that did not change keep their nodes, a badge's tooltip is made when the pointer reaches it, and the legend
 * (which looks at every link) is worked out only while it is open.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasRefreshTest {
    private Session session;
    private PodCanvas canvas;

    @Start
    void start(Stage stage) {
        session = CanvasFixtures.session();
        canvas = new PodCanvas(session);
        stage.setScene(new Scene(canvas, 1100, 760));
        stage.show();
    }

    private static Finding finding(Severity s, String message, String subject) {
        return new Finding("test.rule", s, message, List.of(subject), List.of(), "");
    }

    private Node badge(FxRobot robot, String id) {
        return robot.lookup(".pf-badge").match(n -> id.equals(n.getProperties().get("podforge.id"))).tryQuery().orElse(null);
    }

    @Test
    void badgesOfObjectsAnEditLeftAloneKeepTheirNodes(FxRobot robot) {
        robot.interact(() -> {
            canvas.fitToView();
            canvas.showFindings(List.of(finding(Severity.ERROR, "server too hot", "chassis-2"),
                    finding(Severity.WARNING, "tray too close", "chassis-3")));
            canvas.flush();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node server = badge(robot, "chassis-2");
        Node tray = badge(robot, "chassis-3");
        assertNotNull(server);
        assertNotNull(tray);

        robot.interact(() -> {
            session.execute(new MoveChassisCommand("chassis-3", "rack-1", 34));
            canvas.flush();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(server, badge(robot, "chassis-2"), "the server in the other rack did not change: its badge is the same node");
        Node movedTray = badge(robot, "chassis-3");
        assertNotNull(movedTray);
        assertNotSame(tray, movedTray, "the moved tray's badge is redrawn");
        assertTrue(movedTray.getTranslateY() < tray.getTranslateY(), "...where the tray now stands (4 U higher)");
        assertEquals(2, robot.lookup(".pf-badge").queryAll().size(), "one badge per flagged object, none left behind");

        robot.interact(() -> {
            session.commands().undo();
            canvas.flush();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(tray.getTranslateY(), badge(robot, "chassis-3").getTranslateY(), 1e-9, "undo puts the badge back");

        robot.interact(() -> canvas.showFindings(List.of(finding(Severity.WARNING, "server too hot", "chassis-2"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(badge(robot, "chassis-3"), "a finding that went away takes its badge with it");
        Node warned = badge(robot, "chassis-2");
        assertNotSame(server, warned, "new findings on an object redraw its badge");
        assertEquals("WARNING", warned.getProperties().get("podforge.severity"));
    }

    @Test
    void aBadgeMakesItsTooltipWhenThePointerReachesIt(FxRobot robot) {
        robot.interact(() -> {
            canvas.fitToView();
            canvas.showFindings(List.of(finding(Severity.WARNING, "tray too close", "chassis-3")));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node b = badge(robot, "chassis-3");
        assertNull(b.getProperties().get(BadgeLayer.TIP), "no tooltip (a popup window) before anyone points at the badge");
        robot.moveTo(b);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tip = (Tooltip) b.getProperties().get(BadgeLayer.TIP);
        assertNotNull(tip, "pointing at the badge makes its tooltip");
        assertTrue(tip.getText().startsWith(Severity.WARNING.label() + ": tray too close"), tip.getText());
        assertTrue(tip.getText().endsWith("Click for details and fixes"), tip.getText());
    }

    @Test
    void theLegendIsWorkedOutWhileItIsOpenAndWhenItIsOpened(FxRobot robot) {
        CanvasLegend legend = canvas.legend();
        assertFalse(legend.pane.isVisible(), "no link, nothing to explain");
        Link link = new Link("link-900", PortRef.parse("gpu-1/host"), PortRef.parse("retimer-1/down"), 16, Medium.PCB);
        robot.interact(() -> {
            session.execute(AddCommand.link(link));
            canvas.flush();
        });
        assertTrue(legend.pane.isVisible());
        assertTrue(legend.stale(), "folded (the default): an edit does not look at every link");
        WaitForAsyncUtils.waitForFxEvents();
        double folded = legend.pane.getHeight();
        robot.interact(() -> legend.pane.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(legend.stale());
        assertTrue(legend.pane.getHeight() > folded + 40, "the canvas gives the opened legend room for its rows: " + folded
                + " -> " + legend.pane.getHeight());
        assertTrue(labels(robot).contains("PCIe"), "opened, it lists the protocol in use: " + labels(robot));
        assertTrue(labels(robot).contains(Medium.PCB.label()), labels(robot).toString());

        robot.interact(() -> {
            session.commands().undo();
            canvas.flush();
        });
        assertFalse(legend.stale(), "open, it follows each edit at once");
        assertFalse(legend.pane.isVisible(), "the only link went: hidden again");
    }

    /** The screen-size name labels drawn now (zoomed out), by their text. */
    private java.util.Map<String, javafx.scene.text.Text> nameLabels(FxRobot robot) {
        java.util.Map<String, javafx.scene.text.Text> out = new java.util.LinkedHashMap<>();
        for (javafx.scene.text.Text t : robot.lookup(".pf-label").queryAllAs(javafx.scene.text.Text.class)) {
            assertNull(out.put(t.getText(), t), "one label per name in this fixture: " + t.getText());
        }
        return out;
    }

    @Test
    void nameLabelsAMoveLeftAloneKeepTheirNodes(FxRobot robot) {
        robot.interact(() -> {
            canvas.flush();
            canvas.fitToView();
            canvas.zoomProperty().set(0.3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        String moved = session.project().chassis("chassis-2").orElseThrow().label();
        var before = nameLabels(robot);
        assertTrue(before.containsKey("Pod A") && before.containsKey(moved), "zoomed out, the pod and the server are named: " + before.keySet());

        robot.interact(() -> {
            session.execute(new MoveChassisCommand("chassis-2", "rack-2", 20));
            canvas.flush();
        });
        WaitForAsyncUtils.waitForFxEvents();
        var after = nameLabels(robot);
        assertEquals(before.keySet(), after.keySet(), "the same names, none twice, none left behind");
        assertSame(before.get("Pod A"), after.get("Pod A"), "the pod's label did not change: it is the same node");
        int kept = 0;
        for (String name : before.keySet()) {
            kept += before.get(name) == after.get(name) ? 1 : 0;
        }
        assertEquals(before.size() - 1, kept, "every label but the moved server's is kept");
        assertTrue(after.get(moved).getY() < before.get(moved).getY(), "the server's label is drawn where it now stands (19 U higher)");
    }

    private List<String> labels(FxRobot robot) {
        return robot.lookup(".pf-legend-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
