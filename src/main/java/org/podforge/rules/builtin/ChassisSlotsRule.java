package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Part;
import org.podforge.model.command.MoveComponentCommand;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;

/** chassis.slots: each component sits in an existing slot of the right type, one per slot. */
public final class ChassisSlotsRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("chassis.slots", "Components fit the chassis slots", Severity.ERROR,
            "Slot groups and types per chassis part (GPU bays, CPU sockets, PCIe x16, OCP 3.0, E1.S/E3.S bays, board sites) from the catalog");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.CHASSIS;
    }

    @Override
    public void checkChassis(RuleContext ctx, Chassis chassis, Report out) {
        Part cp = ctx.part(chassis.partNumber());
        if (cp == null) {
            return;
        }
        Map<String, String> types = slotTypes(ctx, cp);
        Map<String, String> taken = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Component c : chassis.components()) {
            if (c.slot() != null) {
                used.add(c.slot());
            }
        }
        for (Component c : chassis.components()) {
            Part p = ctx.part(c.partNumber());
            String wanted = p == null ? null : p.slotType().orElse(null);
            if (c.slot() == null) {
                out.add(Severity.WARNING, c.id() + " (" + c.partNumber() + ") is in " + chassis.id() + " but in no slot.",
                        List.of(c.id(), chassis.id()), moveFix(cp, c, wanted, used, chassis));
                continue;
            }
            String type = types.get(c.slot());
            if (type == null) {
                out.add(Severity.ERROR, chassis.id() + " (" + chassis.partNumber() + ") has no slot '" + c.slot() + "' for " + c.id() + ".",
                        List.of(c.id(), chassis.id()), moveFix(cp, c, wanted, used, chassis));
                continue;
            }
            if (wanted != null && !wanted.equals(type)) {
                out.add(Severity.ERROR, c.id() + " (" + c.partNumber() + ") needs a " + wanted + " slot; " + c.slot() + " of " + chassis.id()
                        + " is " + type + ".", List.of(c.id(), chassis.id()), moveFix(cp, c, wanted, used, chassis));
            }
            String other = taken.putIfAbsent(c.slot(), c.id());
            if (other != null) {
                out.add(Severity.ERROR, c.id() + " and " + other + " are both in slot " + c.slot() + " of " + chassis.id() + ".",
                        List.of(c.id(), other, chassis.id()), moveFix(cp, c, wanted, used, chassis));
            }
        }
    }

    /** Slot name -> slot type of a chassis part, computed once per pass. */
    static Map<String, String> slotTypes(RuleContext ctx, Part chassisPart) {
        Map<String, Map<String, String>> cache = ctx.cache("chassis.slots.types");
        return cache.computeIfAbsent(chassisPart.partNumber(), k -> {
            Map<String, String> m = new HashMap<>();
            for (var spec : chassisPart.slots()) {
                for (String n : spec.slotNames()) {
                    m.put(n, spec.type());
                }
            }
            return m;
        });
    }

    private static List<Fix> moveFix(Part chassisPart, Component c, String wanted, Set<String> used, Chassis chassis) {
        if (wanted == null) {
            return List.of();
        }
        for (String s : chassisPart.slotNames()) {
            if (!used.contains(s) && wanted.equals(chassisPart.slotTypeOf(s).orElse(null))) {
                return new ArrayList<>(List.of(new Fix("Move " + c.id() + " to slot " + s, p -> new MoveComponentCommand(c.id(), chassis.id(), s))));
            }
        }
        return List.of();
    }
}
