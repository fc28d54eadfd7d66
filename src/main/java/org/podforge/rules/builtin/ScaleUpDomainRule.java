package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.podforge.model.Bifurcation;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CompositeCommand;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Topology;

/**
 * scaleup.domain: in each scale-up domain (accelerators and scale-up switches joined by scale-up links) every
 * accelerator reaches every switch plane with the same width, and the domain stays within its fabric's limit.
 */
public final class ScaleUpDomainRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("scaleup.domain", "Scale-up domains are complete and within limits", Severity.ERROR,
            "UALink 1.0 <= 1,024 accelerators; NVLink 5 <= 576 GPUs, one NVL72 rack type = 72 (fabric-and-power-facts G1, G2); Scorpio X 320 lanes = 20 x16 or 80 x4 (interconnect-facts B6, A4)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.ISLAND;
    }

    @Override
    public void checkIsland(RuleContext ctx, Topology t, Report out) {
        Map<String, List<Link>> byComp = t.scaleUpLinksByComponent();
        for (Set<String> domain : t.scaleUpDomains()) {
            List<String> gpus = new ArrayList<>();
            List<String> switches = new ArrayList<>();
            Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
            for (String id : domain) {
                Part p = t.part(id);
                if (p == null) {
                    continue;
                }
                if (p.family() == Family.GPU) {
                    gpus.add(id);
                    for (Link l : byComp.getOrDefault(id, List.of())) {
                        Port port = t.port(l.a().componentId().equals(id) ? l.a() : l.b());
                        if (port != null && port.spec().role() == PortRole.SCALE_UP) {
                            protocols.addAll(port.spec().protocols());
                        }
                    }
                } else if (p.family() == Family.SCALEUP_SWITCH) {
                    switches.add(id);
                }
            }
            if (gpus.isEmpty()) {
                continue;
            }
            String fabric = protocols.isEmpty() ? "PCIe" : protocols.iterator().next().label();
            Protocol main = protocols.isEmpty() ? Protocol.PCIE : protocols.iterator().next();
            var limit = ctx.thresholds().find("scaleup.maxDomain." + main.name());
            List<String> subjects = new ArrayList<>(gpus);
            subjects.addAll(switches);
            if (limit.isPresent() && gpus.size() > limit.get().value()) {
                out.add(Severity.ERROR, "The " + fabric + " scale-up domain of " + gpus.get(0) + " has " + gpus.size() + " accelerators; an "
                        + fabric + " domain holds at most " + Util.num(limit.get().value()) + " (" + limit.get().cite() + ").", subjects, List.of(),
                        limit.get().cite());
            } else {
                // a single-tier domain (no switch-to-switch scale-up link) is one rack type: NVL72 = 72 GPUs
                var rackType = ctx.thresholds().find("scaleup.rackDomain." + main.name());
                if (rackType.isPresent() && gpus.size() > rackType.get().value() && !hasSecondTier(t, byComp, switches)) {
                    out.add(Severity.ERROR, "The " + fabric + " scale-up domain of " + gpus.get(0) + " has " + gpus.size()
                            + " accelerators without a second switch tier; a single-tier " + fabric + " domain (one rack type) holds at most "
                            + Util.num(rackType.get().value()) + " (" + rackType.get().cite() + "). Larger domains (up to "
                            + limit.map(l -> Util.num(l.value())).orElse("?") + ") join the switch trays of several racks.",
                            subjects, List.of(), rackType.get().cite());
                }
            }
            // planes: width of every accelerator to every switch
            Set<String> switchSet = new java.util.HashSet<>(switches);
            Map<String, Map<String, Integer>> width = new TreeMap<>();
            Map<Integer, Integer> widthCount = new TreeMap<>();
            for (String gpu : gpus) {
                Map<String, Integer> w = new TreeMap<>();
                for (Link l : byComp.getOrDefault(gpu, List.of())) {
                    String other = l.otherEnd(gpu).componentId();
                    if (switchSet.contains(other)) {
                        w.merge(other, l.lanes(), Integer::sum);
                    }
                }
                width.put(gpu, w);
                for (int v : w.values()) {
                    widthCount.merge(v, 1, Integer::sum);
                }
            }
            int usual = 0;
            int best = -1;
            for (Map.Entry<Integer, Integer> e : widthCount.entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    usual = e.getKey();
                }
            }
            if (!switches.isEmpty()) {
                for (String gpu : gpus) {
                    List<String> missing = new ArrayList<>();
                    for (String sw : switches) {
                        if (!width.get(gpu).containsKey(sw)) {
                            missing.add(sw);
                        }
                    }
                    if (!missing.isEmpty()) {
                        List<String> subj = new ArrayList<>();
                        subj.add(gpu);
                        subj.addAll(missing);
                        int w = usual;
                        out.add(Severity.ERROR, gpu + " reaches " + (switches.size() - missing.size()) + " of the " + switches.size()
                                        + " switch planes of its scale-up domain; it has no link to " + shown(missing) + ".", subj,
                                List.of(new Fix("Add the missing x" + w + " links from " + gpu + " to " + shown(missing),
                                        p -> addMissing(p, ctx, gpu, missing, w))));
                    }
                }
                if (widthCount.size() > 1) {
                    List<String> odd = new ArrayList<>();
                    for (Map.Entry<String, Map<String, Integer>> e : width.entrySet()) {
                        for (Map.Entry<String, Integer> w : e.getValue().entrySet()) {
                            if (w.getValue() != usual) {
                                odd.add(e.getKey() + "\u2192" + w.getKey() + " x" + w.getValue());
                            }
                        }
                    }
                    out.add(Severity.WARNING, "Accelerators reach the planes of " + gpus.get(0) + "'s scale-up domain with different widths: most are x"
                            + usual + ", but " + shown(odd) + "; traffic is limited by the narrowest plane.", subjects, List.of());
                }
            }
            out.add(Severity.INFO, "Scale-up domain of " + gpus.get(0) + ": " + gpus.size() + " accelerators "
                    + (switches.isEmpty() ? "linked directly over " + fabric + " (no switch)"
                    : "over " + switches.size() + " " + fabric + " switch plane(s)" + (usual > 0 ? ", x" + usual + " per plane" : ""))
                    + (limit.isPresent() ? " (limit " + Util.num(effectiveLimit(ctx, t, byComp, switches, main, limit.get().value())) + ")"
                            : "; no published domain-size limit for this fabric") + ".",
                    subjects, List.of());
        }
    }

    /** The domain-size limit that applies: the single-rack type when there is no second switch tier, else the fabric's. */
    private static double effectiveLimit(RuleContext ctx, Topology t, Map<String, List<Link>> byComp, List<String> switches, Protocol main,
            double fabricLimit) {
        var rackType = ctx.thresholds().find("scaleup.rackDomain." + main.name());
        return rackType.isPresent() && !hasSecondTier(t, byComp, switches) ? Math.min(fabricLimit, rackType.get().value()) : fabricLimit;
    }

    /** True when two scale-up switches of the domain are linked to each other (a second switch tier). */
    private static boolean hasSecondTier(Topology t, Map<String, List<Link>> byComp, List<String> switches) {
        Set<String> set = new java.util.HashSet<>(switches);
        for (String sw : switches) {
            for (Link l : byComp.getOrDefault(sw, List.of())) {
                if (set.contains(l.otherEnd(sw).componentId())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String shown(List<String> ids) {
        return ids.size() <= 4 ? Util.ids(ids) : Util.ids(ids.subList(0, 4)) + " and " + (ids.size() - 4) + " more";
    }

    /** Links free scale-up ports of the accelerator to switch ports with room (lanes and allowed split). */
    static Command addMissing(Project p, RuleContext ctx, String gpuId, List<String> switches, int width) {
        Component gpu = Fixes.requireComponent(p, gpuId);
        Part gp = ctx.catalog().require(gpu.partNumber());
        List<Port> free = new ArrayList<>();
        for (Port port : Fixes.freePorts(p, gp, gpuId)) {
            if (port.spec().role() == PortRole.SCALE_UP) {
                free.add(port);
            }
        }
        List<String> ids = Fixes.freshIds(p, "link", switches.size());
        List<Command> adds = new ArrayList<>();
        int i = 0;
        for (String swId : switches) {
            if (i >= free.size()) {
                throw new CommandException(gpuId + " has no free scale-up port left for " + swId);
            }
            Component sw = Fixes.requireComponent(p, swId);
            Part sp = ctx.catalog().require(sw.partNumber());
            PortRef target = null;
            for (Port sport : sp.ports()) {
                PortRef ref = new PortRef(swId, sport.name());
                List<Link> here = p.linksAt(ref);
                int used = 0;
                for (Link l : here) {
                    used += l.lanes();
                }
                int maxLinks = here.isEmpty() ? 1 : 0;
                for (String b : sport.spec().bifurcations()) {
                    Bifurcation bf = Bifurcation.parse(b);
                    if (bf.width() >= width) {
                        maxLinks = Math.max(maxLinks, bf.links());
                    }
                }
                if (used + width <= sport.spec().lanes() && here.size() + 1 <= maxLinks) {
                    target = ref;
                    break;
                }
            }
            if (target == null) {
                throw new CommandException(swId + " has no port with " + width + " free lanes");
            }
            // copy medium and cable from an existing link to this switch (same kind of run)
            Link model = null;
            for (Link l : p.linksOf(swId)) {
                model = l;
                break;
            }
            Link n = new Link(ids.get(i), new PortRef(gpuId, free.get(i).name()), target, width,
                    model == null ? org.podforge.model.Medium.COPPER_EXTERNAL : model.medium());
            if (model != null) {
                n.setCablePart(model.cablePart());
                n.setTransceiverPart(model.transceiverPart());
            }
            adds.add(AddCommand.link(n));
            i++;
        }
        return new CompositeCommand("Add " + adds.size() + " scale-up link(s) for " + gpuId, adds);
    }
}
