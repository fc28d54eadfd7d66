package org.podforge.service.hall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.app.hall.HallFixtures;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.geometry.Geometry;
import org.podforge.geometry.GeometryDefaults;
import org.podforge.model.FabricCables;
import org.podforge.model.LinkPattern;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.model.RailWiring;
import org.podforge.model.command.CommandStack;
import org.podforge.service.generate.GenerateRequest;

/**
 * Wiring a pod's rails to leaves as one pattern: the rails found in the design, the units the selected leaves make,
 * the count, speed and media, one undo step; what stands in the way stops Apply with the reason.
 */
class RailWiringPlannerTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final Geometry GEOMETRY = new Geometry(CATALOG, GeometryDefaults.STANDARD);

    private static Project unwired() {
        return HallFixtures.unwired();
    }

    private static RailWiringPlanner.Plan plan(Project p, List<String> racks, Integer rpu) {
        return RailWiringPlanner.plan(p, CATALOG, GEOMETRY, "pod-1", RailWiringPlanner.switchesIn(p, racks), rpu, GenerateRequest.MediaPreference.OPTICS);
    }

    @Test
    void twoLeafRacksTakeTheSixteenReplicasInTwoUnitsAsOnePattern() {
        Project p = unwired();
        RailWiringPlanner.Plan plan = plan(p, List.of("netrack-1", "netrack-2"), null);
        assertTrue(plan.canApply(), plan.problems().toString());
        assertEquals(2, plan.rails().size(), "one rail per NIC network port of a server");
        assertEquals(2, plan.servers());
        assertEquals(List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4"), plan.leaves());
        assertEquals(8, plan.replicasPerUnit());
        assertEquals(2, plan.units());
        assertEquals(2 * 2 * HallFixtures.REPLICAS, plan.cables());
        assertEquals(Protocol.INFINIBAND, plan.protocol());
        // ConnectX-8: 800G InfiniBand as 4 x 200G lanes; the Q3400 port is 8 x 200G
        assertEquals(4, plan.lanes());
        assertEquals(800, plan.gbps(), 1e-9);
        assertTrue(plan.longestM() > 0);
        assertNotNull(plan.media());
        assertTrue(plan.summary().contains("64 cables"), plan.summary());

        CommandStack stack = new CommandStack(p);
        stack.execute(plan.command(p));
        assertEquals(1, p.fabric().patterns().size(), "one pattern, not one link per cable");
        assertEquals(0, p.fabric().links().size());
        LinkPattern lp = p.fabric().patterns().get(0);
        assertEquals(plan.cables(), FabricCables.count(p, lp));
        RailWiring rw = (RailWiring) lp.wiring();
        assertEquals("port-", rw.leafPortPrefix());
        assertEquals(1, rw.leafFirstPort());
        assertTrue(lp.wiring().problems(p).isEmpty(), lp.wiring().problems(p).toString());
        // wired again: refused with the reason
        RailWiringPlanner.Plan again = plan(p, List.of("netrack-1", "netrack-2"), null);
        assertFalse(again.canApply());
        assertTrue(again.problems().get(0).contains("already wired"), again.problems().toString());
        stack.undo();
        assertTrue(p.fabric().patterns().isEmpty());
    }

    @Test
    void tooFewLeavesForTheUnitsAskedForIsAProblem() {
        Project p = unwired();
        RailWiringPlanner.Plan plan = plan(p, List.of("netrack-1"), 4);
        assertFalse(plan.canApply());
        assertTrue(plan.problems().stream().anyMatch(s -> s.contains("need 8 leaf switches; 2 selected")), plan.problems().toString());
    }

    @Test
    void noLeafSelectedSaysWhatToSelect() {
        Project p = unwired();
        RailWiringPlanner.Plan plan = plan(p, List.of(), null);
        assertFalse(plan.canApply());
        assertTrue(plan.problems().stream().anyMatch(s -> s.contains("select a network rack")), plan.problems().toString());
    }
}
