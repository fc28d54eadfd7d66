package org.podforge.service.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.podforge.catalog.Catalog;
import org.podforge.model.Bifurcation;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRole;
import org.podforge.model.PortSpec;
import org.podforge.model.Protocol;
import org.podforge.model.SlotSpec;

/**
 * The scale-up fabric of one domain of GPUs: one switch tier, each GPU sending the same number of its
 * scale-up links to every switch ("planes"). The fewest switches that give every link a switch port:
 * {@code n} switches with {@code n} dividing the GPU's scale-up links and {@code domain x links <= n x
 * links per switch}. A domain that needs more than one tier (more links than every plane can take) is
 * refused. Switches sit on the server board when the domain is one server and the chassis has slots for
 * them, else in switch trays in the domain's racks.
 *
 * @param label              the switch's name on the canvas ("Scorpio X plane")
 * @param domainGpus         GPUs per domain
 * @param switches           switches per domain
 * @param linksPerPlane      links from one GPU to one switch
 * @param linkLanes          lanes per link
 * @param gpuPorts           the GPU's scale-up port names, plane by plane
 * @param switchPorts        the switch's port names
 * @param linksPerSwitchPort links one switch port takes (a 4x4 split takes 4 x4 links)
 * @param onBoard            switches on the server board
 * @param boardSlots         the chassis slots for on-board switches
 * @param trayPart           switch tray chassis (not on board), else null
 * @param traySlots          the tray's switch slots
 * @param copperCable        cable for a GPU-switch link within a rack, or null
 * @param opticalCable       cable for a link between racks (PCIe only), or null
 * @param notes              what the user should know: UALink carried over Ethernet switches, parts that are not orderable
 */
