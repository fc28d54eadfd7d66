package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
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

/** Random edits and undos: the incremental findings always equal a fresh full pass. */
class IncrementalPropertyTest {

    static Designs design() {
        Designs d = Designs.server(4);
        Rack r2 = d.rack("rack-2", "RACK-EIA-42U", 0, 1);
        Rack r3 = d.rack("rack-3", "RACK-ORV3-44OU", 1, 0);
        Chassis s2 = d.chassis(r2, "srv-2", "GENERIC-HGX-8GPU-10U", 1);
        d.comp(s2, "cpu-2", "INTEL-XEON-6900P", "cpu-1");
        d.comp(s2, "gpu-21", "NVIDIA-B200", "gpu-1");
        d.comp(s2, "nic-21", "NVIDIA-CONNECTX-7", "pcie-1");
        d.comp(s2, "leo-21", "ASTERA-LEO-CXL2", "board-1");
        d.link("cpu-2/pcie-1", "gpu-21/host", 16, Medium.PCB);
        d.link("cpu-2/pcie-2", "nic-21/host", 16, Medium.PCB);
        d.link("cpu-2/pcie-3", "leo-21/host", 16, Medium.PCB);
        Chassis t = d.chassis(r3, "tray-1", "GENERIC-SCALEUP-SWITCH-TRAY-1U", 20);
        d.comp(t, "xswitch-1", "ASTERA-SCORPIO-X-320", "switch-1");
        Chassis j = d.chassis(r2, "jbof-1", "GENERIC-JBOF-2U", 30);
        d.comp(j, "ssd-1", "MICRON-9650-E1S", "e1s-1");
        Link cross = d.link("pswitch-1/port-10", "ssd-1/host", 4, Medium.COPPER_EXTERNAL);
        cross.setCablePart("PCISIG-COPPRLINK-EXT-2M");
        d.link("nic-21/net", "gpu-21/nvlink-1", 1, Medium.FIBER_MM);
        return d;
    }

    @Test
    void incrementalEqualsFull() {
        for (long seed = 1; seed <= 6; seed++) {
            run(seed, 60);
        }
    }

    private void run(long seed, int steps) {
        Designs d = design();
        Project p = d.project;
        CommandStack stack = new CommandStack(p);
        RuleEngine engine = new RuleEngine(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
        engine.attach(stack);
        engine.validateAll();
        Random rnd = new Random(seed);
        for (int step = 0; step < steps; step++) {
            Command c;
            try {
                c = randomCommand(p, rnd);
            } catch (CommandException | IllegalArgumentException e) {
                continue;
            }
            if (c == null) {
                continue;
            }
            try {
                if (rnd.nextInt(5) == 0 && stack.canUndo()) {
                    stack.undo();
                } else {
                    stack.execute(c);
                }
            } catch (CommandException | IllegalArgumentException | IllegalStateException e) {
                continue;
            }
            List<Finding> full = RuleEngine.validate(p, RuleEngineTest.CATALOG, RuleEngineTest.PRICES);
            assertEquals(full, engine.findings(), "seed " + seed + " step " + step + " after " + c.description());
        }
    }

    private static <T> T pick(List<T> l, Random r) {
        return l.isEmpty() ? null : l.get(r.nextInt(l.size()));
    }

    static Command randomCommand(Project p, Random rnd) {
        List<Component> comps = p.allComponents();
        List<Link> links = p.allLinks();
        List<Chassis> chassis = new ArrayList<>();
        List<Rack> racks = new ArrayList<>(p.pods().get(0).racks());
        racks.forEach(r -> chassis.addAll(r.chassis()));
        switch (rnd.nextInt(11)) {
            case 0: {
                Chassis c = pick(chassis, rnd);
                Rack r = pick(racks, rnd);
                return c == null || r == null ? null : new MoveChassisCommand(c.id(), r.id(), 1 + rnd.nextInt(40));
            }
            case 1: {
                Component c = pick(comps, rnd);
                Chassis target = pick(chassis, rnd);
                if (c == null || target == null) {
                    return null;
                }
                Part cp = RuleEngineTest.CATALOG.find(target.partNumber()).orElseThrow();
                return new MoveComponentCommand(c.id(), target.id(), pick(cp.slotNames(), rnd));
            }
            case 2: {
                Link l = pick(links, rnd);
                return l == null ? null : new RemoveCommand(l.id());
            }
            case 3: {
                Component c = pick(comps, rnd);
                return c == null ? null : new RemoveCommand(c.id());
            }
            case 4: {
                Component a = pick(comps, rnd);
                Component b = pick(comps, rnd);
                if (a == null || b == null || a == b) {
                    return null;
                }
                Part pa = RuleEngineTest.CATALOG.find(a.partNumber()).orElseThrow();
                Part pb = RuleEngineTest.CATALOG.find(b.partNumber()).orElseThrow();
                Port qa = pick(pa.ports(), rnd);
                Port qb = pick(pb.ports(), rnd);
                if (qa == null || qb == null) {
                    return null;
                }
                Link l = new Link(p.newId("link"), new PortRef(a.id(), qa.name()), new PortRef(b.id(), qb.name()),
                        new int[] {4, 8, 16}[rnd.nextInt(3)], Medium.values()[rnd.nextInt(Medium.values().length)]);
                return new AddCommand(a.chassis().rack().pod().id(), l);
            }
            case 5: {
                Link l = pick(links, rnd);
                return l == null ? null : Edits.lanes(p, l.id(), new int[] {1, 4, 8, 16, 32}[rnd.nextInt(5)]);
            }
            case 6: {
                Link l = pick(links, rnd);
                return l == null ? null : Edits.medium(p, l.id(), Medium.values()[rnd.nextInt(Medium.values().length)]);
            }
            case 7: {
                Link l = pick(links, rnd);
                return l == null ? null : Edits.lengthOverride(p, l.id(), rnd.nextBoolean() ? null : rnd.nextDouble() * 10);
            }
            case 8: {
                Component c = pick(comps, rnd);
                if (c == null) {
                    return null;
                }
                Part part = RuleEngineTest.CATALOG.find(c.partNumber()).orElseThrow();
                Part other = pick(RuleEngineTest.CATALOG.byFamily(part.family()), rnd);
                return Edits.partNumber(p, c.id(), other.partNumber());
            }
            case 9: {
                Rack r = pick(racks, rnd);
                return r == null ? null : Edits.rackPlace(p, r.id(), rnd.nextInt(3), rnd.nextInt(4));
            }
            default: {
                Link l = pick(links, rnd);
                String[] cables = {null, "PCISIG-COPPRLINK-EXT-2M", "ASTERA-ARIES-SCM-PCIE5", "GENERIC-800G-DAC-2M", "ASTERA-PCIE6-LPO-OSFPXD-50M"};
                return l == null ? null : Edits.cablePart(p, l.id(), cables[rnd.nextInt(cables.length)]);
            }
        }
    }
}
