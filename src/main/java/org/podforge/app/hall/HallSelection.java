package org.podforge.app.hall;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.service.hall.RackMoves;

/**
 * What is selected in the hall, toolkit-free: racks as the user sees them (a design rack in one replica, a
 * network rack) and whole pods (a block at overview). The session's selection holds ids only; this keeps which
 * replica was clicked, so a move or an alignment is measured from the place the user sees. The last spot
 * clicked is the anchor of an alignment.
 */
public final class HallSelection {
    private final List<RackMoves.Spot> spots = new ArrayList<>();
    private final Set<String> pods = new LinkedHashSet<>();

    public List<RackMoves.Spot> spots() {
        return List.copyOf(spots);
    }

    public Set<String> pods() {
        return Set.copyOf(pods);
    }

    /** The spot clicked last (the anchor of align), or null. */
    public RackMoves.Spot anchor() {
        return spots.isEmpty() ? null : spots.get(spots.size() - 1);
    }

    public boolean contains(RackMoves.Spot s) {
        return spots.contains(s);
    }

    public boolean isEmpty() {
        return spots.isEmpty() && pods.isEmpty();
    }

    public void clear() {
        spots.clear();
        pods.clear();
    }

    /** Adds a spot, or with {@code toggle} removes it when it is already selected. */
    public void add(RackMoves.Spot s, boolean toggle) {
        if (spots.remove(s) && toggle) {
            return;
        }
        spots.add(s);
    }

    public void addPod(String podId, boolean toggle) {
        if (pods.remove(podId) && toggle) {
            return;
        }
        pods.add(podId);
    }

    /** The ids the session should select: rack ids and pod ids. */
    public List<String> ids() {
        Set<String> out = new LinkedHashSet<>();
        spots.forEach(s -> out.add(s.rackId()));
        out.addAll(pods);
        return new ArrayList<>(out);
    }

    /** Keeps only what the session still selects (an edit elsewhere, an undo, another view's selection). */
    public void retain(Set<String> sessionIds) {
        spots.removeIf(s -> !sessionIds.contains(s.rackId()));
        pods.retainAll(sessionIds);
    }
}
