package org.podforge.service.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Rack;

/**
 * Builds one pod design: servers of GPUs with the host PCIe tree of the reference pod (per CPU a Scorpio P
 * switch fanning out to an Aries 6 retimer per GPU, the NICs and the E1.S SSDs cabled from the switch),
 * optional Leo CXL controllers, and the scale-up fabric ({@link ScaleUpPlan}: switches on the server board
 * or in switch trays in the pod's racks). Servers fill racks bottom up, as many as space and the power
 * budget allow; switch trays sit above the servers, spread over the racks of their domain.
 */
final class PodDesigner {
    static final String PSWITCH = "ASTERA-SCORPIO-P-320";
    static final String RETIMER = "ASTERA-ARIES6-X16";
    static final String SSD = "MICRON-9650-E1S";
    static final String LEO = "ASTERA-LEO-CXL2";
    static final String INTERNAL_CABLE = "PCISIG-COPPRLINK-INT-1M";
    static final String COPPER_CABLE = "PCISIG-COPPRLINK-EXT-2M";
    static final String OPTICAL_CABLE = "ASTERA-PCIE6-LPO-OSFPXD-50M";

    /** Resolved inputs of one pod design. */
    record Spec(String serverPart, int serverU, String gpuPart, int gpusPerServer, int servers, String cpuPart, String nicPart,
                int nicsPerGpu, int cxlPerCpu, int ssds, String rackPart, int rackU, int serversPerRack, ScaleUpPlan scaleUp, HostPorts host) {
    }

    /** The pod design and, per server in order, its NICs' network ports (the rails' source). */
    record Result(Pod pod, List<List<PortRef>> nicPortsByServer) {
    }

    private final Catalog catalog;
    private final List<Link> links = new ArrayList<>();
    private int linkNo;

    PodDesigner(Catalog catalog) {
        this.catalog = catalog;
    }

    Result build(String podId, String name, int replicas, Spec s) {
        Pod pod = new Pod(podId, name, replicas);
        String netPort = networkPort(catalog.require(s.nicPart()));
        List<Component> gpus = new ArrayList<>();
        List<List<PortRef>> nicPorts = new ArrayList<>();
        int racks = (s.servers() + s.serversPerRack() - 1) / s.serversPerRack();
        List<Rack> rackList = new ArrayList<>();
        for (int r = 0; r < racks; r++) {
            Rack rack = new Rack("rack-" + (r + 1), "Rack " + rackLabel(r), s.rackPart(), 0, r);
            pod.addRack(rack);
            rackList.add(rack);
        }
        int gpc = s.gpusPerServer() / 2;
        for (int n = 1; n <= s.servers(); n++) {
            Rack rack = rackList.get((n - 1) / s.serversPerRack());
            int inRack = (n - 1) % s.serversPerRack();
            String sx = "s" + n + ".";
            Chassis srv = new Chassis("srv-" + n, "Server " + n, s.serverPart(), 1 + inRack * s.serverU());
            rack.addChassis(srv);
            List<PortRef> ports = new ArrayList<>();
            int board = 1;
            int nicSlot = 1;
            for (int c = 1; c <= 2; c++) {
                Component cpu = comp(srv, sx + "cpu-" + c, "CPU " + c, s.cpuPart(), "cpu-" + c);
                Component psw = comp(srv, sx + "pswitch-" + c, "Scorpio P " + c, PSWITCH, "board-" + board++);
                HostPorts hp = s.host();
                // a Gen6 link is cabled (CopprLink inside the chassis): board trace reaches only ~3.5 in at Gen6 (reach.segment)
                boolean gen6 = generation(s.cpuPart(), hp.switchUplink()) >= 6 && generation(PSWITCH, "port-1") >= 6;
                link(cpu, hp.switchUplink(), psw, "port-1", 16, gen6 ? Medium.COPPER_INTERNAL : Medium.PCB, gen6 ? INTERNAL_CABLE : null);
                int port = 2;
                List<Component> cpuGpus = new ArrayList<>();
                for (int g = 1; g <= gpc; g++) {
                    int gpuNo = (c - 1) * gpc + g;
                    Component gpu = comp(srv, sx + "gpu-" + gpuNo, "GPU " + gpuNo, s.gpuPart(), "gpu-" + gpuNo);
                    gpus.add(gpu);
                    cpuGpus.add(gpu);
                    if (hp.c2c()) {
                        // a superchip: the GPU is bonded to its CPU over NVLink-C2C
                        link(cpu, hp.c2cPorts().get(g - 1), gpu, hp.gpuC2c(), 1, Medium.PCB, null);
                    }
                    if (hp.pcie()) {
                        Component rt = comp(srv, sx + "retimer-" + gpuNo, "Aries 6 #" + gpuNo, RETIMER, "board-" + board++);
                        link(psw, "port-" + port++, rt, "up", 16, Medium.PCB, null);
                        link(rt, "down", gpu, hp.gpuPcieHost(), 16, Medium.PCB, null);
                    }
                }
                for (int g = 1; g <= gpc; g++) {
                    int gpuNo = (c - 1) * gpc + g;
                    for (int k = 1; k <= s.nicsPerGpu(); k++) {
                        int nicNo = (gpuNo - 1) * s.nicsPerGpu() + k;
                        Component nic = comp(srv, sx + "nic-" + nicNo, "NIC " + nicNo, s.nicPart(), "pcie-" + nicSlot++);
                        link(psw, "port-" + port++, nic, "host", 16, Medium.COPPER_INTERNAL, INTERNAL_CABLE);
                        ports.add(new PortRef(nic.id(), netPort));
                    }
                }
                int ssdsPerCpu = s.ssds() / 2;
                for (int k = 1; k <= ssdsPerCpu; k++) {
                    int ssdNo = (c - 1) * ssdsPerCpu + k;
                    Component ssd = comp(srv, sx + "ssd-" + ssdNo, "SSD " + ssdNo, SSD, "e1s-" + ssdNo);
                    link(psw, "port-" + (port + (k - 1) / 4), ssd, "host", 4, Medium.COPPER_INTERNAL, INTERNAL_CABLE);
                }
                port += (ssdsPerCpu + 3) / 4;
                for (int m = 1; m <= s.cxlPerCpu(); m++) {
                    int leoNo = (c - 1) * s.cxlPerCpu() + m;
                    Component leo = comp(srv, sx + "leo-" + leoNo, "Leo " + leoNo, LEO, "board-" + board++);
                    link(cpu, hp.cxlPorts().get(m - 1), leo, "host", 16, Medium.PCB, null);
                }
            }
            nicPorts.add(sortedByNic(ports));
        }
        ScaleUpPlan su = s.scaleUp();
        if (su != null) {
            scaleUp(s, su, gpus, rackList);
            centreTrays(rackList, s);
        }
        for (Link l : links) {
            pod.addLink(l);
        }
        return new Result(pod, nicPorts);
    }

