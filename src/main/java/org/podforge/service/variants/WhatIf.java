package org.podforge.service.variants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.io.ProjectFileException;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Plural;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.Edits;
import org.podforge.rules.Compatibility;

/**
 * "What if": one choice of a design swapped everywhere, as a new design beside the original (a copy, so
 * neither is lost). The choices a design offers:
 * <ul>
 *   <li><b>a part for another</b>: every component of one part number becomes another catalog part of the same
 *       family and slot type that has every port the design uses on it (a 400G ConnectX-7 for an 800G
 *       ConnectX-8, an Aries 5 for an Aries 6, a Gen5 PCIe switch for a Gen6 one, one scale-up switch for another
 *       where the ports allow);</li>
 *   <li><b>copper to optics</b>: every network link on a copper cable (DAC, ACC, AEC) becomes multimode optics:
 *       an OM4 trunk with, at each end, the lowest-power orderable module that fits the port's cage and the
 *       link's width (the modules the port.speed rule accepts);</li>
 *   <li><b>optics to copper</b>: every network link on optics becomes a Taurus smart cable (AEC) of its speed.</li>
 * </ul>
 * A variant is judged like any design: its findings (a reach the copper does not make, a module that no longer
 * fits) are part of the comparison, never hidden.
 */
public final class WhatIf {
    /** One swap a design offers: a stable key, what it does in user words, and how many objects it changes. */
    public record Swap(String key, String label, int changes) {
    }

    static final String OM4 = "GENERIC-MMF-MPO-OM4";
    private static final Set<Medium> COPPER = Set.of(Medium.COPPER_EXTERNAL, Medium.ACC, Medium.AEC);
    private static final Set<Medium> OPTICS = Set.of(Medium.FIBER_MM, Medium.FIBER_SM, Medium.AOC);
    private static final Set<Family> SWAPPABLE = Set.of(Family.GPU, Family.CPU, Family.NIC, Family.SSD, Family.RETIMER, Family.PCIE_SWITCH,
            Family.SCALEUP_SWITCH, Family.NETWORK_SWITCH, Family.CXL_MEMORY_CONTROLLER);

    private WhatIf() {
    }

    /** Every swap {@code p} offers, part swaps by family order, then the media swaps. */
    public static List<Swap> options(Project p, Catalog catalog) {
        List<Swap> out = new ArrayList<>();
        Map<String, List<Component>> byPart = byPart(p);
        List<Map.Entry<String, List<Component>>> used = new ArrayList<>(byPart.entrySet());
        used.sort(Comparator.comparing((Map.Entry<String, List<Component>> e) -> catalog.find(e.getKey()).map(Part::family).orElse(Family.RACK))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, List<Component>> e : used) {
            Part from = catalog.find(e.getKey()).orElse(null);
            if (from == null || !SWAPPABLE.contains(from.family())) {
                continue;
            }
            Set<String> ports = usedPorts(p, e.getValue());
            for (Part to : candidates(catalog, from, ports)) {
                out.add(new Swap("part:" + from.partNumber() + ">" + to.partNumber(),
                        String.format(Locale.ROOT, "%s instead of %s (%,d)", to.name(), from.name(), e.getValue().size()), e.getValue().size()));
            }
        }
        int copper = (int) networkLinks(p, catalog, COPPER).count();
        if (copper > 0) {
            out.add(new Swap("media:optics", "Optics instead of copper on " + Plural.of(copper, "network link"), copper));
        }
        int optics = (int) networkLinks(p, catalog, OPTICS).count();
        if (optics > 0) {
            out.add(new Swap("media:aec", "Taurus smart cables (AEC) instead of optics on " + Plural.of(optics, "network link"),
                    optics));
        }
        return out;
    }

