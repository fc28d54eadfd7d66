package org.podforge.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.Medium;
import org.podforge.model.MeshWiring;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.RailWiring;
import org.podforge.model.ReplicaLayout;

/**
 * Small scale-out fabrics over the real catalog for scaleout.fabric: a pod design of two servers (2 B200 and
 * 2 ConnectX-7 each, one NIC per GPU) deployed 4 times, 2 replicas per scalable unit, its 2 rails wired to the 4
 * SN5600 leaves of the 2 units, every leaf meshed to 2 SN5600 spines. {@link #correct()} is non-blocking (4
 * down and 4 up per leaf, 400G each) with one hand-made exception on its rail; {@link #faulty()} has one of
 * each mistake. Writes the golden fixture files: {@code mvn -q test-compile exec:java
 * -Dexec.mainClass=org.podforge.rules.FabricFixtures -Dexec.classpathScope=test}.
 */
public final class FabricFixtures {
    private FabricFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/rules/scaleout.fabric");
        ProjectWriter.save(faulty(), dir.resolve("positive.podforge.json"));
        ProjectWriter.save(correct(), dir.resolve("negative.podforge.json"));
    }

    /** The pod design and the switches, without patterns. */
    static Project base(int spines) {
        Project p = new Project("rail-optimized two-tier fabric");
        Pod pod = new Pod("pod-1", "Pod A", 4);
        pod.setLayout(new ReplicaLayout(4, 0, 1));
        p.addPod(pod);
        Rack rack = new Rack("rack-1", "Rack 1", "RACK-EIA-42U", 0, 0);
        pod.addRack(rack);
        for (int s = 1; s <= 2; s++) {
            Chassis c = new Chassis("srv-" + s, "", "GENERIC-HGX-8GPU-10U", 1 + (s - 1) * 12);
            rack.addChassis(c);
            String cpu = "cpu-" + s;
            c.addComponent(new Component(cpu, "", "AMD-EPYC-9005", "cpu-1"));
            for (int g = 1; g <= 2; g++) {
                String gpu = "gpu-" + s + g;
                String nic = "nic-" + s + g;
                c.addComponent(new Component(gpu, "", "NVIDIA-B200", "gpu-" + g));
                c.addComponent(new Component(nic, "", "NVIDIA-CONNECTX-7", "pcie-" + g));
                pod.addLink(new Link("host-" + gpu, PortRef.parse(cpu + "/pcie-b-" + g), PortRef.parse(gpu + "/host"), 16, Medium.PCB));
                pod.addLink(new Link("host-" + nic, PortRef.parse(cpu + "/pcie-a-" + g), PortRef.parse(nic + "/host"), 16, Medium.PCB));
            }
        }
        Rack leaves = new Rack("netrack-1", "Leaf rack", "RACK-EIA-42U", 1, 0);
        for (int l = 1; l <= 4; l++) {
            Chassis box = new Chassis("leafbox-" + l, "", "NVIDIA-SN5600-BOX", 1 + (l - 1) * 2);
            box.addComponent(new Component("leaf-" + l, "", "NVIDIA-SN5600", "asic"));
            leaves.addChassis(box);
        }
        p.fabric().addRack(leaves);
        Rack spineRack = new Rack("netrack-2", "Spine rack", "RACK-EIA-42U", 1, 1);
        for (int s = 1; s <= spines; s++) {
            Chassis box = new Chassis("spinebox-" + s, "", "NVIDIA-SN5600-BOX", 1 + (s - 1) * 2);
            box.addComponent(new Component("spine-" + s, "", "NVIDIA-SN5600", "asic"));
            spineRack.addChassis(box);
        }
        p.fabric().addRack(spineRack);
        return p;
    }

    static List<List<PortRef>> rails() {
        return List.of(
                List.of(new PortRef("nic-11", "net"), new PortRef("nic-21", "net")),
                List.of(new PortRef("nic-12", "net"), new PortRef("nic-22", "net")));
    }

    static LinkPattern railPattern(List<List<PortRef>> rails) {
        return new LinkPattern("rails-1", "Rails", new RailWiring("pod-1", rails, List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4"), 2,
                "port-", 1), 4, Medium.FIBER_MM);
    }

    static LinkPattern mesh(List<String> lower, int linksPerPair, int upperFirst) {
        return new LinkPattern("mesh-1", "Leaf-spine", new MeshWiring(lower, List.of("spine-1", "spine-2"), 1, linksPerPair, "port-", 33,
                "port-", upperFirst), 4, Medium.FIBER_MM);
    }

    /** Non-blocking, rail-aligned, every leaf uplinked; one hand-made cable on its own rail's leaf. */
    public static Project correct() {
        Project p = base(2);
        p.fabric().addPattern(railPattern(rails()));
        p.fabric().addPattern(mesh(List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4"), 2, 1));
        // replica 3 (unit 2), rail 1, server 1: leaf-3, moved to a spare port by hand
        p.fabric().addLink(new Link("hand-1", new PortRef("nic-11", "net", 3), new PortRef("leaf-3", "port-40"), 4, Medium.FIBER_MM));
        return p;
    }

    /**
     * One of each mistake: rail 2 takes the NIC in another slot on server 2; leaf-4 is left out of the mesh; the mesh
     * gives the other leaves one cable per spine (2:1); a hand-made cable takes rail 1 of replica 3 to leaf-1 instead
     * of leaf-3; spine-3 carries nothing.
     */
    public static Project faulty() {
        Project p = base(3);
        Component moved = p.component("nic-22").orElseThrow();
        moved.setSlot("pcie-5");
        p.fabric().addPattern(railPattern(rails()));
        p.fabric().addPattern(mesh(List.of("leaf-1", "leaf-2", "leaf-3"), 1, 1));
        p.fabric().addLink(new Link("hand-1", new PortRef("nic-11", "net", 3), new PortRef("leaf-1", "port-40"), 4, Medium.FIBER_MM));
        return p;
    }
}
