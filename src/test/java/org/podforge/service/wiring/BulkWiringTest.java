package org.podforge.service.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.RemoveCommand;
import org.podforge.rules.Compatibility;
import org.podforge.service.PodGenerator;

/** Bulk wiring on the sample pod with its accelerator-to-switch links removed. */
class BulkWiringTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private static Family family(Project p, String id) {
        return CATALOG.find(p.component(id).orElseThrow().partNumber()).orElseThrow().family();
    }

    /** The sample with every link between an accelerator and a scale-up switch removed; returns how many. */
    private static int unwireScaleUp(Project p, CommandStack stack) {
        List<RemoveCommand> rm = new ArrayList<>();
        for (Link l : p.allLinks()) {
            Family fa = family(p, l.a().componentId());
            Family fb = family(p, l.b().componentId());
            if ((fa == Family.GPU && fb == Family.SCALEUP_SWITCH) || (fb == Family.GPU && fa == Family.SCALEUP_SWITCH)) {
                rm.add(new RemoveCommand(l.id()));
            }
        }
        stack.execute(new CompositeCommand("unwire", rm));
        return rm.size();
    }

    private static List<String> ofFamily(Project p, Family f, String prefix) {
        List<String> out = new ArrayList<>();
        for (Component c : p.allComponents()) {
            if (c.id().startsWith(prefix) && family(p, c.id()) == f) {
                out.add(c.id());
            }
        }
        return out;
    }

    @Test
    void everyTargetRestoresTheScaleUpWiringAsOneUndoableCommand() {
        Project p = PodGenerator.sample();
        CommandStack stack = new CommandStack(p);
        int removed = unwireScaleUp(p, stack);
        assertTrue(removed > 0);
        String before = ProjectWriter.toJson(p);
        List<String> gpus = ofFamily(p, Family.GPU, "");
        List<String> switches = ofFamily(p, Family.SCALEUP_SWITCH, "");
        BulkWiring.Plan plan = new BulkWiring(p, CATALOG).plan(BulkWiring.Rule.EVERY_TARGET, gpus, switches);
        assertEquals(gpus.size() * switches.size(), plan.links().size(), plan.notes().toString());
        Set<PortRef> ends = new HashSet<>();
        Set<String> ids = new HashSet<>();
        java.util.Map<PortRef, Integer> perSwitchPort = new java.util.HashMap<>();
        for (BulkWiring.Planned l : plan.links()) {
            assertTrue(ends.add(l.a()), "no accelerator port is used twice: " + l.describe());
            assertTrue(perSwitchPort.merge(l.b(), 1, Integer::sum) <= 4, "a 4x4 switch port takes four x4 links: " + l.describe());
            assertEquals(4, l.lanes());
            assertTrue(ids.add(l.id()) && !p.containsId(l.id()), "fresh, distinct ids");
            assertTrue(Compatibility.canConnect(p, CATALOG, l.a(), l.b()).ok(), l.describe());
            assertEquals(Family.GPU, family(p, l.a().componentId()));
        }
        stack.execute(plan.command());
        assertEquals(removed, plan.links().size());
        assertTrue(stack.undoDescription().orElseThrow().startsWith("Wire " + plan.links().size() + " links"));
        stack.undo();
        assertEquals(before, ProjectWriter.toJson(p), "one undo removes every planned link");
    }

    @Test
    void railPutsSourceIOnTargetI() {
        Project p = PodGenerator.sample();
        CommandStack stack = new CommandStack(p);
        unwireScaleUp(p, stack);
        List<String> gpus = ofFamily(p, Family.GPU, "s1.");
        List<String> switches = ofFamily(p, Family.SCALEUP_SWITCH, "");
        BulkWiring.Plan plan = new BulkWiring(p, CATALOG).plan(BulkWiring.Rule.RAIL, gpus, switches);
        assertEquals(gpus.size(), plan.links().size(), plan.notes().toString());
        for (int i = 0; i < gpus.size(); i++) {
            assertEquals(gpus.get(i), plan.links().get(i).a().componentId());
            assertEquals(switches.get(i % switches.size()), plan.links().get(i).b().componentId());
        }
    }

    @Test
    void nextFreeFillsTargetsInOrderAndSaysWhatItCouldNotWire() {
        Project p = PodGenerator.sample();
        List<String> gpus = ofFamily(p, Family.GPU, "s1.");
        List<String> switches = ofFamily(p, Family.SCALEUP_SWITCH, "");
        // fully wired: nothing left to plan, and every source is named in the notes
        BulkWiring.Plan plan = new BulkWiring(p, CATALOG).plan(BulkWiring.Rule.NEXT_FREE, gpus, switches);
        assertTrue(plan.isEmpty());
        String notes = String.join("\n", plan.notes());
        assertTrue(gpus.stream().allMatch(notes::contains), "each source is named: " + notes);
        assertTrue(notes.contains("already linked"), "and why it is left as it is: " + notes);

        CommandStack stack = new CommandStack(p);
        unwireScaleUp(p, stack);
        plan = new BulkWiring(p, CATALOG).plan(BulkWiring.Rule.NEXT_FREE, gpus, switches);
        assertEquals(gpus.size(), plan.links().size());
        assertTrue(plan.links().stream().allMatch(l -> l.b().componentId().equals(switches.get(0))),
                "the first switch has room for all eight (two 4x4 ports), so all go to it");
    }

    @Test
    void splitPutsSwitchesOnTheTargetSide() {
        Project p = PodGenerator.sample();
        Set<String> sel = new LinkedHashSet<>(ofFamily(p, Family.SCALEUP_SWITCH, ""));
        sel.addAll(ofFamily(p, Family.GPU, "s2."));
        List<List<String>> st = new BulkWiring(p, CATALOG).split(sel);
        assertEquals(ofFamily(p, Family.GPU, "s2."), st.get(0));
        assertEquals(ofFamily(p, Family.SCALEUP_SWITCH, ""), st.get(1));
        assertFalse(new BulkWiring(p, CATALOG).plan(BulkWiring.Rule.RAIL, st.get(0), List.of()).notes().isEmpty());
    }

    /**
     * A whole pre-wired server selected with a new leaf switch (the marquee around the rack): each source is wired once,
     * so only the NIC and DPU network ports go to the leaf; the CPUs, drives and retimers already on the board's PCIe
     * switches get no second link (a CPU to another PCIe switch was proposed, which pcie.tree then flags as an error).
     */
    @Test
    void aPreWiredServerWithANewLeafGetsOnlyItsNetworkPortsWired() throws Exception {
        Project p = new org.podforge.io.ProjectReader(CATALOG).read(java.nio.file.Path.of("docs/examples/dgx-b200-server.podforge.json")).project();
        org.podforge.model.Chassis box = new org.podforge.model.Chassis("leaf-box", "", "NVIDIA-SN5600-BOX", 30);
        box.addComponent(new Component("leaf-1", "", "NVIDIA-SN5600", "asic"));
        p.pods().get(0).racks().get(0).addChassis(box);
        Set<String> all = new LinkedHashSet<>();
        p.allComponents().forEach(c -> all.add(c.id()));
        List<List<String>> split = new BulkWiring(p, CATALOG).split(all);
        BulkWiring.Plan plan = new BulkWiring(p, CATALOG).plan(BulkWiring.Rule.NEXT_FREE, split.get(0), split.get(1));
        assertFalse(plan.links().isEmpty(), plan.notes().toString());
        for (BulkWiring.Planned l : plan.links()) {
            assertEquals("leaf-1", l.b().componentId(), "only the leaf is wired: " + l.describe());
            Family f = family(p, l.a().componentId());
            assertTrue(f == Family.NIC, "a NIC or DPU network port: " + l.describe());
        }
        long nics = p.allComponents().stream().filter(c -> family(p, c.id()) == Family.NIC).count();
        assertEquals(nics, plan.links().size(), "every NIC and DPU once");
        assertTrue(plan.notes().get(0).contains("already linked to a switch of the targets' kind"), plan.notes().get(0));
    }

    /**
     * What "each to the next free port" cannot wire is said once per reason, with what to do, not once per source naming
     * every target ("gpu-3: no free compatible port left on leaf-1").
     */
    @Test
    void sourcesLeftUnwiredAreGroupedByWhyWithWhatToDo() throws Exception {
        Project p = new org.podforge.io.ProjectReader(CATALOG).read(java.nio.file.Path.of("docs/examples/dgx-b200-server.podforge.json")).project();
        org.podforge.model.Chassis box = new org.podforge.model.Chassis("leaf-box", "", "NVIDIA-SN5600-BOX", 30);
        box.addComponent(new Component("leaf-1", "", "NVIDIA-SN5600", "asic"));
        p.pods().get(0).racks().get(0).addChassis(box);
        List<String> gpus = ofFamily(p, Family.GPU, "");
        BulkWiring.Plan plan = new BulkWiring(p, CATALOG).plan(BulkWiring.Rule.NEXT_FREE, gpus, List.of("leaf-1"));
        assertTrue(plan.isEmpty());
        assertEquals(1, plan.notes().size(), "one line for the eight GPUs: " + plan.notes());
        String note = plan.notes().get(0);
        assertTrue(note.startsWith("8 sources got no link: no target port takes their ports (NVIDIA-B200/"), note);
        assertTrue(note.contains("no protocol in common") && note.contains("Pick other port groups"), note);
        assertFalse(note.contains("no free compatible port"), note);

        // four GPUs for one retimer's two x16 ports: the rest are told the target is full and to add one
        Project q = new Project("full");
        org.podforge.model.Pod pod = new org.podforge.model.Pod("pod-1", "Pod A", 1);
        org.podforge.model.Rack rack = new org.podforge.model.Rack("rack-1", "", "RACK-EIA-48U", 0, 0);
        org.podforge.model.Chassis hgx = new org.podforge.model.Chassis("srv-1", "", "GENERIC-HGX-8GPU-10U", 1);
        hgx.addComponent(new Component("gpu-1", "", "NVIDIA-B200", "gpu-1"));
        hgx.addComponent(new Component("gpu-2", "", "NVIDIA-B200", "gpu-2"));
        hgx.addComponent(new Component("gpu-3", "", "NVIDIA-B200", "gpu-3"));
        hgx.addComponent(new Component("gpu-4", "", "NVIDIA-B200", "gpu-4"));
        hgx.addComponent(new Component("retimer-1", "", "ASTERA-ARIES6-X16", "board-1"));
        rack.addChassis(hgx);
        pod.addRack(rack);
        q.addPod(pod);
        plan = new BulkWiring(q, CATALOG).plan(BulkWiring.Rule.NEXT_FREE, List.of("gpu-1", "gpu-2", "gpu-3", "gpu-4"), List.of("retimer-1"));
        String full = String.join("\n", plan.notes());
        assertEquals(2, plan.links().size(), full);
        assertEquals(1, plan.notes().size(), full);
        assertTrue(full.startsWith("2 sources got no link: every port of the target that could take it is taken (with the 2 links planned here): "
                + "gpu-3, gpu-4."), full);
        assertTrue(full.contains("Add another switch to the selection"), full);
    }
}
