package org.podforge.service.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.podforge.catalog.Catalog;
import org.podforge.geometry.Geometry;
import org.podforge.model.Cooling;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.PartStatus;
import org.podforge.model.Plural;
import org.podforge.model.Port;
import org.podforge.model.PortSpec;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.rules.RuleContext;
import org.podforge.rules.Thresholds;
import org.podforge.rules.builtin.RackCoolingRule;

/**
 * Builds a complete design from a few choices ({@link GenerateRequest}): one pod design deployed as
 * replicas, and a rail-optimised scale-out fabric (network racks of leaf, spine and core switches placed in
 * the hall's rows, rail and mesh wiring patterns, cables and modules for the lengths the placement gives).
 * Toolkit-free: the CLI's {@code podforge generate} and the app's wizard call the same method. A request
 * that cannot give a correct design throws {@link GenerateRefused} with the reason; nothing half-built is
 * returned. How the tiers are sized: docs/decisions/0014.
 */
public final class ClusterGenerator {
    /** The largest cluster generated: 131,072 GPUs, the largest size PodForge is measured at (docs/performance.md). */
    public static final long MAX_GPUS = 131_072;
    static final int MAX_PODS = 65_536;
    /** The threshold scaleout.fabric judges leaf oversubscription against; a generated blocking fabric sets it in the design. */
    public static final String LEAF_OVERSUBSCRIPTION = "scaleout.leaf.maxOversubscription";

    /**
     * A generated design.
     *
     * @param project the design
     * @param fabric  the scale-out plan, or null without a scale-out fabric
     * @param notes   what the user should know (a part the catalog lacks, a cage used below its speed)
     */
    public record Result(Project project, FabricPlan fabric, String switchPart, List<String> notes) {
    }

    private final Catalog catalog;
    private final Thresholds thresholds;

    public ClusterGenerator(Catalog catalog, Thresholds thresholds) {
        this.catalog = catalog;
        this.thresholds = thresholds;
    }

    /**
     * The {@code --gpus N} cluster: {@code gpus / 64} replicas of the sample pod (8 servers x 8 XPUs, Scorpio X,
     * ConnectX-8, Leo) joined by a generated fabric of the first switch family that reaches the size.
     */
    public static GenerateRequest sampleCluster(long gpus, String family) {
        if (gpus < 64 || gpus > MAX_GPUS) {
            throw new GenerateRefused("gpus", String.format(Locale.ROOT, "give between 64 and %d GPUs (a multiple of 64), not %,d", MAX_GPUS, gpus));
        }
        if (gpus % 64 != 0) {
            throw new GenerateRefused("gpus", "a cluster of the sample pod has a multiple of 64 GPUs, not " + gpus);
        }
        // the sample pod's racks are declared cooled by a rear door (PodGenerator.sample): four 14.3 kW servers per rack
        return GenerateRequest.builder().nicPart("NVIDIA-CONNECTX-8").cxlPerCpu(2).pods((int) (gpus / 64)).scaleOutFamily(family)
                .cooling(Cooling.REAR_DOOR)
                .name(String.format(Locale.ROOT, "Cluster of %,d accelerators", gpus)).build();
    }

