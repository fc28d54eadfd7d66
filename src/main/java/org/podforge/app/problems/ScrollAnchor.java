package org.podforge.app.problems;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps the row at the top of a scrolled table where it is on screen while rows are inserted or removed above it.
 * JavaFX's {@code VirtualFlow} keeps the top row's index when the row count changes, so a finding added above the
 * rows the user reads pushed them down by a row. Not taken while the table shows its first row: new findings at the
 * top are then seen as they come.
 */
final class ScrollAnchor {
    private final VirtualFlow<?> flow;
    private final TreeItem<?> item;
    private final int index;
    private final double offset;

    private ScrollAnchor(VirtualFlow<?> flow, TreeItem<?> item, int index, double offset) {
        this.flow = flow;
        this.item = item;
        this.index = index;
        this.offset = offset;
    }

    /** The table's top row as it is now, or null when there is nothing to keep (not shown yet, or scrolled to the top). */
    static ScrollAnchor take(TreeTableView<?> table) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return null;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        if (first == null || first.getIndex() < 0 || (first.getIndex() == 0 && first.getLayoutY() >= 0)) {
            return null;
        }
        TreeItem<?> item = table.getTreeItem(first.getIndex());
        return item == null ? null : new ScrollAnchor(flow, item, first.getIndex(), first.getLayoutY());
    }

    /** After the rows changed: scrolls so that the same item is at the same place, if its row number changed. */
    void restore(TreeTableView<?> table) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        int now = ((TreeTableView) table).getRow(item);
        if (now < 0 || now == index) {
            return;
        }
        table.layout(); // the flow learns the new row count before it is scrolled by rows
        flow.scrollToTop(now);
        flow.scrollPixels(-offset);
    }
}
