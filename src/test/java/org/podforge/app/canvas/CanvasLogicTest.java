package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.canvas.CanvasLayout.Hit;
import org.podforge.app.canvas.CanvasLayout.Kind;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.model.command.MoveComponentCommand;

/** Drop, move, connect and hit-test logic of the canvas, without a toolkit or robot. */
class CanvasLogicTest {
    private final Project project = CanvasFixtures.project();
    private final CommandStack stack = new CommandStack(project);

    private CanvasLayout layout() {
        return CanvasLayout.compute(project, CanvasFixtures.CATALOG);
    }

    private DropPlanner planner() {
        return new DropPlanner(project, CanvasFixtures.CATALOG, layout());
    }

    private Hit hitCentre(String id) {
        CanvasLayout l = layout();
        Box b = l.box(id);
        return l.hit(b.cx(), b.cy());
    }

    @Test
    void aLayoutMadeFromThePreviousOneEqualsAFreshOne() {
        Project p = org.podforge.service.PodGenerator.cluster(256); // 4 pods: a move leaves the other racks alone
        CommandStack s = new CommandStack(p);
        CanvasLayout previous = CanvasLayout.compute(p, CanvasFixtures.CATALOG);
        java.util.Map<String, Integer> signatures = RackSignatures.of(p);
        java.util.Random rnd = new java.util.Random(9);
        int moved = 0;
        List<Chassis> chassis = p.pods().stream().flatMap(pod -> pod.racks().stream()).flatMap(r -> r.chassis().stream()).toList();
        for (int i = 0; i < 30; i++) {
            Chassis c = chassis.get(rnd.nextInt(chassis.size()));
            if (i % 3 == 2 && s.canUndo()) {
                s.undo();
            } else {
                try {
                    if (i % 2 == 0 || c.components().isEmpty()) {
                        s.execute(new MoveChassisCommand(c.id(), c.rack().id(), 1 + rnd.nextInt(40)));
                    } else { // a component to another server of its pod (another rack, mostly)
                        Component comp = c.components().get(rnd.nextInt(c.components().size()));
                        Chassis to = chassis.get(rnd.nextInt(chassis.size()));
                        s.execute(new MoveComponentCommand(comp.id(), to.id(), null));
                    }
                } catch (org.podforge.model.command.CommandException e) {
                    continue; // that place is taken: try another move
                }
            }
            java.util.Map<String, Integer> now = RackSignatures.of(p);
            java.util.Set<String> changed = RackSignatures.changed(signatures, now);
            assertTrue(changed.size() <= 2, "a move changes the rack it left and the one it went to only: " + changed);
            moved += changed.size();
            CanvasLayout next = CanvasLayout.compute(p, CanvasFixtures.CATALOG, previous, changed);
            assertSameLayout(CanvasLayout.compute(p, CanvasFixtures.CATALOG), next, p);
            assertEquals(CanvasLayout.compute(p, CanvasFixtures.CATALOG).rackIndex(), next.rackIndex());
            previous = next;
            signatures = now;
        }
        assertTrue(moved >= 8, "the edits moved things: " + moved);
    }

    private static void assertSameLayout(CanvasLayout fresh, CanvasLayout reused, Project p) {
        assertEquals(fresh.rackIds(), reused.rackIds());
        assertEquals(fresh.total(), reused.total());
        for (org.podforge.model.Pod pod : p.pods()) {
            assertEquals(fresh.box(pod.id()), reused.box(pod.id()));
            for (org.podforge.model.Rack r : pod.racks()) {
                assertEquals(fresh.box(r.id()), reused.box(r.id()));
                assertEquals(fresh.rackInner(r.id()), reused.rackInner(r.id()));
                for (Chassis c : r.chassis()) {
                    assertEquals(fresh.box(c.id()), reused.box(c.id()), c.id());
                    assertEquals(fresh.slots(c.id()), reused.slots(c.id()), c.id());
                    for (Component comp : c.components()) {
                        assertEquals(fresh.box(comp.id()), reused.box(comp.id()), comp.id());
                        Box b = fresh.box(comp.id());
                        assertEquals(fresh.hit(b.cx(), b.cy()), reused.hit(b.cx(), b.cy()), comp.id());
                    }
                }
            }
        }
    }