    public Result generate(GenerateRequest r) {
        List<String> notes = new ArrayList<>();
        checkCounts(r);
        Part gpu = part(r.gpuPart(), Family.GPU, "gpu");
        Part cpu = part(r.cpuPart(), Family.CPU, "cpu");
        Part rack = part(r.rackPart(), Family.RACK, "rack");
        int rackU = rack.heightU().orElseThrow(() -> new GenerateRefused("rack", r.rackPart() + " gives no height in U"));
        double budget = r.rackBudgetW() != null ? r.rackBudgetW()
                : rack.rack().map(s -> s.powerBudgetW()).filter(w -> w != null).orElse(thresholds.value("rack.power.defaultBudgetW", 0));
        if (!(budget > 0)) {
            throw new GenerateRefused("rack-budget", "give a positive rack power budget in W");
        }
        ScaleUp kind = r.scaleUp() != null ? r.scaleUp() : defaultScaleUp(gpu);

        // scale-out first: it decides the NIC that goes into the server
        ScaleOut so = "none".equalsIgnoreCase(r.scaleOutFamily()) ? null : scaleOut(r);
        String nicPart = so != null ? so.nic.partNumber() : r.nicPart() != null ? part(r.nicPart(), Family.NIC, "nic").partNumber()
                : firstNic(null, null).partNumber();

        Part server = serverChassis(r, gpu);
        int ssds = ssdsPerServer(r, server);
        int gpc = r.gpusPerServer() / 2;
        HostPorts host = HostPorts.of(catalog, cpu, gpu, gpc, r.cxlPerCpu());
        int pswPorts = 1 + (host.pcie() ? gpc : 0) + gpc * r.nicsPerGpu() + (ssds / 2 + 3) / 4;
        if (pswPorts > 20) {
            throw new GenerateRefused("nics-per-gpu", String.format(Locale.ROOT,
                    "%d GPUs, %d NICs and %d SSDs per CPU need %d ports of its Scorpio P switch, which has 20", gpc, gpc * r.nicsPerGpu(),
                    ssds / 2, pswPorts));
        }
        int podGpus = r.gpusPerServer() * r.serversPerPod();
        ScaleUpPlan su = ScaleUpPlan.plan(catalog, kind, gpu, r.gpusPerServer(), podGpus, r.domainGpus(), server);
        if (su != null) {
            notes.addAll(su.notes());
        }
        checkCooling(r, server, su);
        int serverU = server.heightU().orElseThrow();
        IntFunction<PodDesigner.Spec> specFor = per -> new PodDesigner.Spec(server.partNumber(), serverU, gpu.partNumber(), r.gpusPerServer(),
                r.serversPerPod(), cpu.partNumber(), nicPart, r.nicsPerGpu(), r.cxlPerCpu(), ssds, rack.partNumber(), rackU, per, su, host);
        List<String> unknown = new ArrayList<>();
        double serverW = PodDesigner.serverPowerW(catalog, specFor.apply(1), unknown);
        if (server.systemMaxW().isPresent() && server.systemMaxW().get() >= serverW) {
            notes.add(String.format(Locale.ROOT, "servers budgeted at %s's system maximum, %s", server.partNumber(), PodDesigner.fmtW(serverW)));
        } else if (!unknown.isEmpty()) {
            notes.add("server power counts only parts with a catalog figure; unknown: " + String.join(", ", unknown));
        }
        RackFit.Result fit = new RackFit(catalog, thresholds, r).fit(specFor, serversPerRack(r, su, serverU, rackU));
        notes.addAll(fit.notes());
        int perRack = fit.perRack();
        if (su != null && !su.onBoard() && kind != ScaleUp.SCORPIO_X && su.domainGpus() / r.gpusPerServer() > perRack) {
            throw new GenerateRefused("domain", String.format(Locale.ROOT,
                    "a %s domain of %d GPUs spans %d servers but a rack holds %d (its units, power budget and cooling); links between "
                            + "racks would need the %s spine cables, whose lengths are not public (fabric-and-power-facts G2). Use a domain "
                            + "within one rack",
                    kind.protocol().label(), su.domainGpus(), su.domainGpus() / r.gpusPerServer(), perRack, kind.protocol().label()));
        }
        PodDesigner.Result pod = fit.pod();

        Project p = new Project(r.name() != null ? r.name() : defaultName(r, kind, so));
        p.addPod(pod.pod());
        FabricPlan plan = null;
        if (so != null) {
            plan = FabricPlan.of(so.radix, r.oversubscription(), so.rails(r), so.railPorts(r), r.pods(), so.sw.partNumber());
            notes.addAll(so.notes);
            // network racks: within the budget and below the warning level of their cooling (as declared, else the rack part's, else air)
            Cooling netCooling = r.cooling() != null ? r.cooling() : rack.cooling().orElse(Cooling.AIR);
            double netLimit = Math.min(budget, thresholds.value(RackCoolingRule.key(netCooling) + ".warnW", Double.POSITIVE_INFINITY));
            new FabricBuilder(catalog, new Geometry(catalog, RuleContext.geometryDefaults(thresholds)), p, pod, plan, so, rack, netLimit, r)
                    .build(notes);
        }
        if (plan != null && r.oversubscription() > 1) {
            // the design states the blocking it was built for, so scaleout.fabric judges it against that (decision 0013)
            p.setThresholdOverride(LEAF_OVERSUBSCRIPTION, r.oversubscription());
            notes.add(String.format(Locale.ROOT, "leaves are %s:1 oversubscribed as asked; the design sets %s to %s", num(r.oversubscription()),
                    LEAF_OVERSUBSCRIPTION, num(r.oversubscription())));
        }
        p.setDescription(describe(r, kind, su, so, plan, perRack, notes));
        return new Result(p, plan, so == null ? null : so.sw.partNumber(), List.copyOf(notes));
    }

