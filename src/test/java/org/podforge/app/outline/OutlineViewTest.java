package org.podforge.app.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.PortRef;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.service.Session;
import org.podforge.testutil.TestCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The outline follows edits without being rebuilt (issue 9 item 4): the tree keeps its items, what is expanded
 * stays expanded, a moved chassis's row reads its new U, and a new link appears in its pod's links.
 */
@ExtendWith(ApplicationExtension.class)
class OutlineViewTest {
    private DocumentModel doc;
    private OutlineView outline;

    @Start
    void start(Stage stage) {
        doc = new DocumentModel(new Session(TestCatalog.smallProject(), TestCatalog.catalog(), PriceBook.empty(), null, List.of()));
        outline = new OutlineView(doc);
        stage.setScene(new Scene(outline, 500, 700));
        stage.show();
    }

    @Test
    void editsUpdateTheTreeInPlace(FxRobot robot) {
        robot.interact(() -> {
            TreeItem<String> pod = outline.getRoot().getChildren().get(0);
            pod.setExpanded(true);
            item(pod, "rack-1").setExpanded(true);
            item(pod, "#links:" + pod.getValue()).setExpanded(true);
        });
        TreeItem<String> root = outline.getRoot();
        TreeItem<String> pod = root.getChildren().get(0);
        TreeItem<String> rack = item(pod, "rack-1");
        int links = item(pod, "#links:" + pod.getValue()).getChildren().size();

        robot.interact(() -> doc.execute(new MoveChassisCommand("srv-2", "rack-1", 20)));
        assertSame(root, outline.getRoot(), "not rebuilt");
        assertSame(rack, item(outline.getRoot().getChildren().get(0), "rack-1"));
        assertTrue(rack.isExpanded(), "what was open stays open");
        assertTrue(rowText(robot, "srv-2").startsWith("U20 "), rowText(robot, "srv-2"));

        robot.interact(() -> doc.execute(AddCommand.link(new Link("link-new", new PortRef("cpu-1", "x16-3"),
                new PortRef("cpu-2", "x16-3"), 4, Medium.COPPER_EXTERNAL))));
        TreeItem<String> linksGroup = item(pod, "#links:" + pod.getValue());
        assertEquals(links + 1, linksGroup.getChildren().size(), "the new link is listed");
        assertTrue(rowText(robot, "#links:" + pod.getValue()).equals("Links (" + (links + 1) + ")"), rowText(robot, "#links:" + pod.getValue()));
        robot.interact(() -> doc.undo());
        assertEquals(links, linksGroup.getChildren().size(), "undo takes it out again");
    }

    private static TreeItem<String> item(TreeItem<String> parent, String id) {
        return parent.getChildren().stream().filter(t -> id.equals(t.getValue())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @SuppressWarnings("unchecked")
    private String rowText(FxRobot robot, String id) {
        return robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && id.equals(c.getItem()))
                .queryAs(TreeCell.class).getText();
    }
}