    /**
     * A copy of {@code original} with the swap applied and named after it; the original is not touched.
     *
     * @throws IllegalArgumentException when the swap does not apply to the design
     */
    public static Project variant(Project original, Catalog catalog, Swap swap) {
        Project copy;
        try {
            copy = new ProjectReader(catalog).read("variant of " + original.name(), ProjectWriter.toJson(original)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).project();
        } catch (ProjectFileException e) {
            throw new IllegalStateException("The design cannot be copied: " + e.getMessage(), e);
        }
        List<Command> edits = new ArrayList<>();
        if (swap.key().startsWith("part:")) {
            String[] ft = swap.key().substring(5).split(">", 2);
            for (Component c : byPart(copy).getOrDefault(ft[0], List.of())) {
                edits.add(Edits.partNumber(copy, c.id(), ft[1]));
            }
        } else if (swap.key().equals("media:optics")) {
            networkLinks(copy, catalog, COPPER).forEach(l -> edits.addAll(toOptics(copy, catalog, l)));
        } else if (swap.key().equals("media:aec")) {
            networkLinks(copy, catalog, OPTICS).forEach(l -> edits.addAll(toAec(copy, catalog, l)));
        }
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("'" + swap.label() + "' changes nothing in " + original.name() + ".");
        }
        edits.add(Edits.projectName(original.name() + " — what if: " + swap.label()));
        new CommandStack(copy).execute(new CompositeCommand(swap.label(), edits));
        return copy;
    }

    private static Map<String, List<Component>> byPart(Project p) {
        Map<String, List<Component>> m = new LinkedHashMap<>();
        for (Component c : p.allComponents()) {
            m.computeIfAbsent(c.partNumber(), k -> new ArrayList<>()).add(c);
        }
        return m;
    }

    private static Set<String> usedPorts(Project p, List<Component> comps) {
        Set<String> ports = new LinkedHashSet<>();
        Set<String> ids = new java.util.HashSet<>();
        comps.forEach(c -> ids.add(c.id()));
        // ports the fabric's patterns use (their first port stands for the range: same spec on a switch)
        for (org.podforge.model.LinkPattern lp : p.fabric().patterns()) {
            if (lp.wiring() instanceof org.podforge.model.RailWiring rw) {
                rw.rails().forEach(rail -> rail.stream().filter(r -> ids.contains(r.componentId())).forEach(r -> ports.add(r.port())));
                if (rw.leaves().stream().anyMatch(ids::contains)) {
                    ports.add(rw.leafPortPrefix() + rw.leafFirstPort());
                }
            } else if (lp.wiring() instanceof org.podforge.model.MeshWiring mw) {
                if (mw.lower().stream().anyMatch(ids::contains)) {
                    ports.add(mw.lowerPortPrefix() + mw.lowerFirstPort());
                }
                if (mw.upper().stream().anyMatch(ids::contains)) {
                    ports.add(mw.upperPortPrefix() + mw.upperFirstPort());
                }
            }
        }
        for (Component c : comps) {
            for (Link l : p.linksOf(c.id())) {
                for (PortRef end : List.of(l.a(), l.b())) {
                    if (end.componentId().equals(c.id())) {
                        ports.add(end.port());
                    }
                }
            }
        }
        return ports;
    }

    /** Orderable parts of the same family and slot type with every used port, sharing each used port's role and a protocol. */
    private static List<Part> candidates(Catalog catalog, Part from, Set<String> ports) {
        List<Part> out = new ArrayList<>();
        for (Part to : catalog.byFamily(from.family())) {
            if (to.partNumber().equals(from.partNumber()) || !to.isOrderable() || !to.slotType().equals(from.slotType())) {
                continue;
            }
            if (speaks(to, org.podforge.model.Protocol.NVLINK_C2C) && !speaks(from, org.podforge.model.Protocol.NVLINK_C2C)) {
                continue; // a superchip's GPU or CPU (bonded over NVLink-C2C) does not stand in for a socketed part
            }
            boolean fits = true;
            for (String name : ports) {
                Port a = from.port(name).orElse(null);
                Port b = to.port(name).orElse(null);
                if (a == null || b == null || a.spec().role() != b.spec().role()
                        || a.spec().protocols().stream().noneMatch(b.spec().protocols()::contains)) {
                    fits = false;
                    break;
                }
            }
            if (fits) {
                out.add(to);
            }
        }
        return out;
    }

    private static boolean speaks(Part part, org.podforge.model.Protocol protocol) {
        return part.ports().stream().anyMatch(x -> x.spec().speaks(protocol));
    }

    /** Links of the pods and the fabric on one of {@code media} whose two ends are network ports. */
    private static java.util.stream.Stream<Link> networkLinks(Project p, Catalog catalog, Set<Medium> media) {
        return p.allLinks().stream().filter(l -> media.contains(l.medium()))
                .filter(l -> isNetwork(p, catalog, l.a()) && isNetwork(p, catalog, l.b()));
    }

    private static boolean isNetwork(Project p, Catalog catalog, PortRef r) {
        return port(p, catalog, r).map(x -> x.spec().isNetwork()).orElse(false);
    }

    private static Optional<Port> port(Project p, Catalog catalog, PortRef r) {
        return p.component(r.componentId()).flatMap(c -> catalog.find(c.partNumber())).flatMap(x -> x.port(r.port()));
    }

    private static List<Command> toOptics(Project p, Catalog catalog, Link l) {
        Port pa = port(p, catalog, l.a()).orElseThrow();
        Port pb = port(p, catalog, l.b()).orElseThrow();
        String ta = module(catalog, pa, Compatibility.lanesAt(l.lanes(), pa, pb));
        String tb = module(catalog, pb, Compatibility.lanesAt(l.lanes(), pb, pa));
        List<Command> out = new ArrayList<>();
        out.add(Edits.medium(p, l.id(), Medium.FIBER_MM));
        out.add(Edits.cablePart(p, l.id(), OM4));
        out.add(Edits.transceiverPart(p, l.id(), ta));
        out.add(Edits.transceiverPartB(p, l.id(), tb != null && tb.equals(ta) ? null : tb));
        return out;
    }

    /** The lowest-power orderable multimode module that plugs into {@code port} for a link of {@code lanes}, or null. */
    private static String module(Catalog catalog, Port port, int lanes) {
        return catalog.byFamily(Family.TRANSCEIVER).stream().filter(Part::isOrderable)
                .filter(x -> x.medium().orElse(null) == Medium.FIBER_MM)
                .filter(x -> Compatibility.canPlug(x, port, lanes).ok())
                .min(Comparator.comparing((Part x) -> x.powerW().orElse(Double.MAX_VALUE)).thenComparing(Part::partNumber))
                .map(Part::partNumber).orElse(null);
    }

    private static List<Command> toAec(Project p, Catalog catalog, Link l) {
        Port pa = port(p, catalog, l.a()).orElseThrow();
        Port pb = port(p, catalog, l.b()).orElseThrow();
        int lanes = Math.min(Compatibility.lanesAt(l.lanes(), pa, pb), Compatibility.lanesAt(l.lanes(), pb, pa));
        String aec = catalog.byFamily(Family.SMART_CABLE_MODULE).stream().filter(Part::isOrderable)
                .filter(x -> x.medium().orElse(null) == Medium.AEC && x.lanes().orElse(0) == lanes)
                .filter(x -> Compatibility.canCarry(x, pa, pb).ok())
                .map(Part::partNumber).sorted().findFirst().orElse(null);
        List<Command> out = new ArrayList<>();
        out.add(Edits.medium(p, l.id(), Medium.AEC));
        out.add(Edits.cablePart(p, l.id(), aec));
        out.add(Edits.transceiverPart(p, l.id(), null));
        out.add(Edits.transceiverPartB(p, l.id(), null));
        return out;
    }
}