    @Test
    void hitFindsTheDeepestObjectAndTheUnitUnderThePoint() {
        CanvasLayout l = layout();
        Hit onGpu = hitCentre("gpu-1");
        assertEquals(Kind.COMPONENT, onGpu.kind());
        assertEquals("gpu-1", onGpu.componentId());
        assertEquals("chassis-1", onGpu.chassisId());
        assertEquals("rack-1", onGpu.rackId());
        Box tray = l.box("chassis-3");
        Hit onTray = l.hit(tray.x() + 5, tray.cy());
        assertEquals(Kind.CHASSIS, onTray.kind());
        assertEquals(30, onTray.u());
        Box in = l.rackInner("rack-2");
        Hit emptyUnit = l.hit(in.cx(), in.y() + 2);
        assertEquals(Kind.RACK, emptyUnit.kind());
        assertEquals(48, emptyUnit.u());
        assertNull(l.hit(l.total().maxX() + 100, 0));
    }

    @Test
    void chassisStandAtTheirUnitsAndRacksSideBySide() {
        CanvasLayout l = layout();
        Box c1 = l.box("chassis-1");
        Box in = l.rackInner("rack-1");
        assertEquals(in.maxY(), c1.maxY(), 2.0, "a chassis at U1 sits on the bottom of the bay");
        assertEquals(10 * CanvasLayout.U_H, c1.h(), 3.0);
        assertTrue(l.box("rack-2").x() > l.box("rack-1").maxX());
        assertEquals(74, l.slots("chassis-1").size(), "the HGX slot grid has every slot of the part");
    }

    @Test
    void aTransceiverDropIsJudgedByTheSameCagePredicateAsPortSpeed() {
        var c1 = project.chassis("chassis-1").orElseThrow();
        c1.addComponent(new org.podforge.model.Component("nic-1", "", "NVIDIA-CONNECTX-7", "pcie-1"));
        c1.addComponent(new org.podforge.model.Component("nic-2", "", "NVIDIA-CONNECTX-7", "pcie-2"));
        var link = new org.podforge.model.Link("link-net", org.podforge.model.PortRef.parse("nic-1/net"),
                org.podforge.model.PortRef.parse("nic-2/net"), 4, org.podforge.model.Medium.FIBER_MM);
        project.pod("pod-1").orElseThrow().addLink(link);
        DropPlan twin = planner().planPart("NVIDIA-MMA4Z00-NS", Hit.link("pod-1", "link-net"));
        assertFalse(twin.ok(), "an 800G twin-port module fits no ConnectX-7 cage");
        assertTrue(twin.message().contains("OSFP flat-top (RHS)") && twin.message().contains("800G"), twin.message());
        DropPlan sr4 = planner().planPart("NVIDIA-MMA4Z00-NS400", Hit.link("pod-1", "link-net"));
        assertTrue(sr4.ok(), sr4.message());
        stack.execute(sr4.command());
        assertEquals("NVIDIA-MMA4Z00-NS400", link.transceiverAt(link.b()));
        var cx7 = CanvasFixtures.CATALOG.require("NVIDIA-CONNECTX-7");
        assertEquals("net 400G OSFP-RHS", PortFan.label(cx7.port("net").orElseThrow()), "a network port shows its speed and cage");
        assertEquals("host x16", PortFan.label(cx7.port("host").orElseThrow()));
        DropPlan dac = planner().planPart("GENERIC-800G-DAC-2M", Hit.link("pod-1", "link-net"));
        assertFalse(dac.ok(), "a straight 800G OSFP DAC fits neither flat-top cage nor the 4-lane link");
        assertTrue(dac.message().contains("cannot carry this link"), dac.message());
    }

    @Test
    void droppingAGpuOnAChassisPutsItInAFreeGpuSlot() {
        DropPlan plan = planner().planPart("NVIDIA-B300", hitCentre("chassis-1"));
        assertTrue(plan.ok(), plan.message());
        stack.execute(plan.command());
        Chassis c = project.chassis("chassis-1").orElseThrow();
        Component added = c.components().get(c.components().size() - 1);
        assertEquals("NVIDIA-B300", added.partNumber());
        assertEquals("gpu-2", added.slot(), "gpu-1 is taken, so the first free GPU_MODULE slot");
        stack.undo();
        assertEquals(3, c.components().size());
    }

    @Test
    void droppingOnASlotUsesThatSlotWhenItFits() {
        CanvasLayout l = layout();
        CanvasLayout.Slot target = l.slots("chassis-1").stream().filter(s -> s.name().equals("gpu-5")).findFirst().orElseThrow();
        Hit hit = l.hit(target.box().cx(), target.box().cy());
        assertEquals(Kind.SLOT, hit.kind());
        DropPlan plan = planner().planPart("NVIDIA-B200", hit);
        assertTrue(plan.ok());
        stack.execute(plan.command());
        assertTrue(project.chassis("chassis-1").orElseThrow().components().stream().anyMatch(c -> "gpu-5".equals(c.slot())));
    }

