package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Escape closes every secondary window as its Cancel does (OwnedWindow.closeOnEscape): also when the focus is in a
 * list or table, which consume Escape themselves (the template list did, so the window never saw it); but an edit in
 * a cell or an open drop-down is ended first, and nothing typed is applied.
 */
@ExtendWith(ApplicationExtension.class)
class OwnedWindowTest {
    private Stage owner;
    private Stage window;
    private final AtomicInteger applied = new AtomicInteger();

    @AfterEach
    void hide(FxRobot robot) {
        robot.interact(() -> {
            if (window != null) {
                window.hide();
            }
            if (owner != null) {
                owner.hide();
            }
        });
    }

    /** A dialog like ours: a form over the owner, Apply (counted) and Cancel, set up through OwnedWindow. */
    private void show(FxRobot robot, javafx.scene.Node content) {
        robot.interact(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new VBox(), 800, 600));
            owner.setX(20); // not centred on the screen, so that centred over the owner differs from that
            owner.setY(30);
            owner.show();
            window = new Stage();
            Button apply = new Button("Apply");
            apply.setDefaultButton(true);
            apply.setOnAction(e -> {
                applied.incrementAndGet();
                window.close();
            });
            Button cancel = new Button("Cancel");
            cancel.setOnAction(e -> window.close());
            OwnedWindow.setUp(window, owner, new VBox(8, content, apply, cancel), 500, 400, true);
            window.show();
            content.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void escapeInAListThatKeepsItForItselfClosesTheWindow(FxRobot robot) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll("a", "b", "c");
        show(robot, list);
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.isShowing(), "Escape with the list focused closes the window");
        assertFalse(WindowModal.blocked(owner));
    }

    @Test
    void escapeInATableClosesTheWindow(FxRobot robot) {
        TableView<String> table = new TableView<>();
        table.getColumns().add(new TableColumn<>("Name"));
        table.getItems().setAll("a", "b");
        show(robot, table);
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.isShowing());
    }

    @Test
    void escapeInATextFieldCancelsWithoutApplyingWhatWasTyped(FxRobot robot) {
        TextField field = new TextField();
        show(robot, field);
        robot.clickOn(field).write("42");
        assertEquals("42", field.getText());
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.isShowing());
        assertEquals(0, applied.get(), "Escape is Cancel, never Apply");
    }

    @Test
    void escapeEndsAnEditInACellBeforeItClosesTheWindow(FxRobot robot) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll("a", "b");
        list.setEditable(true);
        list.setCellFactory(TextFieldListCell.forListView());
        show(robot, list);
        robot.interact(() -> list.edit(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, list.getEditingIndex());
        robot.write("zz");
        robot.type(KeyCode.ESCAPE);
        assertEquals(-1, list.getEditingIndex(), "the first Escape cancels the cell's edit");
        assertEquals("a", list.getItems().get(0));
        assertTrue(window.isShowing(), "and leaves the window open");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.isShowing(), "the second one closes it");
    }

    @Test
    void escapeClosesAnOpenDropDownBeforeTheWindow(FxRobot robot) throws Exception {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll("copper", "optics");
        show(robot, box);
        robot.interact(box::show);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, box::isShowing);
        robot.type(KeyCode.ESCAPE);
        assertFalse(box.isShowing(), "the first Escape closes the drop-down");
        assertTrue(window.isShowing(), "not the window");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.isShowing());
    }

    @Test
    void theWindowIsCentredOverItsOwner(FxRobot robot) throws Exception {
        show(robot, new TextField());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(centreX(window) - centreX(owner)) <= 1
                && Math.abs(centreY(window) - centreY(owner)) <= 1);
        assertNotNull(window.getOwner());
    }

    private static double centreX(Stage s) {
        return s.getX() + s.getWidth() / 2;
    }

    private static double centreY(Stage s) {
        return s.getY() + s.getHeight() / 2;
    }
}
