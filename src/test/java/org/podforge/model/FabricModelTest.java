package org.podforge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.io.ProjectFileException;
import org.podforge.io.ProjectReader;
import org.podforge.io.ProjectWriter;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.model.command.RemoveCommand;
import org.podforge.testutil.TestCatalog;

/** The model above the pod: where a link lives, replicas as link ends, patterns, and their file form. */
class FabricModelTest {

    /** The small project (pod-1, 2 replicas) plus a second pod deployed once and a network rack with two "switches". */
    static Project hall() {
        Project p = TestCatalog.smallProject();
        Pod two = new Pod("pod-2", "Pod B", 1);
        Rack r = new Rack("rack-2", "", "T-RACK42", 0, 4);
        Chassis c = new Chassis("srv-9", "", "T-SRV", 1);
        c.addComponent(new Component("gpu-91", "", "T-GPU", "gpu-1"));
        r.addChassis(c);
        two.addRack(r);
        p.addPod(two);
        Rack net = new Rack("net-1", "Network rack", "T-RACK42", 2, 0);
        Chassis sw = new Chassis("sw-box", "", "T-SRV", 1);
        sw.addComponent(new Component("leaf-1", "", "T-GPU", "gpu-1"));
        sw.addComponent(new Component("spine-1", "", "T-GPU", "gpu-2"));
        net.addChassis(sw);
        p.fabric().addRack(net);
        p.pod("pod-1").orElseThrow().setLayout(new ReplicaLayout(4, 1, 3));
        return p;
    }

    @Test
    void theLowestCommonContainerOwnsTheLink() {
        Project p = hall();
        PortRef gpu11 = new PortRef("gpu-11", "host");
        assertSame(p.pod("pod-1").get(), p.ownerOf(new PortRef("cpu-1", "x16-3"), gpu11), "both ends in one design");
        assertSame(p.fabric(), p.ownerOf(gpu11.onReplica(1), new PortRef("leaf-1", "host")), "pod replica to a switch");
        // a pod deployed once is addressed as replica 0 from the fabric, without the user naming it
        LinkPlace single = p.place(new PortRef("gpu-91", "host"), new PortRef("leaf-1", "host"));
        assertSame(p.fabric(), single.owner());
        assertEquals("gpu-91/host@0", single.a().toString());
        // one replica's own exception lives in the fabric
        assertSame(p.fabric(), p.ownerOf(gpu11.onReplica(1), new PortRef("gpu-12", "host", 1)));
        IllegalArgumentException noReplica = assertThrows(IllegalArgumentException.class,
                () -> p.place(gpu11, new PortRef("leaf-1", "host")));
        assertTrue(noReplica.getMessage().contains("deployed 2 times") && noReplica.getMessage().contains("@0 .. @1"), noReplica.getMessage());
        IllegalArgumentException tooHigh = assertThrows(IllegalArgumentException.class,
                () -> p.place(gpu11.onReplica(2), new PortRef("leaf-1", "host")));
        assertTrue(tooHigh.getMessage().contains("numbered 0 to 1"), tooHigh.getMessage());
    }

    @Test
    void crossPodLinkIsAddedToTheFabricAndUndoneExactly() {
        Project p = hall();
        CommandStack stack = new CommandStack(p);
        String before = ProjectWriter.toJson(p);
        stack.execute(AddCommand.link(new Link("x-1", new PortRef("gpu-11", "host", 1), new PortRef("gpu-91", "host"), 4, Medium.FIBER_MM)));
        Link l = p.link("x-1").orElseThrow();
        assertSame(p.fabric(), l.owner());
        assertEquals("gpu-91/host@0", l.b().toString());
        assertEquals(List.of(l), p.linksOf("gpu-91"));
        CommandException refused = assertThrows(CommandException.class, () -> stack.execute(
                AddCommand.link(new Link("x-2", new PortRef("gpu-11", "host"), new PortRef("gpu-91", "host"), 4, Medium.FIBER_MM))));
        assertTrue(refused.getMessage().contains("which replica"), refused.getMessage());
        // removing pod B takes its fabric link with it; undo puts both back
        stack.execute(new RemoveCommand("pod-2"));
        assertTrue(p.fabric().links().isEmpty());
        stack.undo();
        assertSame(p.fabric(), p.link("x-1").orElseThrow().owner());
        stack.undo();
        assertEquals(before, ProjectWriter.toJson(p));
    }

    @Test
    void movingAChassisBetweenPodsMovesItsLinksToTheFabricOrRefusesWithTheReason() {
        Project p = hall();
        CommandStack stack = new CommandStack(p);
        stack.execute(AddCommand.link(new Link("y-0", new PortRef("cpu-1", "x16-3"), new PortRef("gpu-21", "host"), 16, Medium.COPPER_EXTERNAL)));
        stack.execute(AddCommand.link(new Link("y-1", new PortRef("gpu-91", "host"), new PortRef("leaf-1", "host"), 4, Medium.FIBER_MM)));
        String before = ProjectWriter.toJson(p);
        // srv-1 is linked to srv-2 inside pod A (2 replicas): in pod B that link would have to say which replica of A it reaches
        CommandException e = assertThrows(CommandException.class, () -> stack.execute(new MoveChassisCommand("srv-1", "rack-2", 10)));
        assertTrue(e.getMessage().contains("could not follow the move") && e.getMessage().contains("which replica"), e.getMessage());
        assertEquals(before, ProjectWriter.toJson(p), "a refused move changes nothing");
        // srv-9 of pod B (deployed once) moves into the network rack: its fabric link now joins two fabric components
        stack.execute(new MoveChassisCommand("srv-9", "net-1", 10));
        assertEquals("gpu-91/host", p.link("y-1").orElseThrow().a().toString());
        stack.undo();
        assertEquals(before, ProjectWriter.toJson(p));
    }

