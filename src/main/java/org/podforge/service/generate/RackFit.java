package org.podforge.service.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.podforge.catalog.Catalog;
import org.podforge.model.Cooling;
import org.podforge.model.Plural;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.power.PowerModel;
import org.podforge.power.RackPower;
import org.podforge.rules.Thresholds;
import org.podforge.rules.builtin.RackCoolingRule;

/**
 * Servers per rack within space, power and cooling: the pod is built with the most servers per rack that
 * space allows, measured with {@link PowerModel} (the figure {@code rack.power} and {@code rack.cooling} judge,
 * decision 0012), and rebuilt with fewer until every rack is within its budget and below its cooling's warning
 * level. One server per rack above the warning level but within the cooling's maximum is kept with a note (a
 * WARNING the user can act on); one server over the budget or the cooling's maximum is refused.
 */
final class RackFit {
    /** The built pod, its servers per rack, and what the user should know about the fit. */
    record Result(PodDesigner.Result pod, int perRack, List<String> notes) {
    }

    private final Catalog catalog;
    private final Thresholds thresholds;
    private final GenerateRequest req;

    RackFit(Catalog catalog, Thresholds thresholds, GenerateRequest req) {
        this.catalog = catalog;
        this.thresholds = thresholds;
        this.req = req;
    }

    /**
     * @param spec         the pod's spec for a number of servers per rack
     * @param spacePerRack the most servers a rack takes by its units (with the switch trays)
     */
    Result fit(IntFunction<PodDesigner.Spec> spec, int spacePerRack) {
        List<String> notes = new ArrayList<>();
        int per = spacePerRack;
        while (true) {
            PodDesigner.Result pod = build(spec.apply(per));
            Project probe = new Project("probe");
            probe.addPod(pod.pod());
            PowerModel pm = new PowerModel(probe, catalog, thresholds);
            Over worst = null;
            for (Rack rack : pod.pod().racks()) {
                Over o = over(pm, rack);
                if (o != null && (worst == null || o.ratio > worst.ratio)) {
                    worst = o;
                }
            }
            if (worst == null) {
                if (per < spacePerRack) {
                    notes.add(String.format(Locale.ROOT, "%s per rack, not the %d that fit its units: %s", Plural.of(per, "server"), spacePerRack,
                            limitText(pm, pod)));
                }
                probe.removePod(pod.pod());
                return new Result(pod, per, notes);
            }
            if (per > 1) {
                // jump close to the fit, at least one fewer
                int guess = (int) Math.floor(per / worst.ratio);
                per = Math.max(1, Math.min(per - 1, guess));
                continue;
            }
            // one server per rack and still over: refuse what no rack can hold, keep a cooling warning with a note
            RackPower rp = worst.power;
            String one = String.format(Locale.ROOT, "one server (%s with %d x %s)%s draws %s", spec.apply(1).serverPart(), req.gpusPerServer(),
                    req.gpuPart(), rp.chassis().size() > 1 ? " with the scale-up switch trays of its rack" : "", PodDesigner.fmtW(rp.totalW()));
            if (rp.totalW() > rp.budget().watts() + 1e-6) {
                throw new GenerateRefused("rack-budget", String.format(Locale.ROOT,
                        "%s, more than the rack budget of %s (%s); raise the budget or use fewer GPUs per server", one,
                        PodDesigner.fmtW(rp.budget().watts()), req.rackBudgetW() != null ? "the budget given" : rp.budget().basis()));
            }
            Cooling c = rp.cooling().cooling();
            double max = thresholds.value(RackCoolingRule.key(c) + ".maxW", Double.POSITIVE_INFINITY);
            if (rp.totalW() > max + 1e-6) {
                throw new GenerateRefused("cooling", String.format(Locale.ROOT,
                        "%s, more than %s cooling removes from a rack (%s, %s.maxW); choose a cooling that takes it (rear-door or liquid)",
                        one, c.label(), PodDesigner.fmtW(max), RackCoolingRule.key(c)));
            }
            notes.add(String.format(Locale.ROOT, "%s, above the %s warning level of %s cooling (%s.warnW): rack.cooling will warn", one,
                    PodDesigner.fmtW(thresholds.value(RackCoolingRule.key(c) + ".warnW")), c.label(), RackCoolingRule.key(c)));
            probe.removePod(pod.pod());
            return new Result(pod, 1, notes);
        }
    }

    private PodDesigner.Result build(PodDesigner.Spec s) {
        PodDesigner.Result pod = new PodDesigner(catalog).build("pod-1", "Pod A", req.pods(), s);
        for (Rack rack : pod.pod().racks()) {
            if (req.rackBudgetW() != null) {
                rack.setPowerBudgetW(req.rackBudgetW());
            }
            if (req.cooling() != null) {
                rack.setCooling(req.cooling());
            }
        }
        return pod;
    }

    private record Over(RackPower power, double ratio) {
    }

    /** How far a rack is over its budget or its cooling's warning level (ratio > 1), or null when within both. */
    private Over over(PowerModel pm, Rack rack) {
        RackPower rp = pm.rack(rack);
        double limit = limitW(rp);
        return rp.totalW() > limit + 1e-6 ? new Over(rp, rp.totalW() / limit) : null;
    }

    private double limitW(RackPower rp) {
        double warn = thresholds.value(RackCoolingRule.key(rp.cooling().cooling()) + ".warnW", Double.POSITIVE_INFINITY);
        return Math.min(rp.budget().watts(), warn);
    }

    /** Which limit the racks are held to, with the busiest rack's figure. */
    private String limitText(PowerModel pm, PodDesigner.Result pod) {
        RackPower busiest = null;
        for (Rack rack : pod.pod().racks()) {
            RackPower rp = pm.rack(rack);
            if (busiest == null || rp.totalW() > busiest.totalW()) {
                busiest = rp;
            }
        }
        Cooling c = busiest.cooling().cooling();
        double warn = thresholds.value(RackCoolingRule.key(c) + ".warnW", Double.POSITIVE_INFINITY);
        String limit = warn < busiest.budget().watts()
                ? String.format(Locale.ROOT, "%s cooling warns above %s (%s.warnW)", c.label(), PodDesigner.fmtW(warn), RackCoolingRule.key(c))
                : String.format(Locale.ROOT, "the rack budget is %s", PodDesigner.fmtW(busiest.budget().watts()));
        return String.format(Locale.ROOT, "%s and the busiest rack draws %s", limit, PodDesigner.fmtW(busiest.totalW()));
    }
}
