package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tooltips made on the first hover (decision 0021, section 8): none before, the same one after, shown, text current. */
@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {
    private Button button;
    private Label label;
    private Rectangle shape;
    private final StringProperty message = new SimpleStringProperty("one");
    private ListView<String> list;

    @Start
    void start(Stage stage) {
        button = new Button("Save");
        label = new Label("Status");
        shape = new Rectangle(40, 20);
        list = new ListView<>();
        LazyTooltip.install(button, () -> {
            Tooltip t = new Tooltip("Save the design");
            t.setShowDelay(Duration.millis(100));
            return t;
        });
        LazyTooltip.install(label, message, t -> t.setWrapText(true));
        LazyTooltip.install(shape, "a shape");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                LazyTooltip.text(this, empty || item == null ? null : "about " + item, t -> t.setMaxWidth(300));
            }
        });
        list.getItems().setAll("a", "b");
        list.setPrefHeight(120);
        stage.setScene(new Scene(new VBox(10, button, label, shape, list), 300, 300));
        stage.show();
    }

    @Test
    void aControlGetsItsTooltipOnTheFirstEntryAndItShows(FxRobot robot) throws Exception {
        assertNull(button.getTooltip(), "no tooltip before the pointer came");
        assertEquals(Boolean.TRUE, button.getProperties().get(LazyTooltip.PENDING));
        robot.moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip t = button.getTooltip();
        assertNotNull(t, "the first entry made it");
        assertEquals("Save the design", t.getText());
        assertEquals(Duration.millis(100), t.getShowDelay(), "as the call site set it up");
        assertFalse(button.getProperties().containsKey(LazyTooltip.PENDING));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, t::isShowing); // on this first hover, not only the next one
        robot.moveTo(label);
        robot.moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(t, button.getTooltip(), "made once");
    }

    @Test
    void aBoundTextIsTheCurrentOneWhenMadeAndFollowsAfter(FxRobot robot) {
        robot.interact(() -> message.set("two"));
        assertNull(label.getTooltip());
        robot.moveTo(label);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("two", label.getTooltip().getText(), "the text of when it was made");
        assertTrue(label.getTooltip().isWrapText());
        robot.interact(() -> message.set("three"));
        assertEquals("three", label.getTooltip().getText(), "and the text follows the binding");
    }

    @Test
    void aScreenReaderHasTheTextBeforeAnyHover(FxRobot robot) {
        assertEquals("a shape", shape.getAccessibleHelp(), "a fixed text is the accessible help at once");
        assertEquals(message.get(), label.getAccessibleHelp(), "a bound text too");
        robot.interact(() -> message.set("four"));
        assertEquals("four", label.getAccessibleHelp(), "and it follows the text");
        assertNull(label.getTooltip(), "still without a tooltip");
    }

    @Test
    void aNodeThatIsNoControlGetsItInstalled(FxRobot robot) {
        assertNull(shape.getProperties().get("javafx.scene.control.Tooltip"));
        robot.moveTo(shape);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip t = (Tooltip) shape.getProperties().get("javafx.scene.control.Tooltip"); // where Tooltip.install keeps it
        assertNotNull(t);
        assertEquals("a shape", t.getText());
    }

    @Test
    void aCellMakesOneTooltipOnHoverAndSetsItsTextPerItem(FxRobot robot) {
        ListCell<?> first = (ListCell<?>) robot.lookup(".list-cell").match(c -> "a".equals(((ListCell<?>) c).getItem())).query();
        assertNull(first.getTooltip(), "no tooltip before the pointer came");
        robot.moveTo(first);
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip t = first.getTooltip();
        assertNotNull(t);
        assertEquals("about a", t.getText());
        assertEquals(300, t.getMaxWidth());
        robot.interact(() -> list.getItems().set(0, "c"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("c", first.getItem());
        assertSame(t, first.getTooltip(), "the cell keeps its one tooltip");
        assertEquals("about c", t.getText());
        robot.interact(() -> list.getItems().set(0, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(first.getItem());
        assertNull(first.getTooltip(), "a cell with nothing to say has none");
        robot.interact(() -> list.getItems().set(0, "d"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("d", first.getItem());
        assertSame(t, first.getTooltip(), "and gets it back with an item");
        assertEquals("about d", t.getText());
    }
}
