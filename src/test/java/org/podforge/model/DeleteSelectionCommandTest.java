package org.podforge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podforge.io.ProjectWriter;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.DeleteSelectionCommand;
import org.podforge.model.command.RemoveCommand;
import org.podforge.service.Session;
import org.podforge.catalog.CatalogLoader;

/** One Delete for a selection: ordered flattening, one undo step, and undo/redo bring the selection back. */
class DeleteSelectionCommandTest {

    private static Project design() {
        Project p = new Project("d");
        Pod pod = new Pod("pod-1", "", 1);
        Rack r = new Rack("rack-1", "", "RACK-EIA-48U", 0, 0);
        Chassis s = new Chassis("srv-1", "", "GENERIC-HGX-8GPU-10U", 1);
        s.addComponent(new Component("psw-1", "", "ASTERA-SCORPIO-P-320", "board-1"));
        s.addComponent(new Component("xpu-1", "", "GENERIC-XPU-PCIE6", "gpu-1"));
        s.addComponent(new Component("xpu-2", "", "GENERIC-XPU-PCIE6", "gpu-2"));
        r.addChassis(s);
        pod.addRack(r);
        p.addPod(pod);
        pod.addLink(new Link("link-1", new PortRef("psw-1", "port-1"), new PortRef("xpu-1", "host"), 16, Medium.PCB));
        pod.addLink(new Link("link-2", new PortRef("psw-1", "port-2"), new PortRef("xpu-2", "host"), 16, Medium.PCB));
        return p;
    }

    @Test
    void aComponentWithItsOwnLinkIsDeletedInOneStepWhateverTheOrder() {
        // RemoveCommand("xpu-1") takes link-1 with it; a separate RemoveCommand("link-1") after it used to fail
        // with "There is no object 'link-1'" depending on the set's iteration order
        for (List<String> order : List.of(List.of("xpu-1", "link-1"), List.of("link-1", "xpu-1"))) {
            Project p = design();
            String before = ProjectWriter.toJson(p);
            assertEquals(List.of("xpu-1"), DeleteSelectionCommand.flatten(p, order));
            CommandStack st = new CommandStack(p);
            DeleteSelectionCommand c = new DeleteSelectionCommand(order);
            st.execute(c);
            assertFalse(p.containsId("xpu-1"));
            assertFalse(p.containsId("link-1"));
            assertTrue(p.containsId("link-2"));
            assertEquals(1, st.undoHistory().size());
            st.undo();
            assertEquals(before, ProjectWriter.toJson(p));
            st.redo();
            assertFalse(p.containsId("link-1"));
        }
    }

    @Test
    void nestedObjectsGoWithTheirContainerAndLinksBetweenUnselectedPartsStay() {
        Project p = design();
        // the chassis takes its components and their links
        assertEquals(List.of("srv-1"), DeleteSelectionCommand.flatten(p, List.of("srv-1", "xpu-2", "link-1", "link-2")));
        assertEquals(List.of("link-2", "xpu-1"), DeleteSelectionCommand.flatten(p, List.of("xpu-1", "link-2", "gone-9")));
        assertThrows(org.podforge.model.command.CommandException.class,
                () -> new CommandStack(p).execute(new DeleteSelectionCommand(List.of("gone-9"))));
    }

    @Test
    void undoAndRedoRestoreTheSelection() {
        Session s = new Session(design(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices(), null, List.of());
        s.select(List.of("xpu-1", "link-2"));
        s.execute(new DeleteSelectionCommand(s.selection()));
        assertEquals(Set.of(), s.selection(), "deleted objects leave the selection");
        s.select(List.of("psw-1"));
        s.commands().undo();
        assertEquals(Set.of("xpu-1", "link-2"), s.selection(), "undo selects what the command was applied to");
        s.commands().redo();
        assertEquals(Set.of("psw-1"), s.selection(), "redo brings back the selection that followed it");
    }

    @Test
    void aListenerCannotChangeTheDesignWhileAChangeIsReported() {
        Project p = design();
        CommandStack st = new CommandStack(p);
        st.addListener(ev -> {
            if (ev.kind() == CommandStack.Kind.EXECUTE) {
                st.execute(new RemoveCommand("xpu-2"));
            }
        });
        assertThrows(IllegalStateException.class, () -> st.execute(new RemoveCommand("xpu-1")));
    }
}
