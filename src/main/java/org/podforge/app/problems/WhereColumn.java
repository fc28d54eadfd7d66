package org.podforge.app.problems;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeTableColumn;
import org.podforge.rules.Finding;

/**
 * The Problems tab's "Where" column (decision 0019): a pod design's finding stands for all its replicas
 * ("Pod 1 x 2,048 replicas"), a replica where the scale-out wiring makes it differ ("Pod 1 replica @5"), or the
 * scale-out network. The text is {@link org.podforge.rules.FindingScope#label()}, the same as the CLI and workbook say.
 * The column shows only while the findings stand in more than one place: in a design of one pod it would say the
 * pod's name on every row and take the room the rule and object ids need.
 */
final class WhereColumn {
    private WhereColumn() {
    }

    /** The column, reading each finding's place through {@code where} (the view model's, on the live design). */
    static TreeTableColumn<ProblemsView.Row, String> create(Function<Finding, String> where) {
        TreeTableColumn<ProblemsView.Row, String> c = new TreeTableColumn<>("Where");
        c.setId("problems-where");
        c.setPrefWidth(140);
        c.setMinWidth(100); // "Pod 1 x 2,048 replicas" must stay readable when the tab is narrow
        c.setCellValueFactory(cd -> {
            ProblemsView.Row r = cd.getValue().getValue();
            return new ReadOnlyStringWrapper(r == null || r.finding() == null ? "" : where.apply(r.finding()));
        });
        return c;
    }

    /** True when the findings do not all stand in the same place (the column is worth its room). */
    static boolean differs(List<Finding> findings, Function<Finding, String> where) {
        Set<String> seen = new HashSet<>();
        for (Finding f : findings) {
            if (seen.add(where.apply(f)) && seen.size() > 1) {
                return true;
            }
        }
        return false;
    }
}
