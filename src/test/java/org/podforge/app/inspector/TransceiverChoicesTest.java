package org.podforge.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Cage;
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
 * The link inspector offers only transceivers that fit the link's ports: none for a PCIe board link (it listed
 * every network optic), with the reason; at a NIC's OSFP (RHS) cage only RHS modules, at a switch's OSFP cage
 * only finned-top ones.
 */
class TransceiverChoicesTest {
    private final Catalog cat = CatalogLoader.builtIn();

    private Project project() {
        Project p = new Project("xcvr");
        Pod pod = new Pod("pod-1", "Pod A", 1);
        Rack r = new Rack("rack-1", "", "RACK-EIA-48U", 0, 0);
        pod.addRack(r);
        Chassis srv = new Chassis("srv-1", "", "GENERIC-HGX-8GPU-10U", 1);
        Chassis box = new Chassis("box-1", "", "NVIDIA-SN5600-BOX", 20);
        r.addChassis(srv);
        r.addChassis(box);
        srv.addComponent(new Component("cpu-1", "", "AMD-EPYC-9005", "cpu-1"));
        srv.addComponent(new Component("nic-1", "", "NVIDIA-CONNECTX-7", "pcie-1"));
        box.addComponent(new Component("sw-1", "", "NVIDIA-SN5600", "asic"));
        p.addPod(pod);
        String cpuPort = cat.find("AMD-EPYC-9005").orElseThrow().ports().get(0).name();
        pod.addLink(new Link("link-pcie", new PortRef("cpu-1", cpuPort), new PortRef("nic-1", "host"), 16, Medium.PCB));
        pod.addLink(new Link("link-net", new PortRef("nic-1", "net"), new PortRef("sw-1", "port-1"), 4, Medium.FIBER_MM));
        return p;
    }

    @Test
    void aBoardLinkOffersNoNetworkOpticsAndSaysWhy() {
        Project p = project();
        Link l = p.link("link-pcie").orElseThrow();
        TransceiverChoices a = TransceiverChoices.at(p, cat, l, l.a());
        assertEquals(List.of(), a.fits());
        assertTrue(a.why().contains("has no cage"), a.why());

        DocumentModel doc = new DocumentModel(new Session(p, cat, org.podforge.catalog.PriceBook.empty(), null, List.of()));
        InspectorViewModel vm = new InspectorViewModel(doc);
        doc.select(List.of("link-pcie"));
        PropertyRow row = vm.row("transceiver");
        assertFalse(row.editable(), "nothing to choose");
        assertEquals("None fits: neither end has a cage for a module (" + TransceiverChoices.CAGES + ")", row.value());
    }

    @Test
    void aNetworkLinkOffersOnlyModulesForEachEndsCage() {
        Project p = project();
        Link l = p.link("link-net").orElseThrow();
        TransceiverChoices atNic = TransceiverChoices.at(p, cat, l, l.a());
        TransceiverChoices atSwitch = TransceiverChoices.at(p, cat, l, l.b());
        assertFalse(atNic.fits().isEmpty(), atNic.why());
        assertFalse(atSwitch.fits().isEmpty(), atSwitch.why());
        for (String pn : atNic.fits()) {
            assertEquals(Cage.OSFP_RHS, cat.find(pn).orElseThrow().cage().orElseThrow(), pn + " at the NIC's flat-top cage");
        }
        for (String pn : atSwitch.fits()) {
            assertEquals(Cage.OSFP, cat.find(pn).orElseThrow().cage().orElseThrow(), pn + " at the switch's finned-top cage");
        }

        DocumentModel doc = new DocumentModel(new Session(p, cat, org.podforge.catalog.PriceBook.empty(), null, List.of()));
        InspectorViewModel vm = new InspectorViewModel(doc);
        doc.select(List.of("link-net"));
        assertEquals(InspectorViewModel.NONE, vm.row("transceiver").choices().get(0));
        assertEquals(atNic.fits(), vm.row("transceiver").choices().subList(1, vm.row("transceiver").choices().size()));
        assertEquals(atSwitch.fits(), vm.row("transceiverB").choices().subList(1, vm.row("transceiverB").choices().size()));
        // a module set that does not fit stays shown (else the field could not show it), marked
        String wrong = atSwitch.fits().get(0);
        p.link("link-net").orElseThrow().setTransceiverPart(wrong);
        vm.refresh();
        assertTrue(vm.row("transceiver").choices().contains(wrong));
        assertTrue(vm.row("transceiver").shown(wrong).endsWith("(does not fit this port)"), vm.row("transceiver").shown(wrong));
    }
}
