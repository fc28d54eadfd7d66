package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.Node;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.rules.Finding;
import org.podforge.rules.Fix;

/**
 * One finding per cause at the network level (decision 0019). Rack and chassis rules check each network rack and
 * switch on its own, so a fabric of 534 alike racks with an unpriced switch gave 534 findings saying the same thing.
 * Findings that stay inside one network rack (or one switch chassis) and read the same once that unit's own ids are
 * taken out (the same rule, severity, numbers, parts and fixes, the same ids in the same places of the unit) are one
 * cause: they become one finding, the first unit's, that names how many units share it and lists them (capped), with
 * every unit's ids as subjects (badges and "show in design" reach them all). Findings in pods are left alone: a pod
 * design is checked once for all its replicas already.
 */
public final class NetworkRackFindings {
    /** Units listed by name in a merged finding's message before "and N more". */
    static final int LISTED = 5;

    private NetworkRackFindings() {
    }

    /** {@code findings} (in their order) with the alike findings of network racks and switches merged. */
    public static List<Finding> merge(Project p, List<Finding> findings) {
        if (p.fabric().racks().isEmpty()) {
            return findings;
        }
        Map<String, Map<String, String>> tokensByUnit = new HashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>(findings.size()); // a Finding kept as is, or the Group it joined
        for (Finding f : findings) {
            Node unit = unitOf(p, f);
            if (unit == null) {
                order.add(f);
                continue;
            }
            Map<String, String> tokens = tokensByUnit.computeIfAbsent(unit.id(), k -> tokens(unit));
            String key = key(f, unit, tokens);
            Group g = groups.get(key);
            if (g == null) {
                g = new Group(f, unit instanceof Rack);
                groups.put(key, g);
                order.add(g);
            }
            g.add(unit.id(), f);
        }
        if (order.size() == findings.size()) {
            return findings; // nothing merged
        }
        Map<String, Integer> place = new HashMap<>(); // the design's order of the network racks and their chassis
        for (Rack r : p.fabric().racks()) {
            place.put(r.id(), place.size());
            for (Chassis ch : r.chassis()) {
                place.put(ch.id(), place.size());
            }
        }
        List<Finding> out = new ArrayList<>(order.size());
        for (Object o : order) {
            out.add(o instanceof Group g ? g.finding(place) : (Finding) o);
        }
        return out;
    }

    /** The network rack, or the switch chassis, that holds every subject of {@code f}; null when there is none. */
    private static Node unitOf(Project p, Finding f) {
        Rack rack = null;
        Chassis chassis = null;
        boolean oneChassis = true;
        if (f.subjects().isEmpty()) {
            return null;
        }
        for (String id : f.subjects()) {
            Node n = p.find(id).orElse(null);
            Chassis ch;
            Rack r;
            if (n instanceof Rack x) {
                r = x;
                ch = null;
                oneChassis = false;
            } else if (n instanceof Chassis x) {
                ch = x;
                r = x.rack();
            } else if (n instanceof Component x) {
                ch = x.chassis();
                r = ch == null ? null : ch.rack();
            } else {
                return null;
            }
            if (r == null || !(r.owner() instanceof Fabric) || (rack != null && rack != r)) {
                return null;
            }
            rack = r;
            if (ch != null) {
                oneChassis &= chassis == null || chassis == ch;
                chassis = chassis == null ? ch : chassis;
            }
        }
        return oneChassis && chassis != null ? chassis : rack;
    }

    /** The unit's own ids, each with a token naming its place in the unit (itself, its i-th chassis, its j-th component). */
    private static Map<String, String> tokens(Node unit) {
        Map<String, String> t = new HashMap<>();
        t.put(unit.id(), "\u0001U");
        int j = 0;
        if (unit instanceof Rack r) {
            int i = 0;
            for (Chassis ch : r.chassis()) {
                t.put(ch.id(), "\u0001C" + i++);
                for (Component c : ch.components()) {
                    t.put(c.id(), "\u0001P" + j++);
                }
            }
        } else if (unit instanceof Chassis ch) {
            if (ch.rack() != null) {
                t.put(ch.rack().id(), "\u0001R");
            }
            for (Component c : ch.components()) {
                t.put(c.id(), "\u0001P" + j++);
            }
        }
        return t;
    }

    private static String key(Finding f, Node unit, Map<String, String> tokens) {
        StringBuilder sb = new StringBuilder(f.message().length() + 64);
        sb.append(unit instanceof Rack ? 'R' : 'C').append('\u0000').append(f.ruleId()).append('\u0000').append(f.severity())
                .append('\u0000').append(f.source()).append('\u0000');
        tokenize(f.message(), tokens, sb);
        for (String s : f.subjects()) {
            sb.append('\u0000').append(tokens.getOrDefault(s, s));
        }
        for (Fix fix : f.fixes()) {
            sb.append('\u0000');
            tokenize(fix.label(), tokens, sb);
        }
        return sb.toString();
    }

    /** Appends {@code text} with every word that is one of the unit's ids replaced by its token. */
    static void tokenize(String text, Map<String, String> tokens, StringBuilder out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!idChar(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int j = i;
            while (j < n && idChar(text.charAt(j))) {
                j++;
            }
            // a word may end a sentence: "netrack-1." is the id netrack-1 and a full stop
            int end = j;
            String tok = tokens.get(text.substring(i, end));
            while (tok == null && end > i + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ':')) {
                end--;
                tok = tokens.get(text.substring(i, end));
            }
            if (tok != null) {
                out.append(tok).append(text, end, j);
            } else {
                out.append(text, i, j);
            }
            i = j;
        }
    }

    private static boolean idChar(char c) {
        if (c < 128) { // ASCII first: this runs for every character of every network-level finding after each edit
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
                    || c == ':' || c == '/' || c == '#' || c == '@';
        }
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':' || c == '/' || c == '#' || c == '@';
    }

    /** Alike findings of several units: the first stands for all. */
    private static final class Group {
        private final Finding first;
        private final boolean racks;
        private final List<String> units = new ArrayList<>();
        private final Set<String> subjects = new LinkedHashSet<>();

        Group(Finding first, boolean racks) {
            this.first = first;
            this.racks = racks;
        }

        void add(String unit, Finding f) {
            if (!units.contains(unit)) {
                units.add(unit);
            }
            subjects.addAll(f.subjects());
        }

        Finding finding(Map<String, Integer> place) {
            if (units.size() == 1) {
                return first;
            }
            units.sort(java.util.Comparator.comparingInt(u -> place.getOrDefault(u, Integer.MAX_VALUE)));
            String what = racks ? "network racks" : "switch chassis";
            String msg = first.message() + String.format(java.util.Locale.ROOT, " Same cause in %,d %s alike: %s.", units.size(), what,
                    Util.idsCapped(units, LISTED));
            return new Finding(first.ruleId(), first.severity(), msg, List.copyOf(subjects), first.fixes(), first.source());
        }
    }
}
