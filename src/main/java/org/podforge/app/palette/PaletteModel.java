package org.podforge.app.palette;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podforge.catalog.Catalog;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.service.templates.PrewiredServer;

/**
 * The palette's view model (no nodes): catalog parts grouped by family in a fixed, designer-friendly
 * order, filtered by a search text over part number, name, vendor, product line and family.
 */
public final class PaletteModel {
    /** Families in palette order: what you place first (racks, chassis), then silicon, then media. */
    public static final List<Family> ORDER = List.of(Family.RACK, Family.CHASSIS, Family.GPU, Family.CPU,
            Family.SCALEUP_SWITCH, Family.NETWORK_SWITCH, Family.PCIE_SWITCH, Family.RETIMER, Family.CXL_MEMORY_CONTROLLER, Family.NIC,
            Family.SSD, Family.SMART_CABLE_MODULE, Family.CABLE, Family.TRANSCEIVER);

    private final Catalog catalog;

    public PaletteModel(Catalog catalog) {
        this.catalog = catalog;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Families with at least one matching part, in {@link #ORDER}, each with its parts sorted by name. */
    public Map<Family, List<Part>> groups(String query) {
        Map<Family, List<Part>> byFamily = new EnumMap<>(Family.class);
        for (Part p : catalog.search(query)) {
            byFamily.computeIfAbsent(p.family(), f -> new ArrayList<>()).add(p);
        }
        Map<Family, List<Part>> out = new LinkedHashMap<>();
        for (Family f : ORDER) {
            List<Part> parts = byFamily.get(f);
            if (parts != null) {
                out.put(f, List.copyOf(parts));
            }
        }
        return out;
    }

    /** The pre-wired servers (templates marked for the palette) whose name matches the search text. */
    public List<PrewiredServer> prewired(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        return PrewiredServer.all(catalog).stream()
                .filter(s -> q.isEmpty() || (s.name() + " " + s.chassisPart() + " pre-wired server template").toLowerCase(java.util.Locale.ROOT).contains(q))
                .toList();
    }

    /** One-line description shown under a part's name: part number, vendor, product line. */
    public static String subtitle(Part p) {
        StringBuilder sb = new StringBuilder(p.partNumber());
        if (!p.vendor().isBlank()) {
            sb.append(" · ").append(p.vendor());
        }
        p.heightU().filter(h -> p.family() == Family.CHASSIS).ifPresent(h -> sb.append(" · ").append(h).append('U'));
        p.powerW().ifPresent(w -> sb.append(" · ").append(Math.round(w)).append(" W"));
        p.cage().filter(c -> p.family().isLinkMedium()).ifPresent(c -> sb.append(" · ").append(c.shortName()));
        if (!p.isOrderable()) {
            sb.append(" · ").append(p.status().label()).append(", not orderable");
        }
        return sb.toString();
    }

    /** Where a part goes, as a hint for the palette tooltip. */
    public static String placementHint(Part p) {
        Family f = p.family();
        if (f == Family.RACK) {
            return "Drag onto a pod (or empty canvas) to add a rack";
        }
        if (f == Family.CHASSIS) {
            return "Drag onto a rack to place it at a U position";
        }
        if (f.isComponent()) {
            return "Drag onto a chassis to put it in a " + p.slotType().orElse("free") + " slot";
        }
        return "Drag onto a link to use it as the link's cable or module";
    }
}
