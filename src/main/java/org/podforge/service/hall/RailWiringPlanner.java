package org.podforge.service.hall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.geometry.Geometry;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.LinkPattern;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortSpec;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.model.Rack;
import org.podforge.model.RailWiring;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.rules.Compatibility;
import org.podforge.service.generate.GenerateRequest;
import org.podforge.service.generate.MediaChooser;
import org.podforge.model.Plural;

/**
 * Wires a pod's rails to leaf switches in one step, toolkit-free (the hall view's "Wire rails..." and its tests
 * share it): rail i of every server of every replica to leaf i of the replica's scalable unit, written as one
 * {@link RailWiring} fabric pattern (decision 0009), never one link per cable. The plan names what it will write
 * before it is applied: the rails found in the pod design (each server's NIC network ports, server by server in
 * design order), the leaves and the scalable units they make, the cable count, the lanes and speed, and the
 * media the longest run needs ({@link MediaChooser}, the generator's chooser). Whatever stands in the way (a pod
 * whose rails are already wired, too few leaves, a leaf without enough free ports) is a problem that stops Apply,
 * with the reason; advice that does not (a leaf more than half full of server ports) is a note.
 */
public final class RailWiringPlanner {
    private RailWiringPlanner() {
    }

    /** What Apply would write, or why it cannot. */
    public record Plan(String podId, String podLabel, int replicas, List<List<PortRef>> rails, int servers, List<String> leaves,
                       int replicasPerUnit, int units, int leavesNeeded, long cables, Protocol protocol, int lanes, double gbps,
                       double longestM, MediaChooser.Media media, String leafPortPrefix, int leafFirstPort, int leafPorts,
                       List<String> notes, List<String> problems) {
        public boolean canApply() {
            return problems.isEmpty();
        }

        /** The one command that writes the pattern (refused when the plan has problems). */
        public Command command(Project p) {
            if (!canApply()) {
                throw new CommandException(String.join("; ", problems));
            }
            String id = p.newId("pattern");
            RailWiring w = new RailWiring(podId, rails, leaves.subList(0, leavesNeeded), replicasPerUnit, leafPortPrefix, leafFirstPort);
            LinkPattern lp = new LinkPattern(id, "Rails of " + podLabel + " to leaves", w, lanes, media.medium());
            lp.setCablePart(media.cablePart());
            lp.setTransceiverPart(media.transceiverPart());
            lp.setTransceiverPartB(media.transceiverPartB());
            return new AddCommand(Fabric.ID, lp);
        }

        /** "8 rails x 8 servers x 16 replicas = 1,024 cables, 400G InfiniBand x4, fibre (single-mode) ..." */
        public String summary() {
            return String.format(Locale.ROOT, "%s x %s x %s = %s; %s of %s on %s; "
                            + "%s x%d at %s per cable; longest run %.1f m: %s%s%s", Plural.of(rails.size(), "rail"), Plural.of(servers, "server"),
                    Plural.of(replicas, "replica"), Plural.of(cables, "cable"), Plural.of(units, "unit"), Plural.of(replicasPerUnit, "replica"),
                    Plural.of(leavesNeeded, "leaf switch", "leaf switches"), protocol == null ? "?" : protocol.label(), lanes, Double.isNaN(gbps) ? "unknown speed" : Compatibility.gbpsLabel(gbps),
                    longestM, media == null ? "?" : media.medium().label(), media == null || media.cablePart() == null ? "" : ", cable " + media.cablePart(),
                    media == null || media.transceiverPart() == null && media.transceiverPartB() == null ? ""
                            : ", modules " + (media.transceiverPart() == null ? "none" : media.transceiverPart())
                            + (media.transceiverPartB() == null ? "" : " / " + media.transceiverPartB()));
        }
    }

    /** The network switches of the given racks (network racks of the fabric), rack by rack, box by box. */
    public static List<String> switchesIn(Project p, Collection<String> rackIds) {
        List<String> out = new ArrayList<>();
        for (Rack r : p.fabric().racks()) {
            if (rackIds.contains(r.id())) {
                for (Chassis c : r.chassis()) {
                    for (Component comp : c.components()) {
                        out.add(comp.id());
                    }
                }
            }
        }
        return out;
    }

