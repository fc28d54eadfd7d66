package org.podforge.service.hall;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Which hall places (row, position) are taken, and by what: every rack of every placed pod replica (by the
 * pod's {@link org.podforge.model.ReplicaLayout}) and every network rack. Toolkit-free; the hall view's move,
 * align and add gestures ask it before they write anything, so two racks never end up on one place.
 */
public final class HallPlaces {
    private final Map<Long, String> taken = new HashMap<>();

    private HallPlaces() {
    }

    /** The places taken in {@code p}, leaving out the racks in {@code ignoreRackIds} (the ones being moved). */
    public static HallPlaces of(Project p, Set<String> ignoreRackIds) {
        HallPlaces h = new HallPlaces();
        for (Pod pod : p.pods()) {
            int placed = placedReplicas(pod);
            for (Rack r : pod.racks()) {
                if (ignoreRackIds.contains(r.id())) {
                    continue;
                }
                for (int k = 0; k < placed; k++) {
                    h.taken.putIfAbsent(key(pod.rowOf(r, k), pod.positionOf(r, k)),
                            r.label() + (placed > 1 ? " of " + pod.label() + " @" + k : " of " + pod.label()));
                }
            }
        }
        for (Rack r : p.fabric().racks()) {
            if (!ignoreRackIds.contains(r.id())) {
                h.taken.putIfAbsent(key(r.row(), r.position()), "network rack " + r.label());
            }
        }
        return h;
    }

    /** Replicas that stand on places of their own: all of them with a layout, else one (they share the design's places). */
    public static int placedReplicas(Pod pod) {
        return pod.layout() == null ? 1 : Math.max(1, pod.replicas());
    }

    /** What stands at (row, position), or null when the place is free. */
    public String at(int row, int position) {
        return taken.get(key(row, position));
    }

    /** Marks a place as taken (by a rack just planned). */
    public void take(int row, int position, String what) {
        taken.put(key(row, position), what);
    }

    /** The first free position of {@code row} at or after {@code from}. */
    public int firstFree(int row, int from) {
        int pos = Math.max(0, from);
        while (at(row, pos) != null) {
            pos++;
        }
        return pos;
    }

    static long key(int row, int position) {
        return ((long) row << 32) | (position & 0xffffffffL);
    }
}
