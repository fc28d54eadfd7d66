package org.podforge.bom;

import java.util.ArrayList;
import java.util.List;

/**
 * "Cost / pod" as the status bar shows it. Only pods with something besides racks count ({@link Bom.PodRollup#furnished()},
 * as in {@link Bom#costPerPod()}, so a pod still empty does not halve the real one): one design gives
 * {@link Bom#costPerPod()}, several different designs the range of their costs per copy.
 */
public final class PodCost {
    private PodCost() {
    }

    /** The pod designs that hold more than racks. */
    public static List<Bom.PodRollup> furnished(Bom bom) {
        List<Bom.PodRollup> out = new ArrayList<>();
        for (Bom.PodRollup p : bom.pods()) {
            if (p.furnished()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The cost of a pod as {lowest, highest}: with one furnished pod design, {@link Bom#costPerPod()} (the hall's shared
     * cost included, as the BOM tab shows it) twice; otherwise the lowest and highest cost of one copy over the
     * furnished designs. Null when no pod holds more than racks.
     */
    public static double[] range(Bom bom) {
        List<Bom.PodRollup> pods = furnished(bom);
        if (pods.isEmpty()) {
            return null;
        }
        if (pods.size() == 1 && bom.costPerPod() != null) {
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