    /**
     * Plans the rails of pod {@code podId} to {@code leaves} (in order: unit by unit, rail by rail).
     *
     * @param replicasPerUnit replicas per scalable unit, or null for as few units as the leaves allow
     * @param media           copper where it reaches, or optics
     */
    public static Plan plan(Project p, Catalog catalog, Geometry geometry, String podId, List<String> leaves, Integer replicasPerUnit,
                            GenerateRequest.MediaPreference media) {
        Pod pod = p.pod(podId).orElseThrow(() -> new CommandException("pod " + podId + " no longer exists"));
        List<String> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (LinkPattern lp : p.fabric().patterns()) {
            if (lp.wiring() instanceof RailWiring rw && rw.podId().equals(podId)) {
                problems.add("the rails of " + pod.label() + " are already wired by pattern " + lp.label() + "; delete it first to wire them again");
            }
        }
        List<List<PortRef>> servers = serverPorts(p, catalog, pod);
        int railCount = 0;
        for (List<PortRef> s : servers) {
            railCount = Math.max(railCount, s.size());
        }
        List<List<PortRef>> rails = new ArrayList<>();
        for (int i = 0; i < railCount; i++) {
            List<PortRef> rail = new ArrayList<>();
            for (List<PortRef> s : servers) {
                if (i < s.size()) {
                    rail.add(s.get(i));
                }
            }
            rails.add(rail);
        }
        if (rails.isEmpty()) {
            problems.add(pod.label() + " has no free NIC network port to wire (rails are the servers' NIC network ports)");
        }
        List<String> switches = new ArrayList<>();
        for (String id : leaves) {
            Component c = p.component(id).orElse(null);
            Part part = c == null ? null : catalog.find(c.partNumber()).orElse(null);
            if (c == null || c.chassis() == null || c.chassis().rack() == null || c.chassis().rack().pod() != null) {
                problems.add(id + " is not a switch in a network rack");
            } else if (part == null || part.portSpecs().stream().noneMatch(PortSpec::isNetwork)) {
                notes.add(id + " (" + c.partNumber() + ") has no network port in the catalog; left out");
            } else {
                switches.add(id);
            }
        }
        if (switches.isEmpty()) {
            problems.add("select a network rack (or more) holding the leaf switches to wire to");
        }
        int replicas = pod.replicas();
        int maxRail = rails.stream().mapToInt(List::size).max().orElse(0);
        Port leafPort = switches.isEmpty() ? null : firstNetworkPort(p, catalog, switches.get(0));
        String prefix = leafPort == null ? "port-" : prefixOf(leafPort.name());
        int firstNumber = leafPort == null ? 1 : numberOf(leafPort.name(), 1);
        int leafPorts = leafPort == null ? 0 : networkPortCount(p, catalog, switches.get(0));
        int first = firstFreePort(p, switches, prefix, firstNumber);
        int free = leafPorts - (first - firstNumber);
        int unitsAvail = railCount == 0 ? 0 : switches.size() / railCount;
        int rpu;
        if (replicasPerUnit != null) {
            rpu = Math.max(1, Math.min(replicasPerUnit, replicas));
        } else {
            rpu = unitsAvail == 0 ? replicas : (replicas + unitsAvail - 1) / unitsAvail;
        }
        int units = (replicas + rpu - 1) / rpu;
        int needed = units * railCount;
        if (railCount > 0 && !switches.isEmpty() && needed > switches.size()) {
            problems.add(String.format(Locale.ROOT, "%s in units of %d with %s need %s; %d selected", Plural.of(replicas, "replica"), rpu,
                    Plural.of(railCount, "rail"), Plural.of(needed, "leaf switch", "leaf switches"), switches.size()));
        } else if (needed < switches.size()) {
            notes.add(String.format(Locale.ROOT, "%d of the %d selected switches are used; %d left free (the last in rack order)", needed, switches.size(), switches.size() - needed));
        }
        if (maxRail > 0 && leafPorts > 0 && rpu * maxRail > free) {
            problems.add(String.format(Locale.ROOT, "a leaf takes %s x %s = %s, but has %s from %s%d; "
                    + "select more leaves (or fewer replicas per unit)", Plural.of(rpu, "replica"), Plural.of(maxRail, "server port"),
                    Plural.of((long) rpu * maxRail, "cable"), Plural.of(free, "free port"), prefix, first));
        } else if (maxRail > 0 && leafPorts > 0 && rpu * maxRail > leafPorts / 2) {
            notes.add(String.format(Locale.ROOT, "each leaf takes %d server cables of its %d ports: fewer than that are left for uplinks, so the leaf "
                    + "tier will be oversubscribed (scaleout.fabric judges it)", rpu * maxRail, leafPorts));
        }
        long cables = 0;
        for (List<PortRef> r : rails) {
            cables += (long) r.size() * Math.min(replicas, units * rpu);
        }
        // protocol, lanes and speed from the first server port and the leaf port, as the generator sizes a link
        Port nicPort = rails.isEmpty() ? null : port(p, catalog, rails.get(0).get(0));
        Protocol protocol = null;
        int lanes = 1;
        double gbps = Double.NaN;
        if (nicPort != null && leafPort != null) {
            Set<Protocol> common = Compatibility.common(leafPort, nicPort);
            protocol = leafPort.spec().protocols().stream().filter(common::contains).findFirst().orElse(null);
            if (protocol == null) {
                problems.add(String.format(Locale.ROOT, "%s speaks %s and the leaf %s: no common protocol", nicPort.name(),
                        nicPort.spec().protocols(), leafPort.spec().protocols()));
            } else {
                lanes = lanes(nicPort.spec(), leafPort.spec(), protocol);
                gbps = Compatibility.linkGbps(nicPort, leafPort, lanes, Double.NaN);
            }
        }
        double longest = switches.isEmpty() || rails.isEmpty() ? 0 : longestRun(p, geometry, pod, rails, switches, rpu, units);
        MediaChooser.Media m = protocol == null ? null
                : new MediaChooser(catalog).choose("rails", protocol, nicPort, leafPort, lanes, longest, media);
        if (m != null) {
            notes.addAll(m.notes());
        }
        return new Plan(podId, pod.label(), replicas, rails, servers.size(), switches, rpu, units, Math.min(needed, switches.size()), cables, protocol,
                lanes, gbps, longest, m, prefix, first, leafPorts, notes, problems);
    }

