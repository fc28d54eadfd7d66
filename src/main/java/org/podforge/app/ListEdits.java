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
        removeMissing(list, target);
        if (!keptInOrder(list, target)) {
            list.setAll(target);
            return;
        }
        int i = 0;
        while (i < target.size()) {
            T next = i < list.size() ? list.get(i) : null;
            if (next == target.get(i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < target.size() && target.get(j) != next) {
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
