package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.SettingsStore;
import org.podforge.model.Chassis;
import org.podforge.model.Project;
import org.podforge.service.AutosaveStore;
import org.podforge.service.PodGenerator;
import org.podforge.service.search.DesignSearch;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Shift+F, type an id, Enter: the object is selected and the canvas shows it; a finding selects its objects; File > Close. */
@ExtendWith(ApplicationExtension.class)
class SearchInDesignTest {
    private MainWindow window;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("podforge-search");
        window = new MainWindow(stage, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(),
                new SettingsModel(new SettingsStore(dir.resolve("cfg"))), new AutosaveStore(dir.resolve("auto")), w -> dialogs);
        stage.show();
        Project p = new Project("Two racks");
        p.addPod(PodGenerator.pod("pod-1", "Pod A", 8, 1, 0, ""));
        Path file = dir.resolve("two.podforge.json");
        org.podforge.io.ProjectWriter.save(p, file);
        window.openInitial(List.of(file.toString()));
    }

    @Test
    void findSelectsAndRevealsThenCloseLeavesAnEmptyDesign(FxRobot robot) throws Exception {
        DocumentModel doc = window.document();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.analysis().isCurrent() && window.analysis().getResult() != null);
        Chassis target = doc.getSession().project().pods().get(0).racks().get(1).chassis().get(2);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.search().field().isFocused(), "Ctrl+Shift+F puts the caret in the search field");
        assertEquals("Search", searchTabText(robot), "the Search tab is shown");
        robot.write(target.id());
        WaitForAsyncUtils.waitForFxEvents();
        DesignSearch.Hit first = window.search().results().getItems().get(0);
        assertEquals(DesignSearch.Kind.CHASSIS, first.kind(), "the exact id comes first");
        assertEquals(target.id(), first.id());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(target.id()), doc.getSession().selection(), "Enter selected the chassis");

        robot.interact(() -> window.search().field().setText("scaleup.domain"));
        WaitForAsyncUtils.waitForFxEvents();
        DesignSearch.Hit finding = window.search().results().getItems().get(0);
        assertEquals(DesignSearch.Kind.FINDING, finding.kind());
        // a result's tooltip (its detail) is made when the pointer first reaches the row (decision 0021, section 8)
        javafx.scene.control.ListCell<?> row = (javafx.scene.control.ListCell<?>) robot.lookup("#search-results .list-cell")
                .match(c -> ((javafx.scene.control.ListCell<?>) c).getItem() == finding).query();
        robot.moveTo(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(finding.detail(), row.getTooltip().getText());
        robot.interact(() -> {
            window.search().results().getSelectionModel().select(0);
            window.search().results().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.copyOf(finding.select()), doc.getSession().selection(), "a finding selects its objects");

        robot.interact(() -> window.action("close").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Untitled", doc.getSession().project().name());
        assertTrue(doc.getSession().project().pods().isEmpty());
        assertFalse(doc.isDirty());
        assertTrue(window.search().results().getItems().isEmpty() || window.search().results().getItems().stream()
                .noneMatch(h -> h.id().equals(target.id())), "the search follows the new design");
    }

    private static String searchTabText(FxRobot robot) {
        for (javafx.scene.Node n : robot.lookup(".tab-pane").queryAll()) {
            TabPane tp = (TabPane) n;
            if (tp.getSelectionModel().getSelectedItem() != null && "tab-search".equals(tp.getSelectionModel().getSelectedItem().getId())) {
                return tp.getSelectionModel().getSelectedItem().getText();
            }
        }
        return "";
    }
}
