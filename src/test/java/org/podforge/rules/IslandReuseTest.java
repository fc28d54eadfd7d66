package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.Project;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.Edits;
import org.podforge.model.command.RemoveCommand;
import org.podforge.service.PodGenerator;
import org.podforge.service.generate.ClusterGenerator;

/**
 * The island re-check keeps the findings of the pieces (links, chains, components) and of the whole-island rules an
 * edit did not reach (decision 0038): after random edits aimed at what those caches rest on (cables on scale-up,
 * network and retimer ports, their removal and undo, parts swapped for others of their family, components cut off
 * from their island and joined back, lanes, media and modules), the incremental findings equal a fresh full pass;
 * and a connect in the generated cluster really judges only a few pieces again.
 */
public class IslandReuseTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @Test
    void aConnectAndItsUndoJudgeOnlyThePiecesTheyReach() {
        Project p = new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(512, null)).project();
        RuleEngine engine = new RuleEngine(p, CATALOG, PRICES);
        CommandStack stack = new CommandStack(p);
        engine.attach(stack);
        engine.validateAll();
        long full = engine.piecesJudged();
        Component a = p.pods().get(0).allComponents().get(0);
        Link l = freeLink(p, a, Aim.ANY, new Random(1));
        stack.execute(AddCommand.link(l));
        long connect = engine.piecesJudged() - full;
        same(RuleEngine.validate(p, CATALOG, PRICES), engine.findings(), "after the connect");
        stack.undo();
        long undo = engine.piecesJudged() - full - connect;
        same(RuleEngine.validate(p, CATALOG, PRICES), engine.findings(), "after its undo");
        assertTrue(connect > 0 && connect * 10 < full, "a connect judges " + connect + " pieces of the " + full + " a full pass judges");
        assertTrue(undo > 0 && undo * 10 < full, "its undo judges " + undo + " pieces of the " + full + " a full pass judges");
    }

    @Test
    void anAcceleratorLeavingItsDomainAndChangingItsPartEqualsAFullPass() {
        // the domain shrinks, the accelerator stays in the island (its PCIe link) as a stranded one, then only it changes
        Project p = PodGenerator.sample();
        RuleEngine engine = new RuleEngine(p, CATALOG, PRICES);
        CommandStack stack = new CommandStack(p);
        engine.attach(stack);
        engine.validateAll();
        Component gpu = p.allComponents().stream().filter(c -> CATALOG.find(c.partNumber()).map(x -> x.family() == Family.GPU).orElse(false))
                .findFirst().orElseThrow();
        Part part = CATALOG.find(gpu.partNumber()).orElseThrow();
        List<Command> cut = new ArrayList<>();
        for (Link l : p.linksOf(gpu.id())) {
            PortRef mine = l.a().componentId().equals(gpu.id()) ? l.a() : l.b();
            if (part.port(mine.port()).map(Aim.SCALE_UP::port).orElse(false)) {
                cut.add(new RemoveCommand(l.id()));
            }
        }
        assertTrue(!cut.isEmpty() && cut.size() < p.linksOf(gpu.id()).size(), "the accelerator has scale-up links and others");
        stack.execute(new CompositeCommand("Take " + gpu.id() + " out of its domain", cut));
        same(RuleEngine.validate(p, CATALOG, PRICES), engine.findings(), "out of its domain");
        assertTrue(engine.findings().stream().anyMatch(f -> f.ruleId().equals("scaleup.domain") && f.subjects().contains(gpu.id())
                && f.message().contains("no scale-up link")), "the accelerator is reported stranded");
        for (Part other : CATALOG.byFamily(Family.GPU)) {
            if (!other.partNumber().equals(part.partNumber()) && other.ports().stream().anyMatch(Aim.SCALE_UP::port)) {
                stack.execute(Edits.partNumber(p, gpu.id(), other.partNumber()));
                same(RuleEngine.validate(p, CATALOG, PRICES), engine.findings(), "as " + other.partNumber());
            }
        }
        stack.execute(new RemoveCommand(gpu.id()));
        same(RuleEngine.validate(p, CATALOG, PRICES), engine.findings(), "removed");
        while (stack.canUndo()) {
            stack.undo();
            same(RuleEngine.validate(p, CATALOG, PRICES), engine.findings(), "undone");
        }
    }

    @Test
    void randomEditsOfTheSampleEqualAFullPass() {
        for (long seed = 1; seed <= 3; seed++) {
            follow(PodGenerator.sample(), seed, 70);
        }
    }

    @Test
    void randomEditsOfAGeneratedClusterEqualAFullPass() {
        follow(new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(256, null)).project(), 7, 70);
    }

    /** Equal lists, or a failure naming the findings only one of them has. */
    public static void same(List<Finding> full, List<Finding> incremental, String where) {
        if (full.equals(incremental)) {
            return;
        }
        List<Finding> missing = new ArrayList<>(full);
        missing.removeAll(incremental);
        List<Finding> extra = new ArrayList<>(incremental);
        extra.removeAll(full);
        assertEquals(full, incremental, where + ": only in the full pass " + missing + "; only in the incremental one " + extra);
    }

    private static void follow(Project p, long seed, int steps) {
        Random rnd = new Random(seed);
        CommandStack stack = new CommandStack(p);
        RuleEngine engine = new RuleEngine(p, CATALOG, PRICES);
        engine.attach(stack);
        engine.validateAll();
        int done = 0;
        for (int step = 0; step < steps; step++) {
            String what;
            try {
                what = edit(p, stack, rnd);
            } catch (CommandException | IllegalArgumentException e) {
                continue;
            }
            if (what == null) {
                continue;
            }
            done++;
            same(RuleEngine.validate(p, CATALOG, PRICES), engine.findings(), "seed " + seed + " step " + step + " after " + what);
        }
        assertTrue(done > steps / 2, "most random edits applied: " + done + " of " + steps);
    }

    /** One edit around a component the island caches care about; returns what it did, or null. */
    private static String edit(Project p, CommandStack stack, Random rnd) {
        if (rnd.nextInt(8) == 0 && stack.canUndo()) {
            stack.undo();
            return "undo";
        }
        if (rnd.nextInt(12) == 0 && stack.canRedo()) {
            stack.redo();
            return "redo";
        }
        Aim aim = Aim.values()[rnd.nextInt(Aim.values().length)];
        Component c = pick(p, aim, rnd);
        Part cp = CATALOG.find(c.partNumber()).orElse(null);
        List<Link> links = p.linksOf(c.id()).stream().filter(l -> l.pod() != null).toList();
        List<Link> aimedLinks = cp == null ? List.of() : links.stream().filter(l -> cp.port(l.otherEnd(c.id()).equals(l.a()) ? l.b().port()
                : l.a().port()).map(aim::port).orElse(false)).toList();
        if (!aimedLinks.isEmpty() && rnd.nextBoolean()) {
            links = aimedLinks;
        }
        Link some = links.isEmpty() ? null : links.get(rnd.nextInt(links.size()));
        Command cmd = switch (rnd.nextInt(9)) {
            case 0, 1 -> { // a cable from a free port to a free port of another component of the pod design
                Link l = freeLink(p, c, aim, rnd);
                yield l == null ? null : AddCommand.link(l);
            }
            case 2 -> some == null ? null : new RemoveCommand(some.id());
            case 3 -> { // cut the component off its island (every link at it), or off its domain (its links on aimed ports)
                List<Command> parts = new ArrayList<>();
                (rnd.nextBoolean() ? p.linksOf(c.id()).stream().filter(l -> l.pod() != null).toList() : aimedLinks)
                        .forEach(l -> parts.add(new RemoveCommand(l.id())));
                yield parts.isEmpty() ? null : new CompositeCommand("Disconnect " + c.id(), parts);
            }
            case 4 -> { // another part of its family: its ports, and what the rules read of it, change
                Part part = CATALOG.find(c.partNumber()).orElse(null);
                List<Part> alike = part == null ? List.of() : CATALOG.byFamily(part.family());
                yield alike.isEmpty() ? null : Edits.partNumber(p, c.id(), alike.get(rnd.nextInt(alike.size())).partNumber());
            }
            case 5 -> some == null ? null : Edits.lanes(p, some.id(), 1 << rnd.nextInt(5));
            case 6 -> some == null ? null : Edits.medium(p, some.id(), Medium.values()[rnd.nextInt(Medium.values().length)]);
            case 7 -> {
                if (some == null) {
                    yield null;
                }
                List<Part> modules = CATALOG.byFamily(Family.TRANSCEIVER);
                yield rnd.nextBoolean() ? Edits.transceiverPart(p, some.id(), modules.get(rnd.nextInt(modules.size())).partNumber())
                        : Edits.cablePart(p, some.id(), rnd.nextBoolean() ? null : PodGenerator.COPPER_CABLE);
            }
            default -> new RemoveCommand(c.id());
        };
        if (cmd == null) {
            return null;
        }
        stack.execute(cmd);
        if (rnd.nextInt(3) == 0) { // removal (or any edit) and its undo straight away
            stack.undo();
            return cmd.description() + ", undone";
        }
        return cmd.description();
    }

    /** What an edit aims at: network ports (port.speed), scale-up ports (scaleup.domain), retimers (chains), anything. */
    private enum Aim {
        NETWORK, SCALE_UP, RETIMER, ANY;

        boolean port(Port port) {
            return switch (this) {
                case NETWORK -> port.spec().isNetwork();
                case SCALE_UP -> port.spec().role() == PortRole.SCALE_UP;
                case RETIMER -> port.spec().role() == PortRole.PASSTHROUGH;
                case ANY -> true;
            };
        }

        boolean component(Part part) {
            if (this == SCALE_UP && part.family() == Family.SCALEUP_SWITCH) {
                return true;
            }
            for (Port port : part.ports()) {
                if (port(port)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A component of a pod design with a port of the aimed kind (a scale-up switch for scale-up), or any. */
    private static Component pick(Project p, Aim aim, Random rnd) {
        List<Component> all = new ArrayList<>();
        p.pods().forEach(pod -> all.addAll(pod.allComponents()));
        List<Component> aimed = new ArrayList<>();
        for (Component c : all) {
            Part part = CATALOG.find(c.partNumber()).orElse(null);
            if (part != null && aim.component(part)) {
                aimed.add(c);
            }
        }
        List<Component> from = aimed.isEmpty() ? all : aimed;
        return from.get(rnd.nextInt(from.size()));
    }

    /**
     * A cable from a free port of {@code c} to a free port of another component of its pod design, most often between
     * two ports of the aimed kind the two parts can work on (a scale-up port to a switch, a network port to a network
     * port), or null.
     */
    private static Link freeLink(Project p, Component c, Aim aim, Random rnd) {
        List<Component> pod = new ArrayList<>();
        c.chassis().rack().owner().racks().forEach(r -> r.chassis().forEach(x -> pod.addAll(x.components())));
        boolean compatible = rnd.nextInt(4) != 0;
        Aim ends = compatible ? aim : Aim.ANY;
        for (int tries = 0; tries < 60; tries++) {
            Component d = pod.get(rnd.nextInt(pod.size()));
            String pa = freePort(p, c, ends, rnd);
            String pb = freePort(p, d, aim == Aim.SCALE_UP ? Aim.ANY : ends, rnd); // a switch's scale-up ports are not SCALE_UP
            if (compatible && pa != null && pb != null && tries < 50
                    && !Compatibility.canConnect(p, CATALOG, new PortRef(c.id(), pa), new PortRef(d.id(), pb)).ok()) {
                continue;
            }
            if (d != c && pa != null && pb != null) {
                Medium m = rnd.nextBoolean() ? Medium.COPPER_EXTERNAL : Medium.values()[rnd.nextInt(Medium.values().length)];
                return new Link(p.newId("link"), new PortRef(c.id(), pa), new PortRef(d.id(), pb), new int[] {1, 4, 8, 16}[rnd.nextInt(4)], m);
            }
        }
        return null;
    }

    private static String freePort(Project p, Component c, Aim aim, Random rnd) {
        Part part = CATALOG.find(c.partNumber()).orElse(null);
        if (part == null || part.ports().isEmpty()) {
            return null;
        }
        List<Port> free = new ArrayList<>();
        for (Port port : part.ports()) {
            if (aim.port(port) && p.linksAt(new PortRef(c.id(), port.name())).isEmpty()) {
                free.add(port);
            }
        }
        return free.isEmpty() ? null : free.get(rnd.nextInt(free.size())).name();
    }
}
