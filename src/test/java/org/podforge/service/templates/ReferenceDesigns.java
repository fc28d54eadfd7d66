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
    static final String NVSWITCH = "NVIDIA-NVLINK5-SWITCH";
    static final String SWITCH_BOX = "NVIDIA-SN5600-BOX";
    static final String SWITCH = "NVIDIA-SN5600";
    static final String NIC_OPTIC = "NVIDIA-MMA4Z00-NS400";
    static final String SWITCH_OPTIC = "NVIDIA-MMA4Z00-NS";
    static final String OM4 = "GENERIC-MMF-MPO-OM4";
    static final String TAURUS_400G = "ASTERA-TAURUS-400G";
    static final String SUPERPOD_B200 =
            "https://docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-b200/latest/dgx-superpod-architecture.html";
    static final String SN5000 = "https://docs.nvidia.com/networking/display/sn5000/data+interfaces";

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
        m.put("dgx-b200-scalable-unit.podforge.json", scalableUnit());
        m.put("two-row-pod-taurus.podforge.json", twoRowPod());
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
            + "8 U.2 drives; the 2 M.2 boot drives, DIMMs, fans and PSUs are not modelled. NVLink: the HGX B200 baseboard's 2 NVLink "
            + "5 switch chips of 72 ports each, every GPU sending 9 of its 18 links to each chip (8 x 18 = 144 links = 2 x 72 ports, "
            + "fabric-and-power-facts G1, from the DGX B200 guide's 2 NVLink switches and the 72-port chip, "
            + "https://glennklockwood.com/garden/NVLink); the 9-and-9 split per chip is inferred.";

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
        List<Component> nvswitches = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            nvswitches.add(comp(srv, px + "nvswitch-" + k, "NVLink switch " + k, NVSWITCH, "nvswitch-" + k));
        }
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
                    for (int l = 0; l < 18; l++) {
                        // links 1-9 to the first chip, 10-18 to the second; GPU n uses chip ports (n-1)*9+1 .. n*9
                        links.add(link(px, ++linkNo[0], gpu, "nvlink-" + (l + 1), nvswitches.get(l / 9), "port-" + ((n - 1) * 9 + l % 9 + 1), 1,
                                Medium.PCB));
                    }
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

    static final String SU_DESCRIPTION = "One DGX B200 scalable unit: 32 DGX B200-class servers (256 GPUs) with a rail-optimized, "
            + "non-blocking two-tier leaf/spine compute fabric. Sources: the DGX SuperPOD B200 reference architecture (" + SUPERPOD_B200
            + ") gives 64 nodes, 512 GPUs, 16 leaf and 8 spine switches and 512 node-leaf and 512 leaf-spine cables per 2 scalable "
            + "units; one unit here is half of that (32 nodes, 8 leaves, 4 spines, 256 + 256 cables, inferred by halving, "
            + "fabric-and-power-facts K). Rail-optimized: NIC n of every server goes to leaf n (rail n). Each leaf takes 32 x 400G "
            + "down and sends 32 x 400G up (8 to each spine), so leaves are non-blocking; each spine takes 64 x 400G. A pattern gives "
            + "every cable its own port, so each 400G cable takes one 800G cage (one leg of its twin-port module): the leaf's 64 cages "
            + "are all in use. Illustrative: NVIDIA's SuperPOD uses "
            + "Quantum-2 InfiniBand switches, which are not in the catalog; Spectrum-4 SN5600 Ethernet (64 x 800G, " + SN5000
            + ") stands in, with 400G SR4 flat-top modules at the ConnectX-7s and 800G twin-port SR4 modules in the switch cages "
            + "over OM4 multimode trunks. Two servers per 48U rack (racks > 25 kW in the SuperPOD guide; 2 x 14.3 kW), 16 racks in "
            + "two rows of 8, the 12 switches in one network rack at the end of the first row. The servers are the dgx-b200-server "
            + "template (see its description for its own sources and stand-ins); storage, management and in-band networks are not "
            + "modelled.";

    /** The DGX B200 scalable unit: a 2-server rack design replicated 16 times, 8 leaves and 4 spines in the fabric. */
    static Project scalableUnit() {
        Project p = new Project("DGX B200 scalable unit (32 servers, rail-optimized leaf/spine)");
        p.setDescription(SU_DESCRIPTION);
        Pod pod = new Pod("pod-1", "Two DGX B200-class servers", 16);
        pod.setLayout(new org.podforge.model.ReplicaLayout(8, 2, 1));
        Rack rack = new Rack("rack-1", "Compute rack", RACK, 0, 0);
        pod.addRack(rack);
        p.addPod(pod);
        List<Link> links = new ArrayList<>();
        int[] linkNo = {0};
        for (int s = 1; s <= 2; s++) {
            Chassis srv = new Chassis("srv-" + s, "DGX B200-class server " + s, SERVER, 1 + (s - 1) * 10);
            rack.addChassis(srv);
            wireServer(srv, "s" + s + ".", links, linkNo);
        }
        links.forEach(pod::addLink);

        org.podforge.model.Fabric f = p.fabric();
        Rack net = new Rack("netrack-1", "Network rack", RACK, 0, 8);
        f.addRack(0, net);
        List<String> leaves = new ArrayList<>();
        List<String> spines = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            boolean leaf = i <= 8;
            String id = leaf ? "leaf-" + i : "spine-" + (i - 8);
            Chassis box = new Chassis(id + "-box", leaf ? "Leaf " + i : "Spine " + (i - 8), SWITCH_BOX, 1 + (i - 1) * 2);
            net.addChassis(box);
            box.addComponent(new Component(id, box.name(), SWITCH, "asic"));
            (leaf ? leaves : spines).add(id);
        }
        List<List<PortRef>> rails = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            rails.add(List.of(new PortRef("s1.nic-" + n, "net"), new PortRef("s2.nic-" + n, "net")));
        }
        org.podforge.model.LinkPattern railPattern = new org.podforge.model.LinkPattern("rails", "Rails: NIC n to leaf n",
                new org.podforge.model.RailWiring("pod-1", rails, leaves, 16, "port-", 1), 4, Medium.FIBER_MM);
        railPattern.setCablePart(OM4);
        railPattern.setTransceiverPart(NIC_OPTIC);
        railPattern.setTransceiverPartB(SWITCH_OPTIC);
        f.addPattern(railPattern);
        org.podforge.model.LinkPattern mesh = new org.podforge.model.LinkPattern("leaf-spine", "Leaf to spine, 8 x 400G per pair",
                new org.podforge.model.MeshWiring(leaves, spines, 1, 8, "port-", 33, "port-", 1), 4, Medium.FIBER_MM);
        mesh.setCablePart(OM4);
        mesh.setTransceiverPart(SWITCH_OPTIC);
        f.addPattern(mesh);
        return p;
    }

    static final String TWO_ROW_DESCRIPTION = "A two-row pod of 16 DGX B200-class servers (128 GPUs): in each rack, two servers and a "
            + "top-of-rack leaf; every ConnectX-7 reaches its leaf over a Taurus 400GbE smart cable (AEC, up to 3 m on thin copper) "
            + "inside the row, and every leaf reaches the two spines over 800G optics (twin-port SR4 modules and OM4 trunks), "
            + "between the rows. Leaves are non-blocking: 16 x 400G down and 16 x 400G up (8 to each spine), two 400G links per 800G "
            + "cage (split 2 x 400G, one twin-port module serving both). "
            + "Sources: Taurus 200/400/800GbE at 100G per lane, server NIC to top-of-rack, up to 3 m "
            + "(https://www.asteralabs.com/taurus-smart-cable-module-smart-approach-to-200-400-800-gbe/; the 3 m reach is from a "
            + "secondary summary of the product brief, interconnect-facts A2); SN5600 64 x 800G, or 128 x 400G (" + SN5000
            + "); multimode 800G SR optics reach 50 m on OM4 (interconnect-facts B7). Illustrative: the layout (4 racks per row, "
            + "spines at the end of the second row, two servers per rack) is an example, not a published design; the servers are "
            + "the dgx-b200-server template with its own stand-ins. Power: Astera publishes no Taurus figure ([GAP], fabric I2); "
            + "this design budgets each Taurus cable at 6 W by hand (an estimate with its basis, counted by rack power and listed as such).";

    /** Two rows of 4 racks (2 servers and a ToR leaf each) and a spine rack; Taurus in the racks, optics to the spines. */
    static Project twoRowPod() {
        Project p = new Project("Two-row pod: Taurus AECs in the row, optics between rows");
        p.setDescription(TWO_ROW_DESCRIPTION);
        // a per-design budget for a part with no published figure (decision 0035), with its basis
        p.setPowerBudget("ASTERA-TAURUS-400G", new org.podforge.model.PowerBudget(6, "estimate: at most one 8-channel 112G PAM4 retimer per "
                + "cable end (a 400G AEC end carries 4 lanes each way; an 800G AEC's 8 lanes need one such chip) at about 3 W, as Point2's "
                + "P1B121 (fabric-and-power-facts I2, third party reporting the vendor), so 2 x 3 W per cable; Astera publishes no Taurus figure"));
        Pod pod = new Pod("pod-1", "Two-row pod", 1);
        p.addPod(pod);
        List<Link> links = new ArrayList<>();
        int[] linkNo = {0};
        List<Component> leaves = new ArrayList<>();
        int srvNo = 0;
        for (int r = 0; r < 8; r++) {
            int row = r / 4;
            Rack rack = new Rack("rack-" + (r + 1), "Rack " + (char) ('A' + r), RACK, row, r % 4);
            pod.addRack(rack);
            Chassis tor = new Chassis("leaf-" + (r + 1) + "-box", "Leaf " + (r + 1), SWITCH_BOX, 41);
            rack.addChassis(tor);
            Component leaf = comp(tor, "leaf-" + (r + 1), "Leaf " + (r + 1), SWITCH, "asic");
            leaves.add(leaf);
            int cable = 0;
            for (int s = 0; s < 2; s++) {
                srvNo++;
                Chassis srv = new Chassis("srv-" + srvNo, "DGX B200-class server " + srvNo, SERVER, 1 + s * 10);
                rack.addChassis(srv);
                String px = "s" + srvNo + ".";
                wireServer(srv, px, links, linkNo);
                for (int n = 1; n <= 8; n++) {
                    // two 400G NICs share one 800G leaf cage (split 2 x 400G): cages 1..8
                    String nicId = px + "nic-" + n;
                    Component nic = srv.components().stream().filter(c -> c.id().equals(nicId)).findFirst().orElseThrow();
                    Link l = link("", ++linkNo[0], nic, "net", leaf, "port-" + (1 + cable / 2), 4, Medium.AEC);
                    l.setCablePart(TAURUS_400G);
                    links.add(l);
                    cable++;
                }
            }
        }
        Rack spineRack = new Rack("rack-9", "Spine rack", RACK, 1, 4);
        pod.addRack(spineRack);
        List<Component> spines = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Chassis box = new Chassis("spine-" + i + "-box", "Spine " + i, SWITCH_BOX, 1 + (i - 1) * 2);
            spineRack.addChassis(box);
            spines.add(comp(box, "spine-" + i, "Spine " + i, SWITCH, "asic"));
        }
        for (int a = 0; a < leaves.size(); a++) {
            for (int b = 0; b < spines.size(); b++) {
                for (int t = 0; t < 8; t++) {
                    Link l = link("", ++linkNo[0], leaves.get(a), "port-" + (9 + b * 4 + t / 2), spines.get(b), "port-" + (1 + a * 4 + t / 2), 4,
                            Medium.FIBER_MM);
                    l.setCablePart(OM4);
                    l.setTransceiverPart(SWITCH_OPTIC);
                    links.add(l);
                }
            }
        }
        links.forEach(pod::addLink);
        return p;
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
