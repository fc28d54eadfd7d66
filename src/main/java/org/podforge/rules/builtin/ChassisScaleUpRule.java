package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Part;
import org.podforge.model.Plural;
import org.podforge.model.Rack;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Unconnected;

/**
 * chassis.scaleup: a chassis whose accelerators have scale-up ports (NVLink, UALink, xGMI, ...) of which none is
 * linked. Those accelerators are in no scale-up domain, so scaleup.domain (which judges domains, and the idle ports
 * of accelerators in one) never sees them. One finding per chassis. INFO, not a warning: a design may leave out a
 * baseboard's scale-up on purpose (an HGX-class server whose NVSwitch chips are not modelled is still a correct
 * design), so the rule says so and how to wire them without calling the design wrong.
 */
public final class ChassisScaleUpRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("chassis.scaleup", "Accelerators with scale-up ports use them", Severity.INFO,
            "An accelerator's scale-up ports join it to a scale-up domain through switches or peers (interconnect-facts B6; fabric-and-power-facts G1)");

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
        for (Chassis ch : rack.chassis()) {
            List<Component> alone = Unconnected.withoutScaleUp(ctx.project(), ctx.catalog(), ch);
            if (alone.isEmpty()) {
                continue;
            }
            Map<String, List<String>> byPart = Util.idsByPart(alone);
            int ports = 0;
            for (Component c : alone) {
                Part p = ctx.part(c.partNumber());
                ports += p == null ? 0 : Unconnected.scaleUpPorts(p);
            }
            List<String> what = new ArrayList<>();
            byPart.forEach((pn, ids) -> {
                Part p = ctx.part(pn);
                what.add(ids.size() + " x " + pn + " (" + Util.idsCapped(ids, 6) + "; " + (p == null ? "?" : Unconnected.scaleUpPorts(p))
                        + " scale-up ports each)");
            });
            List<String> subjects = new ArrayList<>();
            alone.forEach(c -> subjects.add(c.id()));
            out.add(Severity.INFO, "Chassis " + ch.id() + " has " + Plural.of(alone.size(), "accelerator") + " whose scale-up ports are all unconnected: "
                    + String.join(", ", what) + "; " + Plural.of(ports, "port") + " in all. As modelled "
                    + (alone.size() == 1 ? "it is in no scale-up domain and talks to the others only over PCIe or the network; to model its "
                            + "scale-up, link it to scale-up switches or peers."
                            : "they are in no scale-up domain and talk to each other only over PCIe or the network; to model their "
                            + "scale-up, link them to scale-up switches or peers."),
                    subjects, List.of());
        }
    }
}
