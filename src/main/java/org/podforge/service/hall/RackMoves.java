package org.podforge.service.hall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.Edits;

/**
 * Moving racks in the hall, toolkit-free: a drag, "align" and "distribute" all become one undoable command of
 * {@link Edits#rackPlace} edits. The hall shows a pod's racks once per replica; a rack is named by the place
 * the user sees ({@link Spot}: the design rack and the replica), and a move of that place moves the design's rack
 * by the same rows and positions, so every replica follows (replicas are the design at a {@code ReplicaLayout}
 * offset, never copies). A move that would put two racks on one place, or a rack before row or position 0,
 * is refused with the reason (a {@link CommandException}); nothing is half-moved.
 */
public final class RackMoves {
    /** A rack as seen in the hall: a design rack of a pod in one replica (0 for a network rack). */
    public record Spot(String rackId, int replica) {
    }

    /** Where a spot should stand in the hall. */
    public record Target(Spot spot, int row, int position) {
    }

    private RackMoves() {
    }

    /** The hall place {row, position} of a spot. */
    public static int[] placeOf(Project p, Spot s) {
        Rack r = rack(p, s.rackId());
        Pod pod = r.pod();
        if (pod == null) {
            return new int[] {r.row(), r.position()};
        }
        return new int[] {pod.rowOf(r, s.replica()), pod.positionOf(r, s.replica())};
    }

    /** Moves every spot by the same rows and positions (a drag of a selection). */
    public static Command moveBy(Project p, List<Spot> spots, int rows, int positions) {
        List<Target> targets = new ArrayList<>();
        for (Spot s : distinctRacks(spots)) {
            int[] at = placeOf(p, s);
            targets.add(new Target(s, at[0] + rows, at[1] + positions));
        }
        return move(p, targets, String.format(Locale.ROOT, "Move %s %s", what(p, targets), by(rows, positions)));
    }

    /** Puts every spot in the row of {@code anchor}, keeping its position. */
    public static Command alignRow(Project p, List<Spot> spots, Spot anchor) {
        int row = placeOf(p, anchor)[0];
        List<Target> targets = new ArrayList<>();
        for (Spot s : distinctRacks(spots)) {
            targets.add(new Target(s, row, placeOf(p, s)[1]));
        }
        return move(p, targets, "Align " + what(p, targets) + " in row " + row);
    }

    /** Puts every spot at the position of {@code anchor} (one above the other across rows), keeping its row. */
    public static Command alignPosition(Project p, List<Spot> spots, Spot anchor) {
        int pos = placeOf(p, anchor)[1];
        List<Target> targets = new ArrayList<>();
        for (Spot s : distinctRacks(spots)) {
            targets.add(new Target(s, placeOf(p, s)[0], pos));
        }
        return move(p, targets, "Align " + what(p, targets) + " at position " + pos);
    }

    /**
     * Spreads the spots evenly along the row between the first and the last of them (by position), each in its
     * own row as it is; when there is less room than racks, they stand side by side from the first.
     */
    public static Command distribute(Project p, List<Spot> spots) {
        List<Spot> list = new ArrayList<>(distinctRacks(spots));
        if (list.size() < 3) {
            throw new CommandException("Distribute needs at least three racks; " + list.size() + " selected.");
        }
        Map<Spot, int[]> at = new LinkedHashMap<>();
        list.forEach(s -> at.put(s, placeOf(p, s)));
        list.sort(Comparator.comparingInt((Spot s) -> at.get(s)[1]).thenComparingInt(s -> at.get(s)[0]));
        int first = at.get(list.get(0))[1];
        int last = at.get(list.get(list.size() - 1))[1];
        int n = list.size();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int pos = last - first >= n - 1 ? (int) Math.round(first + i * (double) (last - first) / (n - 1)) : first + i;
            targets.add(new Target(list.get(i), at.get(list.get(i))[0], pos));
        }
        return move(p, targets, "Distribute " + what(p, targets) + " from position " + first);
    }

    /**
     * Puts each spot at its target. Refused (CommandException) when a target is taken by a rack that does not move,
     * when two moving racks (in any replica) would share a place, or when a design rack would go before row or
     * position 0.
     */
    public static Command move(Project p, List<Target> targets, String description) {
        Set<String> moving = new LinkedHashSet<>();
        targets.forEach(t -> moving.add(t.spot().rackId()));
        HallPlaces places = HallPlaces.of(p, moving);
        List<Command> edits = new ArrayList<>();
        for (Target t : targets) {
            Rack r = rack(p, t.spot().rackId());
            int[] now = placeOf(p, t.spot());
            int dRow = t.row() - now[0];
            int dPos = t.position() - now[1];
            int row = r.row() + dRow;
            int pos = r.position() + dPos;
            if (row < 0 || pos < 0) {
                throw new CommandException(String.format(Locale.ROOT, "%s would stand at row %d, position %d; rows and positions start at 0.",
                        r.pod() == null ? r.label() : r.label() + " of " + r.pod().label() + " (as designed, replica 0)", row, pos));
            }
            Pod pod = r.pod();
            int placed = pod == null ? 1 : HallPlaces.placedReplicas(pod);
            for (int k = 0; k < placed; k++) {
                int hr = row + (pod == null || pod.layout() == null || k == 0 ? 0 : pod.layout().rowOffset(k));
                int hp = pos + (pod == null || pod.layout() == null || k == 0 ? 0 : pod.layout().positionOffset(k));
                String there = places.at(hr, hp);
                if (there != null) {
                    String who = pod == null ? r.label() : r.label() + " of " + pod.label() + (placed > 1 ? " @" + k : "");
                    throw new CommandException(String.format(Locale.ROOT, "%s cannot stand at row %d, position %d: %s is there.", who, hr, hp, there));
                }
                places.take(hr, hp, pod == null ? "network rack " + r.label() : r.label() + " of " + pod.label() + (placed > 1 ? " @" + k : ""));
            }
            if (dRow != 0 || dPos != 0) {
                edits.add(Edits.rackPlace(p, r.id(), row, pos));
            }
        }
        if (edits.isEmpty()) {
            throw new CommandException("The racks already stand there.");
        }
        return new CompositeCommand(description, edits);
    }

    /** One spot per design rack (two replicas of one rack cannot move apart: the first one named wins). */
    private static List<Spot> distinctRacks(List<Spot> spots) {
        Map<String, Spot> out = new LinkedHashMap<>();
        for (Spot s : spots) {
            out.putIfAbsent(s.rackId(), s);
        }
        return new ArrayList<>(out.values());
    }

    private static Rack rack(Project p, String id) {
        return p.rack(id).orElseThrow(() -> new CommandException("rack " + id + " no longer exists"));
    }

    private static String what(Project p, List<Target> targets) {
        return targets.size() == 1 ? rack(p, targets.get(0).spot().rackId()).label() : targets.size() + " racks";
    }

    private static String by(int rows, int positions) {
        List<String> parts = new ArrayList<>();
        if (rows != 0) {
            parts.add(String.format(Locale.ROOT, "%+d %s", rows, Math.abs(rows) == 1 ? "row" : "rows"));
        }
        if (positions != 0) {
            parts.add(String.format(Locale.ROOT, "%+d %s", positions, Math.abs(positions) == 1 ? "position" : "positions"));
        }
        return parts.isEmpty() ? "nowhere" : String.join(", ", parts);
    }
}