record ScaleUpPlan(String label, String switchPart, int domainGpus, int switches, int linksPerPlane, int linkLanes, List<String> gpuPorts,
                   List<String> switchPorts, int linksPerSwitchPort, boolean onBoard, List<String> boardSlots, String trayPart,
                   List<String> traySlots, String copperCable, String opticalCable, List<String> notes) {

    int switchesPerTray() {
        return traySlots.size();
    }

    static ScaleUpPlan plan(Catalog catalog, ScaleUp kind, Part gpu, int gpusPerServer, int podGpus, Integer domainReq, Part server) {
        if (kind == ScaleUp.NONE) {
            return null;
        }
        Protocol proto = kind.protocol();
        PortSpec gport = gpu.portSpecs().stream().filter(p -> p.role() == PortRole.SCALE_UP && p.speaks(proto)).findFirst().orElse(null);
        if (gport == null) {
            List<String> has = new ArrayList<>();
            gpu.portSpecs().stream().filter(p -> p.role() == PortRole.SCALE_UP)
                    .forEach(p -> p.protocols().forEach(x -> {
                        if (!has.contains(x.label())) {
                            has.add(x.label());
                        }
                    }));
            String choice = suggest(has);
            // a fabric PodForge does not build (a NeuronLink torus, an Infinity Fabric mesh) is said so, not just "none"
            String unbuilt = "none".equals(choice) && !has.isEmpty()
                    ? " (PodForge generates switched scale-up fabrics only, not " + String.join(" or ", has) + "; the reference "
                            + "templates model some of them)" : "";
            throw new GenerateRefused("scale-up", gpu.partNumber() + " has no " + proto.label() + " scale-up port"
                    + (has.isEmpty() ? "" : "; its scale-up ports speak " + String.join(", ", has)) + ". Choose --scale-up "
                    + choice + unbuilt + " or another --gpu");
        }
        List<String> notes = new ArrayList<>();
        Part sw = switchFor(catalog, kind, proto, gport, gpu, notes);
        Protocol carried = sw.portSpecs().stream().anyMatch(p -> p.speaks(proto) && p.role() == PortRole.SWITCH) ? proto : Protocol.ETHERNET;
        PortSpec sport = sw.portSpecs().stream().filter(p -> p.speaks(carried) && p.role() == PortRole.SWITCH).findFirst().orElseThrow();
        int domain = domainReq != null ? domainReq : kind == ScaleUp.SCORPIO_X ? podGpus : gpusPerServer;
        if (domain < 1 || domain % gpusPerServer != 0 || podGpus % domain != 0) {
            throw new GenerateRefused("domain", String.format(Locale.ROOT,
                    "a scale-up domain of %d GPUs must be whole servers of %d and divide the pod's %d GPUs", domain, gpusPerServer, podGpus));
        }
        int links = gport.count();
        int gLanes = gport.lanes();
        int perPort = linksPerPort(sport, gLanes);
        long capacity = (long) sport.count() * perPort;
        long need = (long) domain * links;
        int n = 0;
        for (int d = 1; d <= links; d++) {
            if (links % d == 0 && need <= d * capacity) {
                n = d;
                break;
            }
        }
        if (n == 0) {
            long max = capacity; // one switch per link: each GPU uses one port of each
            throw new GenerateRefused("domain", String.format(Locale.ROOT,
                    "%d %s GPUs in one domain need %,d switch ports (%d links each), but one tier of %s reaches %d GPUs "
                            + "(%d switches, one per link, of %,d ports); a larger domain needs a second switch tier, which the generator "
                            + "does not build. Use a domain of at most %d GPUs",
                    domain, proto.label(), need, links, sw.partNumber(), max, links, capacity, max));
        }
        List<String> gpuPorts = new ArrayList<>();
        for (Port p : gpu.ports()) {
            if (p.spec() == gport) {
                gpuPorts.add(p.name());
            }
        }
        List<String> swPorts = new ArrayList<>();
        for (Port p : sw.ports()) {
            if (p.spec() == sport) {
                swPorts.add(p.name());
            }
        }
        String slotType = sw.slotType().orElse(null);
        List<String> board = slotsOfType(server, slotType);
        boolean onBoard = domain == gpusPerServer && board.size() >= n;
        String tray = null;
        List<String> traySlots = List.of();
        if (!onBoard) {
            boolean ualoe = carried != proto;
            Part t = catalog.byFamily(Family.CHASSIS).stream()
                    .filter(c -> !slotsOfType(c, slotType).isEmpty() && slotsOfType(c, "GPU_MODULE").isEmpty() && trayRank(c, sw, ualoe) < 9)
                    .min(Comparator.comparingInt((Part c) -> trayRank(c, sw, ualoe)).thenComparing((Part c) -> !c.isOrderable())).orElse(null);
            if (t == null) {
                throw new GenerateRefused("scale-up", "no switch tray in the catalog takes " + sw.partNumber() + " (slot " + slotType + ")");
            }
            tray = t.partNumber();
            traySlots = slotsOfType(t, slotType);
            label(t, "scale-up switch tray", notes);
        }
        label(sw, "scale-up switch", notes);
        String copper = proto == Protocol.PCIE ? PodDesigner.COPPER_CABLE : null;
        String optical = proto == Protocol.PCIE ? PodDesigner.OPTICAL_CABLE : null;
        String label = sw.productLine() != null ? sw.productLine() + (onBoard ? "" : " plane") : sw.partNumber();
        return new ScaleUpPlan(label, sw.partNumber(), domain, n, links / n, gLanes, gpuPorts, swPorts, perPort, onBoard,
                onBoard ? board.subList(0, n) : List.of(), tray, traySlots, copper, optical, List.copyOf(notes));
    }

    /** A note when a generated part is not orderable: illustrative stand-ins and announced parts say so in the output. */
    private static void label(Part p, String role, List<String> notes) {
        if (!p.isOrderable()) {
            notes.add(String.format(Locale.ROOT, "the %s %s is %s%s", role, p.partNumber(), p.status().name(),
                    p.status() == org.podforge.model.PartStatus.ILLUSTRATIVE ? " (a stand-in whose specification is not published: see its catalog description)"
                            : " (not orderable yet)"));
        }
    }

    /**
     * How well a switch tray suits a switch chip: 0 the chip's own tray (its part number starts with the chip's),
     * 1 a UALink-over-Ethernet tray for UALoE, 2 a generic tray; 9 a tray of another product (an NVLink tray does not
     * take Tomahawk chips).
     */
    private static int trayRank(Part tray, Part sw, boolean ualoe) {
        String pn = tray.partNumber().toUpperCase(Locale.ROOT);
        if (pn.startsWith(sw.partNumber().toUpperCase(Locale.ROOT))) {
            return 0;
        }
        if (pn.contains("UALOE")) {
            return ualoe ? 1 : 9;
        }
        return "Generic".equalsIgnoreCase(tray.vendor()) ? 2 : 9;
    }

    private static String suggest(List<String> has) {
        for (String h : has) {
            for (ScaleUp s : ScaleUp.values()) {
                if (s.protocol() != null && s.protocol().label().equals(h)) {
                    return s.flag();
                }
            }
        }
        return "none";
    }

    /** How many GPU links of {@code lanes} one switch port takes: the port's split into links of that width, else 1. */
    private static int linksPerPort(PortSpec sport, int lanes) {
        if (sport.lanes() <= lanes) {
            return 1;
        }
        for (String b : sport.bifurcations()) {
            Bifurcation bf = Bifurcation.parse(b);
            if (bf.width() == lanes) {
                return sport.lanes() / lanes;
            }
        }
        return 1;
    }

    /**
     * The scale-up switch whose ports speak the protocol at the GPU's link speed (NVLink 5 for Blackwell, 6 for Rubin),
     * same lane rate first, orderable first. UALink has no native switch that ships (fabric-and-power-facts G5, note
     * 7): when the catalog has none and the GPU's scale-up ports also speak Ethernet, the links run UALink over
     * Ethernet (UALoE, as AMD Helios does) on an Ethernet scale-up switch, and a note says so.
     */
    private static Part switchFor(Catalog catalog, ScaleUp kind, Protocol proto, PortSpec gport, Part gpu, List<String> notes) {
        Part sw = bestSwitch(catalog, kind, proto, gport);
        if (sw != null) {
            return sw;
        }
        String speed = gport.speedGbps() == null ? "" : " with " + gport.speedGbps().intValue() + "G ports";
        if (kind == ScaleUp.UALINK) {
            Part eth = gport.speaks(Protocol.ETHERNET) ? bestSwitch(catalog, ScaleUp.ETHERNET, Protocol.ETHERNET, gport) : null;
            if (eth == null) {
                throw new GenerateRefused("scale-up", "no native UALink switch ships (fabric-and-power-facts G5: switch silicon from Astera Labs, "
                        + "Auradine, Enfabrica, XConn and Upscale AI is pending qualification) and the catalog has none" + speed + "; "
                        + (gport.speaks(Protocol.ETHERNET) ? "no Ethernet scale-up switch" + speed + " is in the catalog for UALink over Ethernet"
                                : gpu.partNumber() + "'s scale-up ports do not speak Ethernet for UALink over Ethernet")
                        + ". Choose another --scale-up");
            }
            notes.add("UALink runs over Ethernet (UALoE) on " + eth.partNumber() + ": no native UALink switch ships yet, and the first "
                    + "AMD Helios systems use UALink over Ethernet (fabric-and-power-facts G5, note 7)");
            return eth;
        }
        throw new GenerateRefused("scale-up", "the catalog has no " + (kind == ScaleUp.SCORPIO_X ? "Scorpio X" : proto.label())
                + " scale-up switch part" + speed + "; add one to the catalog or choose another --scale-up");
    }

    private static Part bestSwitch(Catalog catalog, ScaleUp kind, Protocol proto, PortSpec gport) {
        List<Part> cands = new ArrayList<>();
        for (Part p : catalog.byFamily(Family.SCALEUP_SWITCH)) {
            boolean speaks = p.portSpecs().stream().anyMatch(s -> s.role() == PortRole.SWITCH && s.speaks(proto)
                    && (s.speedGbps() == null || gport.speedGbps() == null || Math.abs(s.speedGbps() - gport.speedGbps()) < 1e-6));
            boolean scorpio = p.productLine() != null && p.productLine().toLowerCase(Locale.ROOT).contains("scorpio x");
            if (speaks && (kind != ScaleUp.SCORPIO_X || scorpio) && p.slotType().isPresent()) {
                cands.add(p);
            }
        }
        return cands.stream().min(Comparator.comparingInt((Part p) -> sameLaneRate(p, proto, gport) ? 0 : 1)
                .thenComparing((Part p) -> !p.isOrderable())).orElse(null);
    }

    /** True when the switch's port runs the GPU port's lane rate (or either does not say). */
    private static boolean sameLaneRate(Part sw, Protocol proto, PortSpec gport) {
        return sw.portSpecs().stream().filter(s -> s.role() == PortRole.SWITCH && s.speaks(proto)).anyMatch(s -> s.laneRateGbps() == null
                || gport.laneRateGbps() == null || Math.abs(s.laneRateGbps() - gport.laneRateGbps()) < 1e-6);
    }

    static List<String> slotsOfType(Part chassis, String type) {
        List<String> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        for (SlotSpec s : chassis.slots()) {
            if (type.equals(s.type())) {
                out.addAll(s.slotNames());
            }
        }
        return out;
    }
}
