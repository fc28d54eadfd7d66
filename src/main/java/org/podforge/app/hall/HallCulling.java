package org.podforge.app.hall;

import java.util.Arrays;
import java.util.List;

/**
 * Virtualisation of the hall view, without JavaFX: given the camera, which blocks, racks and bundles to
 * draw. Blocks and places are kept sorted by their top edge, so a frame looks only at the rows in view
 * (binary search), then at their x range; bundles are culled by the box of their two ends. At overview
 * detail a pod replica is one block and cables are bundled per block pair; at rack detail every rack in view
 * is drawn with its per-rack-pair bundles (the blocks in view are still listed, for their outline and name).
 */
public final class HallCulling {

    /**
     * What one frame draws. {@code bundles} index {@link HallModel#blockBundles()} at overview and
     * {@link HallModel#rackBundles()} at rack detail.
     */
    public record Frame(HallViewport.Detail detail, int[] blocks, int[] places, int[] bundles) {
    }

    private final HallModel model;
    private final int[] blocksByY;
    private final double[] blockY;
    private final double maxBlockH;
    private final int[] placesByY;
    private final double[] placeY;
    private final double[] blockEnds;
    private final double[] rackEnds;

    public HallCulling(HallModel model) {
        this.model = model;
        List<HallModel.Block> blocks = model.blocks();
        blocksByY = sortedBy(blocks.size(), i -> blocks.get(i).y());
        blockY = new double[blocksByY.length];
        double h = 0;
        for (int i = 0; i < blocksByY.length; i++) {
            blockY[i] = blocks.get(blocksByY[i]).y();
            h = Math.max(h, blocks.get(blocksByY[i]).h());
        }
        maxBlockH = h;
        List<HallModel.Place> places = model.places();
        placesByY = sortedBy(places.size(), i -> places.get(i).y());
        placeY = new double[placesByY.length];
        for (int i = 0; i < placesByY.length; i++) {
            placeY[i] = places.get(placesByY[i]).y();
        }
        blockEnds = new double[model.blockBundles().size() * 4];
        for (int i = 0; i < model.blockBundles().size(); i++) {
            HallModel.Bundle b = model.blockBundles().get(i);
            put(blockEnds, i, model.centreOfBlockEnd(b.a()), model.centreOfBlockEnd(b.b()));
        }
        rackEnds = new double[model.rackBundles().size() * 4];
        for (int i = 0; i < model.rackBundles().size(); i++) {
            HallModel.Bundle b = model.rackBundles().get(i);
            put(rackEnds, i, centre(b.a()), centre(b.b()));
        }
    }

    private static void put(double[] ends, int i, double[] p, double[] q) {
        ends[4 * i] = p[0];
        ends[4 * i + 1] = p[1];
        ends[4 * i + 2] = q[0];
        ends[4 * i + 3] = q[1];
    }

    /** Bundle ends in world coordinates, four per bundle (x1, y1, x2, y2), for the bundles of a detail level. */
    public double[] ends(HallViewport.Detail detail) {
        return detail == HallViewport.Detail.OVERVIEW ? blockEnds : rackEnds;
    }

    public HallModel model() {
        return model;
    }

    /** What to draw for the camera {@code v}. */
    public Frame frame(HallViewport v) {
        double[] w = v.visibleWorld();
        HallViewport.Detail detail = v.detail();
        int[] blocks = visibleBlocks(w);
        int[] places = detail == HallViewport.Detail.OVERVIEW ? visibleNetworkRacks(w) : visiblePlaces(w);
        int[] bundles = visibleBundles(detail, w, v.scale());
        return new Frame(detail, blocks, places, bundles);
    }

    private int[] visibleBlocks(double[] w) {
        int from = lowerBound(blockY, w[1] - maxBlockH);
        int to = lowerBound(blockY, w[3] + 1e-9);
        int[] out = new int[Math.max(0, to - from)];
        int n = 0;
        for (int i = from; i < to; i++) {
            HallModel.Block b = model.blocks().get(blocksByY[i]);
            if (b.x() <= w[2] && b.x() + b.w() >= w[0] && b.y() + b.h() >= w[1]) {
                out[n++] = blocksByY[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private int[] visiblePlaces(double[] w) {
        int from = lowerBound(placeY, w[1] - HallModel.RACK_D);
        int to = lowerBound(placeY, w[3] + 1e-9);
        int[] out = new int[Math.max(0, to - from)];
        int n = 0;
        for (int i = from; i < to; i++) {
            HallModel.Place p = model.places().get(placesByY[i]);
            if (p.x() <= w[2] && p.x() + HallModel.RACK_W >= w[0]) {
                out[n++] = placesByY[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private int[] visibleNetworkRacks(double[] w) {
        int[] all = visiblePlaces(w);
        int n = 0;
        for (int p : all) {
            if (p >= model.networkPlaceBase()) {
                all[n++] = p;
            }
        }
        return Arrays.copyOf(all, n);
    }

    private int[] visibleBundles(HallViewport.Detail detail, double[] w, double scale) {
        boolean overview = detail == HallViewport.Detail.OVERVIEW;
        double[] e = overview ? blockEnds : rackEnds;
        int count = e.length / 4;
        int[] out = new int[count];
        int n = 0;
        // bundles are drawn as arcs that bulge by up to a fifth of their length: widen the box by that
        for (int i = 0; i < count; i++) {
            double[] p = {e[4 * i], e[4 * i + 1]};
            double[] q = {e[4 * i + 2], e[4 * i + 3]};
            double len = Math.hypot(q[0] - p[0], q[1] - p[1]);
            if (len * scale < 2) {
                continue; // shorter than two pixels: inside what is drawn anyway
            }
            double pad = len * 0.2;
            if (Math.max(p[0], q[0]) + pad < w[0] || Math.min(p[0], q[0]) - pad > w[2]
                    || Math.max(p[1], q[1]) + pad < w[1] || Math.min(p[1], q[1]) - pad > w[3]) {
                continue;
            }
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    /** Centre of a rack place. */
    public double[] centre(int place) {
        HallModel.Place p = model.places().get(place);
        return new double[] {p.x() + HallModel.RACK_W / 2, p.y() + HallModel.RACK_D / 2};
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int[] sortedBy(int n, java.util.function.IntToDoubleFunction key) {
        return java.util.stream.IntStream.range(0, n).boxed()
                .sorted(java.util.Comparator.comparingDouble(key::applyAsDouble)).mapToInt(Integer::intValue).toArray();
    }
}
