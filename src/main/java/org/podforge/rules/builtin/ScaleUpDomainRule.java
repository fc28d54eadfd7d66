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
import org.podforge.model.Plural;
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
 * accelerator reaches every switch plane with the same width, no switch port carries more links than it takes,
 * every scale-up port of a switched domain is used, and the domain stays within its fabric's limit. One
 * finding per cause: a too-large domain, the over-used switch ports of a domain, each accelerator that misses
 * planes (accelerators of the island left out of its switched domain altogether count as missing every
 * plane), the unconnected ports of accelerators that do reach every plane.
 */
public final class ScaleUpDomainRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("scaleup.domain", "Scale-up domains are complete and within limits", Severity.ERROR,
            "UALink 1.0 <= 1,024 accelerators; NVLink 5 <= 576 GPUs, one NVL72 rack type = 72, each Blackwell GPU sends one of its 18 links to each of the rack's 18 switch chips of 72 ports (fabric-and-power-facts G1, G2); Scorpio X 320 lanes = 20 x16 or 80 x4 (interconnect-facts B6, A4)");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.ISLAND;
    }

    /**
     * Reads the scale-up switches and the components with scale-up ports (accelerators), their links and the parts at
     * those links' ends: a domain is joined by links with such an end, and the stranded check looks only at accelerators
     * with scale-up ports.
     */
    @Override
    public boolean reads(Part part) {
        if (part == null) {
            return false;
        }
        if (part.family() == Family.SCALEUP_SWITCH) {
            return true;
        }
        for (Port port : part.ports()) {
            if (port.spec().role() == PortRole.SCALE_UP) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void checkIsland(RuleContext ctx, Topology t, Report out) {
        Map<String, List<Link>> byComp = t.scaleUpLinksByComponent();
        for (Set<String> domain : t.scaleUpDomains()) {
            List<String> gpus = new ArrayList<>();
            List<String> switches = new ArrayList<>();
            Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
            Set<Protocol> carried = EnumSet.noneOf(Protocol.class); // what the links actually run
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
                            Port other = t.port(l.a().componentId().equals(id) ? l.b() : l.a());
                            if (other != null) {
                                carried.addAll(org.podforge.rules.Compatibility.common(port, other));
                            }
                        }
                    }
                } else if (p.family() == Family.SCALEUP_SWITCH) {
                    switches.add(id);
                }
            }
            if (gpus.isEmpty()) {
                continue;
            }
            Protocol main = protocols.isEmpty() ? Protocol.PCIE : protocols.iterator().next();
            // UALink over Ethernet (AMD Helios): the accelerators speak UALink, their links to Ethernet switches run Ethernet
            String fabric = protocols.isEmpty() ? "PCIe"
                    : !carried.isEmpty() && !carried.contains(main) && carried.contains(Protocol.ETHERNET) ? main.label() + " over Ethernet"
                    : main.label();
            var limit = ctx.thresholds().find("scaleup.maxDomain." + main.name());
            List<String> subjects = new ArrayList<>(gpus);
            subjects.addAll(switches);
            List<PortUse> overused = overusedPorts(t, switches);
            String overNote = overused.isEmpty() ? ""
                    : " Its switches cannot take them all: " + Plural.of(overused.size(), "switch port") + (overused.size() == 1 ? " carries more links than it takes (" : " carry more links than they take (")
                    + shownUses(overused) + ").";
            boolean tooLarge = false;
            if (limit.isPresent() && gpus.size() > limit.get().value()) {
                tooLarge = true;
                out.add(Severity.ERROR, "The " + fabric + " scale-up domain of " + gpus.get(0) + " has " + gpus.size() + " accelerators; an "
                        + fabric + " domain holds at most " + Util.num(limit.get().value()) + " (" + limit.get().cite() + ")." + overNote, subjects, List.of(),
                        limit.get().cite());
            } else {
                // a single-tier domain (no switch-to-switch scale-up link) is one rack type: NVL72 = 72 GPUs
                var rackType = ctx.thresholds().find("scaleup.rackDomain." + main.name());
                if (rackType.isPresent() && gpus.size() > rackType.get().value() && !hasSecondTier(t, byComp, switches)) {
                    tooLarge = true;
                    out.add(Severity.ERROR, "The " + fabric + " scale-up domain of " + gpus.get(0) + " has " + gpus.size()
                            + " accelerators without a second switch tier; a single-tier " + fabric + " domain (one rack type) holds at most "
                            + Util.num(rackType.get().value()) + " (" + rackType.get().cite() + "). Larger domains (up to "
                            + limit.map(l -> Util.num(l.value())).orElse("?") + ") join the switch trays of several racks." + overNote,
                            subjects, List.of(), rackType.get().cite());
                }
            }
            if (!overused.isEmpty() && !tooLarge) {
                List<String> subj = new ArrayList<>();
                for (PortUse u : overused) {
                    subj.add(u.ref().componentId());
                    u.links().forEach(l -> subj.add(l.id()));
                }
                List<Fix> fixes = new ArrayList<>();
                if (canMoveExtras(ctx, t, overused)) {
                    fixes.add(new Fix("Move each extra link to a free port of the same switch", pr -> moveExtras(pr, ctx, overused)));
                }
                out.add(Severity.ERROR, "In the " + fabric + " scale-up domain of " + gpus.get(0) + ", " + Plural.of(overused.size(), "switch port")
                        + (overused.size() == 1 ? " carries more links than it takes: " : " carry more links than they take: ") + shownUses(overused)
                        + ". A switch port joins one link (or the splits its catalog entry lists); the extra links need ports of their own.",
                        new ArrayList<>(new java.util.LinkedHashSet<>(subj)), fixes);
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
            Set<String> explained = new java.util.HashSet<>();
            if (!switches.isEmpty()) {
                for (String gpu : gpus) {
                    List<String> missing = new ArrayList<>();
                    for (String sw : switches) {
                        if (!width.get(gpu).containsKey(sw)) {
                            missing.add(sw);
                        }
                    }
                    if (!missing.isEmpty()) {
                        explained.add(gpu);
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
                                explained.add(e.getKey()); // its free ports are this finding's cause
                            }
                        }
                    }
                    out.add(Severity.WARNING, "Accelerators reach the planes of " + gpus.get(0) + "'s scale-up domain with different widths: most are x"
                            + usual + ", but " + shown(odd) + "; traffic is limited by the narrowest plane.", subjects, List.of());
                }
            }
            // scale-up ports left unconnected by accelerators that do reach every plane (those that miss planes are reported above)
            Map<String, Integer> free = freeScaleUpPorts(t, gpus);
            if (!switches.isEmpty()) {
                List<String> idle = new ArrayList<>();
                int ports = 0;
                for (String gpu : gpus) {
                    if (!explained.contains(gpu) && free.getOrDefault(gpu, 0) > 0) {
                        idle.add(gpu);
                        ports += free.get(gpu);
                    }
                }
                if (!idle.isEmpty()) {
                    int total = t.part(idle.get(0)).ports().stream().filter(pt -> pt.spec().role() == PortRole.SCALE_UP).mapToInt(pt -> 1).sum();
                    out.add(Severity.WARNING, Plural.of(idle.size(), "accelerator") + " of " + gpus.get(0) + "'s " + fabric + " scale-up domain "
                            + (idle.size() == 1 ? "reaches every switch plane but leaves " : "reach every switch plane but leave ")
                            + Plural.of(ports, "scale-up port") + " unconnected (" + shown(idle) + "; " + idle.get(0) + " uses " + (total - free.get(idle.get(0))) + " of its "
                            + total + (idle.size() == 1 ? "): its" : "): their") + " bandwidth into the domain is cut by the share of unused ports. "
                            + "Add switch planes or links until every scale-up port is used.",
                            idle, List.of());
                }
            }
            out.add(Severity.INFO, "Scale-up domain of " + gpus.get(0) + ": " + gpus.size() + " accelerators "
                    + (switches.isEmpty() ? "linked directly over " + fabric + " (no switch)"
                    : "over " + Plural.of(switches.size(), fabric + " switch plane") + (usual > 0 ? ", x" + usual + " per plane" : ""))
                    + (limit.isPresent() ? " (limit " + Util.num(effectiveLimit(ctx, t, byComp, switches, main, limit.get().value())) + ")"
                            : "; no published domain-size limit for this fabric") + ".",
                    subjects, List.of());
        }
        checkStranded(ctx, t, byComp, out);
    }

    /**
     * Accelerators of the island that have scale-up ports but no scale-up link at all, while the island holds a
     * switched domain they could join (a shared protocol): each misses every plane of that domain.
     */
    private static void checkStranded(RuleContext ctx, Topology t, Map<String, List<Link>> byComp, Report out) {
        List<Set<String>> domains = t.scaleUpDomains();
        Set<String> reported = new java.util.HashSet<>();
        for (Set<String> domain : domains) {
            List<String> switches = new ArrayList<>();
            String first = null;
            for (String id : domain) {
                Part p = t.part(id);
                if (p != null && p.family() == Family.SCALEUP_SWITCH) {
                    switches.add(id);
                } else if (p != null && p.family() == Family.GPU && first == null) {
                    first = id;
                }
            }
            if (switches.isEmpty() || first == null) {
                continue;
            }
            Set<Protocol> speaks = scaleUpProtocols(t.part(first));
            List<String> stranded = new ArrayList<>();
            for (org.podforge.model.Component c : t.island().components()) {
                Part p = t.part(c.id());
                if (p == null || p.family() != Family.GPU || reported.contains(c.id()) || inAnyDomain(domains, c.id())) {
                    continue;
                }
                Set<Protocol> mine = scaleUpProtocols(p);
                mine.retainAll(speaks);
                if (!mine.isEmpty()) {
                    stranded.add(c.id());
                }
            }
            if (stranded.isEmpty()) {
                continue;
            }
            reported.addAll(stranded);
            List<String> subj = new ArrayList<>(stranded);
            List<Fix> fixes = new ArrayList<>();
            int w = 1;
            for (String sw : switches) {
                for (Link l : byComp.getOrDefault(sw, List.of())) {
                    w = l.lanes();
                    break;
                }
            }
            int width = w;
            String d = first;
            if (freeSwitchPorts(t, switches) >= stranded.size()) {
                fixes.add(new Fix("Link " + shown(stranded) + " to every switch plane of " + d + "'s domain", pr -> {
                    List<Command> parts = new ArrayList<>();
                    for (String g : stranded) {
                        parts.add(addMissing(pr, ctx, g, switches, width));
                    }
                    return new CompositeCommand("Link " + Plural.of(stranded.size(), "accelerator") + " to the scale-up planes", parts);
                }));
            }
            out.add(Severity.ERROR, shown(stranded) + " (" + t.part(stranded.get(0)).partNumber() + ") " + (stranded.size() == 1 ? "has" : "have")
                    + " scale-up ports but no scale-up link: " + (stranded.size() == 1 ? "it reaches" : "they reach") + " none of the " + switches.size()
                    + " switch planes of " + d + "'s scale-up domain in the same island.", subj, fixes);
        }
    }

    private static boolean inAnyDomain(List<Set<String>> domains, String id) {
        for (Set<String> d : domains) {
            if (d.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private static Set<Protocol> scaleUpProtocols(Part p) {
        Set<Protocol> s = EnumSet.noneOf(Protocol.class);
        for (Port port : p.ports()) {
            if (port.spec().role() == PortRole.SCALE_UP) {
                s.addAll(port.spec().protocols());
            }
        }
        return s;
    }

    /** Scale-up ports of each accelerator with no link, by component id (only accelerators with some free). */
    private static Map<String, Integer> freeScaleUpPorts(Topology t, List<String> gpus) {
        Map<String, Integer> m = new TreeMap<>();
        for (String gpu : gpus) {
            Part p = t.part(gpu);
            int n = 0;
            for (Port port : p.ports()) {
                if (port.spec().role() == PortRole.SCALE_UP && t.linksAt(new PortRef(gpu, port.name())).isEmpty()) {
                    n++;
                }
            }
            if (n > 0) {
                m.put(gpu, n);
            }
        }
        return m;
    }

    /** A switch port and the links on it. */
    record PortUse(PortRef ref, Port port, List<Link> links, int maxLinks) {
        String shown() {
            return ref + " x" + links.size() + " (" + Util.ids(links.stream().map(Link::id).toList()) + ")";
        }
    }

    private static String shownUses(List<PortUse> uses) {
        List<String> s = uses.stream().map(PortUse::shown).toList();
        return s.size() <= 4 ? String.join("; ", s) : String.join("; ", s.subList(0, 4)) + " and " + (s.size() - 4) + " more";
    }

    /**
     * Ports of the domain's scale-up switches that carry more links than they take (one, or the most links of a
     * listed split) or more lanes than they have. PCIe/CXL ports (lanes.capacity) and Ethernet/InfiniBand switch
     * ports (port.speed) are judged by those rules, so they are not counted twice here.
     */
    static List<PortUse> overusedPorts(Topology t, List<String> switches) {
        List<PortUse> out = new ArrayList<>();
        for (String sw : switches) {
            Part p = t.part(sw);
            for (Port port : p.ports()) {
                if (!judgesPort(p, port)) {
                    continue;
                }
                PortRef ref = new PortRef(sw, port.name());
                List<Link> links = t.linksAt(ref);
                if (links.size() < 2) {
                    continue;
                }
                int maxLinks = maxLinks(port);
                int lanes = 0;
                for (Link l : links) {
                    lanes += l.lanes();
                }
                if (links.size() > maxLinks || lanes > port.spec().lanes()) {
                    List<Link> sorted = new ArrayList<>(links);
                    sorted.sort(java.util.Comparator.comparing((Link l) -> l.id().length()).thenComparing(Link::id));
                    out.add(new PortUse(ref, port, sorted, maxLinks));
                }
            }
        }
        return out;
    }

    /**
     * True for the ports whose use this rule judges: the scale-up ports of a scale-up switch (NVLink, UALink, ...).
     * PCIe/CXL ports are lanes.capacity's and lanes.bifurcation's, Ethernet/InfiniBand switch ports port.speed's.
     */
    public static boolean judgesPort(Part part, Port port) {
        return part.family() == Family.SCALEUP_SWITCH && !port.spec().isPcieLanes() && !port.spec().isNetwork();
    }

    private static int maxLinks(Port port) {
        int m = 1;
        for (String b : port.spec().bifurcations()) {
            m = Math.max(m, Bifurcation.parse(b).links());
        }
        return m;
    }

    private static int freeSwitchPorts(Topology t, List<String> switches) {
        int min = Integer.MAX_VALUE;
        for (String sw : switches) {
            int free = 0;
            for (Port port : t.part(sw).ports()) {
                if (t.linksAt(new PortRef(sw, port.name())).isEmpty()) {
                    free++;
                }
            }
            min = Math.min(min, free);
        }
        return switches.isEmpty() ? 0 : min;
    }

    /** Extra links (beyond what each port takes) per switch fit into that switch's free ports. */
    private static boolean canMoveExtras(RuleContext ctx, Topology t, List<PortUse> uses) {
        Map<String, Integer> need = new TreeMap<>();
        for (PortUse u : uses) {
            need.merge(u.ref().componentId(), u.links().size() - u.maxLinks(), Integer::sum);
        }
        for (Map.Entry<String, Integer> e : need.entrySet()) {
            int free = 0;
            for (Port port : t.part(e.getKey()).ports()) {
                if (t.linksAt(new PortRef(e.getKey(), port.name())).isEmpty()) {
                    free++;
                }
            }
            if (free < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Moves every link beyond what its port takes (the later ids) to a free port of the same switch. */
    static Command moveExtras(Project p, RuleContext ctx, List<PortUse> uses) {
        List<Link> extras = new ArrayList<>();
        List<PortUse> from = new ArrayList<>();
        for (PortUse u : uses) {
            for (int i = u.maxLinks(); i < u.links().size(); i++) {
                extras.add(u.links().get(i));
                from.add(u);
            }
        }
        List<String> ids = Fixes.freshIds(p, "link", extras.size());
        Map<String, List<Port>> freeBySwitch = new TreeMap<>();
        List<Command> parts = new ArrayList<>();
        for (int i = 0; i < extras.size(); i++) {
            PortRef old = from.get(i).ref();
            var kind = from.get(i).port().spec();
            String sw = old.componentId();
            List<Port> free = freeBySwitch.computeIfAbsent(sw, k -> {
                Part sp = ctx.catalog().require(Fixes.requireComponent(p, k).partNumber());
                List<Port> f = new ArrayList<>();
                for (Port port : Fixes.freePorts(p, sp, k)) {
                    if (port.spec().role() == kind.role() && port.spec().protocols().equals(kind.protocols())) {
                        f.add(port);
                    }
                }
                return f;
            });
            if (free.isEmpty()) {
                throw new CommandException(sw + " has no free port left for " + extras.get(i).id());
            }
            Port to = free.remove(0);
            Link l = extras.get(i);
            PortRef target = new PortRef(sw, to.name());
            Link n = Fixes.copyWithEnds(l, ids.get(i), l.a().equals(old) ? target : l.a(), l.b().equals(old) ? target : l.b(), l.medium(), true);
            parts.add(new org.podforge.model.command.RemoveCommand(l.id()));
            parts.add(AddCommand.link(n));
        }
        return new CompositeCommand("Move " + Plural.of(extras.size(), "link") + " to free switch ports", parts);
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
        return Util.idsCapped(ids, 4);
    }

    private record Planned(PortRef a, PortRef b, int lanes, org.podforge.model.Medium medium, Link model) {
    }

    /**
     * Links free scale-up ports of the accelerator to each switch in {@code switches} until it reaches the plane
     * width {@code width} (in lanes): links as wide as the switch's existing links (one NVLink lane, an x4 PCIe
     * link), each on a switch port with room (lanes and allowed split), with the medium and cable of those links.
     */
    static Command addMissing(Project p, RuleContext ctx, String gpuId, List<String> switches, int width) {
        Component gpu = Fixes.requireComponent(p, gpuId);
        Part gp = ctx.catalog().require(gpu.partNumber());
        List<Port> free = new ArrayList<>();
        for (Port port : Fixes.freePorts(p, gp, gpuId)) {
            if (port.spec().role() == PortRole.SCALE_UP) {
                free.add(port);
            }
        }
        List<Planned> planned = new ArrayList<>();
        Map<PortRef, int[]> booked = new java.util.HashMap<>(); // port -> {lanes, links} added by this fix
        int next = 0;
        for (String swId : switches) {
            Component sw = Fixes.requireComponent(p, swId);
            Part sp = ctx.catalog().require(sw.partNumber());
            Link model = null;
            for (Link l : p.linksOf(swId)) {
                model = l;
                break;
            }
            int linkLanes = model == null ? width : Math.min(model.lanes(), width);
            int count = Math.max(1, width / Math.max(1, linkLanes));
            for (int k = 0; k < count; k++) {
                if (next >= free.size()) {
                    throw new CommandException(gpuId + " has no free scale-up port left for " + swId);
                }
                PortRef target = null;
                for (Port sport : sp.ports()) {
                    PortRef ref = new PortRef(swId, sport.name());
                    List<Link> here = p.linksAt(ref);
                    int[] b = booked.getOrDefault(ref, new int[2]);
                    int used = b[0];
                    for (Link l : here) {
                        used += l.lanes();
                    }
                    int links = here.size() + b[1];
                    int maxLinks = links == 0 ? 1 : 0;
                    for (String bs : sport.spec().bifurcations()) {
                        Bifurcation bf = Bifurcation.parse(bs);
                        if (bf.width() >= linkLanes) {
                            maxLinks = Math.max(maxLinks, bf.links());
                        }
                    }
                    if (used + linkLanes <= sport.spec().lanes() && links + 1 <= maxLinks) {
                        target = ref;
                        break;
                    }
                }
                if (target == null) {
                    throw new CommandException(swId + " has no port with " + Plural.of(linkLanes, "free lane"));
                }
                int[] b = booked.computeIfAbsent(target, r -> new int[2]);
                b[0] += linkLanes;
                b[1]++;
                planned.add(new Planned(new PortRef(gpuId, free.get(next++).name()), target, linkLanes,
                        model == null ? org.podforge.model.Medium.COPPER_EXTERNAL : model.medium(), model));
            }
        }
        List<String> ids = Fixes.freshIds(p, "link", planned.size());
        List<Command> adds = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned n = planned.get(i);
            Link model = n.model();
            Link withId = new Link(ids.get(i), n.a(), n.b(), n.lanes(), n.medium());
            if (model != null) {
                withId.setCablePart(model.cablePart());
                withId.setTransceiverPart(model.transceiverPart());
            }
            adds.add(AddCommand.link(withId));
        }
        return new CompositeCommand("Add " + Plural.of(adds.size(), "scale-up link") + " for " + gpuId, adds);
    }
}
