package org.podforge.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.AnalysisService;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.command.RemoveCommand;
import org.podforge.rules.Finding;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Problems rows keep their tooltip and menu as they show other findings (re-listing thousands of findings
 * after an edit made a popup window per row); what a row's tooltip says must follow the finding it shows.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsRowsTest {
    private DocumentModel doc;
    private AnalysisService analysis;

    @Start
    void start(Stage stage) {
        doc = new DocumentModel(new Session(ProblemsFixAllTest.project(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of()));
        analysis = new AnalysisService(doc);
        ProblemsViewModel vm = new ProblemsViewModel(doc, analysis, ids -> doc.select(ids));
        vm.groupingProperty().set(ProblemsViewModel.Grouping.NONE);
        stage.setScene(new Scene(new ProblemsView(vm), 900, 500));
        stage.show();
        analysis.runNow();
    }

    @SuppressWarnings("unchecked")
    private List<TreeTableRow<ProblemsView.Row>> findingRows(FxRobot robot) {
        return robot.lookup(".tree-table-row-cell").queryAll().stream().map(n -> (TreeTableRow<ProblemsView.Row>) n)
                .filter(r -> r.getItem() != null && r.getItem().finding() != null).toList();
    }

    private void assertTooltipsFollowTheirFindings(FxRobot robot, int expected) {
        List<TreeTableRow<ProblemsView.Row>> rows = findingRows(robot);
        assertEquals(expected, rows.size());
        for (TreeTableRow<ProblemsView.Row> row : rows) {
            Finding f = row.getItem().finding();
            assertNotNull(row.getTooltip());
            assertTrue(row.getTooltip().getText().startsWith(f.message()), row.getTooltip().getText() + " / " + f.message());
            assertNotNull(row.getContextMenu(), "every finding row has its menu");
        }
    }

    @Test
    void rowTooltipsFollowTheFindingsWhenTheListChanges(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> analysis.isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        int before = findingRows(robot).size();
        assertTrue(before >= 3, "three reach errors at least: " + before);
        assertTooltipsFollowTheirFindings(robot, before);
        List<Finding> listed = findingRows(robot).stream().map(r -> r.getItem().finding()).toList();
        var firstRow = findingRows(robot).get(0);
        var tip = firstRow.getTooltip();

        WaitForAsyncUtils.asyncFx(() -> doc.execute(new RemoveCommand("link-1"))).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> analysis.isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
        int after = findingRows(robot).size();
        List<Finding> relisted = findingRows(robot).stream().map(r -> r.getItem().finding()).toList();
        assertTrue(!relisted.equals(listed), "the cable's reach error went: " + relisted);
        assertTooltipsFollowTheirFindings(robot, after);
        assertTrue(firstRow.getItem() == null || firstRow.getTooltip() == tip, "a row keeps its one tooltip");
    }
}
