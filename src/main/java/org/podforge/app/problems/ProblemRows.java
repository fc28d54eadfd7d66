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
     * The item for each wanted row: an existing item showing the very same finding object first (the live analysis
     * hands over the findings of what it did not re-check as they were), then one showing an equal row, then one of
     * the same identity (its value replaced), else a new item. Items are never shared between two wanted rows. Only
     * the rows left over from one step are hashed for the next: thousands of findings cost identity look-ups.
     */
    private static List<TreeItem<ProblemsView.Row>> match(List<TreeItem<ProblemsView.Row>> have, List<ProblemsView.Row> want) {
        List<TreeItem<ProblemsView.Row>> out = new ArrayList<>(Collections.nCopies(want.size(), null));
        // rows before and after the few an edit changed show the very same findings: matched in place, not hashed
        int n = have.size();
        int m = want.size();
        int p = 0;
        while (p < n && p < m && same(have.get(p), want.get(p))) {
            out.set(p, have.get(p));
            p++;
        }
        int s = 0;
        while (s < n - p && s < m - p && same(have.get(n - 1 - s), want.get(m - 1 - s))) {
            out.set(m - 1 - s, have.get(n - 1 - s));
            s++;
        }
        if (p + s == m) {
            return out;
        }
        have = have.subList(p, n - s);
        Map<Object, Deque<TreeItem<ProblemsView.Row>>> byRef = new IdentityHashMap<>();
        for (TreeItem<ProblemsView.Row> it : have) {
            byRef.computeIfAbsent(ref(it.getValue()), k -> new ArrayDeque<>()).add(it);
        }
        Set<TreeItem<ProblemsView.Row>> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Integer> open = new ArrayList<>();
        for (int i = p; i < m - s; i++) {
            ProblemsView.Row r = want.get(i);
            TreeItem<ProblemsView.Row> it = poll(byRef.get(ref(r)), taken, x -> x.getValue().equals(r));
            if (it == null) {
                open.add(i);
            } else {
                out.set(i, it);
            }
        }
        if (open.isEmpty()) {
            return out;
        }
        Map<ProblemsView.Row, Deque<TreeItem<ProblemsView.Row>>> byValue = new HashMap<>();
        Map<String, Deque<TreeItem<ProblemsView.Row>>> byKey = new HashMap<>();
        for (TreeItem<ProblemsView.Row> it : have) {
            if (!taken.contains(it)) {
                byValue.computeIfAbsent(it.getValue(), k -> new ArrayDeque<>()).add(it);
                byKey.computeIfAbsent(identity(it.getValue()), k -> new ArrayDeque<>()).add(it);
            }
        }
        List<Integer> left = new ArrayList<>();
        for (int i : open) {
            TreeItem<ProblemsView.Row> it = poll(byValue.get(want.get(i)), taken, x -> true);
            if (it == null) {
                left.add(i);
            } else {
                out.set(i, it);
            }
        }
        for (int i : left) {
            ProblemsView.Row r = want.get(i);
            TreeItem<ProblemsView.Row> it = poll(byKey.get(identity(r)), taken, x -> true);
            if (it == null) {
                it = new TreeItem<>(r);
                it.setExpanded(r.finding() == null); // a new group header shows its findings
                taken.add(it);
            } else {
                it.setValue(r);
            }
            out.set(i, it);
        }
        return out;
    }

    /** True when the item shows this very row: the same finding object (or an equal header). */
    private static boolean same(TreeItem<ProblemsView.Row> it, ProblemsView.Row r) {
        ProblemsView.Row v = it.getValue();
        return r.finding() != null ? v.finding() == r.finding() && v.key().equals(r.key()) && v.title().equals(r.title()) : v.equals(r);
    }

    /** What a row is looked up by first: its finding object, or for a group header its key. */
    private static Object ref(ProblemsView.Row r) {
        return r.finding() != null ? r.finding() : r.key();
    }

    /** The first item of {@code from} not taken yet that passes {@code ok}, now taken; or null. */
    private static TreeItem<ProblemsView.Row> poll(Deque<TreeItem<ProblemsView.Row>> from, Set<TreeItem<ProblemsView.Row>> taken,
            java.util.function.Predicate<TreeItem<ProblemsView.Row>> ok) {
        if (from == null) {
            return null;
        }
        for (java.util.Iterator<TreeItem<ProblemsView.Row>> i = from.iterator(); i.hasNext(); ) {
            TreeItem<ProblemsView.Row> it = i.next();
            if (taken.contains(it)) {
                i.remove();
            } else if (ok.test(it)) {
                i.remove();
                taken.add(it);
                return it;
            }
        }
        return null;
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
