package org.podforge.service.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Plural;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.rules.Finding;

/**
 * Search within a design (Edit > Find in Design, Ctrl+Shift+F): pods, racks, chassis, components, links and findings
 * whose id, name, part number, part name, link ends or message contain every word typed, ignoring case. A hit names
 * what selecting it selects (a finding selects its subjects). Exact id or name matches come first, then prefixes,
 * then ids or names holding the whole text, then the rest (every word somewhere), each in design order. No toolkit: the app's search window and tests call it.
 */
public final class DesignSearch {
    /** At most this many hits are returned; the count of all matches is kept. */
    public static final int LIMIT = 500;

    public enum Kind {
        POD("Pod"), RACK("Rack"), CHASSIS("Chassis"), COMPONENT("Component"), LINK("Link"), FINDING("Finding");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One match.
     *
     * @param title  what it is called (label and id)
     * @param detail its part, its ends, or the finding's message
     * @param select the ids selecting it selects (the object, or a finding's subjects)
     * @param rank   0 exact id or name, 1 prefix, 2 id or name contains the text, 3 every word somewhere
     */
    public record Hit(Kind kind, String id, String title, String detail, List<String> select, int rank) {
        public Hit {
            select = List.copyOf(select);
        }
    }

    /** The hits (at most {@link #LIMIT}) and how many matched in all. */
    public record Result(List<Hit> hits, int total) {
    }

    private DesignSearch() {
    }

    public static Result find(Project project, Catalog catalog, List<Finding> findings, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return new Result(List.of(), 0);
        }
        String[] words = q.split("\\s+");
        List<Hit> hits = new ArrayList<>();
        for (Pod p : project.pods()) {
            add(hits, words, q, Kind.POD, p.id(), p.name(), p.label() + "  (" + p.id() + ")", Plural.of(p.replicas(), "replica") + ", "
                    + Plural.of(p.racks().size(), "rack"), List.of(p.id()));
        }
        for (Rack r : project.allRacks()) {
            add(hits, words, q, Kind.RACK, r.id(), r.name(), r.label() + "  (" + r.id() + ")", part(catalog, r.partNumber()), List.of(r.id()),
                    r.partNumber());
            for (Chassis c : r.chassis()) {
                add(hits, words, q, Kind.CHASSIS, c.id(), c.name(), c.label() + "  (" + c.id() + ")", part(catalog, c.partNumber()) + " in "
                        + r.label() + " U" + c.uPosition(), List.of(c.id()), c.partNumber());
                for (Component comp : c.components()) {
                    add(hits, words, q, Kind.COMPONENT, comp.id(), comp.name(), comp.label() + "  (" + comp.id() + ")",
                            part(catalog, comp.partNumber()) + " in " + c.label(), List.of(comp.id()), comp.partNumber());
                }
            }
        }
        for (Link l : project.allLinks()) {
            add(hits, words, q, Kind.LINK, l.id(), l.name(), l.label() + "  (" + l.id() + ")", l.a() + " \u2194 " + l.b() + ", x" + l.lanes()
                    + " " + l.medium().label() + (l.cablePart() == null ? "" : ", " + l.cablePart()), List.of(l.id()), l.a().toString(), l.b().toString(),
                    l.cablePart() == null ? "" : l.cablePart());
        }
        for (Finding f : findings) {
            String hay = (f.ruleId() + " " + f.severity() + " " + f.message() + " " + String.join(" ", f.subjects())).toLowerCase(Locale.ROOT);
            if (all(hay, words)) {
                int rank = f.ruleId().equalsIgnoreCase(q) ? 0 : f.ruleId().toLowerCase(Locale.ROOT).startsWith(q) ? 1
                        : f.message().toLowerCase(Locale.ROOT).contains(q) ? 2 : 3;
                hits.add(new Hit(Kind.FINDING, f.ruleId(), f.severity().label() + "  " + f.ruleId(), f.message(), f.subjects(), rank));
            }
        }
        int total = hits.size();
        List<Hit> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt(Hit::rank)); // stable: design order within a rank
        return new Result(List.copyOf(sorted.subList(0, Math.min(LIMIT, sorted.size()))), total);
    }

    private static String part(Catalog catalog, String pn) {
        return catalog.find(pn).map(p -> pn + " \u2013 " + p.name()).orElse(pn + " (not in the catalog)");
    }

    private static void add(List<Hit> hits, String[] words, String q, Kind kind, String id, String name, String title, String detail,
                            List<String> select, String... more) {
        StringBuilder hay = new StringBuilder(id).append(' ').append(name).append(' ').append(detail);
        for (String m : more) {
            hay.append(' ').append(m);
        }
        if (!all(hay.toString().toLowerCase(Locale.ROOT), words)) {
            return;
        }
        String lid = id.toLowerCase(Locale.ROOT);
        String lname = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int rank = lid.equals(q) || lname.equals(q) ? 0 : lid.startsWith(q) || (!lname.isEmpty() && lname.startsWith(q)) ? 1
                : lid.contains(q) || lname.contains(q) ? 2 : 3;
        hits.add(new Hit(kind, id, title, detail, select, rank));
    }

    private static boolean all(String hay, String[] words) {
        for (String w : words) {
            if (!hay.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
