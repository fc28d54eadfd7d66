package org.podforge.service.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.app.hall.HallFixtures;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;

/**
 * Moving, aligning and distributing racks in the hall (HallFixtures: Pod A x16, 4 replicas per row two racks apart,
 * leaf racks at row 0 and 1, position 8, a spine rack at row 4, position 8).
 */
class RackMovesTest {
    private final Project p = HallFixtures.hall();
    private final CommandStack stack = new CommandStack(p);

    private Rack rack(String id) {
        return p.rack(id).orElseThrow();
    }

    private static RackMoves.Spot net(String id) {
        return new RackMoves.Spot(id, 0);
    }

    @Test
    void aDragMovesANetworkRackAndUndoPutsItBack() {
        stack.execute(RackMoves.moveBy(p, List.of(net("netrack-3")), 1, 2));
        assertEquals(5, rack("netrack-3").row());
        assertEquals(10, rack("netrack-3").position());
        stack.undo();
        assertEquals(4, rack("netrack-3").row());
        assertEquals(8, rack("netrack-3").position());
    }

    @Test
    void movingARackSeenInAReplicaMovesTheDesignRackSoEveryReplicaFollows() {
        RackMoves.Spot seen = new RackMoves.Spot("rack-2", 5);
        assertEquals(List.of(1, 3), List.of(RackMoves.placeOf(p, seen)[0], RackMoves.placeOf(p, seen)[1]));
        stack.execute(RackMoves.moveBy(p, List.of(seen), 1, 0));
        assertEquals(1, rack("rack-2").row(), "the design rack moved one row");
        assertEquals(2, RackMoves.placeOf(p, seen)[0], "and replica 5 with it");
        assertEquals(0, rack("rack-1").row(), "the other rack of the pod stays");
    }

    @Test
    void aTakenPlaceIsRefusedWithWhatStandsThere() {
        CommandException e = assertThrows(CommandException.class, () -> RackMoves.moveBy(p, List.of(net("netrack-1")), 0, -1));
        assertTrue(e.getMessage().contains("Rack 2 of Pod A @3"), e.getMessage());
        assertEquals(8, rack("netrack-1").position(), "nothing moved");
        // a pod rack whose replicas would land on the network racks' column
        CommandException e2 = assertThrows(CommandException.class, () -> RackMoves.moveBy(p, List.of(new RackMoves.Spot("rack-2", 0)), 0, 7));
        assertTrue(e2.getMessage().contains("network rack"), e2.getMessage());
    }

    @Test
    void beforeRowZeroIsRefused() {
        assertThrows(CommandException.class, () -> RackMoves.moveBy(p, List.of(net("netrack-1")), -1, 0));
    }

    @Test
    void alignRowPutsTheRacksInTheAnchorsRowAndAlignPositionRefusesAClash() {
        stack.execute(Edits.rackPlace(p, "netrack-3", 4, 12));
        Command align = RackMoves.alignRow(p, List.of(net("netrack-3"), net("netrack-1")), net("netrack-1"));
        stack.execute(align);
        assertEquals(0, rack("netrack-3").row());
        assertEquals(12, rack("netrack-3").position());
        // both in row 0: the same position would put them on one place
        assertThrows(CommandException.class, () -> RackMoves.alignPosition(p, List.of(net("netrack-3"), net("netrack-1")), net("netrack-1")));
        // across rows it works: leaf rack 2 (row 1) under leaf rack 1's position is where it is; move it away and back
        stack.execute(Edits.rackPlace(p, "netrack-2", 1, 15));
        stack.execute(RackMoves.alignPosition(p, List.of(net("netrack-2"), net("netrack-1")), net("netrack-1")));
        assertEquals(8, rack("netrack-2").position());
        assertEquals(1, rack("netrack-2").row());
    }

    @Test
    void distributeSpreadsEvenlyAlongTheRowInOneUndoStep() {
        stack.execute(Edits.rackPlace(p, "netrack-1", 6, 8));
        stack.execute(Edits.rackPlace(p, "netrack-2", 6, 9));
        stack.execute(Edits.rackPlace(p, "netrack-3", 6, 14));
        stack.execute(RackMoves.distribute(p, List.of(net("netrack-3"), net("netrack-2"), net("netrack-1"))));
        assertEquals(List.of(8, 11, 14), List.of(rack("netrack-1").position(), rack("netrack-2").position(), rack("netrack-3").position()));
        stack.undo();
        assertEquals(9, rack("netrack-2").position());
        assertThrows(CommandException.class, () -> RackMoves.distribute(p, List.of(net("netrack-1"), net("netrack-2"))));
    }
}
