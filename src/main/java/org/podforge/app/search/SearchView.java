package org.podforge.app.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.podforge.app.AnalysisService;
import org.podforge.app.DocumentModel;
import org.podforge.app.LazyTooltip;
import org.podforge.rules.Finding;
import org.podforge.service.Session;
import org.podforge.service.search.DesignSearch;
import org.podforge.model.Plural;

/**
 * The Search tab (Edit > Find in Design, Ctrl+Shift+F): a field and the matching pods, racks, chassis, components,
 * links and findings ({@link DesignSearch}), updated as you type and when the design changes. Enter, a click or a
 * double-click on a result selects it (a finding: its objects) and reveals it on the canvas.
 */
public final class SearchView extends VBox {
    private final DocumentModel doc;
    private final AnalysisService analysis;
    private final Consumer<Collection<String>> reveal;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final ListView<DesignSearch.Hit> results = new ListView<>();

    public SearchView(DocumentModel doc, AnalysisService analysis, Consumer<Collection<String>> reveal) {
        this.doc = doc;
        this.analysis = analysis;
        this.reveal = reveal;
        setId("search-view");
        field.setId("search-field");
        field.setPromptText("Find a component, chassis, rack, link or finding by id, name or part…");
        results.setId("search-results");
        count.setId("search-count");
        results.setPlaceholder(new Label("Type to search the design: ids, names, part numbers, link ends, rule ids, finding text."));
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DesignSearch.Hit h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setText(null);
                    LazyTooltip.text(this, null, t -> { });
                    return;
                }
                setText(h.kind().label() + ":  " + h.title() + "   \u2014   " + h.detail());
                // one tooltip per cell, made on its first hover (decision 0021, section 8), not a new popup per result shown
                LazyTooltip.text(this, h.detail(), t -> { });
            }
        });
        HBox top = new HBox(10, new Label("Find:"), field, count);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        top.setPadding(new Insets(6, 10, 6, 10));
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().setAll(top, results);

        field.textProperty().addListener((o, a, b) -> refresh());
        doc.revisionProperty().addListener((o, a, b) -> refresh());
        doc.sessionProperty().addListener((o, a, b) -> refresh());
        analysis.resultProperty().addListener((o, a, b) -> {
            if (b == null || !b.sameFindingsAs(a)) {
                refresh();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !results.getItems().isEmpty()) {
                results.getSelectionModel().select(0);
                open(results.getItems().get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> open(results.getSelectionModel().getSelectedItem()));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(results.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    /** Puts the caret in the field with its text selected, so typing replaces the last query. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    public TextField field() {
        return field;
    }

    public ListView<DesignSearch.Hit> results() {
        return results;
    }

    private void open(DesignSearch.Hit h) {
        if (h == null || h.select().isEmpty()) {
            return;
        }
        List<String> present = h.select().stream().filter(id -> doc.getSession().project().containsId(id)).toList();
        if (present.isEmpty()) {
            doc.messageProperty().set(h.title() + " is no longer in the design");
            return;
        }
        reveal.accept(present);
        doc.messageProperty().set("Selected " + h.kind().label().toLowerCase(java.util.Locale.ROOT) + " " + h.title().strip());
    }

    private void refresh() {
        Session s = doc.getSession();
        List<Finding> findings = analysis.getResult() == null ? List.of() : analysis.getResult().findings();
        DesignSearch.Result r = DesignSearch.find(s.project(), s.catalog(), findings, field.getText());
        results.getItems().setAll(r.hits());
        String q = field.getText() == null ? "" : field.getText().strip();
        ((Label) results.getPlaceholder()).setText(q.isEmpty() ? "Type to search the design: ids, names, part numbers, link ends, rule ids, finding text."
                : "Nothing in the design matches “" + q + "”.");
        count.setText(q.isEmpty() ? "" : r.total() > r.hits().size() ? r.hits().size() + " of " + r.total() + " results" : Plural.of(r.total(), "result"));
    }
}