    /** Per server (a chassis holding NICs), in design order, its NICs' network ports that no pod link uses. */
    static List<List<PortRef>> serverPorts(Project p, Catalog catalog, Pod pod) {
        Set<String> used = new LinkedHashSet<>();
        pod.links().forEach(l -> {
            used.add(l.a().componentId() + "/" + l.a().port());
            used.add(l.b().componentId() + "/" + l.b().port());
        });
        List<List<PortRef>> out = new ArrayList<>();
        for (Rack r : pod.racks()) {
            for (Chassis c : r.chassis()) {
                List<PortRef> ports = new ArrayList<>();
                for (Component comp : c.components()) {
                    Part part = catalog.find(comp.partNumber()).orElse(null);
                    if (part == null || part.family() != org.podforge.model.Family.NIC) {
                        continue;
                    }
                    for (Port port : part.ports()) {
                        if (port.spec().isNetwork() && !used.contains(comp.id() + "/" + port.name())) {
                            ports.add(new PortRef(comp.id(), port.name()));
                        }
                    }
                }
                if (!ports.isEmpty()) {
                    out.add(ports);
                }
            }
        }
        return out;
    }

    private static int lanes(PortSpec nic, PortSpec sw, Protocol protocol) {
        double speed = Math.min(nic.maxLinkGbps(protocol), sw.speedGbps() == null ? Double.MAX_VALUE : sw.speedGbps());
        Double rn = nic.laneRateGbps();
        Double rs = sw.laneRateGbps();
        if (rn == null && rs == null) {
            return Math.min(nic.lanes(), sw.lanes());
        }
        double rate = rn == null ? rs : rs == null ? rn : Math.min(rn, rs);
        int l = (int) Math.floor(speed / rate + 1e-9);
        return Math.max(1, Math.min(l, Math.max(nic.lanes(), sw.lanes())));
    }

    /** The longest server-to-leaf run: every rail port's rack in the first and last replica of each unit, to its leaf. */
    private static double longestRun(Project p, Geometry g, Pod pod, List<List<PortRef>> rails, List<String> leaves, int rpu, int units) {
        double max = 0;
        Map<String, Double> seen = new HashMap<>();
        for (int u = 0; u < units; u++) {
            int firstR = u * rpu;
            int lastR = Math.min(pod.replicas(), (u + 1) * rpu) - 1;
            for (int r : new int[] {firstR, lastR}) {
                for (int i = 0; i < rails.size(); i++) {
                    int li = u * rails.size() + i;
                    if (li >= leaves.size()) {
                        continue;
                    }
                    for (PortRef a : rails.get(i)) {
                        PortRef end = a.onReplica(r);
                        String key = end + ">" + leaves.get(li);
                        double m = seen.computeIfAbsent(key, k -> g.between(p, end, new PortRef(leaves.get(li), "probe"), null).metres());
                        if (!Double.isNaN(m)) {
                            max = Math.max(max, m);
                        }
                    }
                }
            }
        }
        return max;
    }

    /** The first leaf port number that no pattern already uses on any of {@code leaves}. */
    private static int firstFreePort(Project p, List<String> leaves, String prefix, int firstNumber) {
        Set<String> mine = Set.copyOf(leaves);
        int[] next = {firstNumber};
        for (LinkPattern lp : p.fabric().patterns()) {
            lp.wiring().portUse(p, (component, pfx, firstPort, count, up) -> {
                if (mine.contains(component) && pfx.equals(prefix)) {
                    next[0] = Math.max(next[0], firstPort + count);
                }
            });
        }
        return next[0];
    }

    private static Port port(Project p, Catalog catalog, PortRef ref) {
        Component c = p.component(ref.componentId()).orElse(null);
        Part part = c == null ? null : catalog.find(c.partNumber()).orElse(null);
        return part == null ? null : part.port(ref.port()).orElse(null);
    }

    private static Port firstNetworkPort(Project p, Catalog catalog, String switchId) {
        Component c = p.component(switchId).orElseThrow();
        return catalog.find(c.partNumber()).flatMap(part -> part.ports().stream().filter(x -> x.spec().isNetwork()).findFirst()).orElse(null);
    }

    private static int networkPortCount(Project p, Catalog catalog, String switchId) {
        Component c = p.component(switchId).orElseThrow();
        return catalog.find(c.partNumber()).map(part -> (int) part.ports().stream().filter(x -> x.spec().isNetwork()).count()).orElse(0);
    }

    private static String prefixOf(String portName) {
        int dash = portName.lastIndexOf('-');
        return dash < 0 ? portName : portName.substring(0, dash + 1);
    }

    private static int numberOf(String portName, int fallback) {
        int dash = portName.lastIndexOf('-');
        try {
            return dash < 0 ? fallback : Integer.parseInt(portName.substring(dash + 1));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
