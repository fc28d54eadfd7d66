package org.podforge.power;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podforge.model.Cooling;

/**
 * The power of one rack as a planner budgets it (docs/decisions/0012): per chassis, its vendor system maximum
 * when it has one, else the sum of its parts plus the labelled overhead of its cooling class divided by PSU
 * efficiency; plus the transceivers and active cables at its ports. What has no published power is listed in
 * {@link #unknown()}, never counted as zero in silence. Computed by {@link PowerModel}; the rules, the BOM,
 * the exports and the app all read this one figure.
 *
 * @param totalW       known power of the rack, in watts (at the wall for chassis; module power for optics)
 * @param systemMaxW   part of the total from chassis counted at their system maximum
 * @param partsW       part of the total from the parts of chassis without a usable system maximum (no overhead)
 * @param overheadW    the overhead added to those parts: fans, DIMMs, board, conversion and PSU loss
 * @param linksW       part of the total from transceivers and active cables
 * @param estimate     whether any figure in the total is an estimate (an estimated spec, or the overhead)
 * @param unknown      what has no published power: part number (or a description) -> count
 * @param items        powered things in the rack (chassis at system maximum, components, modules, active cables)
 * @param unknownItems how many of them have no published power
 * @param budget       the rack's power budget and where it comes from
 * @param cooling      how the rack is cooled and why we think so
 * @param chassis      per chassis: watts and how they were counted
 * @param budgeted     what has no published power but a power budget of the design (decision 0035): part -> count;
 *                     counted in the total as a labelled estimate
 * @param budgetedW    the watts those budgets put into the total (before overhead for parts inside a chassis)
 * @param budgets      the budgets used: part -> watts per unit and stated basis
 */
public record RackPower(String rackId, double totalW, double systemMaxW, double partsW, double overheadW, double linksW,
                        boolean estimate, Map<String, Long> unknown, int items, int unknownItems, Budget budget,
                        CoolingClass cooling, List<ChassisPower> chassis, Map<String, Long> budgeted, double budgetedW,
                        Map<String, org.podforge.model.PowerBudget> budgets) {

    public RackPower {
        unknown = Map.copyOf(unknown);
        chassis = List.copyOf(chassis);
        budgeted = Map.copyOf(budgeted);
        budgets = Map.copyOf(budgets);
    }

    /** "72 x AMD-MI455X at 1,700 W (basis); 18 x AMD-EPYC-VENICE at 600 W (basis)": what the design's budgets count. */
    public String budgetedDetail() {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(budgeted).forEach((k, v) -> {
            org.podforge.model.PowerBudget b = budgets.get(k);
            sb.append(sb.length() == 0 ? "" : "; ").append(v).append(" x ").append(k)
                    .append(b == null ? "" : String.format(Locale.ROOT, " at %,.0f W (%s)", b.watts(), b.basis()));
        });
        return sb.toString();
    }

    /** The budget in watts and a sentence on its origin ("the budget set on the rack"). */
    public record Budget(double watts, String basis) {
    }

    /** The rack's cooling and a sentence on its origin. */
    public record CoolingClass(Cooling cooling, String basis) {
    }

    /** How a chassis was counted. */
    public enum Method {
        /** The vendor's system maximum of the populated chassis; its parts are not added again. */
        SYSTEM_MAXIMUM,
        /** The sum of its parts plus the overhead of its cooling class, divided by PSU efficiency. */
        PARTS_PLUS_OVERHEAD,
        /** The design's own power budget for the whole populated chassis (no published figure; decision 0035). */
        HAND_BUDGET
    }

    /**
     * One chassis: its watts (0 when nothing in it has a published power) and how they were counted.
     *
     * @param note     why, e.g. "system maximum of GENERIC-HGX-8GPU-10U" or "parts 9,180 W + 45% air-cooled overhead / 94% PSU"
     * @param estimate whether the figure is a labelled estimate (a typical figure standing for a maximum, a hand budget)
     */
    public record ChassisPower(String chassisId, String partNumber, double watts, Method method, String note, boolean estimate) {
    }

    /** Unknown things as a share of the powered things in the rack, 0..1. */
    public double unknownShare() {
        return items == 0 ? 0 : (double) unknownItems / items;
    }

    public boolean overBudget() {
        return totalW > budget.watts() + 1e-6;
    }

    /** "4 x NVIDIA-CONNECTX-7, 2 x NVIDIA-Q3400-RA", sorted by part number. */
    public String unknownList() {
        return list(unknown);
    }

    /** "72 x AMD-MI455X, 18 x AMD-EPYC-VENICE" for what the design's power budgets count, sorted by part number. */
    public String budgetedList() {
        return list(budgeted);
    }

    private static String list(Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(counts).forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(v).append(" x ").append(k);
        });
        return sb.toString();
    }

    /** "14.3 kW". */
    public static String kw(double watts) {
        return String.format(Locale.ROOT, "%.1f kW", watts / 1000.0);
    }
}
