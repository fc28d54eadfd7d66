package org.podforge.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.RailWiring;
import org.podforge.rules.Finding;
import org.podforge.rules.RuleEngine;

/** Idle active parts: a switch wired only by a fabric pattern is connected; its idle twin is not; findings follow both ways. */
class UnconnectedTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private static Project hall() {
        Project p = new Project("hall");
        Pod pod = new Pod("pod-1", "Pod A", 2);
        Rack rack = new Rack("rack-1", "Rack 1", "RACK-EIA-48U", 0, 0);
        Chassis c = new Chassis("chassis-1", "", "GENERIC-HGX-8GPU-10U", 1);
        c.addComponent(new Component("nic-1", "", "NVIDIA-CONNECTX-8", "nic-1"));
        rack.addChassis(c);
        pod.addRack(rack);
        p.addPod(pod);
        Rack net = new Rack("netrack-1", "Leaf rack", "RACK-EIA-48U", 1, 0);
        Chassis box = new Chassis("box-1", "", "NVIDIA-Q3400-RA-BOX", 1);
        box.addComponent(new Component("leaf-1", "", "NVIDIA-Q3400-RA", "asic"));
        net.addChassis(box);
        Chassis box2 = new Chassis("box-2", "", "NVIDIA-Q3400-RA-BOX", 5);
        box2.addComponent(new Component("leaf-2", "", "NVIDIA-Q3400-RA", "asic"));
        net.addChassis(box2);
        p.fabric().addRack(net);
        p.fabric().addPattern(new LinkPattern("pattern-1", "rails",
                new RailWiring("pod-1", List.of(List.of(new PortRef("nic-1", "port-1"))), List.of("leaf-1"), 1, "port-", 1), 4, Medium.FIBER_MM));
        return p;
    }

    @Test
    void anIdleSwitchOfTheHallFabricIsScaleoutFabricsFindingNotThisOne() {
        Project p = hall();
        assertEquals(List.of(), Unconnected.idleActiveParts(p, CATALOG, p.chassis("box-1").orElseThrow()), "wired by the pattern");
        assertEquals(List.of(), Unconnected.idleActiveParts(p, CATALOG, p.chassis("box-2").orElseThrow()), "judged by scaleout.fabric");
        List<Finding> all = RuleEngine.validate(p, CATALOG, CatalogLoader.builtInPrices());
        assertEquals(List.of(), all.stream().filter(x -> x.ruleId().equals("part.unconnected")).toList());
        assertEquals(1, all.stream().filter(x -> x.ruleId().equals("scaleout.fabric") && x.subjects().contains("leaf-2")).count(),
                "one finding for the one cause: " + all);
    }

    @Test
    void switchesWiredByPatternsInAPodAreConnected() throws Exception {
        Project p = new org.podforge.io.ProjectReader(CATALOG).read(java.nio.file.Path.of("docs/examples/two-row-pod-taurus.podforge.json")).project();
        assertEquals(List.of(), RuleEngine.validate(p, CATALOG, CatalogLoader.builtInPrices()).stream()
                .filter(x -> x.ruleId().equals("part.unconnected")).toList());
    }

    @Test
    void oneIdlePartIsSpokenOfAsOne() {
        Project p = hall();
        Chassis c = p.pods().get(0).racks().get(0).chassis().get(0);
        c.addComponent(new Component("retimer-1", "", "ASTERA-ARIES6-X16", "board-1"));
        String msg = RuleEngine.validate(p, CATALOG, CatalogLoader.builtInPrices()).stream().filter(x -> x.ruleId().equals("part.unconnected"))
                .findFirst().orElseThrow().message();
        assertTrue(msg.contains("has 1 active part with no link") && msg.contains(". It is counted in the BOM (as unconnected) and its power, "
                + "but carries nothing; connect it (") && msg.endsWith("or remove it."), msg);
    }

    @Test
    void aLinkClearsTheFinding() {
        Project p = hall();
        Pod pod = p.pods().get(0);
        Chassis c = pod.racks().get(0).chassis().get(0);
        c.addComponent(new Component("retimer-1", "", "ASTERA-ARIES6-X16", "board-1"));
        assertEquals(List.of("retimer-1"), Unconnected.idleActiveParts(p, CATALOG, c).stream().map(Component::id).toList());
        pod.addLink(0, new Link("link-1", new PortRef("nic-1", "host"), new PortRef("retimer-1", "down"), 16, Medium.PCB));
        assertEquals(List.of(), Unconnected.idleActiveParts(p, CATALOG, c));
    }

    @Test
    void theBomListsIdlePartsAsUnconnected() throws Exception {
        Project p = new org.podforge.io.ProjectReader(CATALOG).read(java.nio.file.Path.of("src/test/resources/rules/part.unconnected/positive.podforge.json")).project();
        org.podforge.bom.Bom bom = org.podforge.bom.Bom.of(p, CATALOG, CatalogLoader.builtInPrices());
        org.podforge.bom.BomLine retimers = bom.lines().stream().filter(l -> l.partNumber().equals("ASTERA-ARIES6-X16")).findFirst().orElseThrow();
        assertEquals(3, retimers.qtyPerPod());
        assertEquals(2, retimers.unconnectedPerPod(), "retimer-2 and retimer-3 have no link; retimer-1 has two");
        org.podforge.bom.BomLine cpu = bom.lines().stream().filter(l -> l.partNumber().equals("AMD-EPYC-9005")).findFirst().orElseThrow();
        assertEquals(0, cpu.unconnectedPerPod(), "a CPU is not an active part of this rule");
    }
}
