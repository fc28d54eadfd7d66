package org.podforge.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.podforge.model.Family;
import org.podforge.model.Part;

/** The parts a design can use, by part number; immutable once built. */
public final class Catalog {
    private final Map<String, Part> parts;

    public Catalog(Collection<Part> parts) {
        Map<String, Part> m = new LinkedHashMap<>();
        for (Part p : parts) {
            if (m.put(p.partNumber(), p) != null) {
                throw new CatalogException("the part number " + p.partNumber() + " appears twice");
            }
        }
        this.parts = Collections.unmodifiableMap(m);
    }

    public Optional<Part> find(String partNumber) {
        return Optional.ofNullable(partNumber == null ? null : parts.get(partNumber));
    }

    public Part require(String partNumber) {
        Part p = parts.get(partNumber);
        if (p == null) {
            throw new CatalogException("unknown part '" + partNumber + "'; run 'podforge catalog' to list the parts");
        }
        return p;
    }

    public boolean contains(String partNumber) {
        return parts.containsKey(partNumber);
    }

    public Collection<Part> all() {
        return parts.values();
    }

    public List<Part> byFamily(Family f) {
        return parts.values().stream().filter(p -> p.family() == f).toList();
    }

    /** Case-insensitive search over part number, name, vendor, product line and family label. */
    public List<Part> search(String text) {
        String q = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<Part> out = new ArrayList<>();
        for (Part p : parts.values()) {
            if (q.isEmpty() || haystack(p).contains(q)) {
                out.add(p);
            }
        }
        out.sort(Comparator.comparing(Part::family).thenComparing(Part::name));
        return out;
    }

    private static String haystack(Part p) {
        return (p.partNumber() + " " + p.name() + " " + p.vendor() + " " + p.productLine() + " " + p.family().label()
                + " " + p.family().name()).toLowerCase(Locale.ROOT);
    }

    public int size() {
        return parts.size();
    }
}
