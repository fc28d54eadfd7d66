package org.podforge.app.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.LinkPattern;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hall's Patterns menu edits a pattern's module (headless Monocle): on the port.speed breakout fixture, end a
 * offers the one multimode module that fits the ConnectX-7 and "No module"; choosing one is one undo step that keeps
 * end b's twin-port module.
 */
@ExtendWith(ApplicationExtension.class)
class HallPatternModulesRobotTest {
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        var catalog = CatalogLoader.builtIn();
        var p = new org.podforge.io.ProjectReader(catalog)
                .read(java.nio.file.Path.of("src/test/resources/rules/port.speed/negative-pattern-breakout.podforge.json")).project();
        session = new Session(p, catalog, CatalogLoader.builtInPrices(), null, List.of());
        stage.setScene(new Scene(new HallView(session), 1100, 520));
        stage.show();
    }

    @Test
    void thePatternsMenuSetsTheModuleAtOneEndAndKeepsTheOther(FxRobot robot) {
        robot.clickOn("#hall-patterns");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuButton b = robot.lookup("#hall-patterns").queryAs(javafx.scene.control.MenuButton.class);
        javafx.scene.control.Menu modules = (javafx.scene.control.Menu) b.getItems().stream()
                .filter(i -> "hall-patterns-modules-rails".equals(i.getId())).findFirst().orElseThrow();
        javafx.scene.control.Menu endA = (javafx.scene.control.Menu) modules.getItems().get(0);
        assertEquals("At end a (NVIDIA-CONNECTX-7/net): NVIDIA-MMA4Z00-NS400", endA.getText());
        assertEquals(List.of("NVIDIA-MMA4Z00-NS400 (in use)", "No module at this end"), endA.getItems().stream().map(MenuItem::getText).toList());
        robot.interact(() -> {
            b.hide();
            endA.getItems().get(1).fire();
        });
        LinkPattern rails = session.project().pattern("rails").orElseThrow();
        assertEquals(null, rails.transceiverPart());
        assertEquals("NVIDIA-MMA4Z00-NS", rails.transceiverPartB(), "end b keeps its module");
        robot.interact(() -> session.commands().undo());
        assertEquals("NVIDIA-MMA4Z00-NS400", rails.transceiverPart());
    }
}