    private static void checkCounts(GenerateRequest r) {
        if (r.gpusPerServer() < 2 || r.gpusPerServer() % 2 != 0) {
            throw new GenerateRefused("gpus-per-server", "a server has two CPUs with the same number of GPUs each: give an even number, not "
                    + r.gpusPerServer());
        }
        if (r.serversPerPod() < 1) {
            throw new GenerateRefused("servers", "a pod has at least 1 server, not " + r.serversPerPod());
        }
        if (r.pods() < 1 || r.pods() > MAX_PODS) {
            throw new GenerateRefused("pods", String.format(Locale.ROOT, "give 1 to %,d pods, not %,d", MAX_PODS, r.pods()));
        }
        if (r.nicsPerGpu() < 1 || r.nicsPerGpu() > 4) {
            throw new GenerateRefused("nics-per-gpu", "give 1 to 4 NICs per GPU, not " + r.nicsPerGpu());
        }
        if (r.cxlPerCpu() < 0 || r.cxlPerCpu() > 4) {
            throw new GenerateRefused("cxl-per-cpu", "give 0 to 4 CXL memory controllers per CPU, not " + r.cxlPerCpu());
        }
        if (r.totalGpus() > MAX_GPUS) {
            throw new GenerateRefused("pods", String.format(Locale.ROOT, "%,d GPUs is more than the %,d PodForge generates", r.totalGpus(),
                    MAX_GPUS));
        }
    }

    private Part part(String pn, Family f, String input) {
        Part p = catalog.find(pn).orElse(null);
        if (p == null) {
            List<String> near = catalog.byFamily(f).stream().map(Part::partNumber).limit(12).toList();
            throw new GenerateRefused(input, "'" + pn + "' is not in the catalog; " + f.label() + " parts: " + String.join(", ", near));
        }
        if (p.family() != f) {
            throw new GenerateRefused(input, pn + " is a " + p.family().label() + ", not a " + f.label());
        }
        return p;
    }

    private static ScaleUp defaultScaleUp(Part gpu) {
        for (PortSpec s : gpu.portSpecs()) {
            if (s.role() == org.podforge.model.PortRole.SCALE_UP) {
                for (ScaleUp k : List.of(ScaleUp.SCORPIO_X, ScaleUp.NVLINK, ScaleUp.UALINK)) {
                    if (s.speaks(k.protocol())) {
                        return k;
                    }
                }
            }
        }
        return ScaleUp.NONE;
    }

    /** The catalog chassis with exactly that many GPU slots and room for the CPUs, NICs and board parts. */
    private Part serverChassis(GenerateRequest r, Part gpu) {
        int nics = r.gpusPerServer() * r.nicsPerGpu();
        int board = 2 + r.gpusPerServer() + 2 * r.cxlPerCpu();
        List<String> why = new ArrayList<>();
        for (Part c : catalog.byFamily(Family.CHASSIS)) {
            int g = ScaleUpPlan.slotsOfType(c, gpu.slotType().orElse("GPU_MODULE")).size();
            if (g != r.gpusPerServer() || c.heightU().isEmpty()) {
                continue;
            }
            int cpus = ScaleUpPlan.slotsOfType(c, "CPU_SOCKET").size();
            int pcie = ScaleUpPlan.slotsOfType(c, "PCIE_X16").size();
            int b = ScaleUpPlan.slotsOfType(c, "BOARD").size();
            if (cpus >= 2 && pcie >= nics && b >= board) {
                return c;
            }
            why.add(String.format(Locale.ROOT, "%s has %d CPU sockets, %d PCIe x16 slots (need %d for NICs) and %d board slots (need %d)",
                    c.partNumber(), cpus, pcie, nics, b, board));
        }
        if (why.isEmpty()) {
            throw new GenerateRefused("gpus-per-server", "no server chassis in the catalog has " + r.gpusPerServer() + " GPU slots");
        }
        throw new GenerateRefused("gpus-per-server", String.join("; ", why));
    }

