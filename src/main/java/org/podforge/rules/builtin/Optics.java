package org.podforge.rules.builtin;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.Edits;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Fix;
import org.podforge.rules.RuleContext;

/**
 * Picks the orderable transceiver or cable a fix offers: one that fits the port's cage, the link's lanes and
 * speed, the medium and the run. Cables come in stock lengths: the shortest one that covers the run is offered
 * (never a 30 m part for a 6 m run).
 */
final class Optics {
    private Optics() {
    }

    /** Speed of one link of {@code lanes} lanes on {@code port}, or null when the port's lane rate is unknown. */
    static Double linkGbps(Port port, int lanes) {
        Double rate = port.spec().laneRateGbps();
        return rate == null ? null : rate * lanes;
    }

    /** Speed of one leg of the module or cable when a link of {@code lanes} lanes uses it, or null. */
    static Double legGbps(Part p, int lanes) {
        if (p.speedGbps().isEmpty()) {
            return null;
        }
        if (p.lanes().isPresent() && p.lanes().get() > 0 && !p.breakouts().isEmpty()) {
            return p.speedGbps().get() * lanes / p.lanes().get();
        }
        return p.speedGbps().get();
    }

    /**
     * The orderable transceiver for {@code port} carrying a link of {@code lanes} lanes at {@code gbps}: the
     * port's cage, the link's speed per leg, over {@code medium} (null: any optical medium) and reaching
     * {@code metres} (null: unknown). A module with a published reach that covers the run comes first (lowest power,
     * then part number); one that publishes no reach over the medium (the 1.6T twin-port module, a [GAP] in fabric I2)
     * only when no such module fits, since reach.segment then warns that the run is unchecked rather than refusing it.
     * A module whose published reach is too short is never offered; one that needs something of the host the catalog
     * cannot confirm (LPO: "host SerDes that can drive linear optics") only after the modules that do not.
     */
    static Optional<Part> transceiverFor(RuleContext ctx, Port port, int lanes, Double gbps, Medium medium, Double metres) {
        if (port.spec().cage() == null) {
            return Optional.empty();
        }
        return ctx.catalog().byFamily(Family.TRANSCEIVER).stream()
                .filter(Part::isOrderable)
                .filter(x -> x.cage().orElse(null) == port.spec().cage())
                .filter(x -> Compatibility.canPlug(x, port, lanes).ok())
                .filter(x -> Compatibility.canCarry(x, port, port).ok())
                .filter(x -> gbps == null || same(legGbps(x, lanes), gbps))
                .filter(x -> medium == null || x.medium().orElse(null) == medium)
                .filter(x -> metres == null || x.reachM(x.medium().orElse(medium)).map(r -> r >= metres - 1e-9).orElse(true))
                .min(Comparator.comparing((Part x) -> metres != null && x.reachM(x.medium().orElse(medium)).isEmpty())
                        .thenComparing((Part x) -> x.attributes().containsKey("requires"))
                        .thenComparing((Part x) -> x.powerW().orElse(Double.MAX_VALUE)).thenComparing(Part::partNumber));
    }

    /**
     * The orderable cable like {@code current} (same family, medium and speed) that fits both ports and comes in
     * the shortest stock length that covers {@code metres}, and carries a protocol both ports speak.
     */
    static Optional<Part> cableFor(RuleContext ctx, Part current, Port a, Port b, int lanes, double metres) {
        return ctx.catalog().byFamily(current.family()).stream()
                .filter(Part::isOrderable)
                .filter(x -> x.medium().equals(current.medium()) && x.speedGbps().equals(current.speedGbps()))
                .filter(x -> x.lengthM().isPresent() && x.lengthM().get() >= metres - 1e-9)
                .filter(x -> x.maxReachM().orElse(Double.MAX_VALUE) >= metres - 1e-9)
                .filter(x -> Compatibility.canCable(x, a, b, lanes).ok())
                .filter(x -> Compatibility.canCarry(x, a, b).ok())
                .min(Comparator.comparing((Part x) -> x.lengthM().get()).thenComparing(Part::partNumber));
    }

    /**
     * The fix that puts {@code l} on orderable optics for a run of {@code metres}: an AOC of the shortest stock length
     * that covers it, else a transceiver fitting each end's cage and speed over a fibre trunk (never a twin-port module
     * in a NIC); none when the catalog has no part that fits (a medium without a part would trade the finding for an
     * unknown power draw and an unorderable BOM line).
     */
    static List<Fix> opticsFixes(RuleContext ctx, Link l, Port pa, Port pb, double metres) {
        Part aocKind = ctx.part("GENERIC-800G-AOC-30M");
        Part aoc = aocKind == null ? null : cableFor(ctx, aocKind, pa, pb, PortSpeedRule.endLanes(l, pa, pb), metres).orElse(null);
        if (aoc != null) {
            String aocPn = aoc.partNumber();
            return List.of(new Fix("Switch to optics: " + aocPn + " (" + Util.m(aoc.lengthM().get()) + ")",
                    p -> Fixes.swapCable(p, l.id(), aocPn, Medium.AOC, null)));
        }
        for (Medium m : new Medium[] {Medium.FIBER_MM, Medium.FIBER_SM}) {
            String trunk = m == Medium.FIBER_MM ? "GENERIC-MMF-MPO-OM4" : "GENERIC-SMF-MPO-OS2";
            if (ctx.offerable(trunk) == null) {
                continue;
            }
            int lanesA = PortSpeedRule.endLanes(l, pa, pb);
            int lanesB = PortSpeedRule.endLanes(l, pb, pa);
            Double gbps = linkGbps(pa, lanesA);
            Part xa = transceiverFor(ctx, pa, lanesA, gbps, m, metres).orElse(null);
            Part xb = transceiverFor(ctx, pb, lanesB, gbps, m, metres).orElse(null);
            if (xa != null && xb != null) {
                String a = xa.partNumber();
                String b = xb.partNumber();
                return List.of(new Fix("Switch to optics: " + a + (a.equals(b) ? "" : " / " + b) + " over " + trunk,
                        p -> new CompositeCommand("Switch " + l.id() + " to optics", List.of(
                                Fixes.swapCable(p, l.id(), trunk, m, a),
                                Edits.transceiverPartB(p, l.id(), a.equals(b) ? null : b)))));
            }
        }
        return List.of();
    }

    static boolean same(Double x, Double y) {
        return x != null && y != null && Math.abs(x - y) < 1e-6;
    }
}
