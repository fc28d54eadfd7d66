package org.podforge.app;

import java.util.List;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.Session;

/**
 * A small real-catalog design for the app flow tests: rack-1 holds srv-1 (a Scorpio-P fabric switch, one
 * PCIe 6 XPU wired to it and one not yet wired) and srv-2 (one XPU, cabled to the switch with a 2 m CopprLink cable); rack-2 stands two
 * positions along the row, empty (close enough for the 7 m Aries smart cable fix). Moving srv-2 there makes the cable too short for its run.
 */
final class FlowFixture {
    static final String SWITCH = "ASTERA-SCORPIO-P-320";
    static final String XPU = "GENERIC-XPU-PCIE6";
    static final String SERVER = "GENERIC-HGX-8GPU-10U";

    private FlowFixture() {
    }

    static Project project() {
        Project p = new Project("Flow test pod");
        Pod pod = new Pod("pod-1", "Pod A", 1);
        Rack r1 = new Rack("rack-1", "Rack 1", "RACK-EIA-48U", 0, 0);
        Rack r2 = new Rack("rack-2", "Rack 2", "RACK-EIA-48U", 0, 2);
        pod.addRack(r1);
        pod.addRack(r2);
        Chassis s1 = new Chassis("srv-1", "Server 1", SERVER, 1);
        Chassis s2 = new Chassis("srv-2", "Server 2", SERVER, 12);
        r1.addChassis(s1);
        r1.addChassis(s2);
        s1.addComponent(new Component("psw-1", "", SWITCH, "board-1"));
        s1.addComponent(new Component("xpu-1", "", XPU, "gpu-1"));
        s1.addComponent(new Component("xpu-3", "", XPU, "gpu-2"));
        s2.addComponent(new Component("xpu-2", "", XPU, "gpu-1"));
        p.addPod(pod);
        pod.addLink(new Link("link-1", new PortRef("psw-1", "port-1"), new PortRef("xpu-1", "host"), 16, Medium.PCB));
        Link cable = new Link("link-2", new PortRef("psw-1", "port-2"), new PortRef("xpu-2", "host"), 16, Medium.COPPER_EXTERNAL);
        cable.setCablePart("PCISIG-COPPRLINK-EXT-2M");
        pod.addLink(cable);
        return p;
    }

    static Session session(Catalog catalog, PriceBook prices) {
        return new Session(project(), catalog, prices, null, List.of());
    }
}
