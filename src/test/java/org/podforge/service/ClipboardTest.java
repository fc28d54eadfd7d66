package org.podforge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.RemoveCommand;
import org.podforge.testutil.TestCatalog;

class ClipboardTest {
    private final Catalog catalog = TestCatalog.catalog();

    @Test
    void duplicateChassisTakesComponentsAndInnerLinksWithFreshIdsAtTheNextFreeU() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        String before = ProjectWriter.toJson(p);
        stack.execute(Clipboard.duplicate(p, catalog, List.of("srv-1")));

        Rack rack = p.rack("rack-1").orElseThrow();
        assertEquals(3, rack.chassis().size());
        Chassis copy = rack.chassis().get(2);
        assertNotEquals("srv-1", copy.id());
        assertEquals(9, copy.uPosition(), "srv-1 and srv-2 take U1-8 (4 U each), so the copy goes to U9");
        assertEquals(3, copy.components().size());
        for (Component c : copy.components()) {
            assertFalse(Set.of("cpu-1", "gpu-11", "gpu-12").contains(c.id()), "fresh id expected, got " + c.id());
        }
        // the two CPU-GPU links inside srv-1 were copied and join the copies
        assertEquals(6, p.allLinks().size());
        Component cpuCopy = copy.components().stream().filter(c -> c.partNumber().equals("T-CPU")).findFirst().orElseThrow();
        List<Link> links = p.linksOf(cpuCopy.id());
        assertEquals(2, links.size());
        for (Link l : links) {
            String other = l.otherEnd(cpuCopy.id()).componentId();
            assertTrue(copy.components().stream().anyMatch(c -> c.id().equals(other)), "link stays inside the copy");
        }
        assertEquals("Duplicate chassis Server 1", stack.undoDescription().orElseThrow());

        stack.undo();
        assertEquals(before, ProjectWriter.toJson(p), "one undo step removes the whole duplicate");
    }

    @Test
    void pasteComponentGoesToTheFirstFreeSlotOfItsTypeInTheSelectedChassis() {
        Project p = TestCatalog.smallProject();
        Clipboard cb = new Clipboard();
        assertEquals(1, cb.copy(p, List.of("gpu-11")));
        CommandStack stack = new CommandStack(p);
        stack.execute(cb.paste(p, catalog, List.of("srv-2")));
        Chassis srv2 = p.chassis("srv-2").orElseThrow();
        assertEquals(4, srv2.components().size());
        Component pasted = srv2.components().get(3);
        assertEquals("T-GPU", pasted.partNumber());
        assertEquals("gpu-3", pasted.slot(), "gpu-1 and gpu-2 are taken");
        // a second paste takes gpu-4, a third finds the GPU slots full
        stack.execute(cb.paste(p, catalog, List.of("srv-2")));
        assertEquals("gpu-4", srv2.components().get(4).slot());
        CommandException e = assertThrows(CommandException.class, () -> cb.paste(p, catalog, List.of("srv-2")));
        assertTrue(e.getMessage().contains("no free GPU_MODULE slot"), e.getMessage());
    }

    @Test
    void copyIsASnapshotAndChildrenOfASelectedParentAreNotCopiedTwice() {
        Project p = TestCatalog.smallProject();
        Clipboard cb = new Clipboard();
        assertEquals(1, cb.copy(p, List.of("srv-1", "gpu-11", "cpu-1")), "components inside a selected chassis go with it");
        new CommandStack(p).execute(new RemoveCommand("srv-1"));
        CommandStack stack = new CommandStack(p);
        stack.execute(cb.paste(p, catalog, List.of("rack-1")));
        Chassis pasted = p.rack("rack-1").orElseThrow().chassis().get(1);
        assertEquals(3, pasted.components().size(), "the deleted original is pasted back as it was copied");
        assertEquals(1, pasted.uPosition(), "U1-4 is free again after the delete");
    }

    @Test
    void duplicatePodCopiesEverythingAndIsOneUndoStep() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        stack.execute(Clipboard.duplicate(p, catalog, List.of("pod-1")));
        assertEquals(2, p.pods().size());
        Pod copy = p.pods().get(1);
        assertEquals("Pod A copy", copy.name());
        assertEquals(6, copy.allComponents().size());
        assertEquals(4, copy.links().size());
        for (Link l : copy.links()) {
            assertTrue(copy.allComponents().stream().anyMatch(c -> c.id().equals(l.a().componentId())));
            assertTrue(copy.allComponents().stream().anyMatch(c -> c.id().equals(l.b().componentId())));
        }
        assertEquals(12, p.allComponents().size());
        stack.undo();
        assertEquals(1, p.pods().size());
    }

    @Test
    void nothingSelectedSaysWhatToDo() {
        Project p = TestCatalog.smallProject();
        Clipboard cb = new Clipboard();
        assertEquals(0, cb.copy(p, List.of("nope")));
        assertTrue(cb.isEmpty());
        CommandException e = assertThrows(CommandException.class, () -> cb.paste(p, catalog, List.of()));
        assertTrue(e.getMessage().startsWith("Nothing to paste"));
    }

    @Test
    void addPartPlacesANewPartInTheSelectionWithAFreshIdAsOneStep() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        stack.execute(Clipboard.addPart(p, catalog, catalog.require("T-GPU"), List.of("gpu-21")));
        Chassis srv2 = p.chassis("srv-2").orElseThrow();
        Component added = srv2.components().get(3);
        assertEquals("gpu-3", added.slot(), "first free GPU slot of the selected component's chassis");
        assertEquals("gpu-23", added.id(), "fresh id: the family prefix, one more than the largest gpu-N in use");
        assertEquals("Add T-GPU", stack.undoDescription().orElseThrow());
        stack.execute(Clipboard.addPart(p, catalog, catalog.require("T-SRV"), List.of("rack-1")));
        assertEquals(9, p.rack("rack-1").orElseThrow().chassis().get(2).uPosition());
        CommandException e = assertThrows(CommandException.class, () -> Clipboard.addPart(p, catalog, catalog.require("T-GPU"), List.of()));
        assertTrue(e.getMessage().contains("Select the chassis"), e.getMessage());
        stack.undo();
        stack.undo();
        assertEquals(3, srv2.components().size());
    }

    @Test
    void aSwitchBoxAddedFromThePaletteHoldsItsSwitch() {
        Catalog builtIn = org.podforge.catalog.CatalogLoader.builtIn();
        Project p = new Project("boxes");
        Pod pod = new Pod("pod-1", "Pod A", 1);
        pod.addRack(new Rack("rack-1", "", "RACK-EIA-48U", 0, 0));
        p.addPod(pod);
        CommandStack stack = new CommandStack(p);
        stack.execute(Clipboard.addPart(p, builtIn, builtIn.require("NVIDIA-SN5600-BOX"), List.of("rack-1")));
        stack.execute(Clipboard.addPart(p, builtIn, builtIn.require("NVIDIA-SN5600-BOX"), List.of("rack-1")));
        List<Chassis> boxes = p.rack("rack-1").orElseThrow().chassis();
        assertEquals(2, boxes.size());
        for (Chassis box : boxes) {
            assertEquals(1, box.components().size(), "a box arrives with its switch, as the hall and the generator build it");
            assertEquals("NVIDIA-SN5600", box.components().get(0).partNumber());
        }
        assertNotEquals(boxes.get(0).components().get(0).id(), boxes.get(1).components().get(0).id(), "fresh ids");
        stack.undo();
        assertEquals(1, p.rack("rack-1").orElseThrow().chassis().size());
    }
}
