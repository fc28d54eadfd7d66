package org.podforge.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.AnalysisService;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Component;
import org.podforge.model.Project;
import org.podforge.rules.Finding;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Selecting a group header in the Problems list sums the group up in the detail pane (it kept showing the
 * finding selected before, of another group), and the Rule column shows whole rule ids ("part.unconnected" was
 * cut at the old fixed width).
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsGroupDetailTest {
    private DocumentModel doc;
    private AnalysisService analysis;
    private ProblemsViewModel vm;
    private ProblemsView view;

    @Start
    void start(Stage stage) {
        Project p = ProblemsFixAllTest.project();
        // an unconnected retimer: part.unconnected, the longest rule id the design raises
        p.find("srv-1").map(n -> (org.podforge.model.Chassis) n).orElseThrow()
                .addComponent(new Component("ret-1", "", "ASTERA-ARIES6-X16", "board-2"));
        doc = new DocumentModel(new Session(p, CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of()));
        analysis = new AnalysisService(doc);
        vm = new ProblemsViewModel(doc, analysis, ids -> doc.select(ids));
        view = new ProblemsView(vm);
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
        analysis.runNow();
    }

    private void await() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> analysis.isCurrent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String detail(FxRobot robot) {
        return robot.lookup("#problems-detail").queryAs(TextArea.class).getText();
    }

    private List<String> fixButtons(FxRobot robot) {
        return robot.lookup("#problems-detail-fixes").queryAs(VBox.class).getChildren().stream()
                .filter(n -> n instanceof Button).map(n -> ((Button) n).getText()).toList();
    }

    @Test
    void aSelectedGroupHeaderShowsTheGroupNotAnEarlierFinding(FxRobot robot) throws Exception {
        await();
        fx(() -> vm.groupingProperty().set(ProblemsViewModel.Grouping.RULE));
        List<TreeItem<ProblemsView.Row>> heads = List.copyOf(view.table().getRoot().getChildren());
        assertTrue(heads.size() >= 2, "two rules at least: " + heads.stream().map(h -> h.getValue().title()).toList());
        TreeItem<ProblemsView.Row> a = heads.get(0);
        TreeItem<ProblemsView.Row> b = heads.get(1);
        Finding inA = a.getChildren().get(0).getValue().finding();
        Finding firstOfB = b.getChildren().get(0).getValue().finding();

        fx(() -> view.table().getSelectionModel().select(a.getChildren().get(0)));
        assertTrue(detail(robot).contains(inA.message()), detail(robot));

        fx(() -> {
            view.table().getSelectionModel().clearSelection();
            view.table().getSelectionModel().select(b);
        });
        String text = detail(robot);
        assertTrue(text.startsWith(b.getValue().title()), "the group's title first: " + text);
        int n = b.getChildren().size();
        assertTrue(text.contains(n + (n == 1 ? " finding" : " findings")), text);
        assertTrue(text.contains(firstOfB.message()), "and its first finding in full: " + text);
        if (!inA.message().equals(firstOfB.message())) {
            assertTrue(!text.contains(inA.message()), "not the finding of the other group: " + text);
        }
        assertNull(vm.selectedProperty().get(), "no single finding stands for the group");
        if (firstOfB.fixes().isEmpty()) {
            assertEquals(List.of(), fixButtons(robot));
        } else {
            assertTrue(fixButtons(robot).stream().anyMatch(t -> t.startsWith(firstOfB.fixes().get(0).label())), fixButtons(robot).toString());
        }

        // a re-check keeps the group selected and summed up
        fx(() -> analysis.runNow());
        await();
        assertTrue(detail(robot).startsWith(b.getValue().title().replaceAll(" \\(\\d+\\)$", "")), detail(robot));
    }

    @Test
    void theRuleColumnShowsWholeRuleIds(FxRobot robot) throws Exception {
        await();
        assertTrue(vm.allFindings().stream().anyMatch(f -> f.ruleId().equals("part.unconnected")),
                "the unconnected retimer is found: " + vm.allFindings().stream().map(Finding::ruleId).toList());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shownIds = robot.lookup(".tree-table-cell").queryAll().stream()
                .filter(n -> n instanceof TreeTableCell<?, ?> c && c.getTableColumn() != null
                        && "problems-rule-column".equals(c.getTableColumn().getId()) && c.getText() != null && !c.getText().isEmpty())
                .map(ProblemsGroupDetailTest::drawnText).toList();
        assertTrue(shownIds.contains("part.unconnected"), "drawn whole, not cut with an ellipsis: " + shownIds);
        for (String id : shownIds) {
            assertTrue(!id.endsWith("…") && !id.endsWith("..."), "cut: " + shownIds);
        }
    }

    /** The text a cell really draws (its skin puts the clipped string, with an ellipsis, in a Text node). */
    private static String drawnText(Node cell) {
        return cell.lookupAll(".text").stream().filter(t -> t instanceof Text).map(t -> ((Text) t).getText()).findFirst().orElse("");
    }
}
