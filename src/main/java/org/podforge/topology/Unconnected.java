package org.podforge.topology;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.FabricCables;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.Project;

/**
 * Parts that are paid for but wired to nothing, found the same way by the rules (part.unconnected,
 * chassis.scaleup) and the BOM (its "unconnected" quantities):
 * <ul>
 *   <li>an <em>idle active part</em>: a retimer, PCIe switch, scale-up switch or scale-out switch with no link
 *       and no cable of a fabric wiring pattern. A CXL memory controller (Leo) is not counted here: its host port
 *       is a PCIe device port, which pcie.orphan reports as an error. Nor is a scale-out switch of the hall's fabric
 *       (a network rack): scaleout.fabric judges those ("switches the topology does not need");</li>
 *   <li>an <em>accelerator without scale-up</em>: one whose part has scale-up ports and none of them is linked.</li>
 * </ul>
 */
public final class Unconnected {
    /** Families that only do something when linked. */
    public static final Set<Family> ACTIVE = EnumSet.of(Family.RETIMER, Family.PCIE_SWITCH, Family.SCALEUP_SWITCH, Family.NETWORK_SWITCH);

    private Unconnected() {
    }

    /** The components of {@code chassis} that are idle active parts, in chassis order. */
    public static List<Component> idleActiveParts(Project project, Catalog catalog, Chassis chassis) {
        List<Component> out = new ArrayList<>();
        for (Component c : chassis.components()) {
            Part p = catalog.find(c.partNumber()).orElse(null);
            boolean fabricSwitch = p != null && p.family() == Family.NETWORK_SWITCH && chassis.rack() != null && chassis.rack().pod() == null;
            if (p != null && ACTIVE.contains(p.family()) && !fabricSwitch && project.linksOf(c.id()).isEmpty()) {
                out.add(c);
            }
        }
        if (!out.isEmpty() && !project.fabric().patterns().isEmpty()) {
            Set<String> patternEnds = patternEnds(project);
            out.removeIf(c -> patternEnds.contains(c.id()));
        }
        return out;
    }

    /** The accelerators of {@code chassis} whose part has scale-up ports and none of them linked, in chassis order. */
    public static List<Component> withoutScaleUp(Project project, Catalog catalog, Chassis chassis) {
        List<Component> out = new ArrayList<>();
        for (Component c : chassis.components()) {
            Part p = catalog.find(c.partNumber()).orElse(null);
            if (p != null && p.family() == Family.GPU && scaleUpPorts(p) > 0 && !hasScaleUpLink(project, p, c)) {
                out.add(c);
            }
        }
        if (!out.isEmpty() && !project.fabric().patterns().isEmpty()) {
            Set<String> patternEnds = patternEnds(project);
            out.removeIf(c -> patternEnds.contains(c.id()));
        }
        return out;
    }

    /** Scale-up ports of a part (0 for a part without). */
    public static int scaleUpPorts(Part p) {
        int n = 0;
        for (Port port : p.ports()) {
            if (port.spec().role() == PortRole.SCALE_UP) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasScaleUpLink(Project project, Part p, Component c) {
        for (Link l : project.linksOf(c.id())) {
            for (PortRef end : new PortRef[] {l.a(), l.b()}) {
                if (end.componentId().equals(c.id()) && p.port(end.port()).map(x -> x.spec().role() == PortRole.SCALE_UP).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Components a cable of a fabric wiring pattern ends on (pattern cables are not links, so linksOf does not see them). */
    private static Set<String> patternEnds(Project project) {
        Set<String> ends = new HashSet<>();
        FabricCables.forEach(project, cable -> {
            if (cable.pattern() != null) {
                ends.add(cable.a().componentId());
                ends.add(cable.b().componentId());
            }
        });
        return ends;
    }
}