    @Test
    void invalidDropsSayWhy() {
        DropPlan onRack = planner().planPart("NVIDIA-B200", layout().hit(layout().rackInner("rack-2").cx(), layout().rackInner("rack-2").y() + 5));
        assertFalse(onRack.ok());
        assertTrue(onRack.message().contains("chassis slot"), onRack.message());
        DropPlan gpuInTray = planner().planPart("NVIDIA-B200", hitCentre("chassis-3"));
        assertFalse(gpuInTray.ok());
        assertTrue(gpuInTray.message().contains("GPU_MODULE"), gpuInTray.message());
        DropPlan chassisOnEmpty = planner().planPart("GENERIC-JBOF-2U", null);
        assertFalse(chassisOnEmpty.ok());
        DropPlan cableOnChassis = planner().planPart("GENERIC-800G-DAC-2M", hitCentre("chassis-1"));
        assertFalse(cableOnChassis.ok());
        assertTrue(cableOnChassis.message().contains("link"), cableOnChassis.message());
    }

    @Test
    void allSlotsTakenIsReported() {
        Chassis tray = project.chassis("chassis-3").orElseThrow();
        for (int i = 1; i <= 4; i++) {
            stack.execute(new AddCommand("chassis-3", new Component("x-" + i, "", "ASTERA-SCORPIO-X-320", "switch-" + i)));
        }
        assertEquals(4, tray.components().size());
        DropPlan plan = planner().planPart("ASTERA-SCORPIO-X-320", hitCentre("chassis-3"));
        assertFalse(plan.ok());
        assertTrue(plan.message().contains("taken"), plan.message());
    }

    @Test
    void aChassisDropSnapsToTheNearestFreeRunOfUnits() {
        CanvasLayout l = layout();
        // aim at U5 of rack-1, inside chassis-1 (U1-U10): the nearest free 2U run is U11-U12
        Box in = l.rackInner("rack-1");
        double yOfU5 = in.y() + (48 - 5) * CanvasLayout.U_H + 3;
        Hit hit = l.hit(in.x() + 2, yOfU5);
        assertEquals(5, hit.u());
        DropPlan plan = planner().planPart("GENERIC-JBOF-2U", hit);
        assertTrue(plan.ok(), plan.message());
        stack.execute(plan.command());
        Chassis jbof = project.rack("rack-1").orElseThrow().chassis().stream()
                .filter(c -> c.partNumber().equals("GENERIC-JBOF-2U")).findFirst().orElseThrow();
        assertEquals(11, jbof.uPosition());
    }

    @Test
    void aSwitchBoxDropArrivesWithItsSwitchInOneUndoStep() {
        DropPlan plan = planner().planPart("NVIDIA-SN5600-BOX", hitCentre("rack-2"));
        assertTrue(plan.ok(), plan.message());
        assertTrue(plan.message().contains("with its NVIDIA Spectrum-4 SN5600"), plan.message());
        stack.execute(plan.command());
        Chassis box = project.rack("rack-2").orElseThrow().chassis().stream()
                .filter(c -> c.partNumber().equals("NVIDIA-SN5600-BOX")).findFirst().orElseThrow();
        assertEquals(1, box.components().size(), "the box holds its switch, as the hall and generator build it");
        assertEquals("NVIDIA-SN5600", box.components().get(0).partNumber());
        stack.undo();
        assertTrue(project.rack("rack-2").orElseThrow().chassis().stream().noneMatch(c -> c.partNumber().equals("NVIDIA-SN5600-BOX")));
        DropPlan jbof = planner().planPart("GENERIC-JBOF-2U", hitCentre("rack-2"));
        stack.execute(jbof.command());
        assertTrue(project.rack("rack-2").orElseThrow().chassis().stream().filter(c -> c.partNumber().equals("GENERIC-JBOF-2U"))
                .allMatch(c -> c.components().isEmpty()), "any other chassis arrives empty");
    }

    @Test
    void aRackDropAddsARackAfterTheLastOfItsRowAndOutsideThePodsIsRefused() {
        DropPlan plan = planner().planPart("RACK-EIA-42U", hitCentre("rack-2"));
        assertTrue(plan.ok());
        stack.execute(plan.command());
        assertEquals(3, project.pod("pod-1").orElseThrow().racks().size());
        assertEquals(2, project.pod("pod-1").orElseThrow().racks().get(2).position());
        DropPlan outside = planner().planPart("RACK-EIA-42U", null);
        assertFalse(outside.ok(), "no silent second pod");
        assertTrue(outside.message().contains("Edit > New Pod"), outside.message());
        assertEquals(1, project.pods().size());
    }

