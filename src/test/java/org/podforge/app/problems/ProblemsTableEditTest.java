package org.podforge.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.Analysis;
import org.podforge.app.AnalysisService;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.CatalogLoader;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;
import org.podforge.service.Session;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Problems table takes a new result as row changes: the rows equal a fresh listing after any sequence of results,
 * rows of findings that stayed are the same items, and the selection, the rows on screen, collapsed groups and a
 * column sort are as the user left them after an edit. Results are handed to the view model directly (seeded random
 * findings), as the live analysis would after each edit.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemsTableEditTest {
    private static final String[] RULES = {"a.reach", "b.power", "c.speed", "d.orphan", "e.lanes"};
    private ProblemsViewModel vm;
    private ProblemsView view;
    private long revision;

    @Start
    void start(Stage stage) {
        DocumentModel doc = new DocumentModel(new Session(ProblemsFixAllTest.project(), CatalogLoader.builtIn(),
                CatalogLoader.builtInPrices(), null, List.of()));
        vm = new ProblemsViewModel(doc, new AnalysisService(doc), ids -> doc.select(ids));
        view = new ProblemsView(vm);
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
    }

    private static Finding finding(int rule, int object, int value) {
        Severity s = Severity.values()[rule % Severity.values().length];
        return new Finding(RULES[rule], s, "value " + value + " on c-" + object, List.of("c-" + object), List.of(), "");
    }

    /**
     * A result after an edit: a few findings gone, a few new, a few with other numbers, a few equal but made anew, the
     * rest the very same objects (as the live analysis hands over what it did not re-check); sorted as the engine sorts.
     */
    private static List<Finding> next(List<Finding> was, Random rnd) {
        Map<String, Finding> by = new LinkedHashMap<>();
        for (Finding f : was) {
            by.put(f.ruleId() + f.subjects(), f);
        }
        List<String> keys = new ArrayList<>(by.keySet());
        for (int i = 0, n = rnd.nextInt(4); i < n && !keys.isEmpty(); i++) {
            by.remove(keys.remove(rnd.nextInt(keys.size())));
        }
        for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
            Finding f = finding(rnd.nextInt(RULES.length), rnd.nextInt(400), rnd.nextInt(5));
            by.put(f.ruleId() + f.subjects(), f);
        }
        for (int i = 0, n = rnd.nextInt(3); i < n && !keys.isEmpty(); i++) {
            String k = keys.get(rnd.nextInt(keys.size()));
            Finding f = by.get(k);
            if (f != null) {
                by.put(k, new Finding(f.ruleId(), f.severity(), f.message() + "!", f.subjects(), f.fixes(), f.source()));
            }
        }
        for (int i = 0, n = rnd.nextInt(3); i < n && !keys.isEmpty(); i++) {
            String k = keys.get(rnd.nextInt(keys.size())); // an equal finding made anew (a unit checked again)
            Finding f = by.get(k);
            if (f != null) {
                by.put(k, new Finding(f.ruleId(), f.severity(), f.message(), f.subjects(), f.fixes(), f.source()));
            }
        }
        List<Finding> out = new ArrayList<>(by.values());
        out.sort(null);
        return out;
    }

    private static List<Finding> initial(Random rnd, int n) {
        Map<String, Finding> by = new LinkedHashMap<>();
        while (by.size() < n) {
            Finding f = finding(rnd.nextInt(RULES.length), rnd.nextInt(400), rnd.nextInt(5));
            by.put(f.ruleId() + f.subjects(), f);
        }
        List<Finding> out = new ArrayList<>(by.values());
        out.sort(null);
        return out;
    }

    private void show(List<Finding> findings) throws Exception {
        long rev = ++revision;
        fx(() -> {
            vm.show(new Analysis(rev, findings, null, null, 0));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    /** The rows as text: a header's title, then its findings indented; for no grouping, the findings. */
    private List<String> listed() {
        List<String> out = new ArrayList<>();
        for (TreeItem<ProblemsView.Row> top : view.table().getRoot().getChildren()) {
            ProblemsView.Row r = top.getValue();
            out.add(r.finding() == null ? "# " + r.title() : r.finding().toString());
            for (TreeItem<ProblemsView.Row> c : top.getChildren()) {
                out.add("  " + c.getValue().finding());
            }
        }
        return out;
    }

    /** What a fresh listing of the view model's findings shows. */
    private List<String> fresh() {
        List<String> out = new ArrayList<>();
        if (vm.groupingProperty().get() == ProblemsViewModel.Grouping.NONE) {
            vm.findings().forEach(f -> out.add(f.toString()));
            return out;
        }
        for (ProblemsViewModel.Group g : vm.groups()) {
            out.add("# " + g.title());
            g.findings().forEach(f -> out.add("  " + f));
        }
        return out;
    }

    private Map<Finding, TreeItem<ProblemsView.Row>> itemsByFinding() {
        Map<Finding, TreeItem<ProblemsView.Row>> out = new LinkedHashMap<>();
        for (TreeItem<ProblemsView.Row> top : view.table().getRoot().getChildren()) {
            if (top.getValue().finding() != null) {
                out.put(top.getValue().finding(), top);
            }
        }
        return out;
    }

    @Test
    void rowsEqualAFreshListingAndStayTheSameItemsOverRandomResults() throws Exception {
        Random rnd = new Random(42);
        for (ProblemsViewModel.Grouping g : ProblemsViewModel.Grouping.values()) {
            fx(() -> {
                vm.groupingProperty().set(g);
                return null;
            });
            List<Finding> fs = initial(rnd, 60);
            show(fs);
            for (int step = 0; step < 40; step++) {
                Map<Finding, TreeItem<ProblemsView.Row>> before = itemsByFinding();
                Map<String, Boolean> collapsed = new LinkedHashMap<>();
                if (g != ProblemsViewModel.Grouping.NONE && step % 5 == 0) {
                    List<TreeItem<ProblemsView.Row>> tops = view.table().getRoot().getChildren();
                    TreeItem<ProblemsView.Row> head = tops.get(rnd.nextInt(tops.size()));
                    fx(() -> {
                        head.setExpanded(false);
                        return null;
                    });
                }
                for (TreeItem<ProblemsView.Row> top : view.table().getRoot().getChildren()) {
                    if (top.getValue().finding() == null && !top.isExpanded()) {
                        collapsed.put(top.getValue().key(), true);
                    }
                }
                fs = next(fs, rnd);
                show(fs);
                assertEquals(fresh(), listed(), g + ", step " + step);
                for (var e : itemsByFinding().entrySet()) {
                    TreeItem<ProblemsView.Row> was = before.get(e.getKey());
                    if (was != null) {
                        assertSame(was, e.getValue(), "a finding that stayed keeps its row: " + e.getKey());
                    }
                }
                for (TreeItem<ProblemsView.Row> top : view.table().getRoot().getChildren()) {
                    if (top.getValue().finding() == null) {
                        assertEquals(!collapsed.containsKey(top.getValue().key()), top.isExpanded(),
                                "a group keeps being collapsed or expanded: " + top.getValue().title());
                    }
                }
            }
        }
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) view.table().lookup(".virtual-flow");
    }

    private Finding firstVisible() {
        IndexedCell<?> cell = flow().getFirstVisibleCell();
        return view.table().getTreeItem(cell.getIndex()).getValue().finding();
    }

    @Test
    void selectionAndTheRowsOnScreenSurviveAnEditAboveThem() throws Exception {
        Random rnd = new Random(7);
        List<Finding> fs = initial(rnd, 200);
        show(fs);
        TreeTableView<ProblemsView.Row> table = view.table();
        Finding chosen = fs.get(125);
        fx(() -> {
            table.scrollTo(118);
            view.select(chosen);
            table.scrollTo(118);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Finding top = fx(this::firstVisible);
        int topRow = fs.indexOf(top);
        assertTrue(topRow > 100, "scrolled down: " + topRow);
        TreeItem<ProblemsView.Row> selectedItem = table.getSelectionModel().getSelectedItem();
        assertNotNull(selectedItem);

        // the edit adds findings listed above the rows shown, removes one above them, and changes the selected one's numbers
        List<Finding> after = new ArrayList<>(fs);
        after.remove(3);
        after.add(new Finding("a.reach", Severity.ERROR, "new", List.of("c-9000"), List.of(), ""));
        after.add(new Finding("a.reach", Severity.ERROR, "new", List.of("c-9001"), List.of(), ""));
        after.add(new Finding("a.reach", Severity.ERROR, "new", List.of("c-9002"), List.of(), ""));
        Finding changed = new Finding(chosen.ruleId(), chosen.severity(), chosen.message() + " (now 3 m)", chosen.subjects(),
                chosen.fixes(), chosen.source());
        after.set(after.indexOf(chosen), changed);
        after.sort(null);
        assertTrue(after.indexOf(top) > topRow, "the rows shown moved down the list");
        show(after);

        assertEquals(top, fx(this::firstVisible), "the row at the top of the table stays there");
        assertSame(selectedItem, table.getSelectionModel().getSelectedItem(), "the selected row stays selected");
        assertEquals(List.of(changed), view.selectedFindings(), "the selection is the changed finding");
        assertEquals(changed, vm.selectedProperty().get(), "the detail pane follows the selected finding");
    }

    @Test
    void aColumnSortHoldsForRowsAddedByAnEdit() throws Exception {
        Random rnd = new Random(11);
        List<Finding> fs = initial(rnd, 40);
        show(fs);
        TreeTableView<ProblemsView.Row> table = view.table();
        @SuppressWarnings("unchecked")
        TreeTableColumn<ProblemsView.Row, String> rule = (TreeTableColumn<ProblemsView.Row, String>) table.getColumns().get(1);
        fx(() -> {
            rule.setSortType(TreeTableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(rule));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Map<TreeItem<?>, Boolean> sortedItems = new IdentityHashMap<>();
        table.getRoot().getChildren().forEach(it -> sortedItems.put(it, true));
        for (int step = 0; step < 10; step++) {
            fs = next(fs, rnd);
            show(fs);
            List<String> rules = table.getRoot().getChildren().stream().map(it -> it.getValue().finding().ruleId()).toList();
            List<String> expected = new ArrayList<>(rules);
            expected.sort((a, b) -> b.compareTo(a));
            assertEquals(expected, rules, "still sorted by rule, descending, at step " + step);
            assertEquals(fs.size(), rules.size());
        }
        assertFalse(table.getSortOrder().isEmpty());
    }
}
