package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.Edits;
import org.podforge.model.command.RemoveCommand;
import org.podforge.rules.Compatibility;

/** Builders of quick-fix commands. Each runs against the project as it is when the user clicks. */
final class Fixes {
    private Fixes() {
    }

    /** Fresh ids prefix-N not used in the project and distinct from each other. */
    static List<String> freshIds(Project p, String prefix, int n) {
        List<String> out = new ArrayList<>();
        String first = p.newId(prefix);
        int k = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        while (out.size() < n) {
            String id = prefix + "-" + k++;
            if (!p.containsId(id)) {
                out.add(id);
            }
        }
        return out;
    }

    static Link requireLink(Project p, String id) {
        return p.link(id).orElseThrow(() -> new CommandException("link " + id + " no longer exists"));
    }

    static Component requireComponent(Project p, String id) {
        return p.component(id).orElseThrow(() -> new CommandException("component " + id + " no longer exists"));
    }

    /** A free slot for {@code partNumber} in one of the chassis, in order. */
    static String[] placeIn(Catalog catalog, String partNumber, Chassis... chassis) {
        for (Chassis c : chassis) {
            if (c == null) {
                continue;
            }
            var slot = Compatibility.freeSlot(catalog, partNumber, c);
            if (slot.isPresent()) {
                return new String[] {c.id(), slot.get()};
            }
        }
        throw new CommandException("no free slot for a " + partNumber + " in " + chassis[0].label()
                + (chassis.length > 1 && chassis[1] != null ? " or " + chassis[1].label() : ""));
    }

    static Link copyWithEnds(Link l, String id, PortRef a, PortRef b, Medium medium, boolean keepCable) {
        Link n = new Link(id, a, b, l.lanes(), medium);
        if (keepCable) {
            n.setCablePart(l.cablePart());
            n.setTransceiverPart(l.transceiverPart());
            n.setLengthOverrideM(l.lengthOverrideM());
        }
        return n;
    }

    /**
     * Splits a link into two through a new retimer placed in a free board slot of end a's chassis (else end
     * b's): a -> retimer/up over the board, retimer/down -> b over the link's medium.
     */
    static Command insertRetimer(Project p, Catalog catalog, String linkId, String retimerPn) {
        Link l = requireLink(p, linkId);
        Component ca = requireComponent(p, l.a().componentId());
        Component cb = requireComponent(p, l.b().componentId());
        String[] where = placeIn(catalog, retimerPn, ca.chassis(), cb.chassis());
        Component near = where[0].equals(ca.chassis().id()) ? ca : cb;
        Component far = near == ca ? cb : ca;
        PortRef nearEnd = near == ca ? l.a() : l.b();
        PortRef farEnd = near == ca ? l.b() : l.a();
        String rtId = freshIds(p, "retimer", 1).get(0);
        List<String> linkIds = freshIds(p, "link", 2);
        Component rt = new Component(rtId, "", retimerPn, where[1]);
        boolean farSameChassis = far.chassis().id().equals(where[0]);
        Link l1 = copyWithEnds(l, linkIds.get(0), nearEnd, new PortRef(rtId, "up"), Medium.PCB, false);
        Link l2 = copyWithEnds(l, linkIds.get(1), new PortRef(rtId, "down"), farEnd, farSameChassis ? Medium.PCB : l.medium(), !farSameChassis);
        return new CompositeCommand("Insert " + retimerPn + " into " + l.label(), List.of(
                new RemoveCommand(l.id()), new AddCommand(where[0], rt), AddCommand.link(l1), AddCommand.link(l2)));
    }

    /** Swaps a link's cable (and medium), clearing the transceivers when the new medium does not use them. */
    static Command swapCable(Project p, String linkId, String cablePn, Medium medium, String transceiverPn) {
        Link l = requireLink(p, linkId);
        List<Command> parts = new ArrayList<>();
        parts.add(Edits.medium(p, linkId, medium));
        parts.add(Edits.cablePart(p, linkId, cablePn));
        if (!java.util.Objects.equals(l.transceiverPart(), transceiverPn)) {
            parts.add(Edits.transceiverPart(p, linkId, transceiverPn));
        }
        return new CompositeCommand("Use " + cablePn + (transceiverPn == null ? "" : " with " + transceiverPn) + " on " + l.label(), parts);
    }

    /** Sets the transceiver at one end of a link, keeping the other end's module as it is. */
    static Command setTransceiverAt(Project p, String linkId, PortRef end, String transceiverPn) {
        return Edits.transceiverAt(p, linkId, end, transceiverPn);
    }

    /**
     * Puts a new switch behind an overloaded port: the port feeds switch port 1; the port's links move to the
     * switch's next ports.
     */
    static Command insertSwitch(Project p, Catalog catalog, PortRef port, String switchPn) {
        Component owner = requireComponent(p, port.componentId());
        Part sp = catalog.require(switchPn);
        Part op = catalog.require(owner.partNumber());
        Port up = op.port(port.port()).orElseThrow(() -> new CommandException(port + " no longer exists"));
        List<Link> moved = p.linksAt(port);
        if (moved.size() + 1 > sp.ports().size()) {
            throw new CommandException(switchPn + " has " + sp.ports().size() + " ports; " + moved.size() + " links do not fit behind it");
        }
        String[] where = placeIn(catalog, switchPn, owner.chassis());
        String swId = freshIds(p, "pswitch", 1).get(0);
        List<String> ids = freshIds(p, "link", moved.size() + 1);
        List<Command> parts = new ArrayList<>();
        for (Link l : moved) {
            parts.add(new RemoveCommand(l.id()));
        }
        parts.add(new AddCommand(where[0], new Component(swId, "", switchPn, where[1])));
        int upLanes = Math.min(up.spec().lanes(), sp.ports().get(0).spec().lanes());
        parts.add(AddCommand.link(new Link(ids.get(0), port, new PortRef(swId, sp.ports().get(0).name()), upLanes, Medium.PCB)));
        for (int i = 0; i < moved.size(); i++) {
            Link l = moved.get(i);
            PortRef other = l.a().equals(port) ? l.b() : l.a();
            Link n = copyWithEnds(l, ids.get(i + 1), new PortRef(swId, sp.ports().get(i + 1).name()), other, l.medium(), true);
            n.setLanes(Math.min(l.lanes(), sp.ports().get(i + 1).spec().lanes()));
            parts.add(AddCommand.link(n));
        }
        return new CompositeCommand("Add " + switchPn + " behind " + port, parts);
    }

    /** Re-homes one end of a link to another port. */
    static Command reconnect(Project p, String linkId, PortRef from, PortRef to) {
        Link l = requireLink(p, linkId);
        String id = freshIds(p, "link", 1).get(0);
        PortRef a = l.a().equals(from) ? to : l.a();
        PortRef b = l.b().equals(from) ? to : l.b();
        Link n = copyWithEnds(l, id, a, b, l.medium(), true);
        return new CompositeCommand("Reconnect " + l.label() + " to " + to, List.of(new RemoveCommand(l.id()), AddCommand.link(n)));
    }

    /** Ports of a component not used by any link. */
    static List<Port> freePorts(Project p, Part part, String componentId) {
        Set<String> used = new HashSet<>();
        for (Link l : p.linksOf(componentId)) {
            if (l.a().componentId().equals(componentId)) {
                used.add(l.a().port());
            }
            if (l.b().componentId().equals(componentId)) {
                used.add(l.b().port());
            }
        }
        List<Port> out = new ArrayList<>();
        for (Port port : part.ports()) {
            if (!used.contains(port.name())) {
                out.add(port);
            }
        }
        return out;
    }
}
