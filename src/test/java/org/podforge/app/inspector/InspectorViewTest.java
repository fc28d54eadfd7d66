package org.podforge.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.PortRef;
import org.podforge.model.command.AddCommand;
import org.podforge.service.Session;
import org.podforge.testutil.TestCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector keeps its editors when an edit changes only read-only figures (issue 9 item 4). */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {
    private DocumentModel doc;

    @Start
    void start(Stage stage) {
        doc = new DocumentModel(new Session(TestCatalog.smallProject(), TestCatalog.catalog(), PriceBook.empty(), null, List.of()));
        stage.setScene(new Scene(new InspectorView(new InspectorViewModel(doc)), 400, 700));
        stage.show();
    }

    @Test
    void aNewCableUpdatesTheTotalsInPlace(FxRobot robot) {
        TextField name = robot.lookup("#prop-projectName").queryAs(TextField.class);
        Label links = robot.lookup("#prop-linksTotal").queryAs(Label.class);
        String before = links.getText();
        robot.interact(() -> doc.execute(AddCommand.link(new Link("link-new", new PortRef("cpu-1", "x16-3"),
                new PortRef("cpu-2", "x16-3"), 4, Medium.COPPER_EXTERNAL))));
        assertSame(name, robot.lookup("#prop-projectName").queryAs(TextField.class), "the editors stay");
        assertSame(links, robot.lookup("#prop-linksTotal").queryAs(Label.class));
        assertEquals(Integer.parseInt(before.replace(",", "")) + 2, Integer.parseInt(links.getText().replace(",", "")),
                "one link in a pod of 2 replicas");

        robot.interact(() -> doc.execute(org.podforge.model.command.Edits.projectName("Renamed")));
        assertNotSame(name, robot.lookup("#prop-projectName").queryAs(TextField.class), "an editable value is shown anew");
        assertEquals("Renamed", robot.lookup("#prop-projectName").queryAs(TextField.class).getText());
    }
}
