package org.podforge.service.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.app.hall.HallFixtures;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;

/** Adding a network rack with a leaf switch, and a leaf switch to a network rack, each in one undoable step. */
class NetworkRacksTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private final Project p = HallFixtures.hall();
    private final CommandStack stack = new CommandStack(p);

    private NetworkRacks.SwitchChoice sn5600() {
        return NetworkRacks.choices(p, CATALOG).stream().filter(c -> c.switchPart().partNumber().equals("NVIDIA-SN5600")).findFirst().orElseThrow();
    }

    @Test
    void everyCatalogSwitchComesWithItsBox() {
        List<NetworkRacks.SwitchChoice> choices = NetworkRacks.choices(p, CATALOG);
        assertFalse(choices.isEmpty());
        for (NetworkRacks.SwitchChoice c : choices) {
            assertEquals(c.switchPart().partNumber() + "-BOX", c.box().partNumber());
        }
    }

    @Test
    void aNetworkRackWithALeafAtAFreePlaceThenUndo() {
        int racks = p.fabric().racks().size();
        stack.execute(NetworkRacks.addRack(p, CATALOG, 6, 2, sn5600(), 1));
        assertEquals(racks + 1, p.fabric().racks().size());
        Rack r = p.fabric().racks().get(racks);
        assertEquals(6, r.row());
        assertEquals(2, r.position());
        assertEquals("RACK-EIA-48U", r.partNumber(), "the design's rack part");
        Chassis box = r.chassis().get(0);
        assertEquals("NVIDIA-SN5600-BOX", box.partNumber());
        assertEquals(1, box.uPosition());
        Component leaf = box.components().get(0);
        assertEquals("NVIDIA-SN5600", leaf.partNumber());
        assertTrue(leaf.id().startsWith("leaf-"), leaf.id());
        assertFalse(List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4").contains(leaf.id()), "a fresh id");
        stack.undo();
        assertEquals(racks, p.fabric().racks().size());
    }

    @Test
    void aTakenPlaceIsRefused() {
        CommandException e = assertThrows(CommandException.class, () -> NetworkRacks.addRack(p, CATALOG, 0, 1, sn5600(), 1));
        assertTrue(e.getMessage().contains("Rack 2 of Pod A"), e.getMessage());
    }

    @Test
    void aLeafSwitchGoesInTheLowestFreeUnitsOfANetworkRack() {
        stack.execute(NetworkRacks.addRack(p, CATALOG, 6, 2, sn5600(), 2));
        Rack r = p.fabric().racks().get(p.fabric().racks().size() - 1);
        int boxU = CATALOG.require("NVIDIA-SN5600-BOX").heightU().orElse(1);
        assertEquals(List.of(1, 1 + boxU), r.chassis().stream().map(Chassis::uPosition).toList());
        stack.execute(NetworkRacks.addSwitch(p, CATALOG, r.id(), sn5600()));
        assertEquals(3, r.chassis().size());
        assertEquals(1 + 2 * boxU, r.chassis().get(2).uPosition());
        assertEquals(3, r.chassis().stream().map(c -> c.components().get(0).id()).distinct().count());
        stack.undo();
        assertEquals(2, r.chassis().size());
        stack.execute(NetworkRacks.addSwitches(p, CATALOG, r.id(), sn5600(), 4));
        assertEquals(List.of(1, 1 + boxU, 1 + 2 * boxU, 1 + 3 * boxU, 1 + 4 * boxU, 1 + 5 * boxU), r.chassis().stream().map(Chassis::uPosition).toList(),
                "four boxes, one above the other, in one step");
        stack.undo();
        assertEquals(2, r.chassis().size());
        assertThrows(CommandException.class, () -> NetworkRacks.addSwitch(p, CATALOG, "rack-1", sn5600()), "not in a pod's rack");
    }
}
