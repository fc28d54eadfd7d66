package org.podforge.app.problems;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeTableColumn;
import org.podforge.rules.Finding;

/**
 * The Problems tab's "Where" column (decision 0019): a pod design's finding stands for all its replicas
 * ("Pod 1 x 2,048 replicas"), a replica where the scale-out wiring makes it differ ("Pod 1 replica @5"), or the
 * scale-out network. The text is {@link org.podforge.rules.FindingScope#label()}, the same as the CLI and workbook say.
 */
final class WhereColumn {
    private WhereColumn() {
    }

    /** The column, reading each finding's place through {@code where} (the view model's, on the live design). */
    static TreeTableColumn<ProblemsView.Row, String> create(Function<Finding, String> where) {
        TreeTableColumn<ProblemsView.Row, String> c = new TreeTableColumn<>("Where");
        c.setId("problems-where");
        c.setPrefWidth(150);
        c.setMinWidth(100); // "Pod 1 x 2,048 replicas" must stay readable when the tab is narrow
        c.setCellValueFactory(cd -> {
            ProblemsView.Row r = cd.getValue().getValue();
            return new ReadOnlyStringWrapper(r == null || r.finding() == null ? "" : where.apply(r.finding()));
        });
        return c;
    }
}
