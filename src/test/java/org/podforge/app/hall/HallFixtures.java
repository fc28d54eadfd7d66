package org.podforge.app.hall;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
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
 * A small hall: one pod design of two racks (two NICs each) deployed 16 times, 4 replicas to a row, two
 * racks apart; two rails wired to the leaves of scalable units of 8 replicas (leaves in two network racks),
 * every leaf meshed to two spines (in a third network rack) with two cables per pair.
 */
public final class HallFixtures {
    public static final int REPLICAS = 16;

    private HallFixtures() {
    }

    public static Project hall() {
        Project p = new Project("hall test");
        Pod pod = new Pod("pod-1", "Pod A", REPLICAS);
        pod.setLayout(new ReplicaLayout(4, 1, 2));
        for (int r = 0; r < 2; r++) {
            Rack rack = new Rack("rack-" + (r + 1), "Rack " + (r + 1), "RACK-EIA-48U", 0, r);
            Chassis c = new Chassis("chassis-" + (r + 1), "", "GENERIC-HGX-8GPU-10U", 1);
            c.addComponent(new Component("nic-" + (2 * r + 1), "", "NVIDIA-CONNECTX-8", "nic-1"));
            c.addComponent(new Component("nic-" + (2 * r + 2), "", "NVIDIA-CONNECTX-8", "nic-2"));
            rack.addChassis(c);
            pod.addRack(rack);
        }
        p.addPod(pod);
        List<String> leaves = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            Rack net = new Rack("netrack-" + n, n < 3 ? "Leaf rack " + n : "Spine rack", "RACK-EIA-48U", n < 3 ? n - 1 : 4, 8);
            Chassis box = new Chassis("box-" + n, "", "GENERIC-HGX-8GPU-10U", 1);
            for (int k = 1; k <= 2; k++) {
                String id = (n < 3 ? "leaf-" : "spine-") + ((n < 3 ? 2 * (n - 1) : 0) + k);
                box.addComponent(new Component(id, "", "NVIDIA-QUANTUM-X800-Q3400", "asic"));
                if (n < 3) {
                    leaves.add(id);
                }
            }
            net.addChassis(box);
            p.fabric().addRack(net);
        }
        // rail 0: NIC 1 of each server (rack 1 and rack 2); rail 1: NIC 2 of each
        List<List<PortRef>> rails = List.of(
                List.of(new PortRef("nic-1", "port-1"), new PortRef("nic-3", "port-1")),
                List.of(new PortRef("nic-2", "port-1"), new PortRef("nic-4", "port-1")));
        p.fabric().addPattern(new LinkPattern("pattern-1", "rails", new RailWiring("pod-1", rails, leaves, 8, "port-", 1), 4, Medium.FIBER_MM));
        p.fabric().addPattern(new LinkPattern("pattern-2", "leaf-spine",
                new MeshWiring(leaves, List.of("spine-1", "spine-2"), 1, 2, "port-", 33, "port-", 1), 4, Medium.FIBER_MM));
        return p;
    }

    /** The hall without its patterns, its leaves and spines made Quantum-X800 Q3400 switches: a pod to wire. */
    public static Project unwired() {
        Project p = hall();
        for (LinkPattern lp : List.copyOf(p.fabric().patterns())) {
            p.fabric().removePattern(lp);
        }
        for (String id : List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4", "spine-1", "spine-2")) {
            p.component(id).orElseThrow().setPartNumber("NVIDIA-Q3400-RA");
        }
        return p;
    }
}
