package org.podforge.app;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableList;

/**
 * Makes an observable list hold a target list (elements compared by identity) with the fewest changes an edit
 * usually needs: runs of elements not in the target removed, runs of new ones inserted where they belong. A list
 * whose kept elements changed order among themselves is set at once. Listeners (a table's rows, a scene graph
 * group's children) then see a few small changes, and the elements that stayed are never taken out and put back.
 */
public final class ListEdits {
    private ListEdits() {
    }

    public static <T> void match(ObservableList<T> list, List<T> target) {
        int n = list.size();
        int m = target.size();
        // the common case: a few elements in the middle differ, long runs before and after are the same objects
        int p = 0;
        while (p < n && p < m && list.get(p) == target.get(p)) {
            p++;
        }
        int s = 0;
        while (s < n - p && s < m - p && list.get(n - 1 - s) == target.get(m - 1 - s)) {
            s++;
        }
        if (p == n && p == m) {
            return;
        }
        List<T> want = target.subList(p, m - s);
        Set<T> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(want);
        for (int end = n - s; end > p; ) {
            if (keep.contains(list.get(end - 1))) {
                end--;
                continue;
            }
            int from = end - 1;
            while (from > p && !keep.contains(list.get(from - 1))) {
                from--;
            }
            list.remove(from, end);
            end = from;
        }
        int kept = list.size() - s - p;
        if (!keptInOrder(list.subList(p, p + kept), want)) {
            list.remove(p, p + kept); // kept elements changed order among themselves (another grouping): the middle anew
            list.addAll(p, want);
            return;
        }
        int i = p;
        int stop = m - s;
        while (i < stop) {
            T next = i < list.size() - s ? list.get(i) : null;
            if (next == target.get(i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < stop && target.get(j) != next) {
                j++;
            }
            list.addAll(i, target.subList(i, j));
            i = j;
        }
    }

    /** Removes the elements not in {@code target}, each run of them in one change, from the end. */
    public static <T> void removeMissing(ObservableList<T> list, List<T> target) {
        Set<T> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(target);
        for (int end = list.size(); end > 0; ) {
            if (keep.contains(list.get(end - 1))) {
                end--;
                continue;
            }
            int from = end - 1;
            while (from > 0 && !keep.contains(list.get(from - 1))) {
                from--;
            }
            list.remove(from, end);
            end = from;
        }
    }

    private static <T> boolean keptInOrder(List<T> list, List<T> target) {
        Map<T, Integer> at = new IdentityHashMap<>();
        for (int i = 0; i < target.size(); i++) {
            at.put(target.get(i), i);
        }
        int last = -1;
        for (T t : list) {
            Integer k = at.get(t);
            if (k == null || k < last) {
                return false;
            }
            last = k;
        }
        return true;
    }
}