    /** Servers per rack by space (after the switch trays); {@link RackFit} then holds them to power and cooling. */
    private int serversPerRack(GenerateRequest r, ScaleUpPlan su, int serverU, int rackU) {
        int s = Math.min(r.serversPerPod(), rackU / serverU);
        for (; s >= 1; s--) {
            if (s * serverU + traysPerRack(r, su, s) <= rackU) {
                return s;
            }
        }
        throw new GenerateRefused("rack", String.format(Locale.ROOT, "a %dU server does not fit a %dU rack with its switch trays", serverU,
                rackU));
    }

    /** E1.S SSDs per server: as asked (even, within the chassis' slots), else one per GPU where the chassis has the slots. */
    private static int ssdsPerServer(GenerateRequest r, Part server) {
        int slots = ScaleUpPlan.slotsOfType(server, "E1S").size();
        if (r.ssdsPerServer() == null) {
            return slots >= r.gpusPerServer() ? r.gpusPerServer() : 0;
        }
        int n = r.ssdsPerServer();
        if (n < 0 || n % 2 != 0 || n > slots) {
            throw new GenerateRefused("ssds", String.format(Locale.ROOT,
                    "give an even number of SSDs per server (half behind each CPU's switch) up to the %d E1.S slots of %s, not %d", slots,
                    server.partNumber(), n));
        }
        return n;
    }

    /**
     * A declared cooling that cannot serve the chassis: air-cooled servers gain nothing from direct liquid (no cold
     * plates), and liquid-cooled chassis need the manifolds of a liquid rack (rack.cooling's error).
     */
    private void checkCooling(GenerateRequest r, Part server, ScaleUpPlan su) {
        if (r.cooling() == null) {
            return;
        }
        Cooling serverCooling = server.cooling().orElse(Cooling.AIR);
        if (r.cooling() == Cooling.LIQUID && serverCooling != Cooling.LIQUID) {
            throw new GenerateRefused("cooling", server.partNumber() + " is air-cooled: direct liquid cooling has no cold plates to serve in it. "
                    + "Choose air or rear-door, or a GPU count whose server chassis is liquid-cooled");
        }
        if (r.cooling() != Cooling.LIQUID) {
            List<String> liquid = new ArrayList<>();
            if (serverCooling == Cooling.LIQUID) {
                liquid.add(server.partNumber());
            }
            if (su != null && su.trayPart() != null && catalog.require(su.trayPart()).cooling().orElse(null) == Cooling.LIQUID) {
                liquid.add(su.trayPart());
            }
            if (!liquid.isEmpty()) {
                throw new GenerateRefused("cooling", String.join(" and ", liquid) + (liquid.size() == 1 ? " is" : " are")
                        + " liquid-cooled and need the rack's coolant manifolds; choose liquid cooling");
            }
        }
    }

    /** The most switch trays any rack gets when racks hold {@code perRack} servers (trays round-robin over a domain's racks). */
    private static int traysPerRack(GenerateRequest r, ScaleUpPlan su, int perRack) {
        if (su == null || su.onBoard()) {
            return 0;
        }
        int racks = (r.serversPerPod() + perRack - 1) / perRack;
        int[] n = new int[racks];
        int serversPerDomain = su.domainGpus() / r.gpusPerServer();
        int trays = (su.switches() + su.switchesPerTray() - 1) / su.switchesPerTray();
        for (int d = 0; d < r.serversPerPod() / serversPerDomain; d++) {
            int first = d * serversPerDomain / perRack;
            int last = ((d + 1) * serversPerDomain - 1) / perRack;
            for (int t = 0; t < trays; t++) {
                n[first + t % (last - first + 1)]++;
            }
        }
        int max = 0;
        for (int x : n) {
            max = Math.max(max, x);
        }
        return max;
    }