    @Test
    void theFirstRackOnAnEmptyCanvasStartsPodA() {
        org.podforge.model.Project empty = new org.podforge.model.Project("empty");
        DropPlanner p = new DropPlanner(empty, CanvasFixtures.CATALOG, CanvasLayout.compute(empty, CanvasFixtures.CATALOG));
        DropPlan first = p.planPart("RACK-EIA-42U", null);
        assertTrue(first.ok(), first.message());
        new org.podforge.model.command.CommandStack(empty).execute(first.command());
        assertEquals("Pod A", empty.pods().get(0).name());
        assertEquals("RACK-EIA-42U", empty.pods().get(0).racks().get(0).partNumber());
    }

    @Test
    void movingAChassisChecksOverlapsAndMovesBetweenRacks() {
        DropPlan blocked = planner().planChassisMove("chassis-3", "rack-1", 5);
        assertFalse(blocked.ok());
        assertTrue(blocked.message().contains("chassis-1"), blocked.message());
        DropPlan ok = planner().planChassisMove("chassis-3", "rack-2", 20);
        assertTrue(ok.ok(), ok.message());
        assertTrue(ok.command() instanceof MoveChassisCommand);
        stack.execute(ok.command());
        Chassis tray = project.chassis("chassis-3").orElseThrow();
        assertEquals("rack-2", tray.rack().id());
        assertEquals(20, tray.uPosition());
        stack.undo();
        assertEquals("rack-1", tray.rack().id());
        assertEquals(30, tray.uPosition());
        DropPlan clamped = planner().planChassisMove("chassis-1", "rack-1", 45);
        assertTrue(clamped.ok());
        stack.execute(clamped.command());
        assertEquals(39, project.chassis("chassis-1").orElseThrow().uPosition(), "a 10U chassis tops out at U39 of a 48U rack");
    }

    @Test
    void movingAComponentTakesAFreeSlotOfItsType() {
        CanvasLayout l = layout();
        CanvasLayout.Slot s = l.slots("chassis-2").stream().filter(x -> x.name().equals("gpu-3")).findFirst().orElseThrow();
        DropPlan plan = planner().planComponentMove("gpu-1", l.hit(s.box().cx(), s.box().cy()));
        assertTrue(plan.ok(), plan.message());
        assertTrue(plan.command() instanceof MoveComponentCommand);
        stack.execute(plan.command());
        Component gpu = project.component("gpu-1").orElseThrow();
        assertEquals("chassis-2", gpu.chassis().id());
        assertEquals("gpu-3", gpu.slot());
        DropPlan intoTray = planner().planComponentMove("gpu-1", hitCentre("chassis-3"));
        assertFalse(intoTray.ok());
    }

    @Test
    void connectingPortsMakesALinkWithSensibleDefaults() {
        ConnectPlanner cp = new ConnectPlanner(project, CanvasFixtures.CATALOG);
        PortRef gpuHost = new PortRef("gpu-1", "host");
        assertTrue(cp.compatiblePorts(gpuHost, "cpu-1").contains("pcie-a-1"));
        assertNotNull(cp.whyNot(gpuHost, new PortRef("gpu-2", "host")), "two endpoints cannot be linked");
        assertNotNull(cp.whyNot(new PortRef("gpu-1", "nvlink-1"), new PortRef("cpu-1", "pcie-a-1")), "NVLink and PCIe share no protocol");
        AddCommand add = cp.linkCommand(gpuHost, new PortRef("cpu-1", "pcie-a-1"));
        stack.execute(add);
        Link link = project.linksOf("gpu-1").get(0);
        assertEquals(16, link.lanes());
        assertEquals(Medium.PCB, link.medium(), "inside one chassis");
        assertTrue(cp.whyNot(gpuHost, new PortRef("retimer-1", "up")).contains("already connected"));
        AddCommand across = cp.linkCommand(new PortRef("gpu-2", "host"), new PortRef("retimer-1", "down"));
        stack.execute(across);
        assertEquals(Medium.COPPER_EXTERNAL, project.linksOf("gpu-2").get(0).medium(), "between chassis");
    }

    @Test
    void marqueeSelectsTheOutermostObjectsInside() {
        CanvasLayout l = layout();
        assertEquals(List.of("chassis-3"), l.outermostInside(l.box("chassis-3").inset(-3)));
        assertEquals(List.of("rack-2"), l.outermostInside(l.box("rack-2").inset(-3)));
        Box gpu = l.box("gpu-1");
        assertEquals(List.of("gpu-1"), l.outermostInside(gpu.inset(-1)));
    }
}
