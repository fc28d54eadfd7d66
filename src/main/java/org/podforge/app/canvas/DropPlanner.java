package org.podforge.app.canvas;

import java.util.List;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.canvas.CanvasLayout.Hit;
import org.podforge.app.canvas.CanvasLayout.Kind;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Ids;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.AddCommand;
import org.podforge.model.Medium;
import org.podforge.model.command.Edits;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.model.command.MoveComponentCommand;
import org.podforge.rules.Compatibility;
import org.podforge.rules.Verdict;
import org.podforge.service.hall.NetworkRacks;
import org.podforge.service.templates.PrewiredServer;

/**
 * Drop and move logic of the canvas as plain methods (tested without a robot): given what is under the
 * pointer ({@link Hit}, from {@link CanvasLayout#hit}), it answers with a {@link DropPlan} — the command
 * to run or why not. Racks drop on a pod (or on empty canvas: a new pod), chassis on a rack at the U
 * under the pointer (snapped to the nearest free run), components into a free slot of the right type,
 * cables and modules onto a link.
 */
public final class DropPlanner {
    private final Project project;
    private final Catalog catalog;
    private final CanvasLayout layout;

    public DropPlanner(Project project, Catalog catalog, CanvasLayout layout) {
        this.project = project;
        this.catalog = catalog;
        this.layout = layout;
    }

    /** Dropping a catalog part at {@code hit} (null = empty canvas). */
    public DropPlan planPart(String partNumber, Hit hit) {
        if (partNumber.startsWith(PrewiredServer.DRAG_PREFIX)) {
            return planPrewired(partNumber.substring(PrewiredServer.DRAG_PREFIX.length()), hit);
        }
        Part part = catalog.find(partNumber).orElse(null);
        if (part == null) {
            return DropPlan.reject("Part " + partNumber + " is not in the catalog.", null, null);
        }
        Family f = part.family();
        if (f == Family.RACK) {
            return planRack(part, hit);
        }
        if (f == Family.CHASSIS) {
            return planChassis(part, hit);
        }
        if (f.isComponent()) {
            return planComponent(part, hit);
        }
        return planLinkMedium(part, hit);
    }

    private DropPlan planRack(Part part, Hit hit) {
        if (hit == null) {
            // the first rack of an empty design starts its pod; next to existing pods a stray drop must not make a
            // second pod silently (it changes the cost per pod): that is Edit > New Pod
            if (!project.pods().isEmpty()) {
                return DropPlan.reject("Drop the rack on a pod to add it there; to start another pod use Edit > New Pod.", null, null);
            }
            AddCommand add = org.podforge.service.NewPod.command(project, catalog, part.partNumber());
            return DropPlan.accept("Create " + add.node().label() + " with a " + part.name(), add, null, null);
        }
        Pod pod = project.pod(hit.podId()).orElseThrow();
        int row = 0;
        if (hit.rackId() != null) {
            row = project.rack(hit.rackId()).map(Rack::row).orElse(0);
        }
        int pos = 0;
        for (Rack r : pod.racks()) {
            if (r.row() == row) {
                pos = Math.max(pos, r.position() + 1);
            }
        }
        Rack rack = new Rack(project.newId(Ids.prefixFor(Family.RACK)), "", part.partNumber(), row, pos);
        return DropPlan.accept("Add " + part.name() + " to " + pod.label() + " (row " + row + ", position " + pos + ")",
                new AddCommand(pod.id(), rack), pod.id(), layout.box(pod.id()));
    }

    private DropPlan planChassis(Part part, Hit hit) {
        if (hit == null || hit.rackId() == null) {
            return DropPlan.reject("A chassis goes into a rack: drop " + part.name() + " on a rack elevation.",
                    hit == null ? null : hit.id(), hit == null ? null : layout.box(hit.id()));
        }
        Rack rack = project.rack(hit.rackId()).orElseThrow();
        int h = part.heightU().orElse(1);
        int units = layout.rackUnits(rack.id());
        int wanted = Math.max(1, Math.min(units - h + 1, hit.u() - h / 2));
        List<int[]> occ = Placement.occupied(catalog, rack, null);
        int u = Placement.nearestFree(occ, units, wanted, h);
        if (u < 0) {
            return DropPlan.reject(rack.label() + " has no free run of " + h + "U for " + part.name() + ".",
                    rack.id(), layout.box(rack.id()));
        }
        Chassis c = new Chassis(project.newId(Ids.prefixFor(Family.CHASSIS)), "", part.partNumber(), u);
        // a switch box arrives holding its switch, as the hall and the generator build it
        String with = NetworkRacks.fillBox(catalog, c, project.newId(Ids.prefixFor(Family.NETWORK_SWITCH))).map(sw -> " with its " + sw.name()).orElse("");
        return DropPlan.accept("Add " + part.name() + with + " to " + rack.label() + " at U" + u,
                new AddCommand(rack.id(), c), rack.id(), layout.chassisBox(rack.id(), u, h));
    }

