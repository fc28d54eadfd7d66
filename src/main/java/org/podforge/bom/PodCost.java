package org.podforge.bom;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Family;

/**
 * "Cost / pod" as the status bar shows it. {@link Bom#costPerPod()} divides the total by every deployed pod, so a pod
 * that is still empty (no chassis yet, at most its racks) halves the figure of the real one. Here only pods with
 * something besides racks count: one design gives its cost per copy, several different designs their range.
 */
public final class PodCost {
    private PodCost() {
    }

    /** The pod designs that hold more than racks. */
    public static List<Bom.PodRollup> furnished(Bom bom) {
        List<Bom.PodRollup> out = new ArrayList<>();
        for (Bom.PodRollup p : bom.pods()) {
            boolean more = p.costByFamily().keySet().stream().anyMatch(f -> !f.equals(Family.RACK.label()));
            if (more) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The cost of a pod as {lowest, highest}: with one pod design and nothing empty, {@link Bom#costPerPod()} (the
     * hall's shared cost included, as the BOM tab shows it) twice; otherwise the lowest and highest cost of one copy
     * over the furnished designs. Null when no pod holds more than racks.
     */
    public static double[] range(Bom bom) {
        List<Bom.PodRollup> pods = furnished(bom);
        if (pods.isEmpty()) {
            return null;
        }
        if (pods.size() == 1 && bom.pods().size() == 1 && bom.costPerPod() != null) {
            return new double[] {bom.costPerPod(), bom.costPerPod()};
        }
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (Bom.PodRollup p : pods) {
            lo = Math.min(lo, p.costPerPod());
            hi = Math.max(hi, p.costPerPod());
        }
        return new double[] {lo, hi};
    }
}
