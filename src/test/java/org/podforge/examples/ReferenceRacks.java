package org.podforge.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Writes the rack-scale reference designs in docs/examples (GB200 NVL72, GB300 NVL72, ...). The committed JSON
 * is what users open; {@code ReferenceRacksTest} checks that it is exactly what this class writes, so the files
 * and their hand-checked counts cannot drift apart. Run {@link #main} to rewrite them after a reviewed change.
 *
 * <p>Counts and wiring follow fabric-and-power-facts G1, G2 and K (cited in each design's description); where
 * the facts are silent (the position of power shelves, which Grace root port feeds which NIC) the design says it
 * is illustrative.
 */
public final class ReferenceRacks {
    public static final Path DIR = Path.of("docs/examples");
    public static final String GB200_FILE = "gb200-nvl72.podforge.json";
    public static final String GB300_FILE = "gb300-nvl72.podforge.json";
    public static final String HELIOS_FILE = "amd-helios.podforge.json";

    static final int TRAYS = 18;
    static final int GPUS_PER_TRAY = 4;
    static final int SWITCH_TRAYS = 9;
    static final int CHIPS_PER_SWITCH_TRAY = 2;
    static final int NVLINKS_PER_GPU = 18;
    static final int SHELVES = 8;

    private ReferenceRacks() {
    }

    /** Rewrites every reference design in {@code docs/examples} (run from the repository root). */
    public static void main(String[] args) throws IOException {
        for (Design d : all()) {
            ProjectWriter.save(d.project(), DIR.resolve(d.file()));
        }
    }

    /** A design and the file it is committed as. */
    public record Design(String file, Project project) {
    }

    public static List<Design> all() {
        return List.of(new Design(GB200_FILE, gb200Nvl72()), new Design(GB300_FILE, gb300Nvl72()), new Design(HELIOS_FILE, helios()));
    }

    /** GB200 NVL72: 18 compute trays (2 Grace + 4 B200 each), 9 NVLink switch trays (2 chips each), 8 power shelves. */
    public static Project gb200Nvl72() {
        Project p = new Project("Reference: GB200 NVL72 rack");
        p.setDescription("One GB200 NVL72 rack: 18 x 1RU compute trays (2 Grace + 4 B200 over NVLink-C2C, 4 ConnectX-7 400G, 2 BlueField-3), "
                + "9 x 1RU NVLink switch trays (2 NVLink 5 chips each), 72 GPUs, 36 Grace, 18 switch chips; every GPU sends one of its 18 "
                + "NVLink links to each switch chip (1,296 links, single-stage and non-blocking). Sources: NVIDIA DGX GB200 user guide "
                + "(https://docs.nvidia.com/dgx/dgxgb200-user-guide/hardware.html) and SuperPOD GB200 network fabrics "
                + "(https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-gb200/latest/network-fabrics.html), "
                + "fabric-and-power-facts G1, G2, K. Budget 142 kW: the NVL72 rack's rating (NVIDIA, GB300 NVL72 components page); a GB200 "
                + "NVL72 draws about 120 kW (ServeTheHome). Illustrative: tray order follows the GTC 2024 show-floor rack (10 compute trays "
                + "above the switch trays, 8 below); the positions and count of the power shelves (8, as in GB300 NVL72), which Grace root "
                + "port feeds which NIC, and the empty E1.S bays are not published; the 2 management ToR switches and the copper spine "
                + "cartridges are not modelled as parts.");
        p.addPod(nvl72Pod(false));
        return p;
    }

    /** GB300 NVL72: as GB200, with B300, ConnectX-8 on the board (GPU and E1.S behind its PCIe switch) and 1 BlueField per tray. */
    public static Project gb300Nvl72() {
        Project p = new Project("Reference: GB300 NVL72 rack");
        p.setDescription("One GB300 NVL72 rack: 18 x 1RU compute trays (2 Grace + 4 B300 over NVLink-C2C, 4 ConnectX-8, 1 BlueField-3, "
                + "4 E1.S), 9 x 1RU NVLink switch trays (2 NVLink 5 chips each), 8 x 33 kW power shelves; 72 GPUs, 36 Grace, 18 switch "
                + "chips, 1,296 NVLink links (one from every GPU to every chip). Each B300 links PCIe Gen6 x16 to a ConnectX-8's internal "
                + "switch and each E1.S sits behind one (Grace does not bifurcate to x4). Sources: NVIDIA NVL72 AI factory components "
                + "(https://docs.nvidia.com/enterprise-reference-architectures/nvl72-ai-factory/latest/components.html), Glenn Klockwood's "
                + "B300 notes (72 CX-8, 18 BlueField per rack), fabric-and-power-facts G1, G2, J1, K. Budget 142 kW (NVIDIA: up to 142 kW). "
                + "Illustrative: tray and shelf positions, which Grace root port feeds which NIC, the internal PCIe cables to the E1.S bays; the M.2 boot drive, 2 management ToR "
                + "switches and the copper spine cartridges are not modelled as parts.");
        p.addPod(nvl72Pod(true));
        return p;
    }

    /**
     * AMD Helios: 18 compute trays (4 MI455X + 1 Venice + 4 Vulcano), scale-up over UALink on Ethernet switches in a
     * central section: 9 illustrative trays of 2 Tomahawk 6 (512 x 200G), one x4 800G link from every MI455X port to
     * one switch chip (18 planes).
     */
    public static Project helios() {
        Project p = new Project("Reference: AMD Helios rack (UALink over Ethernet)");
        p.setDescription("One AMD Helios rack (announced, H2 2026): 18 compute trays of 4 MI455X + 1 EPYC Venice = 72 GPUs and 18 CPUs, "
                + "scale-up over UALink on Ethernet switches (UALoE: first Helios systems; HPE's version uses Broadcom Ethernet switches) "
                + "in a central switch section with compute trays above and below, on an OCP Open Rack Wide. Sources: fabric-and-power-facts "
                + "G5 (https://awesomeagents.ai/hardware/amd-helios/ ; https://singulism.com/en/2026-06-04-amd-helios-mi455x-ualink-ethernet), "
                + "interconnect-facts D. Illustrative, because AMD has not published them: the switch silicon, count and trays (here 9 trays "
                + "of 2 Broadcom Tomahawk 6, 18 planes, one x4 800G link from each of a GPU's 18 ports to each chip: 72 x 18 = 1,296 links), "
                + "the passive copper between trays, the tray height, the PCIe wiring (internal cables from Venice to each GPU and NIC) and the "
                + "NICs (4 Vulcano per tray, one per GPU; 12 chips per tray are reported, unverified; the Salina DPU, drives, power shelves and "
                + "management switches are not modelled). Power: MI455X, Venice, Vulcano and the switches publish no figure ([GAP]), so the "
                + "rack's draw is unknown and rack power says so; the 150 kW budget is the top of the direct-to-chip liquid range (fabric J4), "
                + "not a Helios figure.");
        Pod pod = new Pod("pod-1", "AMD Helios", 1);
        p.addPod(pod);
        Rack rack = new Rack("rack-1", "Helios rack", "OCP-OPEN-RACK-WIDE", 0, 0);
        rack.setPowerBudgetW(150_000.0);
        pod.addRack(rack);
        Builder b = new Builder();
        int u = 3;
        List<Chassis> trays = new ArrayList<>();
        for (int t = 1; t <= 9; t++) {
            trays.add(heliosTray(rack, t, u++));
        }
        List<Component> chips = new ArrayList<>();
        for (int s = 1; s <= SWITCH_TRAYS; s++) {
            Chassis st = new Chassis("suswtray-" + s, "Scale-up switch tray " + s, "AMD-HELIOS-UALOE-SWITCH-TRAY", u++);
            rack.addChassis(st);
            for (int c = 1; c <= 2; c++) {
                int chip = (s - 1) * 2 + c;
                chips.add(b.comp(st, "th6-" + chip, "Tomahawk 6 plane " + chip, "BROADCOM-TOMAHAWK6-200G", "switch-" + c));
            }
        }
        for (int t = 10; t <= TRAYS; t++) {
            trays.add(heliosTray(rack, t, u++));
        }
        List<Component> gpus = new ArrayList<>();
        for (Chassis tray : trays) {
            int t = Integer.parseInt(tray.id().substring("tray-".length()));
            Component cpu = b.comp(tray, "venice-" + t, "Venice " + t, "AMD-EPYC-VENICE", "cpu");
            for (int g = 0; g < GPUS_PER_TRAY; g++) {
                int n = (t - 1) * GPUS_PER_TRAY + g + 1;
                Component gpu = b.comp(tray, "gpu-" + n, "MI455X " + n, "AMD-MI455X", "gpu-" + (g + 1));
                gpus.add(gpu);
                cabled(b.link(cpu, "pcie-" + (g + 1), gpu, "host", 16, Medium.COPPER_INTERNAL));
                Component nic = b.comp(tray, "vulcano-" + n, "Vulcano " + n, "AMD-PENSANDO-VULCANO", "nic-" + (g + 1));
                cabled(b.link(cpu, "pcie-" + (g + 5), nic, "host", 16, Medium.COPPER_INTERNAL));
            }
        }
        // scale-up: port k of every MI455X to switch chip k, on the chip's port i (one x4 800G link)
        for (int k = 1; k <= NVLINKS_PER_GPU; k++) {
            for (int i = 1; i <= gpus.size(); i++) {
                b.link(gpus.get(i - 1), "ualink-" + k, chips.get(k - 1), "port-" + i, 4, Medium.COPPER_INTERNAL);
            }
        }
        b.links.forEach(pod::addLink);
        return p;
    }

    /** An internal PCIe copper cable of the 1 m stock length: the run is at most the cable (illustrative wiring). */
    private static void cabled(Link l) {
        l.setCablePart("PCISIG-COPPRLINK-INT-1M");
        l.setLengthOverrideM(1.0);
    }

    private static Chassis heliosTray(Rack rack, int t, int u) {
        Chassis c = new Chassis("tray-" + t, "Compute tray " + t, "AMD-HELIOS-COMPUTE-TRAY", u);
        rack.addChassis(c);
        return c;
    }

    private static Pod nvl72Pod(boolean gb300) {
        Pod pod = new Pod("pod-1", gb300 ? "GB300 NVL72" : "GB200 NVL72", 1);
        Rack rack = new Rack("rack-1", "NVL72 rack", "NVIDIA-NVL72-RACK", 0, 0);
        rack.setPowerBudgetW(142_000.0);
        pod.addRack(rack);
        Builder b = new Builder();
        int u = 1;
        for (int s = 1; s <= SHELVES / 2; s++) {
            rack.addChassis(new Chassis("shelf-" + s, "Power shelf " + s, "NVIDIA-NVL72-POWER-SHELF-33KW", u++));
        }
        List<Chassis> trays = new ArrayList<>();
        // show-floor order: 8 compute trays below the switch trays, 10 above
        for (int t = 1; t <= 8; t++) {
            trays.add(tray(rack, t, u++, gb300));
        }
        List<Component> chips = new ArrayList<>();
        for (int s = 1; s <= SWITCH_TRAYS; s++) {
            Chassis st = new Chassis("nvswtray-" + s, "NVLink switch tray " + s, "NVIDIA-NVLINK5-SWITCH-TRAY", u++);
            rack.addChassis(st);
            for (int c = 1; c <= CHIPS_PER_SWITCH_TRAY; c++) {
                int chip = (s - 1) * CHIPS_PER_SWITCH_TRAY + c;
                chips.add(b.comp(st, "nvsw-" + chip, "NVLink switch " + chip, "NVIDIA-NVLINK5-SWITCH", "switch-" + c));
            }
        }
        for (int t = 9; t <= TRAYS; t++) {
            trays.add(tray(rack, t, u++, gb300));
        }
        for (int s = SHELVES / 2 + 1; s <= SHELVES; s++) {
            rack.addChassis(new Chassis("shelf-" + s, "Power shelf " + s, "NVIDIA-NVL72-POWER-SHELF-33KW", u++));
        }
        List<Component> gpus = new ArrayList<>();
        for (Chassis tray : trays) {
            int t = Integer.parseInt(tray.id().substring("tray-".length()));
            gpus.addAll(populate(b, tray, t, gb300));
        }
        // NVLink: GPU i sends link k to switch chip k, on the chip's port i
        for (int k = 1; k <= NVLINKS_PER_GPU; k++) {
            Component chip = chips.get(k - 1);
            for (int i = 1; i <= gpus.size(); i++) {
                b.link(gpus.get(i - 1), "nvlink-" + k, chip, "port-" + i, 1, Medium.COPPER_INTERNAL);
            }
        }
        b.links.forEach(pod::addLink);
        return pod;
    }

    private static Chassis tray(Rack rack, int t, int u, boolean gb300) {
        Chassis c = new Chassis("tray-" + t, "Compute tray " + t, gb300 ? "NVIDIA-GB300-COMPUTE-TRAY" : "NVIDIA-GB200-COMPUTE-TRAY", u);
        rack.addChassis(c);
        return c;
    }

    /** Fills compute tray {@code t}; returns its 4 GPUs in order. */
    private static List<Component> populate(Builder b, Chassis tray, int t, boolean gb300) {
        List<Component> gpus = new ArrayList<>();
        Component[] grace = new Component[2];
        for (int c = 0; c < 2; c++) {
            int n = (t - 1) * 2 + c + 1;
            grace[c] = b.comp(tray, "grace-" + n, "Grace " + n, "NVIDIA-GRACE", "cpu-" + (c + 1));
        }
        for (int g = 0; g < GPUS_PER_TRAY; g++) {
            int n = (t - 1) * GPUS_PER_TRAY + g + 1;
            Component gpu = b.comp(tray, "gpu-" + n, (gb300 ? "B300 " : "B200 ") + n, gb300 ? "NVIDIA-B300-GB300" : "NVIDIA-B200-GB200",
                    "gpu-" + (g + 1));
            gpus.add(gpu);
            // a superchip: Grace c hosts GPUs 2c+1 and 2c+2 over NVLink-C2C
            b.link(grace[g / 2], "c2c-" + (g % 2 + 1), gpu, "c2c", 1, Medium.PCB);
        }
        if (gb300) {
            for (int k = 0; k < 4; k++) {
                int n = (t - 1) * 4 + k + 1;
                Component cx8 = b.comp(tray, "cx8-" + n, "ConnectX-8 " + n, "NVIDIA-CONNECTX-8", "pcie-" + (k + 1));
                b.link(grace[k / 2], "pcie-" + (k % 2 + 1), cx8, "host", 16, Medium.PCB);
                b.link(cx8, "sw-1", gpus.get(k), "host", 16, Medium.PCB);
                Component ssd = b.comp(tray, "ssd-" + n, "E1.S " + n, "MICRON-9650-E1S", "e1s-" + (k + 1));
                // E1.S bays sit at the tray front: cabled from the ConnectX-8 switch with internal PCIe copper (illustrative)
                b.link(cx8, "sw-2", ssd, "host", 4, Medium.COPPER_INTERNAL).setCablePart("PCISIG-COPPRLINK-INT-1M");
            }
            Component bf = b.comp(tray, "bf3-" + t, "BlueField-3 " + t, "NVIDIA-BLUEFIELD-3", "pcie-5");
            b.link(grace[0], "pcie-3", bf, "host", 16, Medium.PCB);
        } else {
            for (int k = 0; k < 4; k++) {
                int n = (t - 1) * 4 + k + 1;
                Component cx7 = b.comp(tray, "cx7-" + n, "ConnectX-7 " + n, "NVIDIA-CONNECTX-7", "pcie-" + (k + 1));
                b.link(grace[k / 2], "pcie-" + (k % 2 + 1), cx7, "host", 16, Medium.PCB);
            }
            for (int k = 0; k < 2; k++) {
                int n = (t - 1) * 2 + k + 1;
                Component bf = b.comp(tray, "bf3-" + n, "BlueField-3 " + n, "NVIDIA-BLUEFIELD-3", "pcie-" + (5 + k));
                b.link(grace[k], "pcie-3", bf, "host", 16, Medium.PCB);
            }
        }
        return gpus;
    }

    /** Components and links with ids in creation order. */
    static final class Builder {
        final List<Link> links = new ArrayList<>();

        Component comp(Chassis c, String id, String name, String part, String slot) {
            Component comp = new Component(id, name, part, slot);
            c.addComponent(comp);
            return comp;
        }

        Link link(Component a, String pa, Component bb, String pb, int lanes, Medium m) {
            Link l = new Link("link-" + (links.size() + 1), new PortRef(a.id(), pa), new PortRef(bb.id(), pb), lanes, m);
            links.add(l);
            return l;
        }
    }
}
