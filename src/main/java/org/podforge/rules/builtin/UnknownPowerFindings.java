package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.podforge.model.Container;
import org.podforge.model.Node;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;

/**
 * One finding per cause for rack.power's "publish no power figure" warnings. rack.power checks each rack on its own,
 * so eight alike racks of a pod holding the same uncatalogued-power parts gave eight warnings saying the same thing.
 * The cause is the catalog's missing figures for parts a design unit uses: the warnings of the racks of one container
 * (a pod design, or the scale-out network, so the finding's scope stays what it was) become one finding that names
 * the part types and every rack with its counts, its share of powered parts and its counted total (racks alike in
 * those figures share one clause). Nothing is dropped: every rack is a subject and every count is in the text. Per
 * container, not per set of part types, so a fix that adds a part without a figure to one rack (a NIC) extends the
 * finding instead of splitting it in two. Runs before {@link NetworkRackFindings}, which leaves the merged finding
 * alone (it spans several racks).
 */
public final class UnknownPowerFindings {
    /** Racks named in one clause before "and N more" (all of them stay subjects). */
    static final int LISTED = 12;

    private static final String RACK = "Rack ";
    private static final String MID = ": ";
    private static final String IN_ITS = " " + RackPowerRule.UNKNOWN + " and are not in its ";
    private static final String TAIL = ". Budget them by hand";

    private UnknownPowerFindings() {
    }

    /** One rack's warning, read back: "17 of 27 powered parts (63%)", "28.7 kW", "16 x A, 1 x B" and the part types. */
    record Unknown(String rackId, String share, String counted, String list, Set<String> types) {
        /** The clause several racks can share: the same counts, share and counted total. */
        String detail() {
            return list + ", " + share + ", " + counted + " counted";
        }
    }

    /** The single-rack warning's message (rack.power writes it, this class reads it back). */
    static String message(String rackId, int unknownItems, int items, double share, String counted, String list) {
        return RACK + rackId + MID + unknownItems + " of " + items + " powered parts (" + String.format(Locale.ROOT, "%.0f%%", share * 100)
                + ")" + IN_ITS + counted + MID + list + TAIL + " (a power budget for the part in this design, or a figure in a catalog copy) before trusting the total.";
    }

    static Unknown parse(Finding f) {
        if (!RackPowerRule.isUnknownPower(f.ruleId(), f.severity().name(), f.message()) || f.subjects().size() != 1) {
            return null;
        }
        String m = f.message();
        String id = f.subjects().get(0);
        String head = RACK + id + MID;
        int in = m.indexOf(IN_ITS);
        int tail = m.indexOf(TAIL);
        if (!m.startsWith(head) || in < 0 || tail < 0) {
            return null;
        }
        int colon = m.indexOf(MID, in + IN_ITS.length());
        if (colon < 0 || colon > tail) {
            return null;
        }
        String list = m.substring(colon + MID.length(), tail);
        Set<String> types = new TreeSet<>();
        for (String item : list.split(", ")) {
            int x = item.indexOf(" x ");
            types.add(x < 0 ? item : item.substring(x + 3));
        }
        return new Unknown(id, m.substring(head.length(), in), m.substring(in + IN_ITS.length(), colon), list, types);
    }

    /** {@code findings} (in their order) with the unknown-power warnings of each container's racks merged into one. */
    public static List<Finding> merge(Project p, List<Finding> findings) {
        FindingGroups<Member> groups = new FindingGroups<>(); // by the container that holds them
        for (Finding f : findings) {
            Unknown u = parse(f);
            Node n = u == null ? null : p.find(u.rackId()).orElse(null);
            if (!(n instanceof Rack r)) {
                continue;
            }
            Container owner = r.owner();
            String key = owner == null ? "" : owner.id();
            groups.add(key, f, new Member(f, u));
        }
        return groups.merged(findings, UnknownPowerFindings::merged);
    }

    /** One rack's warning and what it says. */
    private record Member(Finding finding, Unknown unknown) {
    }

    private static Finding merged(List<Member> members) {
        Finding first = members.get(0).finding();
        if (members.size() == 1) {
            return first;
        }
        Map<String, List<String>> racksByDetail = new LinkedHashMap<>();
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> types = new TreeSet<>();
        for (Member m : members) {
            Unknown u = m.unknown();
            racksByDetail.computeIfAbsent(u.detail(), k -> new ArrayList<>()).add(u.rackId());
            subjects.addAll(m.finding().subjects());
            types.addAll(u.types());
        }
        List<String> clauses = new ArrayList<>();
        racksByDetail.forEach((detail, racks) -> clauses.add(Util.idsCapped(racks, LISTED) + (racks.size() > 1 ? " (each)" : "") + ": " + detail));
        String msg = String.format(Locale.ROOT, "%,d racks hold parts that %s (%s) and are not in their totals: %s. Budget them by hand "
                        + "(a power budget for the part in this design, or a figure in a catalog copy) before trusting the totals.", members.size(), RackPowerRule.UNKNOWN,
                String.join(", ", types), String.join("; ", clauses));
        return new Finding(first.ruleId(), Severity.WARNING, msg, List.copyOf(subjects), first.fixes(), first.source());
    }
}
