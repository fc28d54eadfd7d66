package org.podforge.app.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.AnalysisService;
import org.podforge.app.DocumentModel;
import org.podforge.bom.CableRun;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectReader;
import org.podforge.model.Link;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Cables table's selected rows are the design's selected links, both ways (Ctrl+A in the table selected nothing in the design). */
@ExtendWith(ApplicationExtension.class)
class CablesSelectionTest {
    private DocumentModel doc;
    private AnalysisService analysis;
    private TableView<CableRun> table;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) throws Exception {
        var p = new ProjectReader(CatalogLoader.builtIn()).read(Path.of("docs/examples/dgx-b200-server.podforge.json")).project();
        doc = new DocumentModel(new Session(p, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of()));
        analysis = new AnalysisService(doc);
        CablesView view = new CablesView(new CablesViewModel(analysis), doc, id -> { });
        table = (TableView<CableRun>) view.lookup("#cables-table");
        stage.setScene(new Scene(view, 1000, 500));
        stage.show();
        analysis.runNow();
    }

    private Set<String> allLinks() {
        return doc.getSession().project().allLinks().stream().map(Link::id).collect(Collectors.toSet());
    }

    @Test
    void ctrlAInTheTableSelectsEveryCableInTheDesignAndAClickOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        CableRun second = table.getItems().get(1);
        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(second.linkId()), doc.selectionProperty().get(), "a click on a row selects its link");

        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(table.getItems().size(), table.getSelectionModel().getSelectedItems().size());
        assertEquals(allLinks(), doc.selectionProperty().get(), "Ctrl+A selects every cable of the design");
    }

    @Test
    void linksSelectedElsewhereAreSelectedInTheTable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        String a = table.getItems().get(3).linkId();
        String b = table.getItems().get(7).linkId();
        robot.interact(() -> doc.select(List.of(a, b)));
        assertEquals(Set.of(a, b), table.getSelectionModel().getSelectedItems().stream().map(CableRun::linkId).collect(Collectors.toSet()));
        robot.interact(() -> doc.select(List.of("srv-1")));
        assertTrue(table.getSelectionModel().getSelectedItems().isEmpty(), "a server selected: no cable row");
        assertEquals(Set.of("srv-1"), doc.selectionProperty().get(), "and the table leaves the design's selection alone");
    }
}
