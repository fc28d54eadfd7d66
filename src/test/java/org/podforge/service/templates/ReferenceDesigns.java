package org.podforge.service.templates;

import java.nio.file.Files;
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
 * Builds the reference templates in {@code docs/examples/} that are not the generator's sample. The files are
 * the source of truth (the app and the tests read them); this class is how they were made, and
 * {@code ReferenceDesignsTest} keeps the two in step. Regenerate with
 * {@code mvn -o -q test-compile exec:java}-style runs of {@link #main} (or from the IDE): it rewrites the files.
 */
public final class ReferenceDesigns {
    static final String SERVER = "GENERIC-HGX-8GPU-10U";
    static final String RACK = "RACK-EIA-48U";
    static final String GPU = "NVIDIA-B200";
    static final String CPU = "INTEL-XEON-6700P";
    static final String PSWITCH = "PEX89144";
    static final String RETIMER = "PT5161L";
    static final String NIC = "NVIDIA-CONNECTX-7";
    static final String DPU = "NVIDIA-BLUEFIELD-3";
    static final String SSD = "MICRON-9550-E3S";
    static final String INTERNAL_CABLE = "PCISIG-COPPRLINK-INT-1M";

    static final String DGX_GUIDE = "https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html";

    private ReferenceDesigns() {
    }

    /** Writes every design this class builds into {@code docs/examples/} (run from the repository root). */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs/examples");
        for (var e : designs().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), ProjectWriter.toJson(e.getValue()));
            System.out.println("wrote " + dir.resolve(e.getKey()));
        }
    }

    /** File name -> design. */
    static java.util.Map<String, Project> designs() {
        java.util.Map<String, Project> m = new java.util.LinkedHashMap<>();
        m.put("dgx-b200-server.podforge.json", b200Server());
        return m;
    }

    static final String SERVER_DESCRIPTION = "A DGX/HGX B200-class 8-GPU server, fully wired. Sources: counts from NVIDIA's DGX B200 user guide ("
            + DGX_GUIDE + "): 8 B200 GPUs (1,000 W each), 2 CPUs, 8 ConnectX-7 400G NICs (one per GPU, rail-optimised), "
            + "2 BlueField-3 DPUs, 8 data NVMe drives; 10U. Host PCIe fabric after the public Hopper/Blackwell pattern: 4 PCIe switches "
            + "per 8-GPU server (Next Platform via reportify.ai, interconnect-facts D), each fed x16 by a CPU and fanning out to 2 GPUs, "
            + "2 NICs and 2 drives; one Aries 5 (PT5161L) Gen5 retimer per GPU host link at the HGX baseboard edge (HGX B200: Gen5 "
            + "retimers at the host edge connectors, https://vengineer.hatenablog.com/entry/2025/03/16/080000; one per x16 host link is "
            + "inferred). Illustrative: the CPU is a Xeon 6700P standing in for DGX B200's Xeon Platinum 8570 (not in the catalog); the "
            + "switch is Broadcom's PEX89144 (used in Hopper-era DGX, a supply-chain estimate); Micron 9550 E3.S drives stand in for the "
            + "8 U.2 drives; the 2 M.2 boot drives, DIMMs, fans and PSUs are not modelled, and the 2 NVLink switch chips of the HGX "
            + "baseboard are not placed (no NVLink switch chip part in this catalog yet), so the GPUs' NVLink ports are left open.";

    /** One DGX/HGX B200-class server in one 48U rack. */
    static Project b200Server() {
        Project p = new Project("DGX B200-class server (8 x B200, fully wired)");
        p.setDescription(SERVER_DESCRIPTION);
        Pod pod = new Pod("pod-1", "Server", 1);
        Rack rack = new Rack("rack-1", "Rack A", RACK, 0, 0);
        pod.addRack(rack);
        p.addPod(pod);
        List<Link> links = new ArrayList<>();
        Chassis srv = new Chassis("srv-1", "DGX B200-class server", SERVER, 1);
        rack.addChassis(srv);
        wireServer(srv, "", links, new int[] {0});
        links.forEach(pod::addLink);
        return p;
    }

    /**
     * Fills an empty HGX-class chassis with the DGX B200-class server: 2 CPUs, 4 PEX89144 switches (2 per CPU),
     * 8 Aries 5 retimers, 8 B200, 8 ConnectX-7 (cabled from the switches), 8 E3.S drives (two x4 per switch
     * port, split 4x4) and 2 BlueField-3 on the CPUs. Ids start with {@code px}; link numbers continue from
     * {@code linkNo[0]}.
     */
    static void wireServer(Chassis srv, String px, List<Link> links, int[] linkNo) {
        int board = 1;
        int pcie = 1;
        for (int c = 1; c <= 2; c++) {
            Component cpu = comp(srv, px + "cpu-" + c, "CPU " + c, CPU, "cpu-" + c);
            for (int k = 1; k <= 2; k++) {
                int s = (c - 1) * 2 + k;
                Component sw = comp(srv, px + "pswitch-" + s, "PCIe switch " + s, PSWITCH, "board-" + board++);
                links.add(link(px, ++linkNo[0], cpu, "pcie-" + k, sw, "port-1", 16, Medium.PCB));
                for (int g = 1; g <= 2; g++) {
                    int n = (s - 1) * 2 + g;
                    Component gpu = comp(srv, px + "gpu-" + n, "GPU " + n, GPU, "gpu-" + n);
                    Component rt = comp(srv, px + "retimer-" + n, "Aries 5 #" + n, RETIMER, "board-" + (8 + n));
                    links.add(link(px, ++linkNo[0], sw, "port-" + (1 + g), rt, "up", 16, Medium.PCB));
                    links.add(link(px, ++linkNo[0], rt, "down", gpu, "host", 16, Medium.PCB));
                    Component nic = comp(srv, px + "nic-" + n, "ConnectX-7 " + n, NIC, "pcie-" + pcie++);
                    Link nl = link(px, ++linkNo[0], sw, "port-" + (3 + g), nic, "host", 16, Medium.COPPER_INTERNAL);
                    nl.setCablePart(INTERNAL_CABLE);
                    links.add(nl);
                    Component ssd = comp(srv, px + "ssd-" + n, "NVMe " + n, SSD, "e3s-" + n);
                    Link sl = link(px, ++linkNo[0], sw, "port-6", ssd, "host", 4, Medium.COPPER_INTERNAL);
                    sl.setCablePart(INTERNAL_CABLE);
                    links.add(sl);
                }
            }
            Component dpu = comp(srv, px + "dpu-" + c, "BlueField-3 " + c, DPU, "pcie-" + (8 + c));
            links.add(link(px, ++linkNo[0], cpu, "pcie-3", dpu, "host", 16, Medium.PCB));
        }
    }

    static Component comp(Chassis c, String id, String name, String part, String slot) {
        Component comp = new Component(id, name, part, slot);
        c.addComponent(comp);
        return comp;
    }

    static Link link(String px, int n, Component a, String pa, Component b, String pb, int lanes, Medium m) {
        return new Link(px + "link-" + n, new PortRef(a.id(), pa), new PortRef(b.id(), pb), lanes, m);
    }
}
