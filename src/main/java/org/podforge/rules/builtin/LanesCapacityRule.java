package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.PortRole;
import org.podforge.model.command.Edits;
import org.podforge.rules.Fix;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;
import org.podforge.topology.Topology;

/**
 * lanes.capacity: the PCIe/CXL lanes of the links on a port fit the port's lanes (and so the device's).
 * Network (Ethernet/InfiniBand) and non-PCIe scale-up ports are not PCIe lanes: their lanes and breakouts
 * are checked by {@code port.speed}.
 */
public final class LanesCapacityRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("lanes.capacity", "Lanes used fit the port and device", Severity.ERROR,
            "Part lane counts from the catalog: EPYC 9005 128 PCIe 5.0 lanes, Xeon 6900P 96, Scorpio P 64-lane first part, Scorpio X 320, PEX89144 144 (interconnect-facts A4, A5, C)");

    static final String SWITCH_SMALL = "ASTERA-SCORPIO-P-64";
    static final String SWITCH_LARGE = "ASTERA-SCORPIO-P-320";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.ISLAND;
    }

    @Override
    public boolean perComponent() {
        return true;
    }

    @Override
    public void checkComponent(RuleContext ctx, Topology t, Component c, Report out) {
        Part part = t.part(c.id());
        if (part == null) {
            return;
        }
        for (Port port : part.ports()) {
            if (!port.spec().isPcieLanes()) {
                continue;
            }
            PortRef ref = new PortRef(c.id(), port.name());
            List<Link> links = t.linksAt(ref);
            if (links.isEmpty()) {
                continue;
            }
            int used = 0;
            for (Link l : links) {
                used += l.lanes();
            }
            int has = port.spec().lanes();
            if (used <= has) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (Link l : links) {
                parts.add(l.id() + " x" + l.lanes());
            }
            List<String> subjects = new ArrayList<>();
            subjects.add(c.id());
            for (Link l : links) {
                subjects.add(l.id());
            }
            List<Fix> fixes = new ArrayList<>();
            PortRole role = port.spec().role();
            String sw = links.size() <= 3 ? SWITCH_SMALL : SWITCH_LARGE;
            if (links.size() > 1 && (role == PortRole.ROOT || role == PortRole.SWITCH) && Util.isPcie(port)
                    && ctx.offerable(sw) != null) {
                fixes.add(new Fix("Add a Scorpio P switch (" + sw + ") behind " + ref,
                        p -> Fixes.insertSwitch(p, ctx.catalog(), ref, sw)));
            }
            if (links.size() == 1) {
                String linkId = links.get(0).id();
                fixes.add(new Fix("Narrow " + linkId + " to x" + has, p -> Edits.lanes(p, linkId, has)));
            }
            out.add(Severity.ERROR, "Port " + ref + " (" + part.partNumber() + ", x" + has + ") carries " + used
                    + " lanes over " + links.size() + " link" + (links.size() == 1 ? "" : "s") + " (" + Util.ids(parts)
                    + "); it has " + has + " lanes (" + Util.partSource(part, "ports") + ").", subjects, fixes,
                    Util.partSource(part, "ports"));
        }
    }
}
