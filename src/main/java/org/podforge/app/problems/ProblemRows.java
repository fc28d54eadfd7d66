package org.podforge.app.problems;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.podforge.app.ListEdits;
import org.podforge.rules.Finding;

/**
 * Brings the Problems tree's items to a new listing the way an edit changes it: rows whose finding went are removed,
 * rows for new findings inserted, a finding that changed (same rule and objects, other numbers or words) updates its
 * row in place, and every other row, with its group header, stays the very same {@code TreeItem}. The table's
 * selection, focus, expanded groups and scroll position follow items, not positions, so they survive a re-check;
 * re-listing every row instead made the table drop its selection and lay out, measure and re-style all its cells.
 */
final class ProblemRows {
    private ProblemRows() {
    }

    /** One row wanted at the top level: a finding's row (children null) or a group header with its findings' rows. */
    record Wanted(ProblemsView.Row row, List<ProblemsView.Row> children) {
    }

    /**
     * Makes {@code items} hold the wanted rows. With {@code inOrder} the items end in the wanted order; without (the
     * user sorted the table by a column) kept rows stay where they are, new ones are added at the end, and the caller
     * sorts. A new group header is expanded.
     */
    static void apply(ObservableList<TreeItem<ProblemsView.Row>> items, List<Wanted> wanted, boolean inOrder) {
        List<ProblemsView.Row> rows = new ArrayList<>(wanted.size());
        for (Wanted w : wanted) {
            rows.add(w.row());
        }
        List<TreeItem<ProblemsView.Row>> target = match(items, rows);
        for (int i = 0; i < wanted.size(); i++) {
            Wanted w = wanted.get(i);
            TreeItem<ProblemsView.Row> it = target.get(i);
            if (w.children() != null) {
                List<TreeItem<ProblemsView.Row>> kids = match(it.getChildren(), w.children());
                place(it.getChildren(), kids, inOrder);
            } else if (!it.getChildren().isEmpty()) {
                it.getChildren().clear();
            }
        }
        place(items, target, inOrder);
    }

    /**
     * The item for each wanted row: an existing item showing an equal row first, then one of the same identity
     * (its value replaced), else a new item. Items are never shared between two wanted rows.
     */
    private static List<TreeItem<ProblemsView.Row>> match(List<TreeItem<ProblemsView.Row>> have, List<ProblemsView.Row> want) {
        Map<ProblemsView.Row, Deque<TreeItem<ProblemsView.Row>>> byValue = new HashMap<>();
        Map<String, Deque<TreeItem<ProblemsView.Row>>> byKey = new HashMap<>();
        for (TreeItem<ProblemsView.Row> it : have) {
            byValue.computeIfAbsent(it.getValue(), k -> new ArrayDeque<>()).add(it);
            byKey.computeIfAbsent(identity(it.getValue()), k -> new ArrayDeque<>()).add(it);
        }
        Set<TreeItem<ProblemsView.Row>> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TreeItem<ProblemsView.Row>> out = new ArrayList<>(Collections.nCopies(want.size(), null));
        for (int i = 0; i < want.size(); i++) {
            Deque<TreeItem<ProblemsView.Row>> same = byValue.get(want.get(i));
            if (same != null && !same.isEmpty()) {
                TreeItem<ProblemsView.Row> it = same.poll();
                taken.add(it);
                out.set(i, it);
            }
        }
        for (int i = 0; i < want.size(); i++) {
            if (out.get(i) != null) {
                continue;
            }
            ProblemsView.Row r = want.get(i);
            TreeItem<ProblemsView.Row> it = null;
            Deque<TreeItem<ProblemsView.Row>> like = byKey.get(identity(r));
            while (like != null && !like.isEmpty() && it == null) {
                TreeItem<ProblemsView.Row> c = like.poll();
                if (!taken.contains(c)) {
                    it = c;
                }
            }
            if (it == null) {
                it = new TreeItem<>(r);
                it.setExpanded(r.finding() == null); // a new group header shows its findings
            } else {
                it.setValue(r);
            }
            taken.add(it);
            out.set(i, it);
        }
        return out;
    }

    /**
     * A row's identity across re-checks: a group header's key, or a finding's rule and objects (its message may
     * carry numbers that an edit changes; a rule reporting one object twice is told apart by order).
     */
    static String identity(ProblemsView.Row r) {
        Finding f = r.finding();
        if (f == null) {
            return "group\u0000" + r.key();
        }
        return f.ruleId() + '\u0000' + String.join("\u0001", f.subjects());
    }

    /** Makes {@code items} list {@code target}: in its order, or (sorted by the user) with new items at the end. */
    private static void place(ObservableList<TreeItem<ProblemsView.Row>> items, List<TreeItem<ProblemsView.Row>> target, boolean inOrder) {
        if (inOrder) {
            ListEdits.match(items, target);
            return;
        }
        ListEdits.removeMissing(items, target);
        Set<TreeItem<ProblemsView.Row>> there = Collections.newSetFromMap(new IdentityHashMap<>());
        there.addAll(items);
        List<TreeItem<ProblemsView.Row>> added = target.stream().filter(it -> !there.contains(it)).toList();
        if (!added.isEmpty()) {
            items.addAll(added);
        }
    }
}
