package org.podforge.print;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Which racks to print, from selectors the user typed: a rack id or name, or a pod id or name (all its racks).
 * Names match without regard to case. Racks print in design order (pods in order, then the hall's network racks),
 * each once, whatever the order of the selectors.
 */
public final class RackSelection {
    private RackSelection() {
    }

    /** Every rack of the design in print order. */
    public static List<Rack> all(Project project) {
        List<Rack> out = new ArrayList<>();
        for (Pod p : project.pods()) {
            out.addAll(p.racks());
        }
        out.addAll(project.fabric().racks());
        return out;
    }

    /**
     * The racks the selectors name (all racks when there are none).
     *
     * @throws IllegalArgumentException naming the selector that matches nothing and the racks there are
     */
    public static List<Rack> resolve(Project project, List<String> selectors) {
        List<Rack> all = all(project);
        if (selectors.isEmpty()) {
            return all;
        }
        Set<Rack> chosen = new LinkedHashSet<>();
        for (String raw : selectors) {
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            List<Rack> hit = new ArrayList<>();
            boolean podMatched = false;
            for (Pod p : project.pods()) {
                if (matches(s, p.id(), p.name())) {
                    hit.addAll(p.racks());
                    podMatched = true;
                }
            }
            for (Rack r : all) {
                if (matches(s, r.id(), r.name())) {
                    hit.add(r);
                }
            }
            if (hit.isEmpty() && podMatched) {
                throw new IllegalArgumentException("pod '" + s + "' has no rack yet; add a rack to it first");
            }
            if (hit.isEmpty()) {
                throw new IllegalArgumentException("no rack or pod is called '" + s + "'; racks in this design: " + names(all)
                        + " (give ids or names, separated by commas)");
            }
            chosen.addAll(hit);
        }
        List<Rack> out = new ArrayList<>();
        for (Rack r : all) {
            if (chosen.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean matches(String s, String id, String name) {
        return s.equals(id) || (name != null && !name.isBlank() && name.strip().toLowerCase(Locale.ROOT).equals(s.toLowerCase(Locale.ROOT)));
    }

    private static String names(List<Rack> racks) {
        if (racks.isEmpty()) {
            return "none";
        }
        List<String> n = new ArrayList<>();
        for (Rack r : racks.subList(0, Math.min(12, racks.size()))) {
            n.add(r.name() == null || r.name().isBlank() || r.name().equals(r.id()) ? r.id() : r.id() + " (" + r.name() + ")");
        }
        return String.join(", ", n) + (racks.size() > 12 ? " and " + (racks.size() - 12) + " more" : "");
    }

    /**
     * The racks a selection is about, as rack ids: a selected pod gives its racks; a rack, chassis or component gives
     * its rack; links and the fabric give none. Empty when the selection names no rack (then print everything).
     */
    public static List<String> ofSelection(Project project, java.util.Collection<String> ids) {
        Set<String> racks = new LinkedHashSet<>();
        for (String id : ids) {
            org.podforge.model.Node n = project.find(id).orElse(null);
            if (n instanceof Pod p) {
                p.racks().forEach(r -> racks.add(r.id()));
                continue;
            }
            while (n != null && !(n instanceof Rack)) {
                n = n instanceof org.podforge.model.Link ? null : n.parent();
            }
            if (n instanceof Rack r) {
                racks.add(r.id());
            }
        }
        List<String> out = new ArrayList<>();
        for (Rack r : all(project)) {
            if (racks.contains(r.id())) {
                out.add(r.id());
            }
        }
        return out;
    }
}
