package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.podforge.model.Chassis;
import org.podforge.model.Cooling;
import org.podforge.model.Part;
import org.podforge.model.Rack;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.power.PowerModel;
import org.podforge.power.RackPower;
import org.podforge.rules.Fix;
import org.podforge.rules.RuleContext;

/**
 * The "move a chassis to a rack with room" fix of rack.power and rack.cooling: one chassis whose leaving brings
 * the rack within {@code limit}, to the nearest rack of the same pod (or of the fabric) whose budget, cooling
 * and free rack units take it without a new finding there, at its lowest free position.
 */
final class PowerFixes {
    private PowerFixes() {
    }

    private record Move(Chassis chassis, Rack target, int u, double load, double distance) {
    }

    static Optional<Fix> moveChassis(RuleContext ctx, PowerModel model, Rack rack, RackPower rp, double limit) {
        if (rack.owner() == null) {
            return Optional.empty();
        }
        ctx.readSiblingRacks(rack);
        List<Rack> targets = new ArrayList<>();
        for (Rack t : ctx.project().allRacks()) {
            if (t != rack && t.owner() == rack.owner()) {
                targets.add(t);
            }
        }
        List<Move> moves = new ArrayList<>();
        for (Rack t : targets) {
            RackPower tp = PowerOf.rack(ctx, t);
            Cooling tc = tp.cooling().cooling();
            double room = Math.min(tp.budget().watts(), RackCoolingRule.warnW(ctx, tc)) - tp.totalW();
            Integer units = heightU(ctx, t.partNumber());
            if (room <= 0 || units == null) {
                continue;
            }
            for (Chassis c : rack.chassis()) {
                Part cp = ctx.part(c.partNumber());
                if (cp == null || cp.heightU().isEmpty()
                        || (cp.cooling().orElse(null) == Cooling.LIQUID && tc != Cooling.LIQUID)) {
                    continue; // a liquid-cooled chassis only goes where there is liquid
                }
                double here = model.chassisLoad(c, rack);
                double there = model.chassisLoad(c, t);
                if (rp.totalW() - here > limit + 1e-6 || there > room + 1e-6) {
                    continue;
                }
                int u = lowestFree(ctx, t, units, cp.heightU().get());
                if (u > 0) {
                    double distance = Math.abs(t.row() - rack.row()) * 1000 + Math.abs(t.position() - rack.position());
                    moves.add(new Move(c, t, u, here, distance));
                }
            }
        }
        return moves.stream()
                .min(Comparator.comparingDouble(Move::distance).thenComparingDouble(Move::load)
                        .thenComparing(m -> m.chassis().id()).thenComparing(m -> m.target().id()))
                .map(m -> new Fix("Move " + m.chassis().id() + " (" + Util.kw(m.load()) + ") to " + m.target().id() + " U" + m.u()
                        + ", which has room", p -> new MoveChassisCommand(m.chassis().id(), m.target().id(), m.u())));
    }

    private static Integer heightU(RuleContext ctx, String rackPart) {
        Part p = ctx.part(rackPart);
        return p == null ? null : p.heightU().orElse(null);
    }

    /** The lowest unit where {@code h} units are free in the rack, or -1. */
    static int lowestFree(RuleContext ctx, Rack rack, int units, int h) {
        List<int[]> used = new ArrayList<>();
        for (Chassis c : rack.chassis()) {
            Part p = ctx.part(c.partNumber());
            int ch = p == null ? 1 : p.heightU().orElse(1);
            used.add(new int[] {c.uPosition(), c.uPosition() + ch - 1});
        }
        for (int u = 1; u + h - 1 <= units; u++) {
            boolean free = true;
            for (int[] o : used) {
                if (u <= o[1] && u + h - 1 >= o[0]) {
                    free = false;
                    u = o[1]; // continue after this chassis
                    break;
                }
            }
            if (free) {
                return u;
            }
        }
        return -1;
    }
}