    @Test
    void patternsCountAndExpandWithoutLinkObjectsAndHandMadeLinksWin() {
        Project p = hall();
        RailWiring rails = new RailWiring("pod-1", List.of(
                List.of(new PortRef("gpu-11", "host"), new PortRef("gpu-21", "host")),
                List.of(new PortRef("gpu-12", "host"), new PortRef("gpu-22", "host"))), List.of("leaf-1", "spine-1"), 2, "p", 1);
        LinkPattern lp = new LinkPattern("rails", "Rails", rails, 4, Medium.FIBER_MM);
        new CommandStack(p).execute(new AddCommand(Fabric.ID, lp));
        assertEquals(8, rails.count(p), "2 rails x 2 servers x 2 replicas");
        List<String> cables = new ArrayList<>();
        FabricCables.forEach(p, c -> cables.add(c.id() + " " + c.a() + " " + c.b()));
        assertEquals("rails#1 gpu-11/host@0 leaf-1/p1", cables.get(0));
        assertEquals("rails#5 gpu-11/host@1 leaf-1/p3", cables.get(4), "replica 1 of the unit takes the next leaf ports");
        // a hand-made link at a port the pattern uses replaces the pattern's cable there
        new CommandStack(p).execute(AddCommand.link(new Link("hand-1", new PortRef("gpu-11", "host", 1), new PortRef("gpu-91", "host"), 4,
                Medium.FIBER_MM)));
        assertEquals(7, FabricCables.count(p, lp));
        assertEquals(8, FabricCables.count(p));
        // a third replica has no leaf in a 2-replica unit with one unit of leaves: the pattern says so
        new CommandStack(p).execute(Edits.replicas(p, "pod-1", 3));
        assertTrue(rails.problems(p).get(0).contains("need 4 leaves"), rails.problems(p).toString());
        assertEquals(8, rails.count(p), "cables exist only where a leaf is named");
    }

    @Test
    void fabricRoundTripsThroughTheFileAndBadEndsAreRefusedWithWhereAndHow() throws Exception {
        Project p = hall();
        p.fabric().addLink(new Link("x-1", new PortRef("gpu-11", "host", 1), new PortRef("leaf-1", "host"), 4, Medium.FIBER_MM));
        p.fabric().addPattern(new LinkPattern("mesh", "", new MeshWiring(List.of("leaf-1"), List.of("spine-1"), 1, 2, "p", 65, "p", 1), 4,
                Medium.FIBER_SM));
        String json = ProjectWriter.toJson(p);
        assertTrue(json.contains("\"a\" : \"gpu-11/host@1\"") && json.contains("\"perRow\" : 4"), json);
        ProjectReader reader = new ProjectReader(TestCatalog.catalog());
        Project back = reader.read("hall.podforge.json", json.getBytes(StandardCharsets.UTF_8)).project();
        assertEquals(json, ProjectWriter.toJson(back));
        Pod a = back.pod("pod-1").orElseThrow();
        Rack r1 = back.rack("rack-1").orElseThrow();
        assertEquals(9, a.positionOf(r1, 3), "replica 3 of 4 per row stands 3 x 3 positions along");
        assertEquals(1, a.rowOf(r1, 5), "replica 5 starts the second row of replicas");
        ProjectFileException tooHigh = assertThrows(ProjectFileException.class, () -> reader.read("bad.podforge.json",
                json.replace("gpu-11/host@1", "gpu-11/host@7").getBytes(StandardCharsets.UTF_8)));
        assertTrue(tooHigh.getMessage().contains("fabric.links[0].a") && tooHigh.getMessage().contains("numbered 0 to 1"), tooHigh.getMessage());
        ProjectFileException inPod = assertThrows(ProjectFileException.class, () -> reader.read("bad.podforge.json",
                json.replace("\"b\" : \"gpu-11/host\"", "\"b\" : \"gpu-11/host@1\"").getBytes(StandardCharsets.UTF_8)));
        assertTrue(inPod.getMessage().contains("belongs in the fabric"), inPod.getMessage());
        ProjectFileException leaf = assertThrows(ProjectFileException.class, () -> reader.read("bad.podforge.json",
                json.replace("\"id\" : \"spine-1\"", "\"id\" : \"spine-9\"").getBytes(StandardCharsets.UTF_8)));
        assertTrue(leaf.getMessage().contains("fabric.patterns[0].mesh") && leaf.getMessage().contains("'spine-1' is not a switch"),
                leaf.getMessage());
    }
}
