package org.podforge.bom;

import java.util.ArrayList;
import java.util.List;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/** Projects on the built-in catalog for BOM and export tests. */
public final class BomFixtures {
    private BomFixtures() {
    }

    /**
     * Pod "pod-a" x 2 replicas: rack-1 (48U) holds an HGX server with 8 B200, 2 EPYC, 4 Aries 6 retimers,
     * a Leo, 2 ConnectX-7 and one part the catalog does not know (ACME-WIDGET); rack-2 holds a switch tray
     * with 2 Scorpio X. Links: CPU->retimer (PCB), retimer->GPU (CopprLink internal), GPU host->Scorpio X
     * across racks (Aries SCM smart cable), NIC<->NIC across racks over OM4 fibre with SR8 optics, and a
     * Taurus AEC between the NICs' second pair. Pod "pod-b" x 1: one rack with a JBOF and two SSDs.
     */
    public static Project sample() {
        Project p = new Project("Fixture \"A\", with commas");
        Pod pod = new Pod("pod-a", "Pod A", 2);
        p.addPod(pod);
        Rack r1 = new Rack("rack-1", "R1", "RACK-EIA-48U", 0, 0);
        Rack r2 = new Rack("rack-2", "R2", "RACK-EIA-48U", 0, 1);
        pod.addRack(r1);
        pod.addRack(r2);
        Chassis srv = new Chassis("srv-1", "Server 1", "GENERIC-HGX-8GPU-10U", 1);
        r1.addChassis(srv);
        for (int g = 1; g <= 8; g++) {
            srv.addComponent(new Component("gpu-" + g, "", "NVIDIA-B200", "gpu-" + g));
        }
        srv.addComponent(new Component("cpu-1", "CPU 1", "AMD-EPYC-9005", "cpu-1"));
        srv.addComponent(new Component("cpu-2", "CPU 2", "AMD-EPYC-9005", "cpu-2"));
        for (int i = 1; i <= 4; i++) {
            srv.addComponent(new Component("rt-" + i, "", "ASTERA-ARIES6-X16", "board-" + i));
        }
        srv.addComponent(new Component("leo-1", "", "ASTERA-LEO-CXL2", "board-5"));
        srv.addComponent(new Component("nic-1", "", "NVIDIA-CONNECTX-7", "pcie-1"));
        srv.addComponent(new Component("nic-2", "", "NVIDIA-CONNECTX-7", "pcie-2"));
        srv.addComponent(new Component("widget-1", "", "ACME-WIDGET", "board-6"));
        Chassis tray = new Chassis("tray-1", "Switch tray", "GENERIC-SCALEUP-SWITCH-TRAY-1U", 20);
        r2.addChassis(tray);
        tray.addComponent(new Component("sw-1", "", "ASTERA-SCORPIO-X-320", "switch-1"));
        tray.addComponent(new Component("sw-2", "", "ASTERA-SCORPIO-X-320", "switch-2"));
        Chassis srv2 = new Chassis("srv-2", "Server 2", "GENERIC-HGX-8GPU-10U", 1);
        r2.addChassis(srv2);
        srv2.addComponent(new Component("nic-3", "", "NVIDIA-CONNECTX-7", "pcie-1"));
        srv2.addComponent(new Component("nic-4", "", "NVIDIA-CONNECTX-7", "pcie-2"));

        for (int i = 1; i <= 4; i++) {
            pod.addLink(new Link("l-cpu-rt-" + i, new PortRef("cpu-1", "pcie-a-" + i), new PortRef("rt-" + i, "up"), 16, Medium.PCB));
            Link rg = new Link("l-rt-gpu-" + i, new PortRef("rt-" + i, "down"), new PortRef("gpu-" + i, "host"), 16,
                    Medium.COPPER_INTERNAL);
            rg.setCablePart("PCISIG-COPPRLINK-INT-1M");
            rg.setLengthOverrideM(0.8);
            pod.addLink(rg);
        }
        for (int g = 5; g <= 6; g++) {
            Link scm = new Link("l-gpu-sw-" + g, new PortRef("gpu-" + g, "host"), new PortRef("sw-1", "port-" + g), 16, Medium.AEC);
            scm.setCablePart("ASTERA-ARIES-SCM-PCIE5");
            pod.addLink(scm);
        }
        Link fib = new Link("l-nic-fibre", new PortRef("nic-1", "net"), new PortRef("nic-3", "net"), 8, Medium.FIBER_MM);
        fib.setCablePart("GENERIC-MMF-MPO-OM4");
        fib.setTransceiverPart("GENERIC-800G-OSFP-SR8");
        fib.setLengthOverrideM(12.5);
        pod.addLink(fib);
        Link aoc = new Link("l-nic-aoc", new PortRef("nic-2", "net"), new PortRef("nic-4", "net"), 8, Medium.AOC);
        aoc.setCablePart("GENERIC-800G-AOC-30M");
        pod.addLink(aoc);

        Pod podB = new Pod("pod-b", "Storage pod", 1);
        p.addPod(podB);
        Rack r3 = new Rack("rack-3", "R3", "RACK-EIA-42U", 1, 0);
        podB.addRack(r3);
        Chassis jbof = new Chassis("jbof-1", "JBOF", "GENERIC-JBOF-2U", 10);
        r3.addChassis(jbof);
        jbof.addComponent(new Component("ssd-1", "", "MICRON-9550-E3S", "e3s-1"));
        jbof.addComponent(new Component("ssd-2", "", "MICRON-9550-E3S", "e3s-2"));
        return p;
    }

    /** A copy of {@code book} without the given parts (to make them unpriced). */
    public static PriceBook without(PriceBook book, String... partNumbers) {
        List<PriceBook.Price> keep = new ArrayList<>();
        for (PriceBook.Price pr : book.prices().values()) {
            if (!List.of(partNumbers).contains(pr.partNumber())) {
                keep.add(pr);
            }
        }
        return new PriceBook(book.name(), book.currency(), book.estimate(), book.basis(), book.origin(), keep);
    }
}