    /**
     * Switch trays in the middle of their rack, half the servers below and half above (as the switch section of an
     * NVL72 or Helios rack): the longest server-to-tray run is half what it is with the trays on top, which keeps
     * 200G-per-lane passive copper within its reach.
     */
    private static void centreTrays(List<Rack> racks, Spec s) {
        for (Rack rack : racks) {
            List<Chassis> servers = new ArrayList<>();
            List<Chassis> trays = new ArrayList<>();
            for (Chassis c : rack.chassis()) {
                (c.partNumber().equals(s.serverPart()) ? servers : trays).add(c);
            }
            if (trays.isEmpty()) {
                continue;
            }
            int below = (servers.size() + 1) / 2;
            int u = 1;
            for (int i = 0; i < servers.size(); i++) {
                if (i == below) {
                    for (Chassis t : trays) {
                        t.setUPosition(u++);
                    }
                }
                servers.get(i).setUPosition(u);
                u += s.serverU();
            }
            if (below >= servers.size()) {
                for (Chassis t : trays) {
                    t.setUPosition(u++);
                }
            }
        }
    }

    /** NIC ports in NIC number order (nic-2 before nic-10). */
    private static List<PortRef> sortedByNic(List<PortRef> ports) {
        List<PortRef> out = new ArrayList<>(ports);
        out.sort((x, y) -> Integer.compare(nicNumber(x.componentId()), nicNumber(y.componentId())));
        return out;
    }

    private static int nicNumber(String id) {
        return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    }

