package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.model.Note;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Free text notes on the canvas with the robot: add from the context menu, type, drag, edit, delete, undo. */
@ExtendWith(ApplicationExtension.class)
class NoteGestureTest {
    private Session session;
    private PodCanvas canvas;

    @Start
    void start(Stage stage) {
        session = CanvasFixtures.session();
        canvas = new PodCanvas(session);
        stage.setScene(new Scene(canvas, 1100, 720));
        stage.show();
    }

    /** A canvas-local point over nothing of the design. */
    private Point2D emptySpot() {
        for (double y = 20; y < canvas.getHeight() - 20; y += 20) {
            for (double x = 20; x < canvas.getWidth() - 300; x += 20) {
                if (canvas.hitScreen(x, y) == null && canvas.linkAtScreen(x, y) == null) {
                    return new Point2D(x, y);
                }
            }
        }
        throw new AssertionError("no empty spot on the canvas");
    }

    private Node noteView(FxRobot robot, String id) {
        return robot.lookup("." + NoteLayer.STYLE).match(n -> id.equals(n.getProperties().get("podforge.id"))).query();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void addTypeDragEditDeleteAndUndoANote(FxRobot robot) {
        robot.interact(() -> {
            canvas.flush();
            canvas.zoomProperty().set(1.0);
            session.select(List.of("chassis-1"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D spot = emptySpot();
        Point2D world = canvas.toWorld(spot.getX(), spot.getY());
        robot.rightClickOn(canvas.localToScreen(spot));
        WaitForAsyncUtils.waitForFxEvents();
        var menu = canvas.contextMenu();
        assertNotNull(menu);
        var add = menu.getItems().stream().filter(mi -> "Add Note Here".equals(mi.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            add.fire();
            menu.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(canvas.notes().editorArea(), "the editor opens where the menu was asked for");
        robot.write("Row B: storage");
        robot.push(KeyCode.ENTER).write("later");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(canvas.notes().editorArea());
        assertEquals(1, session.project().notes().size());
        Note n = session.project().notes().get(0);
        assertEquals("Row B: storage\nlater", n.text());
        assertEquals(Math.round(world.getX()), n.x(), 1e-9);
        assertEquals(Math.round(world.getY()), n.y(), 1e-9);
        assertEquals(Set.of("chassis-1"), session.selection(), "typing in a note leaves the design's selection alone");

        // drag: one move, no marquee or chassis move
        Node view = noteView(robot, n.id());
        Point2D from = view.localToScreen(20, 10);
        robot.drag(from, javafx.scene.input.MouseButton.PRIMARY).moveBy(60, 40).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Note moved = session.project().note(n.id()).orElseThrow();
        assertEquals(n.x() + 60 / canvas.scale(), moved.x(), 2);
        assertEquals(n.y() + 40 / canvas.scale(), moved.y(), 2);
        assertEquals("Move note " + n.id(), session.commands().undoHistory().get(0));
        assertEquals(Set.of("chassis-1"), session.selection(), "dragging a note selects nothing of the design");

        // double-click edits; a click elsewhere keeps the text
        robot.doubleClickOn(noteView(robot, n.id()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(canvas.notes().editorArea());
        robot.interact(() -> canvas.notes().editorArea().setText("Row B: storage pod, 2027"));
        robot.clickOn(canvas.localToScreen(emptySpot()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Row B: storage pod, 2027", session.project().notes().get(0).text());

        // Delete on a selected note deletes the note, not the selected chassis
        robot.interact(() -> session.select(List.of("chassis-1")));
        robot.clickOn(noteView(robot, n.id()));
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.project().notes().isEmpty());
        assertTrue(session.project().chassis("chassis-1").isPresent(), "the chassis selected in the design is still there");

        // each step undoes on its own
        robot.interact(() -> session.commands().undo());
        assertEquals("Row B: storage pod, 2027", session.project().notes().get(0).text());
        robot.interact(() -> session.commands().undo());
        assertEquals("Row B: storage\nlater", session.project().notes().get(0).text());
        robot.interact(() -> session.commands().undo());
        assertEquals(n, session.project().notes().get(0));
        robot.interact(() -> session.commands().undo());
        assertTrue(session.project().notes().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("." + NoteLayer.STYLE).queryAll().isEmpty(), "the view follows undo");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void escapeThrowsAwayANewNote(FxRobot robot) {
        robot.interact(canvas::addNote);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("draft");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(canvas.notes().editorArea());
        assertTrue(session.project().notes().isEmpty());
        assertTrue(session.commands().undoHistory().isEmpty(), "nothing to undo");
    }
}
