package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRole;
import org.podforge.model.Protocol;
import org.podforge.model.SourceRef;
import org.podforge.rules.RuleContext;
import org.podforge.rules.Thresholds;
import org.podforge.topology.Chain;
import org.podforge.topology.Topology;

/** Shared helpers for the built-in rules: number formatting, generations, chain facts. */
final class Util {
    private Util() {
    }

    /**
     * Ids in the order they were made: the text before a trailing number, then the number, so "link-92" comes before
     * "link-183" (plain string order puts "link-183" first). Ids without a trailing number sort by text.
     */
    static final java.util.Comparator<String> ID_ORDER = (x, y) -> {
        int xi = trailingDigits(x);
        int yi = trailingDigits(y);
        int c = x.substring(0, xi).compareTo(y.substring(0, yi));
        if (c != 0) {
            return c;
        }
        if (xi == x.length() || yi == y.length()) {
            return x.compareTo(y);
        }
        java.math.BigInteger a = new java.math.BigInteger(x.substring(xi));
        java.math.BigInteger b = new java.math.BigInteger(y.substring(yi));
        c = a.compareTo(b);
        return c != 0 ? c : x.compareTo(y);
    };

    private static int trailingDigits(String s) {
        int i = s.length();
        while (i > 0 && Character.isDigit(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        if (Math.abs(v) >= 10) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String m(double metres) {
        return String.format(Locale.ROOT, "%.2f m", metres);
    }

    static String kw(double watts) {
        return String.format(Locale.ROOT, "%.1f kW", watts / 1000.0);
    }

    /** "retimer-1, retimer-2". */
    static String ids(Collection<String> ids) {
        return String.join(", ", ids);
    }

    /** Up to {@code max} ids, then "and N more". */
    static String idsCapped(List<String> ids, int max) {
        return ids.size() <= max ? ids(ids) : ids(ids.subList(0, max)) + " and " + (ids.size() - max) + " more";
    }

    /** The ids of {@code components} grouped by part number, in first-seen order. */
    static Map<String, List<String>> idsByPart(List<Component> components) {
        Map<String, List<String>> byPart = new LinkedHashMap<>();
        for (Component c : components) {
            byPart.computeIfAbsent(c.partNumber(), k -> new ArrayList<>()).add(c.id());
        }
        return byPart;
    }

    static String partLabel(Part p) {
        return p == null ? "unknown part" : p.partNumber();
    }

    /** The source url of a part field, or "" . */
    static String partSource(Part p, String field) {
        for (SourceRef s : p.sourcesFor(field)) {
            return s.url() + (s.estimate() ? " [estimate]" : "");
        }
        return "catalog data for " + p.partNumber();
    }

    static String cite(RuleContext ctx, String key) {
        return ctx.thresholds().find(key).map(Thresholds.Threshold::cite).orElse("");
    }

    static boolean isPcie(Port p) {
        return p != null && (p.spec().speaks(Protocol.PCIE) || p.spec().speaks(Protocol.CXL));
    }

    static Integer gen(Port p) {
        return p == null ? null : p.spec().generation();
    }

    /** The retimer-side port spec of a retimer component in a chain (its "up" port). */
    static Port retimerPort(Topology t, String componentId) {
        Part p = t.part(componentId);
        if (p == null) {
            return null;
        }
        for (Port port : p.ports()) {
            if (port.spec().role() == PortRole.PASSTHROUGH) {
                return port;
            }
        }
        return null;
    }

    /** A part limiting a chain's generation: component id (or cable part on a link) and its generation. */
    record Limiter(String subjectId, String partNumber, int generation, Kind kind) {
        enum Kind { END, RETIMER, CABLE }
    }

    /** Negotiated PCIe generation of a chain: the lowest generation among its ends, retimers and cables; null when unknown. */
    static Integer chainGeneration(Topology t, Chain c, List<Limiter> parts) {
        Integer g = null;
        List<Limiter> all = new ArrayList<>();
        if (gen(c.portA()) != null) {
            all.add(new Limiter(c.endA().componentId(), partLabel(t.part(c.endA().componentId())), gen(c.portA()), Limiter.Kind.END));
        }
        if (c.endB() != null && gen(c.portB()) != null) {
            all.add(new Limiter(c.endB().componentId(), partLabel(t.part(c.endB().componentId())), gen(c.portB()), Limiter.Kind.END));
        }
        for (var r : c.retimers()) {
            Port rp = retimerPort(t, r.id());
            if (gen(rp) != null) {
                all.add(new Limiter(r.id(), r.partNumber(), gen(rp), Limiter.Kind.RETIMER));
            }
        }
        for (Link l : c.links()) {
            if (l.cablePart() != null) {
                Optional<Part> cp = t.catalog().find(l.cablePart());
                if (cp.isPresent() && cp.get().generation().isPresent()
                        && (cp.get().protocols().contains(Protocol.PCIE) || cp.get().protocols().contains(Protocol.CXL))) {
                    all.add(new Limiter(l.id(), cp.get().partNumber(), cp.get().generation().get(), Limiter.Kind.CABLE));
                }
            }
        }
        for (Limiter x : all) {
            if (g == null || x.generation() < g) {
                g = x.generation();
            }
        }
        if (parts != null) {
            parts.addAll(all);
        }
        return g;
    }

    static String mediumWords(Medium m) {
        return switch (m) {
            case PCB -> "board trace";
            case COPPER_INTERNAL -> "passive internal copper";
            case COPPER_EXTERNAL -> "passive copper";
            case ACC -> "active copper (ACC)";
            case AEC -> "active electrical cable (AEC)";
            case AOC -> "active optical cable";
            case FIBER_MM -> "multimode fibre";
            case FIBER_SM -> "single-mode fibre";
        };
    }
}
