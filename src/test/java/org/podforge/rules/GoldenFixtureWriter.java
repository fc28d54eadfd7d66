package org.podforge.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Rack;

/**
 * Writes the golden fixture projects under src/test/resources/rules/&lt;rule-id&gt;/ from code, so each is a
 * small, readable design. Run it only to (re)create the project files:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.podforge.rules.GoldenFixtureWriter}. The expected
 * findings are reviewed by hand and asserted by {@link GoldenFixturesTest}.
 */
public final class GoldenFixtureWriter {
    private GoldenFixtureWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/rules");
        for (Map.Entry<String, Designs> e : all().entrySet()) {
            Path f = root.resolve(e.getKey() + ".podforge.json");
            ProjectWriter.save(e.getValue().project, f);
            System.out.println("wrote " + f);
        }
    }

    /** "rule-id/positive" -> design. */
    static Map<String, Designs> all() {
        Map<String, Designs> m = new LinkedHashMap<>();
        // lanes.capacity: two x16 links on one x16 root port
        Designs d = Designs.server(1);
        Chassis s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "gpu-9", "NVIDIA-B200", "gpu-8");
        d.link("cpu-1/pcie-b-2", "gpu-9/host", 16, Medium.PCB);
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-7", "pcie-1");
        d.link("cpu-1/pcie-b-2", "nic-1/host", 16, Medium.PCB);
        m.put("lanes.capacity/positive", d);
        m.put("lanes.capacity/negative", Designs.server(2));

        // lanes.bifurcation: three x4 SSDs on one Grace x16 port (Grace splits 1x16 or 2x8 only)
        d = new Designs("grace x4");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        s = d.chassis(r, "tray-1", "GENERIC-COMPUTE-TRAY-1U", 1);
        d.comp(s, "cpu-1", "NVIDIA-GRACE", "cpu-1");
        for (int i = 1; i <= 3; i++) {
            d.comp(s, "ssd-" + i, "MICRON-9650-E1S", "e1s-" + i);
            d.link("cpu-1/pcie-1", "ssd-" + i + "/host", 4, Medium.PCB);
        }
        m.put("lanes.bifurcation/positive", d);
        d = new Designs("epyc 4x4");
        r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        s = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 1);
        d.comp(s, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        for (int i = 1; i <= 4; i++) {
            d.comp(s, "ssd-" + i, "MICRON-9550-E3S", "e3s-" + i);
            d.link("cpu-1/pcie-b-1", "ssd-" + i + "/host", 4, Medium.PCB);
        }
        m.put("lanes.bifurcation/negative", d);

        // link.width: an x16 GPU on an x8 link
        d = Designs.server(1);
        d.project.link("link-3").orElseThrow().setLanes(8);
        m.put("link.width/positive", d);
        m.put("link.width/negative", Designs.server(1));

        // link.generation: a Gen6 GPU behind a Gen5 Aries retimer
        d = Designs.server(1);
        d.project.component("retimer-1").orElseThrow().setPartNumber("PT5161L");
        m.put("link.generation/positive", d);
        m.put("link.generation/negative", Designs.server(1));

        // link.protocol: a CPU root port wired to a NIC's Ethernet port; two device ports wired together
        d = Designs.server(1);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-7", "pcie-1");
        d.link("cpu-1/pcie-b-2", "nic-1/net", 16, Medium.PCB);
        d.comp(s, "ssd-1", "MICRON-9550-E3S", "e3s-1");
        d.link("nic-1/host", "ssd-1/host", 4, Medium.PCB);
        m.put("link.protocol/positive", d);
        m.put("link.protocol/negative", Designs.server(2));

        // reach.segment: a 3 m passive Gen6 link (hand-built check of the issue)
        m.put("reach.segment/positive", passiveGen6(3.0, null));
        m.put("reach.segment/negative", passiveGen6(1.5, "PCISIG-COPPRLINK-EXT-2M"));

        // retimer.count: three retimers on one path (hand-built check of the issue); two is the limit
        m.put("retimer.count/positive", retimers(3));
        m.put("retimer.count/negative", retimers(2));

        // pcie.tree: two root complexes joined through one switch
        d = Designs.server(1);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "cpu-2", "AMD-EPYC-9005", "cpu-2");
        d.link("cpu-2/pcie-b-1", "pswitch-1/port-20", 16, Medium.PCB);
        m.put("pcie.tree/positive", d);
        m.put("pcie.tree/negative", Designs.server(2));

        // pcie.orphan: a GPU whose host port is not connected; a switch fabric with no CPU
        d = Designs.server(1);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "gpu-2", "NVIDIA-B300", "gpu-2");
        d.comp(s, "pswitch-2", "ASTERA-SCORPIO-P-64", "board-9");
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-8", "pcie-1");
        d.link("pswitch-2/port-1", "nic-1/host", 16, Medium.PCB);
        m.put("pcie.orphan/positive", d);
        m.put("pcie.orphan/negative", Designs.server(2));

        // cxl.host: a Leo behind a PCIe-only switch (hand-built check of the issue); a Leo on a CXL root port
        d = Designs.server(1);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "leo-1", "ASTERA-LEO-CXL2", "board-10");
        d.link("pswitch-1/port-3", "leo-1/host", 16, Medium.PCB);
        m.put("cxl.host/positive", d);
        d = Designs.server(1);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "leo-1", "ASTERA-LEO-CXL2", "board-10");
        d.link("cpu-1/pcie-a-1", "leo-1/host", 16, Medium.PCB);
        m.put("cxl.host/negative", d);

        // cxl.capacity: the project asks for 4 TB of CXL memory per host; one Leo gives 2 TB
        d = Designs.server(1);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "leo-1", "ASTERA-LEO-CXL2", "board-10");
        d.link("cpu-1/pcie-a-1", "leo-1/host", 16, Medium.PCB);
        d.project.setThresholdOverride("cxl.capacity.minGBPerHost", 4096.0);
        m.put("cxl.capacity/positive", d);
        m.put("cxl.capacity/negative", Designs.server(1));

        // scaleup.domain: a 73-GPU NVLink domain (hand-built check of the issue); 72 is the NVL72 limit
        m.put("scaleup.domain/positive", nvlinkChain(73));
        m.put("scaleup.domain/negative", nvlinkChain(72));

        // scaleup.reach: UALink at 200G/lane over 3 m of passive copper between racks; 0.5 m is fine
        m.put("scaleup.reach/positive", ualinkPair(3.0));
        m.put("scaleup.reach/negative", ualinkPair(0.5));

        // rack.space: two 10U servers overlapping
        d = Designs.server(1);
        r = d.project.rack("rack-1").orElseThrow();
        d.chassis(r, "srv-2", "GENERIC-HGX-8GPU-10U", 5);
        m.put("rack.space/positive", d);
        d = Designs.server(1);
        r = d.project.rack("rack-1").orElseThrow();
        d.chassis(r, "srv-2", "GENERIC-HGX-8GPU-10U", 11);
        m.put("rack.space/negative", d);

        // rack.power: four DGX B200-class servers (14.3 kW each at their system maximum) in a rack budgeted at 50 kW,
        // an empty rack beside it (the move fix), and a tray whose ConnectX-8 publish no power (one warning)
        d = new Designs("power");
        r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        r.setPowerBudgetW(50_000.0);
        for (int i = 0; i < 4; i++) {
            d.dgxB200(r, "srv-" + (i + 1), 1 + 10 * i);
        }
        d.rack("rack-2", "RACK-EIA-48U", 0, 1);
        d.gbTray(d.rack("rack-3", "RACK-EIA-48U", 0, 2), "tray-1", 1, 4, "NVIDIA-CONNECTX-8");
        m.put("rack.power/positive", d);
        // negative: the same four servers fit the default 60 kW; a tray whose parts all publish power
        d = new Designs("power ok");
        r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        for (int i = 0; i < 4; i++) {
            d.dgxB200(r, "srv-" + (i + 1), 1 + 10 * i);
        }
        d.gbTray(d.rack("rack-2", "RACK-EIA-48U", 0, 1), "tray-1", 1, 0);
        m.put("rack.power/negative", d);

        // rack.power, one finding per cause: three racks whose trays' ConnectX-8 publish no power (4, 4 and 2 of them) and a
        // rack whose Scorpio X has none: one warning for the pod naming the four racks and their counts
        d = new Designs("power unknown alike");
        d.gbTray(d.rack("rack-1", "RACK-EIA-48U", 0, 0), "tray-1", 1, 4, "NVIDIA-CONNECTX-8");
        d.gbTray(d.rack("rack-2", "RACK-EIA-48U", 0, 1), "tray-2", 1, 4, "NVIDIA-CONNECTX-8");
        d.gbTray(d.rack("rack-3", "RACK-EIA-48U", 0, 2), "tray-3", 1, 2, "NVIDIA-CONNECTX-8");
        Chassis sx = d.chassis(d.rack("rack-4", "RACK-EIA-48U", 0, 3), "sw-tray-1", "GENERIC-SCALEUP-SWITCH-TRAY-1U", 1);
        d.comp(sx, "sx-1", "ASTERA-SCORPIO-X-320", "switch-1");
        m.put("rack.power/positive-unknown-alike", d);

        // rack.cooling: three DGX B200-class servers (42.9 kW) in an air-cooled rack (J4: warn above 40 kW), an empty
        // rack beside it, and a rack declared air-cooled that holds a liquid-cooled tray
        d = new Designs("cooling");
        r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        for (int i = 0; i < 3; i++) {
            d.dgxB200(r, "srv-" + (i + 1), 1 + 10 * i);
        }
        d.rack("rack-2", "RACK-EIA-48U", 0, 1);
        r = d.rack("rack-3", "RACK-EIA-48U", 0, 2);
        r.setCooling(org.podforge.model.Cooling.AIR);
        d.gbTray(r, "tray-1", 1, 0);
        m.put("rack.cooling/positive", d);
        // negative: four servers (57.2 kW) with a rear-door heat exchanger; an NVL72-like rack of 18 liquid-cooled
        // trays (113 kW, budget 120 kW); two servers on room air
        d = new Designs("cooling ok");
        r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        r.setCooling(org.podforge.model.Cooling.REAR_DOOR);
        for (int i = 0; i < 4; i++) {
            d.dgxB200(r, "srv-" + (i + 1), 1 + 10 * i);
        }
        r = d.rack("rack-2", "RACK-EIA-48U", 0, 1);
        r.setPowerBudgetW(120_000.0);
        for (int i = 0; i < 18; i++) {
            d.gbTray(r, "tray-" + (i + 1), 1 + i, 0);
        }
        r = d.rack("rack-3", "RACK-EIA-48U", 0, 2);
        d.dgxB200(r, "srv-5", 1);
        d.dgxB200(r, "srv-6", 11);
        m.put("rack.cooling/negative", d);

        // chassis.slots: a NIC in a GPU bay and two GPUs in one bay
        d = Designs.server(1);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-7", "gpu-5");
        d.comp(s, "gpu-2", "NVIDIA-B300", "gpu-1");
        m.put("chassis.slots/positive", d);
        m.put("chassis.slots/negative", Designs.server(2));

        // latency.path: GPU -> retimer -> Scorpio P -> NIC, shown as information
        d = Designs.server(1);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-8", "pcie-1");
        d.link("pswitch-1/port-3", "nic-1/host", 16, Medium.PCB);
        m.put("latency.path/positive", d);
        d = new Designs("no accelerators");
        r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        s = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 1);
        d.comp(s, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        m.put("latency.path/negative", d);

        // scaleout.ratio: 4 GPUs and 2 NICs in one server; 1:1 is fine
        d = Designs.server(4);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-8", "pcie-1");
        d.comp(s, "nic-2", "NVIDIA-CONNECTX-8", "pcie-2");
        d.link("pswitch-1/port-10", "nic-1/host", 16, Medium.PCB);
        d.link("pswitch-1/port-11", "nic-2/host", 16, Medium.PCB);
        m.put("scaleout.ratio/positive", d);
        d = Designs.server(1);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "nic-1", "NVIDIA-CONNECTX-8", "pcie-1");
        d.link("pswitch-1/port-10", "nic-1/host", 16, Medium.PCB);
        m.put("scaleout.ratio/negative", d);

        // bom.price: a part the price book does not know (an unknown part is kept and flagged)
        d = Designs.server(1);
        s = d.project.chassis("srv-1").orElseThrow();
        d.comp(s, "nic-1", "ACME-SMARTNIC-9000", "pcie-1");
        m.put("bom.price/positive", d);
        m.put("bom.price/negative", Designs.server(1));

        // port.speed: a leaf SN5600 above a server. Negative: a twin-port 800G module feeding two 400G ConnectX-7
        // (400G SR4 flat-top modules at the NICs), and an 800G-to-2x400G splitter DAC to two more.
        d = leafAndServer();
        Link l = d.link("leaf-1/port-1", "nic-1/net", 4, Medium.FIBER_MM);
        l.setCablePart("GENERIC-MMF-MPO-OM4");
        l.setTransceiverPart("NVIDIA-MMA4Z00-NS");
        l.setTransceiverPartB("NVIDIA-MMA4Z00-NS400");
        l = d.link("leaf-1/port-1", "nic-2/net", 4, Medium.FIBER_MM);
        l.setCablePart("GENERIC-MMF-MPO-OM4");
        l.setTransceiverPart("NVIDIA-MMA4Z00-NS");
        l.setTransceiverPartB("NVIDIA-MMA4Z00-NS400");
        d.link("leaf-1/port-2", "nic-3/net", 4, Medium.COPPER_EXTERNAL).setCablePart("NVIDIA-MCP7Y00-N002");
        d.link("leaf-1/port-2", "nic-4/net", 4, Medium.COPPER_EXTERNAL).setCablePart("NVIDIA-MCP7Y00-N002");
        d.link("leaf-1/port-3", "cx8-1/net", 4, Medium.COPPER_EXTERNAL).setCablePart("NVIDIA-MCP7Y00-N002");
        m.put("port.speed/negative", d);
        // positive: the twin-port module in a ConnectX-7, an 800G link on a 400G NIC, a straight 1 m DAC on a
        // 400G breakout leg two metres long, 800GbE on a ConnectX-8, three 400G links on one 800G cage
        d = leafAndServer();
        l = d.link("leaf-1/port-1", "nic-1/net", 4, Medium.FIBER_MM);
        l.setCablePart("GENERIC-MMF-MPO-OM4");
        l.setTransceiverPart("NVIDIA-MMA4Z00-NS");
        d.link("leaf-1/port-2", "nic-2/net", 8, Medium.COPPER_EXTERNAL).setCablePart("GENERIC-800G-DAC-2M");
        d.link("leaf-1/port-3", "nic-3/net", 4, Medium.COPPER_EXTERNAL).setCablePart("GENERIC-800G-DAC-1M");
        d.link("leaf-1/port-4", "cx8-1/net", 8, Medium.COPPER_EXTERNAL).setCablePart("GENERIC-800G-DAC-2M");
        for (String nic : new String[] {"nic-4", "nic-5", "nic-6"}) {
            d.link("leaf-1/port-5", nic + "/net", 4, Medium.COPPER_EXTERNAL).setCablePart("NVIDIA-MCP7Y00-N002");
        }
        m.put("port.speed/positive", d);
        // port.speed, lane rates and media: each link below is wrong for one cause (fabric I1/I2/H1, interconnect B7)
        d = mediaRack();
        // a 400G DR4 module (4 x 100G) in a ConnectX-8 (4 x 200G) on an 800G XDR link: the lanes do not match
        l = d.link("q-1/port-1", "cx8-1/net", 4, Medium.FIBER_SM);
        l.setCablePart("GENERIC-SMF-MPO-OS2");
        l.setTransceiverPart("GENERIC-1.6T-OSFP-2xDR4");
        l.setTransceiverPartB("NVIDIA-MMS4X00-NS400");
        // 800G NDR twin-port modules (8 x 100G) in two Quantum-X800 cages (8 x 200G) on an 800G XDR link
        l = d.link("q-1/port-2", "q-2/port-2", 4, Medium.FIBER_SM);
        l.setCablePart("GENERIC-SMF-MPO-OS2");
        l.setTransceiverPart("NVIDIA-MMS4X00-NS");
        // a 100G-per-lane DAC between two 200G-per-lane cages (NVIDIA sells no 200G-PAM4 DAC, B7)
        d.link("q-1/port-3", "q-2/port-3", 8, Medium.COPPER_EXTERNAL).setCablePart("GENERIC-800G-DAC-1M");
        // single-mode DR4 modules at both ends on multimode fibre
        l = d.link("leaf-1/port-1", "nic-1/net", 4, Medium.FIBER_MM);
        l.setCablePart("GENERIC-MMF-MPO-OM4");
        l.setTransceiverPart("NVIDIA-MMS4X00-NS");
        l.setTransceiverPartB("NVIDIA-MMS4X00-NS400");
        // an SR module at the leaf, a DR module at the NIC, single-mode fibre: the leaf's module is the wrong one
        l = d.link("leaf-1/port-2", "nic-2/net", 4, Medium.FIBER_SM);
        l.setCablePart("GENERIC-SMF-MPO-OS2");
        l.setTransceiverPart("NVIDIA-MMA4Z00-NS");
        l.setTransceiverPartB("NVIDIA-MMS4X00-NS400");
        // a splitter DAC that also names modules: the cable's plugs take the cages
        l = d.link("leaf-1/port-3", "nic-3/net", 4, Medium.COPPER_EXTERNAL);
        l.setCablePart("NVIDIA-MCP7Y00-N002");
        l.setTransceiverPart("NVIDIA-MMA4Z00-NS");
        l.setTransceiverPartB("NVIDIA-MMA4Z00-NS400");
        // a DAC into a co-packaged-optics switch's MPO port
        d.link("cpo-1/port-1", "nic-4/net", 4, Medium.COPPER_EXTERNAL);
        m.put("port.speed/positive-media", d);
        // the same ends done right: 1.6T modules on a single-mode XDR link, DR4 over single-mode, SR4 over multimode,
        // a splitter DAC without modules, a NIC module over multimode fibre to the co-packaged switch, an AOC
        d = mediaRack();
        for (int i = 0; i < 2; i++) {
            // two 800G XDR links through one pair of 1.6T twin-port modules (2 ports per cage, fabric H1/I2)
            l = d.link("q-1/port-2", "q-2/port-2", 4, Medium.FIBER_SM);
            l.setCablePart("GENERIC-SMF-MPO-OS2");
            l.setTransceiverPart("GENERIC-1.6T-OSFP-2xDR4");
        }
        l = d.link("leaf-1/port-1", "nic-1/net", 4, Medium.FIBER_SM);
        l.setCablePart("GENERIC-SMF-MPO-OS2");
        l.setTransceiverPart("NVIDIA-MMS4X00-NS");
        l.setTransceiverPartB("NVIDIA-MMS4X00-NS400");
        l = d.link("leaf-1/port-2", "nic-2/net", 4, Medium.FIBER_MM);
        l.setCablePart("GENERIC-MMF-MPO-OM4");
        l.setTransceiverPart("NVIDIA-MMA4Z00-NS");
        l.setTransceiverPartB("NVIDIA-MMA4Z00-NS400");
        d.link("leaf-1/port-3", "nic-3/net", 4, Medium.COPPER_EXTERNAL).setCablePart("NVIDIA-MCP7Y00-N002");
        l = d.link("cpo-1/port-1", "nic-4/net", 4, Medium.FIBER_MM);
        l.setCablePart("GENERIC-MMF-MPO-OM4");
        l.setTransceiverPart("NVIDIA-MMA4Z00-NS400");
        d.link("leaf-1/port-4", "leaf-2/port-4", 8, Medium.AOC).setCablePart("GENERIC-800G-AOC-10M");
        m.put("port.speed/negative-media", d);
        // scaleup.domain, switched: an HGX B200 baseboard (2 NVLink chips) correct and with three wiring mistakes
        m.put("scaleup.domain/negative-hgx-b200", Designs.hgxB200("HGX B200: 8 GPUs, 2 NVLink 5 switch chips, 9 links from every GPU to each", false));
        m.put("scaleup.domain/positive-switched", Designs.hgxB200("HGX B200 with three wiring mistakes: a missing plane, a narrow plane, a port used twice", true));
        return m;
    }

    private static Designs passiveGen6(double metres, String cable) {
        Designs d = new Designs("passive Gen6 " + metres + " m");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        Chassis s1 = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 1);
        Chassis s2 = d.chassis(r, "srv-2", "GENERIC-HGX-8GPU-10U", 11);
        d.comp(s2, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        d.comp(s2, "pswitch-1", "ASTERA-SCORPIO-P-320", "board-1");
        d.link("cpu-1/pcie-b-1", "pswitch-1/port-1", 16, Medium.PCB);
        d.comp(s1, "gpu-1", "NVIDIA-B300", "gpu-1");
        Link l = d.link("gpu-1/host", "pswitch-1/port-2", 16, Medium.COPPER_EXTERNAL);
        l.setLengthOverrideM(metres);
        l.setCablePart(cable);
        return d;
    }

    private static Designs retimers(int n) {
        Designs d = new Designs(n + " retimers");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        Chassis s = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 1);
        d.comp(s, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        d.comp(s, "gpu-1", "NVIDIA-B200", "gpu-1");
        String prev = "cpu-1/pcie-b-1";
        for (int i = 1; i <= n; i++) {
            d.comp(s, "retimer-" + i, "PT5161L", "board-" + i);
            d.link(prev, "retimer-" + i + "/up", 16, Medium.PCB);
            prev = "retimer-" + i + "/down";
        }
        d.link(prev, "gpu-1/host", 16, Medium.PCB);
        return d;
    }

    /** GPUs in HGX servers (8 per server, 4 servers per rack) wired in an NVLink chain. */
    private static Designs nvlinkChain(int gpus) {
        Designs d = new Designs(gpus + "-GPU NVLink domain");
        Chassis s = null;
        Rack r = null;
        for (int g = 1; g <= gpus; g++) {
            int server = (g - 1) / 8;
            if ((g - 1) % 8 == 0) {
                if (server % 4 == 0) {
                    r = d.rack("rack-" + (server / 4 + 1), "RACK-EIA-48U", 0, server / 4);
                }
                s = d.chassis(r, "srv-" + (server + 1), "GENERIC-HGX-8GPU-10U", 1 + (server % 4) * 10);
                d.comp(s, "cpu-" + (server + 1), "INTEL-XEON-6900P", "cpu-1");
            }
            d.comp(s, "gpu-" + g, "NVIDIA-B200", "gpu-" + (1 + (g - 1) % 8));
            d.link("cpu-" + (server + 1) + "/pcie-" + (1 + (g - 1) % 8 % 6), "gpu-" + g + "/host", 16, Medium.PCB);
            if (g > 1) {
                Link l = d.link("gpu-" + (g - 1) + "/nvlink-1", "gpu-" + g + "/nvlink-2", 1, Medium.COPPER_INTERNAL);
                l.setLengthOverrideM(1.0);
            }
        }
        return d;
    }

    /** An SN5600 leaf (U40) above an 8-GPU server (U30) with six ConnectX-7 and one ConnectX-8, in one rack. */
    private static Designs leafAndServer() {
        Designs d = new Designs("leaf and server");
        Rack r = d.rack("rack-1", "RACK-EIA-42U", 0, 0);
        Chassis box = d.chassis(r, "leafbox-1", "NVIDIA-SN5600-BOX", 40);
        d.comp(box, "leaf-1", "NVIDIA-SN5600", "asic");
        Chassis s = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 30);
        d.comp(s, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        for (int i = 1; i <= 6; i++) {
            d.comp(s, "nic-" + i, "NVIDIA-CONNECTX-7", "pcie-" + i);
            d.link("cpu-1/" + (i <= 4 ? "pcie-b-" + i : "pcie-a-" + (i - 4)), "nic-" + i + "/host", 16, Medium.PCB);
        }
        d.comp(s, "cx8-1", "NVIDIA-CONNECTX-8", "pcie-7");
        d.link("cpu-1/pcie-a-3", "cx8-1/host", 16, Medium.PCB);
        return d;
    }

    /**
     * Two Quantum-X800 switches, two SN5600 leaves and a Tomahawk 5 co-packaged-optics switch above a server with four
     * ConnectX-7 (400G, 4 x 100G) and a ConnectX-8 (800G, 4 x 200G), in one rack.
     */
    private static Designs mediaRack() {
        Designs d = new Designs("lane rates and media");
        Rack r = d.rack("rack-1", "RACK-EIA-48U", 0, 0);
        String[][] boxes = {{"q-1", "NVIDIA-Q3400-RA"}, {"q-2", "NVIDIA-Q3400-RA"}, {"leaf-1", "NVIDIA-SN5600"}, {"leaf-2", "NVIDIA-SN5600"},
            {"cpo-1", "GENERIC-TH5-BAILLY-CPO"}};
        int u = 47;
        for (String[] b : boxes) {
            Chassis box = d.chassis(r, b[0] + "-box", b[1] + "-BOX", u - (b[1].startsWith("NVIDIA-Q") ? 3 : 1));
            d.comp(box, b[0], b[1], "asic");
            u -= b[1].startsWith("NVIDIA-Q") ? 4 : 2;
        }
        Chassis s = d.chassis(r, "srv-1", "GENERIC-HGX-8GPU-10U", 20);
        d.comp(s, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        for (int i = 1; i <= 4; i++) {
            d.comp(s, "nic-" + i, "NVIDIA-CONNECTX-7", "pcie-" + i);
            d.link("cpu-1/pcie-b-" + i, "nic-" + i + "/host", 16, Medium.PCB);
        }
        d.comp(s, "cx8-1", "NVIDIA-CONNECTX-8", "pcie-5");
        d.link("cpu-1/pcie-a-1", "cx8-1/host", 16, Medium.PCB);
        return d;
    }

    private static Designs ualinkPair(double metres) {
        Designs d = new Designs("UALink pair");
        Rack r1 = d.rack("rack-1", "RACK-ORV3-44OU", 0, 0);
        Rack r2 = d.rack("rack-2", "RACK-ORV3-44OU", 0, 1);
        Chassis t1 = d.chassis(r1, "tray-1", "GENERIC-COMPUTE-TRAY-1U", 1);
        Chassis t2 = d.chassis(r2, "tray-2", "GENERIC-COMPUTE-TRAY-1U", 1);
        d.comp(t1, "cpu-1", "AMD-EPYC-9005", "cpu-1");
        d.comp(t2, "cpu-2", "AMD-EPYC-9005", "cpu-1");
        d.comp(t1, "gpu-1", "AMD-MI455X", "gpu-1");
        d.comp(t2, "gpu-2", "AMD-MI455X", "gpu-1");
        d.link("cpu-1/pcie-b-1", "gpu-1/host", 16, Medium.PCB);
        d.link("cpu-2/pcie-b-1", "gpu-2/host", 16, Medium.PCB);
        Link l = d.link("gpu-1/ualink-1", "gpu-2/ualink-1", 4, Medium.COPPER_EXTERNAL);
        l.setLengthOverrideM(metres);
        return d;
    }
}
