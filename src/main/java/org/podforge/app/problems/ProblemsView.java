package org.podforge.app.problems;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.podforge.app.LazyTooltip;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;

/**
 * The Problems tab: findings (filtered by severity and text, optionally grouped by rule or by object,
 * multi-selectable) beside a detail pane with the whole message, objects, source and every fix. A row's
 * tooltip shows the whole message; double-click reveals its objects; the row menu, the Fix button and the
 * detail pane offer the fixes, each also "for all like it" (menus built by {@link FixMenus}).
 */
public final class ProblemsView extends VBox {

    /** A tree row: a group header (finding null; its key is the rule or object it groups by) or a finding. */
    public record Row(String key, String title, Finding finding) {
    }

    private final ProblemsViewModel vm;
    private final TreeTableView<Row> table = new TreeTableView<>();
    private final MenuButton fixButton = new MenuButton("Fix");
    private final TextArea detailText = new TextArea();
    private final VBox detailFixes = new VBox(6);
    private final TreeTableColumn<Row, String> where;
    private boolean rebuilding;
    /** The detail pane shows a group header's summary (not {@link ProblemsViewModel#selectedProperty()}). */
    private boolean groupShown;

    public ProblemsView(ProblemsViewModel vm) {
        this.vm = vm;
        setId("problems-view");
        Label summary = new Label();
        summary.setId("problems-summary");
        summary.textProperty().bind(vm.summaryProperty());
        ComboBox<Severity> filter = new ComboBox<>();
        filter.setId("problems-severity");
        filter.getItems().setAll(Severity.values());
        filter.valueProperty().bindBidirectional(vm.minimumProperty());
        LazyTooltip.install(filter, "Show findings at or above this severity"); // made on the first hover (decision 0021)
        TextField search = new TextField();
        search.setId("problems-filter");
        search.setPromptText("Filter: text, rule or id");
        search.setPrefColumnCount(16);
        search.textProperty().bindBidirectional(vm.filterTextProperty());
        ComboBox<ProblemsViewModel.Grouping> grouping = new ComboBox<>();
        grouping.setId("problems-grouping");
        grouping.getItems().setAll(ProblemsViewModel.Grouping.values());
        grouping.valueProperty().bindBidirectional(vm.groupingProperty());
        LazyTooltip.install(grouping, "Group the findings by rule or by the object they concern");
        fixButton.setId("problems-fix");
        fixButton.setGraphic(new FontIcon(MaterialDesignW.WRENCH_OUTLINE));
        fixButton.setDisable(true);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label show = new Label("Show");
        // the summary repeats the tab's title: it is the one that gives way when the tab is narrow
        summary.setMinWidth(60);
        search.setMinWidth(90);
        for (Region keep : List.of(show, grouping, filter, fixButton)) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox head = new HBox(8, summary, spring, search, grouping, show, filter, fixButton);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(4, 10, 4, 10));

