package org.podforge.service.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.podforge.bom.Bom;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.Standard;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.model.command.MoveComponentCommand;
import org.podforge.model.command.RemoveCommand;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.Thresholds;
import org.podforge.service.Clipboard;
import org.podforge.service.PodGenerator;
import org.podforge.service.ProjectSnapshot;
import org.podforge.service.generate.ClusterGenerator;

/**
 * The live analysis follows the design: after seeded random sequences of real commands (move, connect,
 * disconnect, delete, add, set a value, swap a part, cut a component off its island or its scale-up domain, remove
 * a link and undo it, undo, redo), handed over in random batches as the app does, the replica is the design, and its
 * incremental findings (with the island pieces and whole-island results the re-check keeps, decision 0038), BOM and
 * cable schedule equal a fresh full pass.
 */
class LiveAnalysisTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @Test
    void snapshotCopiesEverythingIncludingTheFabric() {
        Project gen = generated(128);
        assertFalse(gen.fabric().isEmpty(), "the generated cluster has a fabric");
        assertEquals(ProjectWriter.toJson(gen), ProjectWriter.toJson(ProjectSnapshot.copyOf(gen)));
    }

    @Test
    void followsRandomEditsOfTwoPods() {
        Project p = PodGenerator.cluster(128);
        follow(p, 11, 30);
    }

    @Test
    void followsRandomEditsOfAGeneratedClusterWithAFabric() {
        follow(generated(128), 23, 30);
    }

    @Test
    void followsRandomEditsOfTheScaleOutNetworkToo() {
        // more steps on a generated cluster: patterns, fabric links and network racks change with the pod designs
        follow(generated(256), 41, 60);
    }

    @Test
    void followsRandomEditsOfTheSample() {
        follow(PodGenerator.sample(), 5, 20);
    }

    private static Project generated(int gpus) {
        return new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(gpus, null)).project();
    }

    private static void follow(Project live, long seed, int steps) {
        Random rnd = new Random(seed);
        CommandStack stack = new CommandStack(live);
        LiveAnalysis analysis = LiveAnalysis.copyOf(live, CATALOG, PRICES);
        List<ReplicaPatch> batch = new ArrayList<>();
        stack.addListener(ev -> {
            if (ev.command() != null) {
                batch.add(ReplicaPatch.of(live, ev.command()));
            }
        });
        check(live, analysis, "start");
        int done = 0;
        for (int step = 0; step < steps; step++) {
            String what = edit(live, stack, rnd);
            if (what != null) {
                done++;
            }
            if (rnd.nextInt(3) == 0 || step == steps - 1) { // the app folds a burst of edits into one pass
                for (ReplicaPatch patch : batch) {
                    analysis.apply(patch);
                }
                batch.clear();
                check(live, analysis, "seed " + seed + " step " + step + " (" + what + ")");
            }
        }
        assertTrue(done > steps / 2, "most random edits applied: " + done + " of " + steps);
    }

    private static void check(Project live, LiveAnalysis analysis, String where) {
        LiveAnalysis.Result r = analysis.refresh(PRICES);
        assertSameText(ProjectWriter.toJson(live), ProjectWriter.toJson(analysis.replica()), where + ": the replica is the design");
        Project fresh = ProjectSnapshot.copyOf(live);
        org.podforge.rules.IslandReuseTest.same(RuleEngine.validate(fresh, CATALOG, PRICES), r.findings(), where + ": findings");
        Bom full = Bom.of(fresh, CATALOG, PRICES);
        assertEquals(full.lines(), r.bom().lines(), where + ": BOM lines");
        assertEquals(full.pods(), r.bom().pods(), where + ": pod roll-ups");
        assertEquals(full.totalCost(), r.bom().totalCost(), 1e-6, where + ": total");
        CableSchedule cables = CableSchedule.of(fresh, Standard.linkFacts(fresh, CATALOG), CATALOG);
        assertEquals(cables.runs(), analysis.cables().runs(), where + ": cable runs");
    }

    /** Equal texts, or a failure showing where they first differ. */
    private static void assertSameText(String want, String got, String where) {
        if (want.equals(got)) {
            return;
        }
        String[] a = want.split("\n");
        String[] b = got.split("\n");
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        int from = Math.max(0, i - 8);
        String ctxA = String.join("\n", java.util.Arrays.copyOfRange(a, from, Math.min(a.length, i + 4)));
        String ctxB = String.join("\n", java.util.Arrays.copyOfRange(b, from, Math.min(b.length, i + 4)));
        assertEquals(ctxA, ctxB, where + " (first difference at line " + (i + 1) + ")");
    }

    /** One random real edit (or undo/redo); returns what it did, or null when it did not apply. */
    private static String edit(Project p, CommandStack stack, Random rnd) {
        // 10..12: edits of the scale-out network; 13..15: edits that change what the island re-check keeps (decision 0038)
        int kind = rnd.nextInt(4) == 0 ? 13 + rnd.nextInt(3) : rnd.nextInt(p.fabric().isEmpty() ? 10 : 13);
        try {
            if (kind == 0 && stack.canUndo()) {
                stack.undo();
                return "undo";
            } else if (kind == 1 && stack.canRedo()) {
                stack.redo();
                return "redo";
            }
            Command c = command(p, rnd, kind);
            if (c == null) {
                return null;
            }
            stack.execute(c);
            if (kind == 15) {
                stack.undo(); // a removal and its undo in one pass: the link comes back with its findings
                return c.description() + ", undone";
            }
            if (rnd.nextBoolean()) {
                stack.sealTop();
            }
            return c.description();
        } catch (CommandException e) {
            return null;
        }
    }

    private static Command command(Project p, Random rnd, int kind) {
        List<Chassis> chassis = new ArrayList<>();
        p.allRacks().forEach(r -> chassis.addAll(r.chassis()));
        List<Component> comps = p.allComponents();
        List<Link> links = p.allLinks();
        if (chassis.isEmpty() || comps.isEmpty()) {
            return null;
        }
        Chassis ch = chassis.get(rnd.nextInt(chassis.size()));
        Component c = comps.get(rnd.nextInt(comps.size()));
        switch (kind) {
            case 2: { // move a chassis to another U, sometimes to another rack of its pod or the fabric
                List<Rack> racks = ch.rack().owner().racks();
                Rack to = rnd.nextInt(3) == 0 ? racks.get(rnd.nextInt(racks.size())) : ch.rack();
                return new MoveChassisCommand(ch.id(), to.id(), 1 + rnd.nextInt(44));
            }
            case 3: { // move a component to another chassis of its pod
                List<Chassis> same = new ArrayList<>();
                c.chassis().rack().owner().racks().forEach(r -> same.addAll(r.chassis()));
                Chassis to = same.get(rnd.nextInt(same.size()));
                return new MoveComponentCommand(c.id(), to.id(), c.slot());
            }
            case 4: { // connect two ports of components in one pod
                List<Component> pod = new ArrayList<>();
                c.chassis().rack().owner().racks().forEach(r -> r.chassis().forEach(x -> pod.addAll(x.components())));
                Component d = pod.get(rnd.nextInt(pod.size()));
                String pa = port(c, rnd);
                String pb = port(d, rnd);
                if (pa == null || pb == null || d == c) {
                    return null;
                }
                Link l = new Link(p.newId("link"), new PortRef(c.id(), pa), new PortRef(d.id(), pb), 4, Medium.COPPER_EXTERNAL);
                if (rnd.nextBoolean()) {
                    l.setCablePart(PodGenerator.COPPER_CABLE);
                }
                return AddCommand.link(l);
            }
            case 5: // disconnect
                return links.isEmpty() ? null : new RemoveCommand(links.get(rnd.nextInt(links.size())).id());
            case 6: // delete a component or, less often, a chassis
                return new RemoveCommand(rnd.nextInt(4) == 0 ? ch.id() : c.id());
            case 7: // add: duplicate a chassis, or a fresh part beside a component
                return rnd.nextBoolean() ? Clipboard.duplicate(p, CATALOG, List.of(ch.id()))
                        : Clipboard.addPart(p, CATALOG, CATALOG.find(c.partNumber()).orElseThrow(), List.of(c.chassis().id()));
            case 8: { // set a value: a rack's place, a link's lanes, a pod's replicas
                int which = rnd.nextInt(3);
                if (which == 0) {
                    Rack r = ch.rack();
                    return Edits.rackPlace(p, r.id(), r.row(), r.position() + 1 + rnd.nextInt(3));
                } else if (which == 1 && !links.isEmpty()) {
                    return Edits.lanes(p, links.get(rnd.nextInt(links.size())).id(), 1 << rnd.nextInt(5));
                }
                Pod pod = p.pods().get(rnd.nextInt(p.pods().size()));
                return Edits.replicas(p, pod.id(), 1 + rnd.nextInt(4));
            }
            case 10: { // a wiring pattern: another module at one end, or no pattern at all
                List<org.podforge.model.LinkPattern> patterns = p.fabric().patterns();
                if (patterns.isEmpty()) {
                    return null;
                }
                org.podforge.model.LinkPattern lp = patterns.get(rnd.nextInt(patterns.size()));
                if (rnd.nextInt(4) == 0) {
                    return new RemoveCommand(lp.id());
                }
                List<Part> modules = CATALOG.byFamily(org.podforge.model.Family.TRANSCEIVER);
                return Edits.patternTransceiver(p, lp.id(), rnd.nextBoolean(), rnd.nextInt(4) == 0 ? null
                        : modules.get(rnd.nextInt(modules.size())).partNumber());
            }
            case 11: { // a hand-made fabric link: a pod component to a fabric switch (the fabric owns it)
                List<Component> fabric = p.fabric().allComponents();
                if (fabric.isEmpty()) {
                    return null;
                }
                Component sw = fabric.get(rnd.nextInt(fabric.size()));
                String pa = port(c, rnd);
                String pb = port(sw, rnd);
                if (pa == null || pb == null || sw == c) {
                    return null;
                }
                Link l = new Link(p.newId("link"), new PortRef(c.id(), pa), new PortRef(sw.id(), pb), 4, Medium.FIBER_MM);
                return AddCommand.link(l);
            }
            case 12: { // a network rack: its power budget, or one of its chassis a few U up or down
                List<Rack> racks = p.fabric().racks();
                if (racks.isEmpty()) {
                    return null;
                }
                Rack r = racks.get(rnd.nextInt(racks.size()));
                if (rnd.nextBoolean() || r.chassis().isEmpty()) {
                    return Edits.rackPowerBudget(p, r.id(), rnd.nextBoolean() ? null : 5_000.0 + rnd.nextInt(40_000));
                }
                Chassis x = r.chassis().get(rnd.nextInt(r.chassis().size()));
                return new MoveChassisCommand(x.id(), r.id(), Math.max(1, x.uPosition() + rnd.nextInt(9) - 4));
            }
            case 13: { // another part of its family: other ports, another protocol or generation on its chains
                Part part = CATALOG.find(c.partNumber()).orElse(null);
                List<Part> alike = part == null ? List.of() : CATALOG.byFamily(part.family());
                return alike.isEmpty() ? null : Edits.partNumber(p, c.id(), alike.get(rnd.nextInt(alike.size())).partNumber());
            }
            case 14: { // cut a component off its island (all its links), or off its scale-up domain (its scale-up links)
                boolean domain = rnd.nextBoolean();
                Part part = CATALOG.find(c.partNumber()).orElse(null);
                List<Command> parts = new ArrayList<>();
                for (Link l : p.linksOf(c.id())) {
                    String mine = l.a().componentId().equals(c.id()) ? l.a().port() : l.b().port();
                    boolean scaleUp = part != null && part.port(mine).map(x -> x.spec().role() == org.podforge.model.PortRole.SCALE_UP).orElse(false);
                    if (l.pod() != null && (!domain || scaleUp)) {
                        parts.add(new RemoveCommand(l.id()));
                    }
                }
                return parts.isEmpty() ? null : new org.podforge.model.command.CompositeCommand("Disconnect " + c.id(), parts);
            }
            case 15: { // a link removed, then undone at once (edit() undoes it)
                List<Link> inPods = links.stream().filter(l -> l.pod() != null).toList();
                return inPods.isEmpty() ? null : new RemoveCommand(inPods.get(rnd.nextInt(inPods.size())).id());
            }
            default:
                if (rnd.nextInt(3) == 0) { // a canvas note: the replica carries notes, the autosave writes it
                    List<org.podforge.model.Note> notes = p.notes();
                    return notes.isEmpty() || rnd.nextBoolean()
                            ? org.podforge.model.command.NoteCommand.add(p, "n" + rnd.nextInt(100), rnd.nextInt(500), rnd.nextInt(500))
                            : org.podforge.model.command.NoteCommand.delete(p, notes.get(rnd.nextInt(notes.size())).id());
                }
                return Edits.rename(p, c.id(), "c" + rnd.nextInt(1000));
        }
    }

    private static String port(Component c, Random rnd) {
        Part part = CATALOG.find(c.partNumber()).orElse(null);
        if (part == null || part.ports().isEmpty()) {
            return null;
        }
        List<Port> ports = part.ports();
        return ports.get(rnd.nextInt(ports.size())).name();
    }
}
