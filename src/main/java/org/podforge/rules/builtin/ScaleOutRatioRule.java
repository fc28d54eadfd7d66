package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.PortRole;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CompositeCommand;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;

/** scaleout.ratio: NICs (with a network port) per GPU in each server; rail-optimised designs use one per GPU. */
public final class ScaleOutRatioRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("scaleout.ratio", "One scale-out NIC per GPU", Severity.WARNING,
            "Rail-optimised scale-out: DGX B200 has 8 ConnectX-7 for 8 GPUs (interconnect-facts D)");

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
        int gpus = 0;
        int nics = 0;
        String nicPart = null;
        for (Component c : chassis.components()) {
            Part p = ctx.part(c.partNumber());
            if (p == null) {
                continue;
            }
            if (p.family() == Family.GPU) {
                gpus++;
            } else if (p.family() == Family.NIC && p.ports().stream().anyMatch(x -> x.spec().role() == PortRole.NETWORK)) {
                nics++;
                if (nicPart == null) {
                    nicPart = p.partNumber();
                }
            }
        }
        if (gpus == 0) {
            return;
        }
        double min = ctx.thresholds().value("scaleout.minNicsPerGpu");
        double ratio = (double) nics / gpus;
        if (ratio + 1e-9 >= min) {
            return;
        }
        int missing = (int) Math.ceil(min * gpus - nics);
        String part = nicPart == null ? "NVIDIA-CONNECTX-8" : nicPart;
        String chassisId = chassis.id();
        out.add(Severity.WARNING, chassis.id() + " has " + nics + " scale-out NIC(s) for " + gpus + " GPU(s) (" + Util.num(ratio)
                        + " per GPU); rail-optimised scale-out uses " + Util.num(min) + " per GPU (" + Util.cite(ctx, "scaleout.minNicsPerGpu") + ").",
                List.of(chassis.id()), ctx.offerable(part) == null ? List.of() : List.of(new Fix("Add " + missing + " " + part + " NIC(s) to " + chassisId,
                        p -> addNics(p, ctx, chassisId, part, missing))));
    }

    static Command addNics(org.podforge.model.Project p, RuleContext ctx, String chassisId, String part, int n) {
        Chassis chassis = p.chassis(chassisId).orElseThrow();
        List<String> ids = Fixes.freshIds(p, "nic", n);
        List<Command> adds = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Component c : chassis.components()) {
            if (c.slot() != null) {
                taken.add(c.slot());
            }
        }
        Part cp = ctx.catalog().require(chassis.partNumber());
        int i = 0;
        for (String slot : cp.slotNames()) {
            if (i == n) {
                break;
            }
            if (!taken.contains(slot) && Compatibility.canPlace(ctx.catalog(), part, chassis, slot).ok()) {
                adds.add(new AddCommand(chassisId, new Component(ids.get(i++), "", part, slot)));
            }
        }
        if (i < n) {
            throw new org.podforge.model.command.CommandException(chassis.label() + " has only " + i + " free slot(s) for " + part);
        }
        return new CompositeCommand("Add " + n + " " + part + " to " + chassisId, adds);
    }
}