    private void scaleUp(Spec s, ScaleUpPlan su, List<Component> gpus, List<Rack> racks) {
        int perDomain = su.domainGpus();
        int domains = gpus.size() / perDomain;
        int trayNo = 0;
        int[] traysInRack = new int[racks.size()];
        for (int d = 0; d < domains; d++) {
            List<Component> switches = new ArrayList<>();
            List<Component> domainGpus = gpus.subList(d * perDomain, (d + 1) * perDomain);
            if (su.onBoard()) {
                Chassis srv = domainGpus.get(0).chassis();
                for (int w = 1; w <= su.switches(); w++) {
                    switches.add(comp(srv, srv.id().replace("srv-", "s") + ".suswitch-" + w, su.label() + " " + w, su.switchPart(),
                            su.boardSlots().get(w - 1)));
                }
            } else {
                // the domain's racks, in order; trays go round-robin over them, above the servers
                List<Rack> domainRacks = new ArrayList<>();
                for (Component g : domainGpus) {
                    Rack r = g.chassis().rack();
                    if (!domainRacks.contains(r)) {
                        domainRacks.add(r);
                    }
                }
                Chassis tray = null;
                for (int w = 0; w < su.switches(); w++) {
                    if (w % su.switchesPerTray() == 0) {
                        Rack r = domainRacks.get((w / su.switchesPerTray()) % domainRacks.size());
                        int ri = racks.indexOf(r);
                        int serversHere = (int) r.chassis().stream().filter(c -> c.partNumber().equals(s.serverPart())).count();
                        int u = 1 + serversHere * s.serverU() + traysInRack[ri]++;
                        trayNo++;
                        tray = new Chassis("tray-" + trayNo, "Switch tray " + trayNo, su.trayPart(), u);
                        r.addChassis(tray);
                    }
                    int plane = d * su.switches() + w + 1;
                    switches.add(comp(tray, "suswitch-" + plane, su.label() + " " + plane, su.switchPart(),
                            su.traySlots().get(w % su.switchesPerTray())));
                }
            }
            for (int w = 0; w < switches.size(); w++) {
                Component sw = switches.get(w);
                for (int gi = 0; gi < domainGpus.size(); gi++) {
                    Component gpu = domainGpus.get(gi);
                    for (int t = 0; t < su.linksPerPlane(); t++) {
                        String gpuPort = su.gpuPorts().get(w * su.linksPerPlane() + t);
                        int k = gi * su.linksPerPlane() + t;
                        String swPort = su.switchPorts().get(k / su.linksPerSwitchPort());
                        boolean board = gpu.chassis() == sw.chassis();
                        boolean sameRack = gpu.chassis().rack() == sw.chassis().rack();
                        // PCIe scale-up on the board is cabled inside the chassis, as the NICs are: Gen6 board trace
                        // reaches only ~3.5 in (reach.segment); other fabrics' board links stay traces
                        boolean cabled = board && su.copperCable() != null;
                        Medium m = cabled ? Medium.COPPER_INTERNAL : board ? Medium.PCB : sameRack ? Medium.COPPER_EXTERNAL : Medium.FIBER_MM;
                        String cable = cabled ? INTERNAL_CABLE : board ? null : sameRack ? su.copperCable() : su.opticalCable();
                        link(gpu, gpuPort, sw, swPort, su.linkLanes(), m, cable);
                    }
                }
            }
        }
    }

    /** The PCIe generation of a part's port (0 when the catalog gives none). */
    private int generation(String part, String port) {
        return catalog.require(part).port(port).map(x -> x.spec().generation()).map(g -> g == null ? 0 : g).orElse(0);
    }

    private Component comp(Chassis c, String id, String name, String part, String slot) {
        Component comp = new Component(id, name, part, slot);
        c.addComponent(comp);
        return comp;
    }

    private void link(Component a, String pa, Component b, String pb, int lanes, Medium m, String cable) {
        Link l = new Link("link-" + ++linkNo, new PortRef(a.id(), pa), new PortRef(b.id(), pb), lanes, m);
        if (cable != null) {
            l.setCablePart(cable);
        }
        links.add(l);
    }

    static String rackLabel(int r) {
        return (char) ('A' + (r % 26)) + (r / 26 == 0 ? "" : String.valueOf(r / 26));
    }

    /** The name of a NIC's (first) network port. */
    static String networkPort(Part nic) {
        return nic.ports().stream().filter(p -> p.spec().isNetwork()).findFirst()
                .orElseThrow(() -> new GenerateRefused("nic", nic.partNumber() + " has no network port")).name();
    }

    /** Power of one server from the catalog's figures; parts without one are counted in {@code unknown}. */
    static double serverPowerW(Catalog catalog, Spec s, List<String> unknown) {
        int gpus = s.gpusPerServer();
        double w = 0;
        w += power(catalog, s.serverPart(), 1, unknown);
        w += power(catalog, s.gpuPart(), gpus, unknown);
        w += power(catalog, s.cpuPart(), 2, unknown);
        w += power(catalog, PSWITCH, 2, unknown);
        w += power(catalog, RETIMER, s.host().pcie() ? gpus : 0, unknown);
        w += power(catalog, s.nicPart(), gpus * s.nicsPerGpu(), unknown);
        w += power(catalog, SSD, s.ssds(), unknown);
        w += power(catalog, LEO, 2 * s.cxlPerCpu(), unknown);
        if (s.scaleUp() != null && s.scaleUp().onBoard()) {
            w += power(catalog, s.scaleUp().switchPart(), s.scaleUp().switches(), unknown);
        }
        // the vendor's system maximum, where the chassis gives one, is the budget figure (fabric-and-power-facts J3)
        return Math.max(w, catalog.require(s.serverPart()).systemMaxW().orElse(0.0));
    }

    private static double power(Catalog catalog, String pn, int n, List<String> unknown) {
        if (n == 0) {
            return 0;
        }
        Part p = catalog.require(pn);
        if (p.powerW().isEmpty()) {
            if (!unknown.contains(pn)) {
                unknown.add(pn);
            }
            return 0;
        }
        return p.powerW().get() * n;
    }

    static String fmtW(double w) {
        return String.format(Locale.ROOT, "%,.0f W", w);
    }
}
