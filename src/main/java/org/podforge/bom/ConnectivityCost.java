package org.podforge.bom;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.podforge.catalog.Catalog;
import org.podforge.model.Project;

/**
 * What the connectivity of a design costs, split by fabric ({@link ConnectivityTier}): scale-up, scale-out,
 * PCIe/CXL, and compute and other, in total and per GPU, over every line of the BOM (pods times their replicas,
 * and the scale-out fabric). A line's tier is its part's ({@link ConnectivityTier#of}), except link media, which
 * take the tier of the links that use them ({@link ConnectivityTier#mediaInDesign}, and the fabric's patterns), and
 * every line of the scale-out fabric (its network racks and switch boxes too) is scale-out unless its part is
 * scale-up.
 * Unpriced lines are counted per tier, never priced as zero.
 *
 * @param total       priced cost per tier (every tier present, 0 when none)
 * @param unpricedQty units without a price per tier
 * @param gpus        GPUs deployed (the per-GPU divisor)
 * @param currency    the price book's currency
 */
public record ConnectivityCost(Map<ConnectivityTier, Double> total, Map<ConnectivityTier, Long> unpricedQty, long gpus,
                               String currency) {

    public ConnectivityCost {
        total = Collections.unmodifiableMap(new EnumMap<>(total));
        unpricedQty = Collections.unmodifiableMap(new EnumMap<>(unpricedQty));
    }

    /** The split of a report's BOM. */
    public static ConnectivityCost of(DesignReport report, Catalog catalog) {
        return of(report.bom(), report.project(), catalog);
    }

    public static ConnectivityCost of(Bom bom, Project project, Catalog catalog) {
        return of(bom, ConnectivityTier.mediaInDesign(project, catalog), catalog);
    }

    /** The split with the design's link media already known ({@link ConnectivityTier#mediaInDesign}). */
    static ConnectivityCost of(Bom bom, Map<String, ConnectivityTier> mediaInDesign, Catalog catalog) {
        Map<String, ConnectivityTier> media = new HashMap<>(bom.fabric().mediaTiers());
        media.putAll(mediaInDesign); // a part on hand-made links: their vote wins
        Map<ConnectivityTier, Double> total = new EnumMap<>(ConnectivityTier.class);
        Map<ConnectivityTier, Long> unpriced = new EnumMap<>(ConnectivityTier.class);
        for (ConnectivityTier t : ConnectivityTier.values()) {
            total.put(t, 0.0);
            unpriced.put(t, 0L);
        }
        for (BomLine l : bom.lines()) {
            ConnectivityTier t = media.get(l.partNumber());
            if (t == null) {
                t = ConnectivityTier.of(catalog.find(l.partNumber()).orElse(null));
                if (FabricBom.POD_ID.equals(l.podId()) && t != ConnectivityTier.SCALE_UP) {
                    t = ConnectivityTier.SCALE_OUT; // the network racks and switch boxes are the scale-out network's
                }
            }
            if (l.isPriced()) {
                total.merge(t, l.extendedCost(), Double::sum);
            } else {
                unpriced.merge(t, l.totalQty(), Long::sum);
            }
        }
        return new ConnectivityCost(total, unpriced, bom.gpus(), bom.currency());
    }

    /** Priced cost of a tier per GPU, or null without GPUs. */
    public Double perGpu(ConnectivityTier t) {
        return gpus == 0 ? null : total.get(t) / gpus;
    }

    /** Scale-up + scale-out + PCIe/CXL: what connecting the accelerators costs. */
    public double connectivity() {
        return total.get(ConnectivityTier.SCALE_UP) + total.get(ConnectivityTier.SCALE_OUT) + total.get(ConnectivityTier.PCIE_CXL);
    }

    /** {@link #connectivity()} per GPU, or null without GPUs. */
    public Double connectivityPerGpu() {
        return gpus == 0 ? null : connectivity() / gpus;
    }
}