    // ---- scale-out choices -------------------------------------------------------------------------

    /** The resolved scale-out: switch, box, NIC, protocol, speed and lanes. */
    static final class ScaleOut {
        Part sw;
        Part box;
        Part nic;
        Port swPort;
        Port nicPort;
        Protocol protocol;
        double speed;
        int lanes;
        int radix;
        final List<String> notes = new ArrayList<>();

        int nicPortsPerServer(GenerateRequest r) {
            return r.gpusPerServer() * r.nicsPerGpu();
        }

        int rails(GenerateRequest r) {
            return r.rails() != null ? r.rails() : nicPortsPerServer(r);
        }

        /** Ports one pod replica puts on one rail. */
        int railPorts(GenerateRequest r) {
            return r.serversPerPod() * (nicPortsPerServer(r) / rails(r));
        }
    }

    private ScaleOut scaleOut(GenerateRequest r) {
        if (r.rails() != null && (r.rails() < 1 || (r.gpusPerServer() * r.nicsPerGpu()) % r.rails() != 0)) {
            throw new GenerateRefused("rails", String.format(Locale.ROOT, "%d rails do not divide the %d NIC ports of a server", r.rails(),
                    r.gpusPerServer() * r.nicsPerGpu()));
        }
        if (r.scaleOutFamily() != null) {
            return resolve(r, switchPart(r.scaleOutFamily()), true);
        }
        List<Part> cands = new ArrayList<>(catalog.byFamily(Family.NETWORK_SWITCH));
        // same lane rate as the NIC first (a cable or module fits both ends), then orderable before announced
        Double nicRate = r.nicPart() == null ? null : catalog.find(r.nicPart()).flatMap(n -> n.portSpecs().stream()
                .filter(PortSpec::isNetwork).findFirst()).map(PortSpec::laneRateGbps).orElse(null);
        cands.sort(Comparator.comparingInt((Part p) -> nicRate == null || p.portSpecs().stream().filter(PortSpec::isNetwork)
                        .anyMatch(x -> x.laneRateGbps() != null && Math.abs(x.laneRateGbps() - nicRate) < 1e-6) ? 0 : 1)
                .thenComparingInt(p -> statusRank(p.status())));
        GenerateRefused last = null;
        ScaleOut best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Part sw : cands) {
            try {
                ScaleOut so = resolve(r, sw, false);
                FabricPlan.of(so.radix, r.oversubscription(), so.rails(r), so.railPorts(r), r.pods(), sw.partNumber());
                // with the NIC left to us too, a family whose rails the catalog can cable (cable and both modules) comes
                // first, then one whose NIC is orderable (an 800GbE request: an announced 800GbE NIC on an orderable
                // Ethernet switch only after an orderable 800G InfiniBand pair)
                int rank = r.nicPart() != null ? 0 : (railsCabled(so, r) ? 0 : 2) + (so.nic.isOrderable() ? 0 : 1);
                if (rank == 0) {
                    return so;
                }
                if (rank < bestRank) {
                    best = so;
                    bestRank = rank;
                }
            } catch (GenerateRefused e) {
                last = e;
            }
        }
        if (best != null) {
            return best;
        }
        throw new GenerateRefused("scale-out", "no switch family in the catalog reaches this cluster"
                + (last == null ? "" : "; the last tried says: " + last.getMessage()));
    }

    /** True when the catalog has a cable, and modules for both ends where the medium needs them, for a rail of this pair. */
    private boolean railsCabled(ScaleOut so, GenerateRequest r) {
        MediaChooser.Media m = new MediaChooser(catalog).choose("rails", so.protocol, so.nicPort, so.swPort, so.lanes, RAIL_PROBE_M, r.media());
        return m.cablePart() != null && m.notes().stream().noneMatch(n -> n.contains(" fits "));
    }

    /** A rail run long enough to need optics between racks, for {@link #railsCabled}. */
    private static final double RAIL_PROBE_M = 10;

    private static int statusRank(PartStatus s) {
        return switch (s) {
            case ORDERABLE -> 0;
            case ANNOUNCED -> 1;
            case ILLUSTRATIVE -> 2;
            default -> 3;
        };
    }

    /** A NETWORK_SWITCH by part number, a unique part-number fragment or product line. */
    private Part switchPart(String family) {
        String f = family.trim().toUpperCase(Locale.ROOT);
        List<Part> all = catalog.byFamily(Family.NETWORK_SWITCH);
        for (Part p : all) {
            if (p.partNumber().equalsIgnoreCase(f)) {
                return p;
            }
        }
        List<Part> hits = all.stream().filter(p -> p.partNumber().toUpperCase(Locale.ROOT).contains(f)
                || (p.productLine() != null && p.productLine().equalsIgnoreCase(family.trim()))).toList();
        if (hits.size() == 1) {
            return hits.get(0);
        }
        String list = String.join(", ", all.stream().map(Part::partNumber).toList());
        throw new GenerateRefused("scale-out", (hits.isEmpty() ? "no scale-out switch matches '" : "several switches match '") + family
                + "'; the catalog has " + list + " (or none for no scale-out fabric)");
    }

    private ScaleOut resolve(GenerateRequest r, Part sw, boolean explicit) {
        ScaleOut so = new ScaleOut();
        so.sw = sw;
        so.box = catalog.byFamily(Family.CHASSIS).stream()
                .filter(c -> c.partNumber().equals(sw.partNumber() + "-BOX")
                        || (!ScaleUpPlan.slotsOfType(c, "NETWORK_SWITCH").isEmpty() && c.partNumber().startsWith(sw.partNumber())))
                .findFirst().orElseThrow(() -> new GenerateRefused("scale-out", "no switch box (chassis) in the catalog holds " + sw.partNumber()));
        PortSpec swSpec = sw.portSpecs().stream().filter(PortSpec::isNetwork).findFirst()
                .orElseThrow(() -> new GenerateRefused("scale-out", sw.partNumber() + " has no network port"));
        so.nic = r.nicPart() != null ? part(r.nicPart(), Family.NIC, "nic") : firstNic(swSpec, r.speedGbps());
        PortSpec nicSpec = so.nic.portSpecs().stream().filter(PortSpec::isNetwork).findFirst()
                .orElseThrow(() -> new GenerateRefused("nic", so.nic.partNumber() + " has no network port"));
        so.protocol = swSpec.protocols().stream().filter(nicSpec::speaks).findFirst().orElseThrow(() -> new GenerateRefused("scale-out",
                so.nic.partNumber() + " speaks " + labels(nicSpec) + " and " + sw.partNumber() + " " + labels(swSpec) + "; choose a matching --nic"));
        double max = Math.min(nicSpec.maxLinkGbps(so.protocol), swSpec.speedGbps());
        double speed = r.speedGbps() != null ? r.speedGbps() : max;
        if (speed > max + 1e-9 || speed <= 0) {
            throw new GenerateRefused("speed", String.format(Locale.ROOT, "%s per GPU is more than %s %s links take (%s: %s, %s: %s)",
                    gb(speed), so.protocol.label(), so.nic.partNumber() + " and " + sw.partNumber(), so.nic.partNumber(),
                    gb(nicSpec.maxLinkGbps(so.protocol)), sw.partNumber(), gb(swSpec.speedGbps())));
        }
        Double rn = nicSpec.laneRateGbps();
        Double rs = swSpec.laneRateGbps();
        double rate = rn == null ? (rs == null ? speed : rs) : rs == null ? rn : Math.min(rn, rs);
        double lanes = speed / rate;
        if (Math.abs(lanes - Math.rint(lanes)) > 1e-9 || lanes < 1 || !wholeLanes(speed, nicSpec) || !wholeLanes(speed, swSpec)) {
            throw new GenerateRefused("speed", String.format(Locale.ROOT, "%s is not a whole number of lanes at both ends (%s lanes of %s, %s lanes of %s)",
                    gb(speed), so.nic.partNumber(), rn == null ? "?" : gb(rn), sw.partNumber(), rs == null ? "?" : gb(rs)));
        }
        so.speed = speed;
        so.lanes = (int) Math.rint(lanes);
        so.radix = swSpec.count();
        so.swPort = sw.ports().stream().filter(p -> p.spec() == swSpec).findFirst().orElseThrow();
        so.nicPort = so.nic.ports().stream().filter(p -> p.spec() == nicSpec).findFirst().orElseThrow();
        if (speed + 1e-9 < swSpec.speedGbps()) {
            so.notes.add(String.format(Locale.ROOT, "each %s port carries one %s link (one cable per port; breakouts are not generated), "
                    + "so the radix is %d", sw.partNumber(), gb(speed), so.radix));
        }
        return so;
    }

    private static boolean wholeLanes(double speed, PortSpec s) {
        if (s.laneRateGbps() == null) {
            return s.speedGbps() == null || speed <= s.speedGbps() + 1e-9;
        }
        double l = speed / s.laneRateGbps();
        return l <= s.lanes() + 1e-9 && l >= 1 - 1e-9;
    }

    /**
     * The first catalog NIC, orderable first, whose network port speaks the switch's protocols (any, without a switch);
     * with a speed asked for, the first that carries it over one of them (a 400G NIC is not chosen for an 800G request while
     * an 800G one speaks the switch's protocol), else the first as before (the speed check then says why).
     */
    private Part firstNic(PortSpec swSpec, Double speed) {
        List<Part> speaking = catalog.byFamily(Family.NIC).stream()
                .filter(n -> n.portSpecs().stream().anyMatch(s -> s.isNetwork() && (swSpec == null || swSpec.protocols().stream().anyMatch(s::speaks))))
                .sorted(Comparator.comparingInt((Part p) -> statusRank(p.status()))).toList();
        if (speaking.isEmpty()) {
            throw new GenerateRefused("nic", "no NIC in the catalog speaks " + (swSpec == null ? "a network protocol" : labels(swSpec)));
        }
        if (speed != null && swSpec != null) {
            for (Part n : speaking) {
                PortSpec ns = n.portSpecs().stream().filter(PortSpec::isNetwork).findFirst().orElseThrow();
                boolean carries = swSpec.protocols().stream().filter(ns::speaks)
                        .anyMatch(pr -> speed <= Math.min(ns.maxLinkGbps(pr), swSpec.speedGbps()) + 1e-9);
                if (carries) {
                    return n;
                }
            }
        }
        return speaking.get(0);
    }

    private static String labels(PortSpec s) {
        return String.join("/", s.protocols().stream().map(Protocol::label).toList());
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    static String gb(double g) {
        return (g == Math.rint(g) ? Long.toString((long) g) : Double.toString(g)) + "G";
    }

    private static String defaultName(GenerateRequest r, ScaleUp kind, ScaleOut so) {
        return String.format(Locale.ROOT, "%,d x %s: %s of %d x %d, %s scale-up%s", r.totalGpus(), r.gpuPart(), Plural.of(r.pods(), "pod"),
                r.serversPerPod(), r.gpusPerServer(), kind.flag(), so == null ? "" : ", " + so.sw.partNumber() + " scale-out");
    }

    private String describe(GenerateRequest r, ScaleUp kind, ScaleUpPlan su, ScaleOut so, FabricPlan plan, int perRack, List<String> notes) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Generated by PodForge: %,d GPUs (%s) in %s of %d servers x %d GPUs, %d servers per rack. ",
                r.totalGpus(), r.gpuPart(), Plural.of(r.pods(), "pod replica"), r.serversPerPod(), r.gpusPerServer(), perRack));
        if (su == null) {
            b.append("No scale-up fabric. ");
        } else {
            b.append(String.format(Locale.ROOT, "Scale-up %s: domains of %d GPUs, %d x %s per domain%s. ", kind.flag(), su.domainGpus(),
                    su.switches(), su.switchPart(), su.onBoard() ? " on the server board" : " in switch trays"));
        }
        if (so != null) {
            b.append(String.format(Locale.ROOT, "Scale-out %s %s at %s per NIC port, %s: %s. ", so.protocol.label(), so.sw.partNumber(),
                    gb(so.speed), Plural.of(so.rails(r), "rail"), plan.describe(r.oversubscription())));
        }
        if (!notes.isEmpty()) {
            b.append("Notes: ").append(String.join("; ", notes)).append('.');
        }
        return b.toString().trim();
    }
}
