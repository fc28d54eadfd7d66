package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Cooling;
import org.podforge.model.Rack;
import org.podforge.model.command.Edits;
import org.podforge.power.PowerModel;
import org.podforge.power.RackPower;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;

/**
 * rack.cooling: the heat of a rack (its power from {@link PowerModel}) stays within what its cooling can remove
 * (fabric J4): air racks warn above 40 kW and need direct liquid cooling above 80 kW; a rear-door heat exchanger
 * warns above 60 kW and stops at 80 kW; direct liquid cooling warns above 150 kW. All limits are threshold data.
 */
public final class RackCoolingRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("rack.cooling", "Rack heat within its cooling", Severity.ERROR,
            "Air ~8-40 kW per rack, rear-door heat exchanger ~40-80 kW, direct liquid ~50-150 kW; the rules-engine defaults "
                    + "(warn above 40 kW unless rear-door or liquid, liquid required above 80 kW) are assumptions (fabric J4)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.RACK;
    }

    /** The threshold key prefix of a cooling class: rack.cooling.air, rack.cooling.rearDoor, rack.cooling.liquid. */
    public static String key(Cooling c) {
        return switch (c) {
            case AIR -> "rack.cooling.air";
            case REAR_DOOR -> "rack.cooling.rearDoor";
            case LIQUID -> "rack.cooling.liquid";
        };
    }

    /** The heat a rack of this cooling takes before a warning, or +inf when the data sets no limit. */
    public static double warnW(RuleContext ctx, Cooling c) {
        return ctx.thresholds().value(key(c) + ".warnW", Double.POSITIVE_INFINITY);
    }

    /** The heat above which a rack of this cooling is an error, or +inf when the data sets no limit. */
    public static double maxW(RuleContext ctx, Cooling c) {
        return ctx.thresholds().value(key(c) + ".maxW", Double.POSITIVE_INFINITY);
    }

    @Override
    public void checkRack(RuleContext ctx, Rack rack, Report out) {
        RackPower rp = PowerOf.rack(ctx, rack);
        Cooling cooling = rp.cooling().cooling();
        double heat = rp.totalW();
        if (cooling != Cooling.LIQUID) {
            List<String> liquid = new ArrayList<>();
            for (var c : rack.chassis()) {
                var cp = ctx.part(c.partNumber());
                if (cp != null && cp.cooling().orElse(null) == Cooling.LIQUID) {
                    liquid.add(c.id() + " (" + cp.partNumber() + ")");
                }
            }
            if (!liquid.isEmpty()) {
                // one cause: the declared cooling; the heat check would only repeat it
                out.add(Severity.ERROR, "Rack " + rack.id() + " is declared cooled by " + cooling.label() + " but holds liquid-cooled "
                        + (liquid.size() == 1 ? "chassis " : liquid.size() + " chassis: ") + String.join(", ", liquid)
                        + ", which need the rack's coolant manifolds (" + Util.kw(heat) + " of heat).", List.of(rack.id()),
                        List.of(new Fix("Declare " + rack.id() + " cooled by " + Cooling.LIQUID.label() + " (only if the hall provides it)",
                                p -> Edits.rackCooling(p, rack.id(), Cooling.LIQUID))));
                return;
            }
        }
        double max = maxW(ctx, cooling);
        double warn = warnW(ctx, cooling);
        Severity sev;
        String key;
        if (heat > max + 1e-6) {
            sev = Severity.ERROR;
            key = key(cooling) + ".maxW";
        } else if (heat > warn + 1e-6) {
            sev = Severity.WARNING;
            key = key(cooling) + ".warnW";
        } else {
            return;
        }
        double limit = ctx.thresholds().value(key);
        List<Fix> fixes = new ArrayList<>();
        PowerFixes.moveChassis(ctx, PowerOf.model(ctx), rack, rp, Math.min(rp.budget().watts(), warn)).ifPresent(fixes::add);
        // air-cooled chassis gain from a rear door, not from direct liquid (they have no cold plates)
        if (cooling == Cooling.AIR && heat <= warnW(ctx, Cooling.REAR_DOOR) + 1e-6) {
            fixes.add(new Fix("Declare " + rack.id() + " cooled by a " + Cooling.REAR_DOOR.label() + " (only if the hall provides it)",
                    p -> Edits.rackCooling(p, rack.id(), Cooling.REAR_DOOR)));
        }
        out.add(sev, "Rack " + rack.id() + " gives off " + Util.kw(heat) + " of heat; with " + cooling.label() + " cooling ("
                + rp.cooling().basis() + ") the limit is " + Util.kw(limit) + " (" + Util.cite(ctx, key) + ")"
                + (cooling != Cooling.LIQUID && heat > ctx.thresholds().value(key(Cooling.AIR) + ".maxW", Double.POSITIVE_INFINITY)
                        ? ". Above " + Util.kw(ctx.thresholds().value(key(Cooling.AIR) + ".maxW")) + " a rack needs direct liquid cooling" : "")
                + ". Spread the chassis over more racks or declare the cooling the hall really has.", List.of(rack.id()), fixes);
    }
}
