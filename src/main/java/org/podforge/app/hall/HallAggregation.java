package org.podforge.app.hall;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Level of detail for the overview's cables, without JavaFX: bundles whose two ends fall in the same pair of
 * screen cells ({@link #CELL} pixels) are drawn as one arc with their summed count, and those whose ends share a
 * cell are left out (they lie inside what is drawn anyway). At the overview of a 131,072-GPU cluster this turns
 * some 6,000 block-pair bundles into a few hundred arcs, which the software pipeline rasterises in time for a
 * smooth pan; zoomed in, cells hold one end each and every bundle is drawn as it is.
 */
public final class HallAggregation {
    /** Screen cell size in pixels. */
    static final double CELL = 6;

    /** Merged arcs in screen coordinates: four per arc in {@code ends}, and the cable count of each. */
    public record Arcs(double[] ends, long[] cables, int count) {
    }

    private HallAggregation() {
    }

    /**
     * @param worldEnds world coordinates of every bundle's ends (four per bundle)
     * @param visible   indices of the bundles to draw
     * @param bundles   the bundles (for their counts)
     */
    public static Arcs merge(double[] worldEnds, int[] visible, List<HallModel.Bundle> bundles, HallViewport v) {
        Map<Long, Integer> byCells = new HashMap<>();
        double[] ends = new double[visible.length * 4];
        long[] cables = new long[visible.length];
        int n = 0;
        for (int i : visible) {
            double x1 = v.toScreenX(worldEnds[4 * i]);
            double y1 = v.toScreenY(worldEnds[4 * i + 1]);
            double x2 = v.toScreenX(worldEnds[4 * i + 2]);
            double y2 = v.toScreenY(worldEnds[4 * i + 3]);
            long c1 = cell(x1, y1);
            long c2 = cell(x2, y2);
            if (c1 == c2) {
                continue;
            }
            // one key per unordered cell pair (arcs bulge to the left of their direction: keep the first seen)
            long key = c1 < c2 ? c1 * 0x9E3779B97F4A7C15L + c2 : c2 * 0x9E3779B97F4A7C15L + c1;
            Integer at = byCells.get(key);
            if (at != null) {
                cables[at] += bundles.get(i).cables();
                continue;
            }
            byCells.put(key, n);
            ends[4 * n] = x1;
            ends[4 * n + 1] = y1;
            ends[4 * n + 2] = x2;
            ends[4 * n + 3] = y2;
            cables[n] = bundles.get(i).cables();
            n++;
        }
        return new Arcs(Arrays.copyOf(ends, n * 4), Arrays.copyOf(cables, n), n);
    }

    private static long cell(double x, double y) {
        long cx = (long) Math.floor(x / CELL);
        long cy = (long) Math.floor(y / CELL);
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
