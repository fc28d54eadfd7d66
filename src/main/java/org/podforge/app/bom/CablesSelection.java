package org.podforge.app.bom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import org.podforge.app.DocumentModel;
import org.podforge.bom.CableRun;
import org.podforge.model.Project;

/**
 * Keeps the Cables table's selected rows and the design's selection the same: rows picked in the table (a click,
 * Shift or Ctrl-click, Ctrl+A) select their links, so the canvas and the inspector show them; links selected
 * elsewhere are selected in the table. The table stays where it is (double-click still shows the link on the canvas).
 */
final class CablesSelection {
    private final TableView<CableRun> table;
    private final DocumentModel doc;
    /** Row index of each link, for the current items (built when first needed). */
    private Map<String, Integer> rowOf;
    private boolean syncing;

    private CablesSelection(TableView<CableRun> table, DocumentModel doc) {
        this.table = table;
        this.doc = doc;
    }

    static void install(TableView<CableRun> table, DocumentModel doc) {
        CablesSelection s = new CablesSelection(table, doc);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> s.tableChanged());
        table.getItems().addListener((ListChangeListener<CableRun>) c -> {
            s.rowOf = null;
            s.show(doc.selectionProperty().get()); // a new schedule: its rows of the selected links
        });
        doc.selectionProperty().addListener((o, a, b) -> s.show(b));
        s.show(doc.selectionProperty().get());
    }

    private void tableChanged() {
        if (syncing) {
            return;
        }
        Project p = doc.getSession().project();
        Set<String> ids = new LinkedHashSet<>();
        for (CableRun r : List.copyOf(table.getSelectionModel().getSelectedItems())) {
            if (r != null && p.containsId(r.linkId())) {
                ids.add(r.linkId());
            }
        }
        if (ids.equals(doc.selectionProperty().get())) {
            return;
        }
        syncing = true;
        try {
            doc.select(ids);
        } finally {
            syncing = false;
        }
    }

    private void show(Set<String> selected) {
        if (syncing) {
            return;
        }
        if (rowOf == null) {
            rowOf = new HashMap<>();
            List<CableRun> items = table.getItems();
            for (int i = 0; i < items.size(); i++) {
                rowOf.putIfAbsent(items.get(i).linkId(), i);
            }
        }
        List<Integer> rows = new ArrayList<>();
        for (String id : selected) {
            Integer i = rowOf.get(id);
            if (i != null) {
                rows.add(i);
            }
        }
        if (rows.equals(table.getSelectionModel().getSelectedIndices())) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            if (!rows.isEmpty()) {
                int[] rest = rows.subList(1, rows.size()).stream().mapToInt(Integer::intValue).toArray();
                table.getSelectionModel().selectIndices(rows.get(0), rest);
            }
        } finally {
            syncing = false;
        }
    }
}
