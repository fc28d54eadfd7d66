package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.podforge.rules.Finding;

/**
 * Findings of one cause gathered under a key (e.g. the pod design or network that holds them), so that a post-pass
 * can report each cause once: every group becomes one finding at the place of its first member, and findings that
 * were never added keep their place. Used by the one-finding-per-cause merges of rack.power and scaleup.reach.
 *
 * @param <M> what a merge needs of each member (the finding, or the finding with what was parsed from it)
 */
final class FindingGroups<M> {
    private final Map<String, List<M>> groups = new LinkedHashMap<>();
    private final Map<Finding, String> keyOf = new HashMap<>();

    void add(String key, Finding finding, M member) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
        keyOf.put(finding, key);
    }

    /** {@code findings} with each group replaced by {@code merge} of its members; the list itself when no group has two. */
    List<Finding> merged(List<Finding> findings, Function<List<M>, Finding> merge) {
        if (groups.size() == keyOf.size()) {
            return findings; // every cause has one member
        }
        List<Finding> out = new ArrayList<>(findings.size());
        Set<String> done = new HashSet<>();
        for (Finding f : findings) {
            String key = keyOf.get(f);
            if (key == null) {
                out.add(f);
            } else if (done.add(key)) {
                out.add(merge.apply(groups.get(key)));
            }
        }
        return out;
    }
}