    /** A pre-wired server (a palette template): its chassis, components and board links, at the U under the pointer. */
    private DropPlan planPrewired(String templateId, Hit hit) {
        PrewiredServer s = PrewiredServer.of(templateId, catalog).orElse(null);
        if (s == null) {
            return DropPlan.reject("The pre-wired server '" + templateId + "' is not in this build.", null, null);
        }
        if (hit == null || hit.rackId() == null) {
            return DropPlan.reject("A server goes into a rack: drop " + s.name() + " on a rack elevation.",
                    hit == null ? null : hit.id(), hit == null ? null : layout.box(hit.id()));
        }
        Rack rack = project.rack(hit.rackId()).orElseThrow();
        int h = s.heightU();
        int units = layout.rackUnits(rack.id());
        int wanted = Math.max(1, Math.min(units - h + 1, hit.u() - h / 2));
        int u = Placement.nearestFree(Placement.occupied(catalog, rack, null), units, wanted, h);
        if (u < 0) {
            return DropPlan.reject(rack.label() + " has no free run of " + h + "U for " + s.name() + ".", rack.id(), layout.box(rack.id()));
        }
        return DropPlan.accept("Add " + s.name() + " (" + s.summary() + ") to " + rack.label() + " at U" + u,
                s.addTo(project, catalog, rack.id(), u), rack.id(), layout.chassisBox(rack.id(), u, h));
    }

    private DropPlan planComponent(Part part, Hit hit) {
        if (hit == null || hit.chassisId() == null) {
            return DropPlan.reject(part.family().label() + " parts go into a chassis slot: drop " + part.name()
                    + " on a server, tray or JBOF.", hit == null ? null : hit.id(), hit == null ? null : layout.box(hit.id()));
        }
        Chassis chassis = project.chassis(hit.chassisId()).orElseThrow();
        Placement.SlotChoice choice = Placement.slotFor(catalog, chassis, part, hit.kind() == Kind.SLOT ? hit.slot() : null);
        if (!choice.ok()) {
            return DropPlan.reject(choice.reason(), chassis.id(), layout.box(chassis.id()));
        }
        Component comp = new Component(project.newId(Ids.prefixFor(part.family())), "", part.partNumber(), choice.slot());
        return DropPlan.accept("Put " + part.name() + " in " + chassis.label() + " slot " + choice.slot(),
                new AddCommand(chassis.id(), comp), chassis.id(), slotBox(chassis.id(), choice.slot()));
    }

    private DropPlan planLinkMedium(Part part, Hit hit) {
        if (hit == null || hit.kind() != Kind.LINK) {
            return DropPlan.reject(part.family().label() + " parts are chosen per link: drop " + part.name()
                    + " on a link.", hit == null ? null : hit.id(), hit == null ? null : layout.box(hit.id()));
        }
        var link = project.link(hit.linkId()).orElseThrow();
        if (part.family() == Family.TRANSCEIVER) {
            // the same predicate port.speed judges with: a module that does not fit a cage is refused there
            var pa = port(link.a());
            var pb = port(link.b());
            var va = pa == null ? org.podforge.rules.Verdict.OK
                    : Compatibility.canPlug(part, pa, Compatibility.lanesAt(link.lanes(), pa, pb));
            var vb = pb == null ? org.podforge.rules.Verdict.OK
                    : Compatibility.canPlug(part, pb, Compatibility.lanesAt(link.lanes(), pb, pa));
            if (!va.ok() && !vb.ok()) {
                return DropPlan.reject(va.reason() + " (at " + link.a() + "); " + vb.reason() + " (at " + link.b() + ")",
                        link.id(), layout.bounds(List.of(link.id())));
            }
            if (!va.ok() || !vb.ok()) {
                var end = va.ok() ? link.a() : link.b();
                return DropPlan.accept("Use " + part.name() + " at " + end + " of " + link.label() + " ("
                        + (va.ok() ? vb.reason() : va.reason()) + " at the other end)",
                        Edits.transceiverAt(project, link.id(), end, part.partNumber()), link.id(), layout.bounds(List.of(link.id())));
            }
            return DropPlan.accept("Use " + part.name() + " at both ends of " + link.label(),
                    Edits.transceiverPart(project, link.id(), part.partNumber()), link.id(), layout.bounds(List.of(link.id())));
        }
        var pa = port(link.a());
        var pb = port(link.b());
        boolean pluggable = part.cage().isPresent() && part.medium().map(m -> m != Medium.FIBER_MM && m != Medium.FIBER_SM).orElse(true);
        if (pluggable && pa != null && pb != null) {
            var v = Compatibility.canCable(part, pa, pb, Compatibility.lanesAt(link.lanes(), pa, pb));
            if (!v.ok()) {
                return DropPlan.reject(v.reason(), link.id(), layout.bounds(List.of(link.id())));
            }
        }
        return DropPlan.accept("Use " + part.name() + " for " + link.label(),
                Edits.cablePart(project, link.id(), part.partNumber()), link.id(), layout.bounds(List.of(link.id())));
    }

