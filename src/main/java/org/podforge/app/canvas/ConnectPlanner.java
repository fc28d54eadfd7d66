package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.List;
import org.podforge.catalog.Catalog;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.model.command.AddCommand;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Verdict;

/**
 * Connect-ports logic as plain methods: whether two ports can be joined (and why not; the predicate is
 * {@link Compatibility#canConnect}, shared with the rules), which ports of a
 * component are compatible with a source port, and the {@link AddCommand} of the new link with sensible
 * defaults: lanes = the smaller of the two ports' lanes, medium {@link Medium#PCB} inside one chassis and
 * {@link Medium#COPPER_EXTERNAL} between chassis (the rules then flag reach and offer fixes).
 */
public final class ConnectPlanner {
    private final Project project;
    private final Catalog catalog;

    public ConnectPlanner(Project project, Catalog catalog) {
        this.project = project;
        this.catalog = catalog;
    }

    /**
     * Null when the two ports can be linked now, else the reason they cannot: a port that already carries
     * a link is taken; otherwise the answer is {@link Compatibility#canConnect}, the predicate the
     * protocol rule uses, so the canvas and the Problems list agree.
     */
    public String whyNot(PortRef a, PortRef b) {
        Verdict v = Compatibility.canConnect(project, catalog, a, b);
        if (!v.ok()) {
            return capitalise(v.reason()) + ".";
        }
        if (!project.linksAt(a).isEmpty()) {
            return a + " is already connected.";
        }
        if (!project.linksAt(b).isEmpty()) {
            return b + " is already connected.";
        }
        return null;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The protocol a link between two ports runs (null when they share none). */
    public Protocol protocolOf(PortRef a, PortRef b) {
        return org.podforge.service.LinkProtocol.of(project, catalog, a, b);
    }

    /** Ports of {@code componentId} that {@code from} could be linked to now. */
    public List<String> compatiblePorts(PortRef from, String componentId) {
        List<String> out = new ArrayList<>();
        Component c = project.component(componentId).orElse(null);
        Part p = c == null ? null : catalog.find(c.partNumber()).orElse(null);
        if (p == null) {
            return out;
        }
        for (Port port : p.ports()) {
            if (whyNot(from, new PortRef(componentId, port.name())) == null) {
                out.add(port.name());
            }
        }
        return out;
    }

    /** A free port of {@code componentId} that {@code from} can be linked to, or null. */
    public String firstCompatiblePort(PortRef from, String componentId) {
        List<String> ports = compatiblePorts(from, componentId);
        return ports.isEmpty() ? null : ports.get(0);
    }

    /** The command adding a link between two compatible ports (check {@link #whyNot} first). */
    public AddCommand linkCommand(PortRef a, PortRef b) {
        String reason = whyNot(a, b);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
        Component ca = project.component(a.componentId()).orElseThrow();
        Component cb = project.component(b.componentId()).orElseThrow();
        Port pa = port(ca, a.port());
        Port pb = port(cb, b.port());
        int lanes = Math.min(pa.spec().lanes(), pb.spec().lanes());
        Medium medium = ca.chassis() == cb.chassis() ? Medium.PCB : Medium.COPPER_EXTERNAL;
        Link link = new Link(project.newId("link"), a, b, lanes, medium);
        return AddCommand.link(link);
    }

    Port port(Component c, String name) {
        return catalog.find(c.partNumber()).flatMap(p -> p.port(name)).orElse(null);
    }
}
