package org.podforge.service;

import java.util.ArrayList;
import java.util.List;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Cooling;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Builds the reference pod used by the sample and the benchmarks: servers of 8 accelerators that
 * scale up over PCIe 6 through 16 Scorpio X planes, with a Scorpio P switch per CPU fanning out to Aries 6
 * retimers (one per accelerator host link), ConnectX-8 NICs (one per accelerator) and Gen6 E1.S SSDs
 * (both cabled from the switch with internal PCIe copper), and two Leo CXL memory controllers per CPU.
 *
 * <p>The design is illustrative: public sources describe "8 servers x 8 GPUs, 16 Scorpio X, dozens of
 * Aries, 32 Leo" only as arithmetic, not as a shipped system (interconnect-facts D).
 *
 * <p>Per server: 8 GENERIC-XPU-PCIE6, 2 AMD-EPYC-9005, 2 ASTERA-SCORPIO-P-320 (one per CPU), 8 Aries 6
 * x16 retimers, 8 ConnectX-8, 8 Micron 9650 E1.S, 4 Leo. Per pod: {@code servers} servers (4 per 48U
 * rack, 10U each, at U1/U11/U21/U31) and 4 switch trays of 4 Scorpio X (two per rack at U41/U42).
 */
public final class PodGenerator {
    public static final String SERVER = "GENERIC-HGX-8GPU-10U";
    public static final String SWITCH_TRAY = "GENERIC-SCALEUP-SWITCH-TRAY-1U";
    public static final String RACK = "RACK-EIA-48U";
    public static final String XPU = "GENERIC-XPU-PCIE6";
    public static final String CPU = "AMD-EPYC-9005";
    public static final String PSWITCH = "ASTERA-SCORPIO-P-320";
    public static final String XSWITCH = "ASTERA-SCORPIO-X-320";
    public static final String RETIMER = "ASTERA-ARIES6-X16";
    public static final String NIC = "NVIDIA-CONNECTX-8";
    public static final String SSD = "MICRON-9650-E1S";
    public static final String LEO = "ASTERA-LEO-CXL2";
    public static final String COPPER_CABLE = "PCISIG-COPPRLINK-EXT-2M";
    public static final String INTERNAL_CABLE = "PCISIG-COPPRLINK-INT-1M";
    public static final String OPTICAL_CABLE = "ASTERA-PCIE6-LPO-OSFPXD-50M";

    /** Scale-up planes: one Scorpio X per plane, each accelerator has one x4 link to every plane. */
    public static final int PLANES = 16;
    private static final int SERVERS_PER_RACK = 4;
    private static final int TRAYS_PER_RACK = 2;
    private static final int SWITCHES_PER_TRAY = 4;

    private PodGenerator() {
    }

    /** The sample shipped with PodForge: one pod of 8 servers x 8 accelerators. */
    public static Project sample() {
        Project p = new Project("Sample: 8 x 8 XPU pod with Scorpio X scale-up");
        p.setDescription("Illustrative reference pod: 8 servers x 8 accelerators (64), 16 Scorpio X scale-up planes, "
                + "Scorpio P + Aries 6 host fabric, ConnectX-8 NICs, Gen6 E1.S SSDs and 32 Leo CXL memory controllers. "
                + "No public source describes this exact system; it is arithmetic from published part specs. Each rack holds 4 servers "
                + "at their 14.3 kW system maximum (57.2 kW) and is declared cooled by a rear-door heat exchanger, which takes about "
                + "40-60 kW per rack (fabric-and-power-facts J4); room air alone tops out near 40 kW.");
        Pod pod = pod("pod-1", "Pod A", 8, 1, 0, "");
        pod.racks().forEach(r -> r.setCooling(Cooling.REAR_DOOR));
        p.addPod(pod);
        return p;
    }

    /**
     * A cluster of {@code gpus} accelerators as separate pods of 64 (8 servers x 8), laid out in rows of
     * 16 racks. {@code gpus} must be a multiple of 64.
     */
    public static Project cluster(int gpus) {
        if (gpus < 64 || gpus % 64 != 0) {
            throw new IllegalArgumentException("a cluster has a multiple of 64 accelerators, not " + gpus);
        }
        Project p = new Project("Cluster of " + gpus + " accelerators");
        int pods = gpus / 64;
        for (int i = 0; i < pods; i++) {
            int rackIndex = i * 2;
            String id = "pod-" + (i + 1);
            p.addPod(pod(id, "Pod " + (i + 1), 8, 1, rackIndex, id + "."));
        }
        return p;
    }

