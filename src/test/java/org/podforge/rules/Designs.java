package org.podforge.rules;

import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/** Small hand-built designs over the real catalog for rule tests. */
final class Designs {
    final Project project;
    final Pod pod;
    private int linkNo;

    Designs(String name) {
        project = new Project(name);
        pod = new Pod("pod-1", "Pod A", 1);
        project.addPod(pod);
    }

    Rack rack(String id, String part, int row, int position) {
        Rack r = new Rack(id, "", part, row, position);
        pod.addRack(r);
        return r;
    }

    Chassis chassis(Rack r, String id, String part, int u) {
        Chassis c = new Chassis(id, "", part, u);
        r.addChassis(c);
        return c;
    }

    Component comp(Chassis c, String id, String part, String slot) {
        Component comp = new Component(id, "", part, slot);
        c.addComponent(comp);
        return comp;
    }

    Link link(String a, String b, int lanes, Medium m) {
        Link l = new Link("link-" + (++linkNo), PortRef.parse(a), PortRef.parse(b), lanes, m);
        pod.addLink(l);
        return l;
    }

    /**
     * A DGX B200-class server in the DGX B200-like chassis (fabric K: 8 GPUs, 2 CPUs, 8 ConnectX-7, 2 BlueField-3,
     * 8 NVMe): its parts sum to 9,144 W of chip power (8 x 1,000 + 2 x 350 + 2 x 150 + 8 x 18, ConnectX-7 unknown),
     * while the system maximum planners budget is 14.3 kW (fabric J1). No links: power rules only.
     */
    Chassis dgxB200(Rack r, String id, int u) {
        Chassis s = chassis(r, id, "GENERIC-HGX-8GPU-10U", u);
        for (int g = 1; g <= 8; g++) {
            comp(s, id + "-gpu-" + g, "NVIDIA-B200", "gpu-" + g);
            comp(s, id + "-nic-" + g, "NVIDIA-CONNECTX-7", "pcie-" + g);
            comp(s, id + "-ssd-" + g, "MICRON-9550-E3S", "e3s-" + g);
        }
        for (int i = 1; i <= 2; i++) {
            comp(s, id + "-cpu-" + i, "INTEL-XEON-6700P", "cpu-" + i);
            comp(s, id + "-dpu-" + i, "NVIDIA-BLUEFIELD-3", "pcie-" + (8 + i));
        }
        return s;
    }

    /**
     * A GB200-class compute tray in the generic liquid-cooled 1U tray: 4 B200 + 2 Grace + 2 BlueField-3, and
     * {@code cx7} ConnectX-7 (24.9 W typical). No system maximum: parts + the liquid-cooled overhead.
     */
    Chassis gbTray(Rack r, String id, int u, int cx7) {
        return gbTray(r, id, u, cx7, "NVIDIA-CONNECTX-7");
    }

    /** {@link #gbTray(Rack, String, int, int)} with {@code nics} NICs of part {@code nic} (ConnectX-8 publishes no power). */
    Chassis gbTray(Rack r, String id, int u, int nics, String nic) {
        Chassis s = chassis(r, id, "GENERIC-COMPUTE-TRAY-1U", u);
        for (int g = 1; g <= 4; g++) {
            comp(s, id + "-gpu-" + g, "NVIDIA-B200", "gpu-" + g);
        }
        for (int i = 1; i <= 2; i++) {
            comp(s, id + "-cpu-" + i, "NVIDIA-GRACE", "cpu-" + i);
            comp(s, id + "-dpu-" + i, "NVIDIA-BLUEFIELD-3", "pcie-" + i);
        }
        for (int i = 1; i <= nics; i++) {
            comp(s, id + "-nic-" + i, nic, "pcie-" + (2 + i));
        }
        return s;
    }

    /**
     * An HGX B200 baseboard as NVIDIA builds it (fabric-and-power-facts G1): 8 B200 on two Xeon 6900P, two NVLink 5
     * switch chips, every GPU sending 9 of its 18 NVLink links to each chip (8 x 18 = 2 x 72). With
     * {@code mistakes}: gpu-8 misses chip 2, gpu-7 lacks its 18th link, gpu-2's first link shares gpu-1's port.
     */
    static Designs hgxB200(String name, boolean mistakes) {
        Designs d = new Designs(name);
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        Chassis s = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 1);
        d.comp(s, "cpu-1", "INTEL-XEON-6900P", "cpu-1");
        d.comp(s, "cpu-2", "INTEL-XEON-6900P", "cpu-2");
        for (int g = 1; g <= 8; g++) {
            d.comp(s, "gpu-" + g, "NVIDIA-B200", "gpu-" + g);
        }
        d.comp(s, "nvsw-1", "NVIDIA-NVLINK5-SWITCH", "nvswitch-1");
        d.comp(s, "nvsw-2", "NVIDIA-NVLINK5-SWITCH", "nvswitch-2");
        for (int g = 1; g <= 8; g++) {
            d.link("cpu-" + (g <= 4 ? 1 : 2) + "/pcie-" + ((g - 1) % 4 + 1), "gpu-" + g + "/host", 16, Medium.PCB);
        }
        for (int g = 1; g <= 8; g++) {
            for (int k = 1; k <= 18; k++) {
                int sw = k <= 9 ? 1 : 2;
                int port = (g - 1) * 9 + (k <= 9 ? k : k - 9);
                if (mistakes && (g == 8 && sw == 2 || g == 7 && k == 18)) {
                    continue;
                }
                if (mistakes && g == 2 && k == 1) {
                    port = 1;
                }
                d.link("gpu-" + g + "/nvlink-" + k, "nvsw-" + sw + "/port-" + port, 1, Medium.PCB);
            }
        }
        return d;
    }

    /**
     * One HGX server: EPYC cpu-1 -> Scorpio P pswitch-1 -> Aries 6 retimer-g -> B300 gpu-g (g = 1..n),
     * plus a ConnectX-8 and an E1.S SSD on the switch, and a Leo on a CXL root port.
     */
    static Designs server(int gpus) {
        Designs d = new Designs("server");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        Chassis s = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 1);
        d.comp(s, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        d.comp(s, "pswitch-1", "ASTERA-SCORPIO-P-320", "board-1");
        d.link("cpu-1/pcie-b-1", "pswitch-1/port-1", 16, Medium.PCB);
        for (int g = 1; g <= gpus; g++) {
            d.comp(s, "gpu-" + g, "NVIDIA-B300", "gpu-" + g);
            d.comp(s, "retimer-" + g, "ASTERA-ARIES6-X16", "board-" + (1 + g));
            d.link("pswitch-1/port-" + (1 + g), "retimer-" + g + "/up", 16, Medium.PCB);
            d.link("retimer-" + g + "/down", "gpu-" + g + "/host", 16, Medium.PCB);
        }
        return d;
    }
}
