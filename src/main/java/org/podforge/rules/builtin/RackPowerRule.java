package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Plural;
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
 * rack.power: a rack's power as planners budget it ({@link PowerModel}, the same figure the BOM and the app
 * show) stays within the rack's budget (the rack's own, else its part's, else the default). Also a WARNING listing
 * what has no published power, so that nothing counts as zero in silence: one per rack here, merged into one per
 * cause (the same part types, racks of one pod design or of the network) by {@link UnknownPowerFindings}.
 */
public final class RackPowerRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("rack.power", "Rack power within budget", Severity.ERROR,
            "Vendor system maximum per chassis (DGX B200 14.3 kW), else parts + labelled overhead / PSU efficiency (fabric J1, J3); "
                    + "budgets: NVL72 ~120 kW (GB300 up to 142 kW), many halls <= 60 kW per rack (interconnect-facts F, A1, B7)");

    /**
     * Whether a finding is rack.power's list of parts without a published power: a WARNING that a correct design
     * carries while the catalog lacks figures the facts mark [GAP] (switch boxes, ConnectX, Helios parts).
     */
    public static boolean isUnknownPower(String ruleId, String severity, String message) {
        return INFO.id().equals(ruleId) && Severity.WARNING.name().equalsIgnoreCase(severity) && message.contains(UNKNOWN);
    }

    static final String UNKNOWN = "publish no power figure";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.RACK;
    }

    @Override
    public void checkRack(RuleContext ctx, Rack rack, Report out) {
        PowerModel model = PowerOf.model(ctx);
        RackPower rp = PowerOf.rack(ctx, rack);
        if (rp.overBudget()) {
            double newBudget = Math.ceil(rp.totalW() / 1000.0) * 1000.0;
            List<Fix> fixes = new ArrayList<>();
            PowerFixes.moveChassis(ctx, model, rack, rp, rp.budget().watts()).ifPresent(fixes::add);
            fixes.add(new Fix("Raise the power budget of " + rack.id() + " to " + Util.kw(newBudget) + " (only if its feed allows it)",
                    p -> Edits.rackPowerBudget(p, rack.id(), newBudget)));
            out.add(Severity.ERROR, "Rack " + rack.id() + " draws " + Util.kw(rp.totalW()) + "; its budget is " + Util.kw(rp.budget().watts())
                    + " (" + rp.budget().basis() + "). Counted: " + breakdown(rp)
                    + (rp.budgeted().isEmpty() ? "" : "; of it " + Util.kw(rp.budgetedW()) + " from this design's power budgets")
                    + (rp.unknown().isEmpty() ? "" : "; not counted: " + Plural.of(rp.unknownItems(), "part") + " without a published power")
                    + ". Move chassis to a rack with room or raise the budget.", List.of(rack.id()), fixes);
        }
        if (!rp.unknown().isEmpty()) {
            // one per rack here; alike racks of a container share one finding per cause (UnknownPowerFindings)
            out.add(Severity.WARNING, UnknownPowerFindings.message(rack.id(), rp.unknownItems(), rp.items(), rp.unknownShare(),
                    Util.kw(rp.totalW()), rp.unknownList()), List.of(rack.id()), List.of());
        }
        if (!rp.budgeted().isEmpty()) {
            // what the design budgets by hand is counted, so it is no longer a warning; saying so keeps the estimate visible
            out.add(Severity.INFO, BudgetedPowerFindings.message(rack.id(), rp.budgetedDetail(), Util.kw(rp.budgetedW()), Util.kw(rp.totalW())),
                    List.of(rack.id()), List.of());
        }
    }

    /** "3 x chassis at system maximum 42.9 kW, parts 9.2 kW + overhead 4.9 kW, optics and active cables 0.2 kW". */
    static String breakdown(RackPower rp) {
        List<String> parts = new ArrayList<>();
        long atMax = rp.chassis().stream().filter(c -> c.method() != RackPower.Method.PARTS_PLUS_OVERHEAD).count();
        long estimated = rp.chassis().stream().filter(c -> c.method() != RackPower.Method.PARTS_PLUS_OVERHEAD && c.estimate()).count();
        if (atMax > 0) {
            parts.add(atMax + " chassis at their system maximum " + Util.kw(rp.systemMaxW())
                    + (estimated == 0 ? "" : " (" + estimated + " of them a labelled estimate or this design's power budget, not a published maximum)"));
        }
        if (rp.partsW() > 0) {
            parts.add("parts " + Util.kw(rp.partsW()) + " + overhead (fans, DIMMs, board, PSU loss) " + Util.kw(rp.overheadW()));
        }
        if (rp.linksW() > 0) {
            parts.add("optics and active cables " + Util.kw(rp.linksW()));
        }
        return parts.isEmpty() ? "nothing with a published power" : String.join(", ", parts);
    }
}
