package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.podforge.app.canvas.CanvasLayout.Hit;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.PartStatus;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * What the canvas's hover card says about the object under the pointer: a slot's name, kind and place
 * in its group ("pcie-7 · PCIe x16 slot 7 of 12 · free"), a component's part and key catalog figures, a
 * chassis' part, height and fill, a rack's fill. Figures are the catalog's own, with "not published"
 * where it gives none; nothing is computed here. Toolkit-free.
 */
public final class HoverText {
    private HoverText() {
    }

    /** Human name of a catalog slot type ("PCIE_X16" -> "PCIe x16"). */
    public static String slotType(String type) {
        if (type == null) {
            return "slot";
        }
        return switch (type) {
            case "GPU_MODULE" -> "GPU module";
            case "CPU_SOCKET" -> "CPU socket";
            case "SWITCH_ASIC" -> "switch ASIC";
            case "PCIE_X16" -> "PCIe x16";
            case "PCIE_X8" -> "PCIe x8";
            case "OCP3" -> "OCP 3.0 NIC";
            case "E1S" -> "E1.S drive";
            case "E3S" -> "E3.S drive";
            case "M2" -> "M.2 drive";
            case "U2" -> "U.2 drive";
            case "BOARD" -> "on-board position";
            default -> type.replace('_', ' ').toLowerCase(Locale.ROOT);
        };
    }

    /** The card text for a hit, or null when there is nothing to say (empty canvas, a pod frame). */
    public static String of(CanvasLayout layout, Catalog catalog, Hit hit) {
        if (hit == null) {
            return null;
        }
        Project p = layout.project();
        return switch (hit.kind()) {
            case SLOT -> slot(layout, p, hit.chassisId(), hit.slot());
            case COMPONENT -> p.component(hit.componentId()).map(c -> component(p, catalog, c)).orElse(null);
            case CHASSIS -> p.chassis(hit.chassisId()).map(c -> chassis(layout, catalog, c)).orElse(null);
            case RACK -> p.rack(hit.rackId()).map(r -> rack(layout, catalog, r)).orElse(null);
            default -> null;
        };
    }

    static String slot(CanvasLayout layout, Project p, String chassisId, String slot) {
        List<CanvasLayout.Slot> slots = layout.slots(chassisId);
        CanvasLayout.Slot here = null;
        int index = 0;
        int total = 0;
        for (CanvasLayout.Slot s : slots) {
            if (s.name().equals(slot)) {
                here = s;
            }
        }
        if (here == null) {
            return slot;
        }
        for (CanvasLayout.Slot s : slots) {
            if (s.type().equals(here.type())) {
                total++;
                if (s == here) {
                    index = total;
                }
            }
        }
        Chassis c = p.chassis(chassisId).orElse(null);
        String who = null;
        if (c != null) {
            for (Component comp : c.components()) {
                if (slot.equals(comp.slot())) {
                    who = comp.label();
                }
            }
        }
        return slot + " \u00b7 " + slotType(here.type()) + " slot " + index + " of " + total
                + (c == null ? "" : " in " + c.label()) + "\n" + (who == null ? "free: drop a part here" : "holds " + who);
    }

    static String component(Project p, Catalog catalog, Component c) {
        Part part = catalog.find(c.partNumber()).orElse(null);
        StringBuilder sb = new StringBuilder(c.label());
        if (part == null) {
            return sb.append(" \u00b7 ").append(c.partNumber()).append(" (not in the catalog)").toString();
        }
        sb.append(" \u00b7 ").append(part.name()).append(" (").append(part.partNumber()).append(')');
        sb.append('\n').append(part.family().label());
        if (part.status() != PartStatus.ORDERABLE) {
            sb.append(" \u00b7 ").append(part.status().label());
        }
        if (c.chassis() != null) {
            sb.append(" \u00b7 in ").append(c.chassis().label()).append(c.slot() == null ? "" : ", slot " + c.slot());
        }
        sb.append('\n').append(power(part));
        List<Port> ports = part.ports();
        if (!ports.isEmpty()) {
            Set<String> used = new HashSet<>();
            for (Link l : p.linksOf(c.id())) {
                for (PortRef r : List.of(l.a(), l.b())) {
                    if (r.componentId().equals(c.id())) {
                        used.add(r.port());
                    }
                }
            }
            sb.append(" \u00b7 ").append(used.size()).append(" of ").append(ports.size()).append(ports.size() == 1 ? " port" : " ports")
                    .append(" wired");
            List<String> kinds = new ArrayList<>();
            part.portSpecs().forEach(s -> kinds.add(s.count() + " \u00d7 " + s.name() + " x" + s.lanes()));
            sb.append('\n').append(String.join(", ", kinds));
        }
        return sb.toString();
    }

    static String chassis(CanvasLayout layout, Catalog catalog, Chassis c) {
        Part part = catalog.find(c.partNumber()).orElse(null);
        StringBuilder sb = new StringBuilder(c.label());
        if (part == null) {
            return sb.append(" \u00b7 ").append(c.partNumber()).append(" (not in the catalog)").toString();
        }
        int h = part.heightU().orElse(1);
        sb.append(" \u00b7 ").append(part.name()).append(" (").append(part.partNumber()).append(')');
        sb.append('\n').append(h).append("U at U").append(c.uPosition()).append(h > 1 ? "\u2013U" + (c.uPosition() + h - 1) : "");
        sb.append(" \u00b7 ").append(c.components().size()).append(" of ").append(layout.slots(c.id()).size()).append(" slots used");
        return sb.toString();
    }

    static String rack(CanvasLayout layout, Catalog catalog, Rack r) {
        Part part = catalog.find(r.partNumber()).orElse(null);
        int units = layout.rackUnits(r.id());
        int used = 0;
        for (Chassis c : r.chassis()) {
            used += layout.heightU(c.partNumber());
        }
        return r.label() + " \u00b7 " + (part == null ? r.partNumber() : part.name()) + "\n" + r.chassis().size()
                + (r.chassis().size() == 1 ? " chassis" : " chassis") + " \u00b7 " + used + " of " + units + " U used";
    }

    private static String power(Part part) {
        if (part.powerW().isEmpty() && part.systemMaxW().isPresent()) {
            double w = part.systemMaxW().get();
            return String.format(Locale.ROOT, "%,.0f W system", w)
                    + (part.isEstimate("systemMaxW") ? " (estimate: " + part.attributes().getOrDefault("powerNote", "see the part's sources") + ")" : " maximum");
        }
        return part.powerW().map(w -> String.format(Locale.ROOT, "%,.0f W", w) + (part.isEstimate("powerW") ? " (estimate)" : ""))
                .orElse("power not published");
    }
}