        where = WhereColumn.create(vm::where);
        table.setId("problems-table");
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>(new Row("", "", null)));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(vm.emptyTextProperty());
        table.setPlaceholder(empty);
        table.getColumns().add(severityColumn());
        // the message takes the room; the short columns keep enough to be read (a rule id, an object id)
        table.getColumns().add(ruleColumn());
        table.getColumns().add(col("Message", 560, 160, r -> r.finding() == null ? r.title() : r.finding().message()));
        table.getColumns().add(where);
        table.getColumns().add(col("Objects", 110, 84, r -> r.finding() == null ? "" : String.join(", ", r.finding().subjects())));
        table.getColumns().add(col("Fixes", 64, 64, r -> r.finding() == null || r.finding().fixes().isEmpty() ? ""
                : Integer.toString(r.finding().fixes().size())));
        table.setRowFactory(tv -> row());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<Row>>) c -> selectionChanged());
        // the selected items change before the selected item does: a header selected alone is seen only here
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selectionChanged());

        vm.findings().addListener((ListChangeListener<Finding>) c -> rebuild());
        vm.groupingProperty().addListener((o, a, b) -> rebuild());
        vm.selectedProperty().addListener((o, a, f) -> showDetail(f));
        rebuild();

        detailText.setId("problems-detail");
        detailText.setEditable(false);
        detailText.setWrapText(true);
        detailText.setPromptText("Select a finding to read all of it: message, numbers, objects, source and fixes.");
        VBox.setVgrow(detailText, Priority.ALWAYS);
        detailFixes.setId("problems-detail-fixes");
        detailFixes.setFillWidth(true);
        ScrollPane fixesScroll = new ScrollPane(detailFixes);
        fixesScroll.setFitToWidth(true);
        fixesScroll.setPrefViewportHeight(120);
        fixesScroll.setMaxHeight(200);
        VBox detail = new VBox(6, detailText, fixesScroll);
        detail.setPadding(new Insets(4));
        detail.setMinWidth(220);
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.66);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().setAll(head, split);
        showDetail(null);
    }

    private TreeTableRow<Row> row() {
        TreeTableRow<Row> row = new TreeTableRow<>();
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && row.getItem() != null && row.getItem().finding() != null) {
                vm.reveal(row.getItem().finding());
            }
        });
        // a row keeps one tooltip and one menu (each a popup window with its own scene) for the findings it shows
        // in turn: making new ones each time a row showed another finding cost most of re-listing 2,432 findings
        Tooltip[] tip = new Tooltip[1];
        Tooltip[] groupTip = new Tooltip[1];
        ContextMenu[] menu = new ContextMenu[1];
        row.itemProperty().addListener((o, a, r) -> {
            // a style class changed makes JavaFX match the row's and its cells' styles anew: change only a differing one
            // (rows shift by one finding when a row is inserted above them, mostly to one of the same severity)
            String kind = r == null ? null : r.finding() == null ? "problems-group" : "severity-" + r.finding().severity().name();
            List<String> classes = row.getStyleClass();
            if (kind == null || !classes.contains(kind)) {
                classes.removeIf(s -> s.startsWith("severity-") || s.equals("problems-group"));
                if (kind != null) {
                    classes.add(kind);
                }
            }
            if (r == null) {
                row.setTooltip(null);
                row.setContextMenu(null);
                return;
            }
            if (r.finding() == null) {
                if (groupTip[0] == null) {
                    groupTip[0] = new Tooltip();
                    groupTip[0].setWrapText(true);
                    groupTip[0].setMaxWidth(640);
                }
                groupTip[0].setText(r.title()); // the header's title is cut in the Message column
                row.setTooltip(groupTip[0]);
            } else {
                Finding f = r.finding();
                if (tip[0] == null) {
                    tip[0] = new Tooltip();
                    tip[0].setWrapText(true);
                    tip[0].setMaxWidth(640);
                    tip[0].setShowDuration(javafx.util.Duration.seconds(30));
                }
                tip[0].setText(f.message() + (f.source().isBlank() ? "" : "\n\nSource: " + f.source()));
                row.setTooltip(tip[0]);
            }
            if (menu[0] == null) {
                ContextMenu cm = new ContextMenu();
                cm.setOnShowing(ev -> fillContextMenu(cm));
                menu[0] = cm;
            }
            row.setContextMenu(menu[0]);
        });
        return row;
    }

    private void fillContextMenu(ContextMenu cm) {
        List<Finding> sel = selectedFindings();
        cm.getItems().clear();
        MenuItem show = new MenuItem("Show in design");
        show.setOnAction(ev -> vm.revealAll(sel));
        show.setDisable(sel.isEmpty());
        cm.getItems().add(show);
        List<MenuItem> fixes = FixMenus.itemsForSelection(vm, sel);
        if (!fixes.isEmpty()) {
            cm.getItems().add(new SeparatorMenuItem());
            cm.getItems().addAll(fixes);
        }
    }

    private void selectionChanged() {
        if (rebuilding) {
            return;
        }
        List<Finding> sel = selectedFindings();
        fixButton.getItems().setAll(FixMenus.itemsForSelection(vm, sel));
        fixButton.setDisable(fixButton.getItems().isEmpty());
        TreeItem<Row> focus = table.getSelectionModel().getSelectedItem();
        if (focus != null && focus.getValue() != null && focus.getValue().finding() != null) {
            vm.selectedProperty().set(focus.getValue().finding());
        } else if (focus != null && focus.getValue() != null && !focus.getChildren().isEmpty()) {
            // a group header: the detail pane sums the group up (and shows its first finding), never a finding
            // of another group left from an earlier selection
            vm.selectedProperty().set(null);
            showGroupDetail(focus);
        } else if (sel.size() == 1) {
            vm.selectedProperty().set(sel.get(0));
        } else if (sel.isEmpty() && groupShown) {
            showDetail(vm.selectedProperty().get());
        }
    }

    /** The findings of the selected rows; a selected group row stands for all its findings. */
    public List<Finding> selectedFindings() {
        Set<Finding> out = new LinkedHashSet<>();
        for (TreeItem<Row> it : List.copyOf(table.getSelectionModel().getSelectedItems())) {
            if (it == null || it.getValue() == null) {
                continue;
            }
            if (it.getValue().finding() != null) {
                out.add(it.getValue().finding());
            } else {
                for (TreeItem<Row> child : it.getChildren()) {
                    out.add(child.getValue().finding());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Selects the rows of a finding (scrolls to the first); the detail pane shows it. */
    public void select(Finding f) {
        table.getSelectionModel().clearSelection();
        for (TreeItem<Row> it : findingItems()) {
            if (f.equals(it.getValue().finding())) {
                if (it.getParent() != null) {
                    it.getParent().setExpanded(true);
                }
                table.getSelectionModel().select(it);
                int idx = table.getRow(it);
                if (idx >= 0) {
                    table.scrollTo(idx);
                }
                break;
            }
        }
        vm.selectedProperty().set(f);
    }

    /** The findings listed, in row order (each once). */
    public List<Finding> listedFindings() {
        Set<Finding> out = new LinkedHashSet<>();
        for (TreeItem<Row> it : findingItems()) {
            out.add(it.getValue().finding());
        }
        return new ArrayList<>(out);
    }

    private List<TreeItem<Row>> findingItems() {
        List<TreeItem<Row>> out = new ArrayList<>();
        for (TreeItem<Row> top : table.getRoot().getChildren()) {
            if (top.getValue().finding() != null) {
                out.add(top);
            }
            for (TreeItem<Row> child : top.getChildren()) {
                out.add(child);
            }
        }
        return out;
    }

    /**
     * Shows the view model's findings: rows come and go as findings do (see {@link ProblemRows}), so the selection,
     * expanded groups, scroll position and a column sort stay as the user left them.
     */
    private void rebuild() {
        rebuilding = true;
        try {
            Set<Finding> wasSelected = new LinkedHashSet<>();
            Set<String> groupsSelected = new LinkedHashSet<>();
            for (TreeItem<Row> it : List.copyOf(table.getSelectionModel().getSelectedItems())) {
                if (it != null && it.getValue() != null) {
                    if (it.getValue().finding() != null) {
                        wasSelected.add(it.getValue().finding());
                    } else {
                        groupsSelected.add(it.getValue().key());
                    }
                }
            }
            List<ProblemRows.Wanted> wanted = new ArrayList<>();
            if (vm.groupingProperty().get() == ProblemsViewModel.Grouping.NONE) {
                for (Finding f : vm.findings()) {
                    wanted.add(new ProblemRows.Wanted(new Row("", "", f), null));
                }
            } else {
                for (ProblemsViewModel.Group g : vm.groups()) {
                    List<Row> rows = new ArrayList<>(g.findings().size());
                    for (Finding f : g.findings()) {
                        rows.add(new Row("", "", f));
                    }
                    wanted.add(new ProblemRows.Wanted(new Row(g.key(), g.title(), null), rows));
                }
            }
            where.setVisible(WhereColumn.differs(vm.findings(), vm::where));
            boolean sorted = !table.getSortOrder().isEmpty();
            ScrollAnchor anchor = ScrollAnchor.take(table);
            ProblemRows.apply(table.getRoot().getChildren(), wanted, !sorted);
            if (sorted) {
                table.sort(); // new rows take their place in the user's sort
            }
            if (anchor != null) {
                anchor.restore(table);
            }
            reselect(wasSelected, groupsSelected);
        } finally {
            rebuilding = false;
        }
        selectionChanged();
    }

    /**
     * After the grouping changed the rows are new items: selects again the findings and groups selected before. After
     * an edit the selected rows are kept items and nothing is done here.
     */
    private void reselect(Set<Finding> findings, Set<String> groups) {
        if (findings.isEmpty() && groups.isEmpty()) {
            return;
        }
        Set<Finding> still = new LinkedHashSet<>();
        Set<String> groupsStill = new LinkedHashSet<>();
        for (TreeItem<Row> it : table.getSelectionModel().getSelectedItems()) {
            if (it != null && it.getValue() != null) {
                if (it.getValue().finding() != null) {
                    still.add(it.getValue().finding());
                } else {
                    groupsStill.add(it.getValue().key());
                }
            }
        }
        if (still.isEmpty() && groupsStill.isEmpty()) {
            for (TreeItem<Row> it : findingItems()) {
                if (findings.contains(it.getValue().finding())) {
                    table.getSelectionModel().select(it);
                }
            }
            for (TreeItem<Row> top : table.getRoot().getChildren()) {
                if (top.getValue().finding() == null && groups.contains(top.getValue().key())) {
                    table.getSelectionModel().select(top);
                }
            }
        }
    }

    private void showGroupDetail(TreeItem<Row> head) {
        List<Finding> fs = new ArrayList<>();
        for (TreeItem<Row> child : head.getChildren()) {
            fs.add(child.getValue().finding());
        }
        detailText.setText(vm.groupDetailText(head.getValue().title(), fs));
        List<Button> buttons = FixMenus.groupButtons(vm, fs);
        if (buttons.isEmpty()) {
            detailFixes.getChildren().setAll(new Label("No finding of this group offers an automatic fix."));
        } else {
            detailFixes.getChildren().setAll(buttons);
        }
        groupShown = true;
    }

    private void showDetail(Finding f) {
        groupShown = false;
        if (f == null) {
            detailText.setText("");
            detailFixes.getChildren().setAll(new Label("No finding selected."));
            return;
        }
        detailText.setText(vm.detailText(f));
        List<Button> buttons = FixMenus.buttons(vm, f);
        if (buttons.isEmpty()) {
            detailFixes.getChildren().setAll(new Label("This finding offers no automatic fix."));
        } else {
            detailFixes.getChildren().setAll(buttons);
        }
    }

    private TreeTableColumn<Row, Severity> severityColumn() {
        TreeTableColumn<Row, Severity> sev = new TreeTableColumn<>("");
        sev.setPrefWidth(34);
        sev.setMinWidth(34);
        sev.setMaxWidth(34);
        sev.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(
                cd.getValue().getValue().finding() == null ? null : cd.getValue().getValue().finding().severity()));
        sev.setCellFactory(c -> new TreeTableCell<>() {
            // one icon and one tooltip per cell, changed as the cell shows other findings
            private final FontIcon icon = new FontIcon();
            private Tooltip tip;

            @Override
            protected void updateItem(Severity s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                icon.setIconCode(s == Severity.ERROR ? MaterialDesignA.ALERT_CIRCLE
                        : s == Severity.WARNING ? MaterialDesignA.ALERT : MaterialDesignI.INFORMATION_OUTLINE);
                if (!icon.getStyleClass().contains(s.name())) { // a changed class re-styles the icon: only when it differs
                    icon.getStyleClass().removeIf(x -> x.equals("severity-icon") || x.equals(Severity.ERROR.name())
                            || x.equals(Severity.WARNING.name()) || x.equals(Severity.INFO.name()));
                    icon.getStyleClass().addAll("severity-icon", s.name());
                }
                setGraphic(icon);
                if (tip == null) {
                    tip = new Tooltip();
                }
                tip.setText(s.name());
                setTooltip(tip);
            }
        });
        return sev;
    }

    /**
     * The Rule column: never narrower than the longest rule id it shows (ids such as part.unconnected were cut
     * at the old fixed width), with the rule's title as the cell's tooltip.
     */
    private TreeTableColumn<Row, String> ruleColumn() {
        TreeTableColumn<Row, String> c = col("Rule", 130, 125, r -> r.finding() == null ? "" : r.finding().ruleId());
        c.setId("problems-rule-column");
        Text measure = new Text();
        c.setCellFactory(tc -> new TreeTableCell<>() {
            private Tooltip tip;

            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                if (empty || id == null || id.isEmpty()) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(id);
                if (tip == null) {
                    tip = new Tooltip();
                }
                tip.setText(id + " — " + vm.ruleTitle(id));
                setTooltip(tip);
            }

            @Override
            protected void layoutChildren() {
                // measured with the cell's own font once styled; the column only ever widens to fit
                String id = getText();
                if (id != null && !id.isEmpty()) {
                    measure.setFont(getFont());
                    measure.setText(id);
                    double need = Math.ceil(measure.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset() + 6);
                    if (need > c.getMinWidth()) {
                        c.setMinWidth(need);
                        c.setPrefWidth(Math.max(c.getPrefWidth(), need));
                    }
                }
                super.layoutChildren();
            }
        });
        return c;
    }

    public TreeTableView<Row> table() {
        return table;
    }

    private static TreeTableColumn<Row, String> col(String title, double width, double min, Function<Row, String> f) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().getValue() == null ? "" : f.apply(cd.getValue().getValue())));
        return c;
    }
}
