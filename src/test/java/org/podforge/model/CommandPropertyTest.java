package org.podforge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podforge.io.ProjectWriter;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.model.command.MoveComponentCommand;
import org.podforge.model.command.RemoveCommand;
import org.podforge.testutil.TestCatalog;

/**
 * Long random command sequences (with random undo/redo in between), then undo everything: the saved file
 * must be byte-identical to the start. Redo everything: byte-identical to the end. The commands include the
 * hall's: network racks in the fabric, links placed by the model (across pods, to replicas), wiring patterns,
 * replica layouts, and moves that re-home links between a pod and the fabric.
 */
class CommandPropertyTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, 98765, 5555, 777})
    void undoAllGivesTheOriginalFileBack(long seed) {
        Random rnd = new Random(seed);
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        stack.setLimit(100_000);
        String original = ProjectWriter.toJson(p);
        int executed = 0;
        for (int step = 0; step < 400; step++) {
            int r = rnd.nextInt(10);
            if (r == 0 && stack.canUndo()) {
                stack.undo();
            } else if (r == 1 && stack.canRedo()) {
                stack.redo();
            } else {
                Command c;
                try {
                    c = randomCommand(p, rnd); // Edits refuse an impossible value while building the command
                } catch (CommandException e) {
                    continue;
                }
                if (c == null) {
                    continue;
                }
                try {
                    stack.execute(c);
                    executed++;
                } catch (CommandException e) {
                    // a command that does not apply changes nothing; that is part of the property
                }
            }
            if (rnd.nextInt(7) == 0) {
                stack.sealTop();
            }
            assertIndexMatchesTree(p);
        }
        // the tip of the history: a run that ended on undos has commands left to redo, and redo-all reaches the tip
        while (stack.canRedo()) {
            stack.redo();
        }
        String end = ProjectWriter.toJson(p);
        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(original, ProjectWriter.toJson(p), "seed " + seed + " after " + executed + " commands");
        while (stack.canRedo()) {
            stack.redo();
        }
        assertEquals(end, ProjectWriter.toJson(p), "redo all, seed " + seed);
    }

    /** The incrementally maintained id and link indexes agree with a walk of the tree. */
    static void assertIndexMatchesTree(Project p) {
        java.util.Map<String, Node> walked = new java.util.HashMap<>();
        java.util.Map<String, List<Link>> links = new java.util.HashMap<>();
        List<Container> boxes = new ArrayList<>(p.pods());
        boxes.add(p.fabric());
        p.fabric().patterns().forEach(lp -> walked.put(lp.id(), lp));
        for (Container pod : boxes) {
            walked.put(pod.id(), pod.asNode());
            for (Rack r : pod.racks()) {
                walked.put(r.id(), r);
                for (Chassis c : r.chassis()) {
                    walked.put(c.id(), c);
                    c.components().forEach(comp -> walked.put(comp.id(), comp));
                }
            }
            for (Link l : pod.links()) {
                walked.put(l.id(), l);
                links.computeIfAbsent(l.a().componentId(), k -> new ArrayList<>()).add(l);
                if (!l.b().componentId().equals(l.a().componentId())) {
                    links.computeIfAbsent(l.b().componentId(), k -> new ArrayList<>()).add(l);
                }
            }
        }
        for (var e : walked.entrySet()) {
            assertEquals(e.getValue(), p.find(e.getKey()).orElse(null), "index entry for " + e.getKey());
        }
        for (Component c : p.allComponents()) {
            assertEquals(new java.util.HashSet<>(links.getOrDefault(c.id(), List.of())), new java.util.HashSet<>(p.linksOf(c.id())),
                    "links of " + c.id());
        }
        for (String gone : List.of("srv-999", "gpu-999")) {
            assertEquals(java.util.Optional.empty(), p.find(gone));
        }
    }

    private static <T> T pick(List<T> list, Random rnd) {
        return list.isEmpty() ? null : list.get(rnd.nextInt(list.size()));
    }

    static Command randomCommand(Project p, Random rnd) {
        List<Pod> pods = p.pods();
        List<Rack> racks = new ArrayList<>();
        List<Chassis> chassis = new ArrayList<>();
        pods.forEach(pod -> racks.addAll(pod.racks()));
        racks.addAll(p.fabric().racks());
        racks.forEach(r -> chassis.addAll(r.chassis()));
        List<Component> comps = p.allComponents();
        List<Link> links = p.allLinks();
        switch (rnd.nextInt(20)) {
            case 0: {
                return AddCommand.pod(new Pod(p.newId("pod"), "P" + rnd.nextInt(9), 1 + rnd.nextInt(4)));
            }
            case 1: {
                Pod pod = pick(pods, rnd);
                return pod == null ? null : new AddCommand(pod.id(), new Rack(p.newId("rack"), "", "T-RACK42", rnd.nextInt(3), rnd.nextInt(5)));
            }
            case 2: {
                Rack r = pick(racks, rnd);
                if (r == null) {
                    return null;
                }
                Chassis c = new Chassis(p.newId("srv"), "", "T-SRV", 1 + rnd.nextInt(38));
                c.addComponent(new Component(p.newId("gpu"), "", "T-GPU", "gpu-1"));
                return new AddCommand(r.id(), c);
            }
            case 3: {
                Chassis c = pick(chassis, rnd);
                return c == null ? null : new AddCommand(c.id(), new Component(p.newId("gpu"), "", "T-GPU", "gpu-" + (1 + rnd.nextInt(4))), rnd.nextInt(3));
            }
            case 4: {
                Component a = pick(comps, rnd);
                Component b = pick(comps, rnd);
                if (a == null || b == null || a == b) {
                    return null;
                }
                // ends on the design, or on a random replica (sometimes one the pod does not have): the model places it
                int ra = rnd.nextInt(3) == 0 ? rnd.nextInt(4) : PortRef.DESIGN;
                int rb = rnd.nextInt(3) == 0 ? rnd.nextInt(4) : PortRef.DESIGN;
                return AddCommand.link(new Link(p.newId("link"), new PortRef(a.id(), "host", ra), new PortRef(b.id(), "host", rb),
                        1 + rnd.nextInt(16), Medium.values()[rnd.nextInt(Medium.values().length)]));
            }
            case 5: {
                List<String> ids = new ArrayList<>();
                pods.forEach(x -> ids.add(x.id()));
                racks.forEach(x -> ids.add(x.id()));
                chassis.forEach(x -> ids.add(x.id()));
                comps.forEach(x -> ids.add(x.id()));
                links.forEach(x -> ids.add(x.id()));
                p.fabric().patterns().forEach(x -> ids.add(x.id()));
                String id = pick(ids, rnd);
                if (id != null && rnd.nextBoolean()) {
                    // a mixed selection (e.g. a component with one of its links): one Delete, one undo step
                    return new org.podforge.model.command.DeleteSelectionCommand(List.of(id, pick(ids, rnd), pick(ids, rnd)));
                }
                return id == null ? null : new RemoveCommand(id);
            }
            case 6: {
                Chassis c = pick(chassis, rnd);
                Rack r = pick(racks, rnd);
                return c == null ? null : new MoveChassisCommand(c.id(), r.id(), 1 + rnd.nextInt(40));
            }
            case 7: {
                Component c = pick(comps, rnd);
                Chassis target = pick(chassis, rnd);
                return c == null ? null : new MoveComponentCommand(c.id(), target.id(), rnd.nextBoolean() ? null : "board-" + (1 + rnd.nextInt(4)));
            }
            case 8: {
                Chassis c = pick(chassis, rnd);
                return c == null ? null : Edits.rename(p, c.id(), "name" + rnd.nextInt(100));
            }
            case 9: {
                Pod pod = pick(pods, rnd);
                return pod == null ? null : Edits.replicas(p, pod.id(), 1 + rnd.nextInt(20));
            }
            case 10: {
                Link l = pick(links, rnd);
                return l == null ? null : Edits.lanes(p, l.id(), 1 + rnd.nextInt(16));
            }
            case 11: {
                Link l = pick(links, rnd);
                return l == null ? null : Edits.lengthOverride(p, l.id(), rnd.nextBoolean() ? null : rnd.nextInt(500) / 100.0);
            }
            case 12: {
                Link l = pick(links, rnd);
                return l == null ? null : Edits.medium(p, l.id(), Medium.values()[rnd.nextInt(Medium.values().length)]);
            }
            case 13: {
                Component c = pick(comps, rnd);
                return c == null ? null : Edits.partNumber(p, c.id(), rnd.nextBoolean() ? "T-GPU" : "UNKNOWN-PART");
            }
            case 14: {
                Rack r = pick(racks, rnd);
                if (r == null) {
                    return null;
                }
                return rnd.nextBoolean() ? Edits.rackPlace(p, r.id(), rnd.nextInt(3), rnd.nextInt(8))
                        : Edits.rackPowerBudget(p, r.id(), rnd.nextBoolean() ? null : 1000.0 * (1 + rnd.nextInt(100)));
            }
            case 16: {
                return new AddCommand(Fabric.ID, new Rack(p.newId("netrack"), "", "T-RACK42", 2 + rnd.nextInt(2), rnd.nextInt(6)));
            }
            case 17: {
                List<Component> switches = p.fabric().allComponents();
                if (switches.isEmpty()) {
                    return null;
                }
                Wiring w;
                if (rnd.nextBoolean() || pods.isEmpty()) {
                    w = new MeshWiring(List.of(pick(switches, rnd).id()), List.of(pick(switches, rnd).id()), 1, 1 + rnd.nextInt(2),
                            "p", 1, "p", 1 + rnd.nextInt(4));
                } else {
                    Pod pod = pick(pods, rnd);
                    List<PortRef> rail = new ArrayList<>();
                    pod.allComponents().stream().limit(2).forEach(c -> rail.add(new PortRef(c.id(), "host")));
                    if (rail.isEmpty()) {
                        return null;
                    }
                    List<String> leaves = new ArrayList<>();
                    for (int i = 0; i < 1 + rnd.nextInt(3); i++) {
                        leaves.add(pick(switches, rnd).id());
                    }
                    w = new RailWiring(pod.id(), List.of(rail), leaves, 1 + rnd.nextInt(3), "p", 1);
                }
                return new AddCommand(Fabric.ID, new LinkPattern(p.newId("pattern"), "", w, 4, Medium.FIBER_MM));
            }
            case 18: {
                Pod pod = pick(pods, rnd);
                return pod == null ? null
                        : Edits.replicaLayout(p, pod.id(), rnd.nextBoolean() ? null : new ReplicaLayout(1 + rnd.nextInt(4), rnd.nextInt(3), 1 + rnd.nextInt(3)));
            }
            case 19: {
                Component c = pick(comps, rnd);
                if (c == null || c.chassis() == null || c.chassis().rack() == null || c.chassis().rack().pod() == null) {
                    return null;
                }
                return new org.podforge.model.command.ArrangeTopologyCommand(c.chassis().rack().pod().id(), java.util.Collections.singletonMap(c.id(),
                        rnd.nextInt(4) == 0 ? null : new Pod.TopologyPoint(rnd.nextInt(2000) - 500, rnd.nextInt(1500))));
            }
            default: {
                return rnd.nextBoolean() ? Edits.thresholdOverride("geometry.slackFraction", rnd.nextBoolean() ? null : rnd.nextInt(10) / 10.0)
                        : Edits.severityOverride("rack.power", rnd.nextBoolean() ? null : "WARNING");
            }
        }
    }
}
