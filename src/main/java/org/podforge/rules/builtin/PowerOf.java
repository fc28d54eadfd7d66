package org.podforge.rules.builtin;

import java.util.Map;
import org.podforge.model.Rack;
import org.podforge.power.PowerModel;
import org.podforge.power.RackPower;
import org.podforge.rules.RuleContext;

/**
 * One {@link PowerModel} per rule pass, shared by rack.power and rack.cooling, and each rack's figure computed
 * once per pass. A network rack's figure holds the modules the fabric's patterns plug into its switches; with one
 * model per pass the patterns' port use is walked once for all network racks, not once per rack. The context lives
 * for one full pass or one incremental update, during which the project does not change.
 */
final class PowerOf {
    private PowerOf() {
    }

    static PowerModel model(RuleContext ctx) {
        PowerModel shared = ctx.sharedPower();
        if (shared != null) {
            return shared; // an export's: the BOM worked out the racks already
        }
        Map<String, PowerModel> m = ctx.cache("power.model");
        return m.computeIfAbsent("model", k -> new PowerModel(ctx.project(), ctx.catalog(), ctx.thresholds()));
    }

    static RackPower rack(RuleContext ctx, Rack rack) {
        Map<Rack, RackPower> m = ctx.cache("power.racks");
        RackPower rp = m.get(rack);
        if (rp == null) {
            rp = model(ctx).rack(rack);
            m.put(rack, rp);
        }
        return rp;
    }
}
