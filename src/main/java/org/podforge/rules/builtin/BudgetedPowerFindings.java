package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podforge.model.Container;
import org.podforge.model.Node;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;

/**
 * rack.power's INFO that a rack counts parts at the design's own power budgets (decision 0035), one per cause: the
 * racks of one container (a pod design, or the scale-out network) share one finding that names each rack with what it
 * budgets, as {@link UnknownPowerFindings} does for the warnings about parts with no figure at all.
 */
public final class BudgetedPowerFindings {
    private static final String RACK = "Rack ";
    static final String COUNTS = " counts parts with no published power at this design's own power budgets: ";
    private static final String TAIL = ". Labelled estimates, each with its basis: check them against a published figure when one appears.";

    private BudgetedPowerFindings() {
    }

    /** "Rack r: counts ...: 72 x AMD-MI455X at 1,700 W (basis); ... (122.4 kW of its 150.0 kW). Labelled ...". */
    static String message(String rackId, String detail, String budgetedKw, String totalKw) {
        return RACK + rackId + COUNTS + detail + " (" + budgetedKw + " of its " + totalKw + ")" + TAIL;
    }

    /** The detail after the rack id, or null when {@code f} is not such a finding. */
    private static String detail(Finding f) {
        if (!RackPowerRule.INFO.id().equals(f.ruleId()) || f.severity() != Severity.INFO || f.subjects().size() != 1) {
            return null;
        }
        String head = RACK + f.subjects().get(0) + COUNTS;
        return f.message().startsWith(head) ? f.message().substring(head.length()) : null;
    }

    /** {@code findings} with the budgeted-power INFOs of each container's racks merged into one. */
    public static List<Finding> merge(Project p, List<Finding> findings) {
        FindingGroups<Finding> groups = new FindingGroups<>(); // by the container that holds them
        for (Finding f : findings) {
            String d = detail(f);
            Node n = d == null ? null : p.find(f.subjects().get(0)).orElse(null);
            if (!(n instanceof Rack r)) {
                continue;
            }
            Container owner = r.owner();
            String key = owner == null ? "" : owner.id();
            groups.add(key, f, f);
        }
        return groups.merged(findings, BudgetedPowerFindings::merged);
    }

    private static Finding merged(List<Finding> members) {
        Finding first = members.get(0);
        if (members.size() == 1) {
            return first;
        }
        Map<String, List<String>> racksByDetail = new LinkedHashMap<>();
        Set<String> subjects = new LinkedHashSet<>();
        for (Finding f : members) {
            racksByDetail.computeIfAbsent(detail(f), k -> new ArrayList<>()).add(f.subjects().get(0));
            subjects.addAll(f.subjects());
        }
        List<String> clauses = new ArrayList<>();
        racksByDetail.forEach((d, racks) -> clauses.add(Util.idsCapped(racks, UnknownPowerFindings.LISTED) + (racks.size() > 1 ? " (each)" : "")
                + ": " + d));
        String msg = String.format(java.util.Locale.ROOT, "%,d racks count parts with no published power at this design's own power budgets: %s",
                members.size(), String.join(" | ", clauses));
        return new Finding(first.ruleId(), Severity.INFO, msg, List.copyOf(subjects), List.of(), first.source());
    }
}