    /**
     * One pod of {@code servers} 8-accelerator servers (a multiple of 4). Every id inside starts with
     * {@code idPrefix} so several pods can share a project. {@code firstRack} places the pod's racks in the
     * hall: rack n of the hall stands in row n / 16 at position n % 16.
     */
    public static Pod pod(String podId, String name, int servers, int replicas, int firstRack, String idPrefix) {
        if (servers < SERVERS_PER_RACK || servers % SERVERS_PER_RACK != 0) {
            throw new IllegalArgumentException("servers must be a multiple of " + SERVERS_PER_RACK + ", not " + servers);
        }
        Pod pod = new Pod(podId, name, replicas);
        String px = idPrefix;
        int racks = servers / SERVERS_PER_RACK;
        List<Component> xpus = new ArrayList<>();
        List<Component> xswitches = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        int linkNo = 0;
        for (int r = 0; r < racks; r++) {
            int hall = firstRack + r;
            Rack rack = new Rack(px + "rack-" + (r + 1), "Rack " + (char) ('A' + (r % 26)) + (r / 26 == 0 ? "" : String.valueOf(r / 26)),
                    RACK, hall / 16, hall % 16);
            pod.addRack(rack);
            for (int s = 0; s < SERVERS_PER_RACK; s++) {
                int srvNo = r * SERVERS_PER_RACK + s + 1;
                String sx = px + "s" + srvNo + ".";
                Chassis srv = new Chassis(px + "srv-" + srvNo, "Server " + srvNo, SERVER, 1 + s * 10);
                rack.addChassis(srv);
                int board = 1;
                for (int c = 1; c <= 2; c++) {
                    Component cpu = comp(srv, sx + "cpu-" + c, "CPU " + c, CPU, "cpu-" + c);
                    Component psw = comp(srv, sx + "pswitch-" + c, "Scorpio P " + c, PSWITCH, "board-" + board++);
                    links.add(link(px, ++linkNo, cpu, "pcie-b-1", psw, "port-1", 16, Medium.PCB));
                    for (int g = 1; g <= 4; g++) {
                        int gpuNo = (c - 1) * 4 + g;
                        Component xpu = comp(srv, sx + "gpu-" + gpuNo, "XPU " + gpuNo, XPU, "gpu-" + gpuNo);
                        xpus.add(xpu);
                        Component rt = comp(srv, sx + "retimer-" + gpuNo, "Aries 6 #" + gpuNo, RETIMER, "board-" + board++);
                        links.add(link(px, ++linkNo, psw, "port-" + (1 + g), rt, "up", 16, Medium.PCB));
                        links.add(link(px, ++linkNo, rt, "down", xpu, "host", 16, Medium.PCB));
                        Component nic = comp(srv, sx + "nic-" + gpuNo, "NIC " + gpuNo, NIC, "pcie-" + gpuNo);
                        links.add(cabled(link(px, ++linkNo, psw, "port-" + (5 + g), nic, "host", 16, Medium.COPPER_INTERNAL)));
                        Component ssd = comp(srv, sx + "ssd-" + gpuNo, "SSD " + gpuNo, SSD, "e1s-" + gpuNo);
                        links.add(cabled(link(px, ++linkNo, psw, "port-10", ssd, "host", 4, Medium.COPPER_INTERNAL)));
                    }
                    for (int m = 1; m <= 2; m++) {
                        int leoNo = (c - 1) * 2 + m;
                        Component leo = comp(srv, sx + "leo-" + leoNo, "Leo " + leoNo, LEO, "board-" + board++);
                        links.add(link(px, ++linkNo, cpu, "pcie-a-" + m, leo, "host", 16, Medium.PCB));
                    }
                }
            }
            for (int t = 0; t < TRAYS_PER_RACK; t++) {
                int trayNo = r * TRAYS_PER_RACK + t + 1;
                Chassis tray = new Chassis(px + "tray-" + trayNo, "Switch tray " + trayNo, SWITCH_TRAY, 41 + t);
                rack.addChassis(tray);
                for (int w = 1; w <= SWITCHES_PER_TRAY; w++) {
                    int plane = (trayNo - 1) * SWITCHES_PER_TRAY + w;
                    xswitches.add(comp(tray, px + "xswitch-" + plane, "Scorpio X plane " + plane, XSWITCH, "switch-" + w));
                }
            }
        }
        // scale-up: every accelerator to every plane; four x4 links share one x16 switch port (4x4)
        for (int plane = 0; plane < xswitches.size() && plane < PLANES; plane++) {
            Component sw = xswitches.get(plane);
            for (int g = 0; g < xpus.size(); g++) {
                Component xpu = xpus.get(g);
                boolean sameRack = xpu.chassis().rack() == sw.chassis().rack();
                Link l = link(px, ++linkNo, xpu, "su-" + (plane + 1), sw, "port-" + (1 + g / 4), 4,
                        sameRack ? Medium.COPPER_EXTERNAL : Medium.FIBER_MM);
                l.setCablePart(sameRack ? COPPER_CABLE : OPTICAL_CABLE);
                links.add(l);
            }
        }
        for (Link l : links) {
            pod.addLink(l);
        }
        return pod;
    }

    /** NICs and SSD bays are cabled from the switch board (MCIO-style internal copper): Gen6 PCB reach is ~3.5 in. */
    private static Link cabled(Link l) {
        l.setCablePart(INTERNAL_CABLE);
        return l;
    }

    private static Component comp(Chassis c, String id, String name, String part, String slot) {
        Component comp = new Component(id, name, part, slot);
        c.addComponent(comp);
        return comp;
    }

    private static Link link(String px, int n, Component a, String pa, Component b, String pb, int lanes, Medium m) {
        return new Link(px + "link-" + n, new PortRef(a.id(), pa), new PortRef(b.id(), pb), lanes, m);
    }

    /** Checks that every part the generator uses is in the catalog (a clear failure instead of a bad design). */
    public static void requireParts(Catalog catalog) {
        for (String pn : List.of(SERVER, SWITCH_TRAY, RACK, XPU, CPU, PSWITCH, XSWITCH, RETIMER, NIC, SSD, LEO, COPPER_CABLE, INTERNAL_CABLE,
                OPTICAL_CABLE)) {
            catalog.require(pn);
        }
    }
}
