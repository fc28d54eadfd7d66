package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.podforge.model.Chassis;
import org.podforge.model.Part;
import org.podforge.model.Rack;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;

/** rack.space: chassis fit the rack's units and do not overlap. */
public final class RackSpaceRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("rack.space", "Chassis fit the rack", Severity.ERROR,
            "Rack heights from the catalog: EIA 42U/48U (1U = 44.45 mm); Open Rack V3 44 OU of 48 mm (interconnect-facts F)");

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
        Part rp = ctx.part(rack.partNumber());
        if (rp == null || rp.heightU().isEmpty()) {
            out.add(Severity.WARNING, "Rack " + rack.id() + " (" + rack.partNumber() + "): height not characterized, so its space is not checked.",
                    List.of(rack.id()), List.of());
            return;
        }
        int height = rp.heightU().get();
        List<Chassis> sorted = new ArrayList<>(rack.chassis());
        sorted.sort(Comparator.comparingInt(Chassis::uPosition).thenComparing(Chassis::id));
        Chassis prev = null;
        int prevTop = 0;
        for (Chassis c : sorted) {
            Part cp = ctx.part(c.partNumber());
            if (cp == null || cp.heightU().isEmpty()) {
                out.add(Severity.WARNING, "Chassis " + c.id() + " (" + c.partNumber() + "): height not characterized; counted as 1U.",
                        List.of(c.id()), List.of());
            }
            int h = cp == null ? 1 : cp.heightU().orElse(1);
            int top = c.uPosition() + h - 1;
            if (c.uPosition() < 1 || top > height) {
                out.add(Severity.ERROR, "Chassis " + c.id() + " (" + h + "U at U" + c.uPosition() + "-U" + top + ") does not fit the "
                        + height + "U of rack " + rack.id() + " (" + rack.partNumber() + ").", List.of(c.id(), rack.id()), moveFix(ctx, rack, c, h, height));
            }
            if (prev != null && c.uPosition() <= prevTop) {
                out.add(Severity.ERROR, "Chassis " + c.id() + " (" + h + "U at U" + c.uPosition() + "-U" + top + ") overlaps " + prev.id()
                        + " (up to U" + prevTop + ") in rack " + rack.id() + ".", List.of(c.id(), prev.id(), rack.id()), moveFix(ctx, rack, c, h, height));
            }
            if (top > prevTop) {
                prev = c;
                prevTop = top;
            }
        }
    }

    private static List<Fix> moveFix(RuleContext ctx, Rack rack, Chassis c, int h, int height) {
        for (int u = 1; u + h - 1 <= height; u++) {
            if (Compatibility.canPlaceChassis(ctx.catalog(), c.partNumber(), rack, u, c.id()).ok()) {
                int target = u;
                return List.of(new Fix("Move " + c.id() + " to U" + target, p -> new MoveChassisCommand(c.id(), rack.id(), target)));
            }
        }
        return List.of();
    }
}
