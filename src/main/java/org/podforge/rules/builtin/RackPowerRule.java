package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Rack;
import org.podforge.model.command.Edits;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;

/**
 * rack.power: the power of everything in a rack (components, chassis, the rack-side ends of active cables
 * and optics) stays within the rack's budget (the rack's own, else its part's, else the default).
 */
public final class RackPowerRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("rack.power", "Rack power within budget", Severity.ERROR,
            "Part power from the catalog; budgets: NVL72 ~120 kW (GB300 up to 142 kW), many halls <= 60 kW per rack (interconnect-facts F, A1, B7)");

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
        double total = 0;
        int unknown = 0;
        for (Chassis c : rack.chassis()) {
            Part cp = ctx.part(c.partNumber());
            if (cp != null && cp.powerW().isPresent()) {
                total += cp.powerW().get();
            }
            for (Component comp : c.components()) {
                Part p = ctx.part(comp.partNumber());
                if (p != null && p.powerW().isPresent()) {
                    total += p.powerW().get();
                } else {
                    unknown++;
                }
                for (Link l : ctx.project().linksOf(comp.id())) {
                    // each end in this rack draws its transceiver and half of an active cable
                    int ends = 0;
                    if (l.a().componentId().equals(comp.id())) {
                        ends++;
                    }
                    if (l.b().componentId().equals(comp.id())) {
                        ends++;
                    }
                    total += ends * endPower(ctx, l);
                }
            }
        }
        double budget;
        String basis;
        if (rack.powerBudgetW() != null) {
            budget = rack.powerBudgetW();
            basis = "the budget set on the rack";
        } else {
            Part rp = ctx.part(rack.partNumber());
            if (rp != null && rp.rack().isPresent() && rp.rack().get().powerBudgetW() != null) {
                budget = rp.rack().get().powerBudgetW();
                basis = "the default budget of " + rp.partNumber() + " (" + Util.partSource(rp, "rack") + ")";
            } else {
                budget = ctx.thresholds().value("rack.power.defaultBudgetW");
                basis = "the default rack budget (" + Util.cite(ctx, "rack.power.defaultBudgetW") + ")";
            }
        }
        if (total <= budget) {
            return;
        }
        double newBudget = Math.ceil(total / 1000.0) * 1000.0;
        List<Fix> fixes = new ArrayList<>();
        fixes.add(new Fix("Raise the power budget of " + rack.id() + " to " + Util.kw(newBudget), p -> Edits.rackPowerBudget(p, rack.id(), newBudget)));
        out.add(Severity.ERROR, "Rack " + rack.id() + " draws " + Util.kw(total) + "; its budget is " + Util.kw(budget) + " (" + basis + ")"
                + (unknown > 0 ? ". " + unknown + " component(s) publish no power figure and are not counted" : "")
                + ". Spread chassis across racks or raise the budget.", List.of(rack.id()), fixes);
    }

    /** Power at one end of a link: one transceiver plus half of an active cable. */
    static double endPower(RuleContext ctx, Link l) {
        double w = 0;
        if (l.transceiverPart() != null) {
            Part x = ctx.part(l.transceiverPart());
            if (x != null && x.powerW().isPresent()) {
                w += x.powerW().get();
            }
        }
        if (l.cablePart() != null) {
            Part c = ctx.part(l.cablePart());
            if (c != null && c.powerW().isPresent()) {
                w += c.powerW().get() / 2.0;
            }
        }
        return w;
    }
}