    private org.podforge.model.Port port(org.podforge.model.PortRef ref) {
        var c = project.component(ref.componentId()).orElse(null);
        return c == null ? null : catalog.find(c.partNumber()).flatMap(p -> p.port(ref.port())).orElse(null);
    }

    /** Moving a chassis so its lowest unit lands at the pointer's rack and U (centre of the chassis). */
    public DropPlan planChassisMove(String chassisId, String rackId, int wantedU) {
        Chassis c = project.chassis(chassisId).orElseThrow();
        if (rackId == null) {
            return DropPlan.reject("Drop " + c.label() + " on a rack.", null, null);
        }
        Rack rack = project.rack(rackId).orElseThrow();
        int h = layout.heightU(c.partNumber());
        int units = layout.rackUnits(rackId);
        int u = Math.max(1, Math.min(units - h + 1, wantedU));
        Box box = layout.chassisBox(rackId, u, h);
        if (rack == c.rack() && u == c.uPosition()) {
            return DropPlan.reject("", rackId, box);
        }
        String whyNot = rack.owner() == c.rack().owner() ? null
                : project.whyNotMove(c.components().stream().map(Component::id).toList(), rack);
        if (whyNot != null) {
            return DropPlan.reject("Cannot move " + c.label() + ": " + whyNot, rackId, box);
        }
        Verdict v = Compatibility.canPlaceChassis(catalog, c.partNumber(), rack, u, c.id());
        if (!v.ok()) {
            return DropPlan.reject(Placement.cap(v.reason()) + ".", rackId, box);
        }
        return DropPlan.accept("Move " + c.label() + " to " + rack.label() + " U" + u,
                new MoveChassisCommand(c.id(), rack.id(), u), rackId, box);
    }

    /** Moving a component to the slot (or chassis) under the pointer. */
    public DropPlan planComponentMove(String componentId, Hit hit) {
        Component comp = project.component(componentId).orElseThrow();
        if (hit == null || hit.chassisId() == null) {
            return DropPlan.reject("Drop " + comp.label() + " on a chassis slot.", null, null);
        }
        Chassis target = project.chassis(hit.chassisId()).orElseThrow();
        Part part = catalog.find(comp.partNumber()).orElse(null);
        if (part == null) {
            return DropPlan.reject(comp.partNumber() + " is not in the catalog.", target.id(), layout.box(target.id()));
        }
        String preferred = hit.kind() == Kind.SLOT ? hit.slot()
                : hit.kind() == Kind.COMPONENT && hit.componentId().equals(componentId) ? comp.slot() : null;
        if (target == comp.chassis() && preferred != null && preferred.equals(comp.slot())) {
            return DropPlan.reject("", target.id(), slotBox(target.id(), comp.slot()));
        }
        String whyNot = target.rack().owner() == comp.chassis().rack().owner() ? null
                : project.whyNotMove(List.of(comp.id()), target.rack());
        if (whyNot != null) {
            return DropPlan.reject("Cannot move " + comp.label() + ": " + whyNot, target.id(), layout.box(target.id()));
        }
        Placement.SlotChoice choice = Placement.slotFor(catalog, target, part, preferred);
        if (!choice.ok()) {
            return DropPlan.reject(choice.reason(), target.id(), layout.box(target.id()));
        }
        return DropPlan.accept("Move " + comp.label() + " to " + target.label() + " slot " + choice.slot(),
                new MoveComponentCommand(comp.id(), target.id(), choice.slot()), target.id(), slotBox(target.id(), choice.slot()));
    }

    private Box slotBox(String chassisId, String slot) {
        for (CanvasLayout.Slot s : layout.slots(chassisId)) {
            if (s.name().equals(slot)) {
                return s.box();
            }
        }
        return layout.box(chassisId);
    }
}
