package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Plural;
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

/**
 * scaleout.ratio: NICs (with a network port) per GPU in each server; rail-optimised designs use one per GPU. A server here
 * is a chassis that hosts its GPUs: one whose part has a CPU socket. A GPU sled without one (a Trn2 compute tray, hosted
 * over PCIe by its server's CPU head tray) is not judged on its own: its server's NICs may sit in the host tray, and
 * where a vendor puts them is not published for every design (fabric-and-power-facts G6), so counting them per sled
 * would report every sled of a correct server, one finding per tray for one cause.
 */
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
        if (gpus == 0 || !hostsItsGpus(ctx, chassis)) {
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
        // offered only when it can be done whole: a NIC left without its host link is a pcie.orphan error (the error
        // would only move), so there must be a free slot and a free CPU root or PCIe switch port for each one
        boolean doable = ctx.offerable(part) != null && freeSlots(ctx, chassis, part) >= missing
                && hostPorts(chassis.project(), ctx, chassis, hostPort(ctx.catalog().require(part))).size() >= missing;
        out.add(Severity.WARNING, chassis.id() + " has " + Plural.of(nics, "scale-out NIC") + " for " + Plural.of(gpus, "GPU") + " (" + Util.num(ratio)
                        + " per GPU); rail-optimised scale-out uses " + Util.num(min) + " per GPU (" + Util.cite(ctx, "scaleout.minNicsPerGpu") + ")"
                        + (doable || ctx.offerable(part) == null ? "." : "; " + chassis.id() + " has no free slot or PCIe root or switch port for "
                        + (missing == 1 ? "another NIC" : missing + " more NICs") + ", so none is added automatically."),
                List.of(chassis.id()), !doable ? List.of() : List.of(new Fix("Add " + Plural.of(missing, part + " NIC") + " to " + chassisId
                        + ", each linked to a free PCIe port", p -> addNics(p, ctx, chassisId, part, missing))));
    }

    /** True when the chassis' part has a CPU socket: the GPUs' host is in it (a server, not a GPU sled). */
    static boolean hostsItsGpus(RuleContext ctx, Chassis chassis) {
        Part cp = ctx.part(chassis.partNumber());
        return cp == null || cp.slots().stream().anyMatch(s -> "CPU_SOCKET".equals(s.type()));
    }

    private static int freeSlots(RuleContext ctx, Chassis chassis, String part) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Component c : chassis.components()) {
            if (c.slot() != null) {
                taken.add(c.slot());
            }
        }
        int n = 0;
        for (String slot : ctx.catalog().require(chassis.partNumber()).slotNames()) {
            if (!taken.contains(slot) && Compatibility.canPlace(ctx.catalog(), part, chassis, slot).ok()) {
                n++;
            }
        }
        return n;
    }

    /** The NIC's PCIe host port, or null. */
    private static org.podforge.model.Port hostPort(Part nic) {
        for (org.podforge.model.Port port : nic.ports()) {
            if (port.spec().role() == PortRole.ENDPOINT && Util.isPcie(port)) {
                return port;
            }
        }
        return null;
    }

    /**
     * Free ports a new NIC's host link can use: CPU root ports first, then ports of PCIe fabric switches (not a NIC's
     * own switch ports nor a scale-up switch), in design order.
     */
    private static List<org.podforge.model.PortRef> hostPorts(org.podforge.model.Project p, RuleContext ctx, Chassis chassis,
                                                              org.podforge.model.Port host) {
        List<org.podforge.model.PortRef> out = new ArrayList<>();
        if (host == null || p == null) {
            return out;
        }
        org.podforge.model.PortRef probe = new org.podforge.model.PortRef("new-nic", host.name());
        for (PortRole role : new PortRole[] {PortRole.ROOT, PortRole.SWITCH}) {
            for (Component c : chassis.components()) {
                Part cp = ctx.part(c.partNumber());
                if (cp == null || cp.family() != (role == PortRole.ROOT ? Family.CPU : Family.PCIE_SWITCH)) {
                    continue;
                }
                for (org.podforge.model.Port port : cp.ports()) {
                    org.podforge.model.PortRef ref = new org.podforge.model.PortRef(c.id(), port.name());
                    if (port.spec().role() == role && p.linksAt(ref).isEmpty() && Compatibility.canConnect(ref, port, probe, host).ok()) {
                        out.add(ref);
                    }
                }
            }
        }
        return out;
    }

    /** An existing NIC host link in the chassis, whose medium and cable a new one copies (a board trace when none). */
    private static org.podforge.model.Link hostLinkLike(org.podforge.model.Project p, RuleContext ctx, Chassis chassis) {
        for (Component c : chassis.components()) {
            Part cp = ctx.part(c.partNumber());
            org.podforge.model.Port host = cp == null || cp.family() != Family.NIC ? null : hostPort(cp);
            if (host != null) {
                for (org.podforge.model.Link l : p.linksAt(new org.podforge.model.PortRef(c.id(), host.name()))) {
                    return l;
                }
            }
        }
        return null;
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
            throw new org.podforge.model.command.CommandException(chassis.label() + " has only " + Plural.of(i, "free slot") + " for " + part);
        }
        // each NIC is linked to a root or switch port still free, as the chassis' other NIC host links are made
        org.podforge.model.Port host = hostPort(ctx.catalog().require(part));
        if (host == null) {
            return new CompositeCommand("Add " + n + " " + part + " to " + chassisId, adds);
        }
        List<java.util.function.Function<org.podforge.model.Project, Command>> steps = new ArrayList<>();
        for (int k = 0; k < adds.size(); k++) {
            Command add = adds.get(k);
            org.podforge.model.PortRef nicEnd = new org.podforge.model.PortRef(ids.get(k), host.name());
            steps.add(pr -> add);
            steps.add(pr -> {
                Chassis ch = pr.chassis(chassisId).orElseThrow();
                List<org.podforge.model.PortRef> free = hostPorts(pr, ctx, ch, host);
                if (free.isEmpty()) {
                    throw new org.podforge.model.command.CommandException("no free PCIe root or switch port in " + ch.label() + " for " + nicEnd);
                }
                org.podforge.model.PortRef to = free.get(0);
                org.podforge.model.Port toPort = ctx.catalog().require(pr.component(to.componentId()).orElseThrow().partNumber())
                        .port(to.port()).orElseThrow();
                org.podforge.model.Link like = hostLinkLike(pr, ctx, ch);
                org.podforge.model.Link l = new org.podforge.model.Link(Fixes.freshIds(pr, "link", 1).get(0), to, nicEnd,
                        Math.min(toPort.spec().lanes(), host.spec().lanes()), like == null ? org.podforge.model.Medium.PCB : like.medium());
                if (like != null) {
                    l.setCablePart(like.cablePart());
                }
                return AddCommand.link(l);
            });
        }
        return new org.podforge.model.command.StepwiseCommand("Add " + n + " " + part + " to " + chassisId, steps);
    }
}
