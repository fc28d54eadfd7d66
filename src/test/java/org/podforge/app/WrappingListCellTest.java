package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Long rows (the bulk wiring notes) wrap to the list's width, and again when the window is resized: no ellipsis, no
 * sideways scroll bar, each row as tall as its lines.
 */
@ExtendWith(ApplicationExtension.class)
class WrappingListCellTest {
    private ListView<String> list;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        list = new ListView<>();
        list.getItems().setAll(List.of("short note", "26 sources already linked to a switch of the targets' kind, left as they are: s1.cpu-1, s1.retimer-1, s1.nic-1, s1.ssd-1, s1.retimer-2, s1.nic-2, s1.ssd-2, s1.retimer-3, s1.nic-3, s1.ssd-3, s1.retimer-4, s1.nic-4, ....",
                "12 sources got no link: their own ports are in use: s1.gpu-1, s1.gpu-2, s1.gpu-3, s1.gpu-4, s1.leo-1, s1.leo-2, s1.gpu-5, s1.gpu-6, s1.gpu-7, s1.gpu-8, s1.leo-3, s1.leo-4. Remove their links first (Edit > Remove Links of Selection), or pick another source port group."));
        WrappingListCell.install(list, s -> s);
        list.setPrefHeight(90);
        stage.setScene(new Scene(new javafx.scene.layout.VBox(list), 980, 400));
        stage.show();
    }

    /** Resizes the window and lets pulses lay it out, as a window manager's resize does. */
    private void layout(double width) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.setWidth(width)).get(30, TimeUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void longRowsWrapToTheListsWidth() throws Exception {
        for (double width : new double[] {980, 720, 500}) {
            layout(width);
            List<ListCell<?>> rows = new ArrayList<>();
            for (Node n : list.lookupAll(".list-cell")) {
                if (n instanceof ListCell<?> c && c.isVisible() && c.getItem() != null) {
                    rows.add(c);
                }
            }
            assertTrue(rows.size() >= 2, "rows show at " + width);
            for (ListCell<?> c : rows) {
                assertTrue(c.getWidth() <= list.getWidth(), "a row is no wider than the list: " + c.getWidth() + " > " + list.getWidth());
                assertTrue(c.getHeight() + 0.5 >= c.prefHeight(c.getWidth()), "a row is as tall as its wrapped lines at " + width);
                for (Node t : textsOf(c)) {
                    if (t instanceof Text text) {
                        assertEquals(c.getItem(), text.getText(), "the whole text shows (no ellipsis) at " + width);
                    }
                }
            }
            ListCell<?> first = rows.stream().filter(c -> "short note".equals(c.getItem())).findFirst().orElseThrow();
            ListCell<?> second = rows.stream().filter(c -> c.getItem().toString().startsWith("26 sources")).findFirst().orElseThrow();
            assertTrue(second.getHeight() > first.getHeight() + 10, "a long note takes several lines at " + width);
            for (Node n : list.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar sb && sb.getOrientation() == Orientation.HORIZONTAL) {
                    assertFalse(sb.isVisible(), "no sideways scroll bar at " + width);
                }
            }
        }
    }

    /** The texts a cell draws: its own (when it shows one) and its graphic's. */
    private static List<Node> textsOf(ListCell<?> c) {
        List<Node> out = new ArrayList<>(c.lookupAll(".text"));
        if (c.getGraphic() instanceof Text t) {
            out.add(t);
        }
        return out;
    }
}
