package org.podforge.testutil;

import java.util.List;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.PortSpec;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.model.Rack;
import org.podforge.model.RackSpec;
import org.podforge.model.SlotSpec;
import org.podforge.model.SourceRef;

/** A tiny synthetic catalog and project for tests that must not depend on the real catalog's content. */
public final class TestCatalog {
    private TestCatalog() {
    }

    private static final SourceRef SRC = new SourceRef(List.of("ports", "heightU", "slots", "rack"), "https://example.org/test", "test data", true);

    public static Catalog catalog() {
        return new Catalog(List.of(
                Part.builder("T-RACK42", Family.RACK).heightU(42).rack(new RackSpec(44.45, 20_000.0, 600.0)).source(SRC).build(),
                Part.builder("T-SRV", Family.CHASSIS).heightU(4)
                        .slot(new SlotSpec("gpu", "GPU_MODULE", 4)).slot(new SlotSpec("cpu", "CPU_SOCKET", 1))
                        .slot(new SlotSpec("board", "BOARD", 4)).source(SRC).build(),
                Part.builder("T-GPU", Family.GPU).slotType("GPU_MODULE").powerW(1000.0)
                        .port(new PortSpec("host", 1, PortRole.ENDPOINT, Set.of(Protocol.PCIE), 5, null, null, 16, List.of("1x16")))
                        .source(SRC).build(),
                Part.builder("T-CPU", Family.CPU).slotType("CPU_SOCKET")
                        .port(new PortSpec("x16", 4, PortRole.ROOT, Set.of(Protocol.PCIE, Protocol.CXL), 5, "2.0", null, 16,
                                List.of("1x16", "2x8", "4x4")))
                        .source(SRC).build(),
                Part.builder("T-RT", Family.RETIMER).slotType("BOARD")
                        .port(new PortSpec("up", 1, PortRole.PASSTHROUGH, Set.of(Protocol.PCIE), 5, null, null, 16, List.of()))
                        .port(new PortSpec("down", 1, PortRole.PASSTHROUGH, Set.of(Protocol.PCIE), 5, null, null, 16, List.of()))
                        .source(SRC).build()));
    }

    /** One pod, one rack, two servers, each with a CPU and two GPUs, GPUs wired to their CPU. */
    public static Project smallProject() {
        Project p = new Project("Test design");
        Pod pod = new Pod("pod-1", "Pod A", 2);
        Rack rack = new Rack("rack-1", "R1", "T-RACK42", 0, 0);
        pod.addRack(rack);
        for (int s = 1; s <= 2; s++) {
            Chassis c = new Chassis("srv-" + s, "Server " + s, "T-SRV", 1 + (s - 1) * 4);
            rack.addChassis(c);
            c.addComponent(new Component("cpu-" + s, "", "T-CPU", "cpu"));
            for (int g = 1; g <= 2; g++) {
                c.addComponent(new Component("gpu-" + s + g, "", "T-GPU", "gpu-" + g));
            }
        }
        p.addPod(pod);
        for (int s = 1; s <= 2; s++) {
            for (int g = 1; g <= 2; g++) {
                pod.addLink(new Link("link-" + s + g, new PortRef("cpu-" + s, "x16-" + g), new PortRef("gpu-" + s + g, "host"), 16, Medium.PCB));
            }
        }
        return p;
    }
}
