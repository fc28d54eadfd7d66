package org.podforge.service.generate;

import java.util.Locale;
import org.podforge.model.Plural;

/**
 * The size of a rail-optimised leaf/spine(/core) fabric, from arithmetic only (docs/decisions/0014).
 *
 * <p>A leaf of radix {@code R} at oversubscription {@code o:1} gives {@code floor(R*o/(o+1))} ports down and the
 * rest up. A scalable unit (SU) is as many pod replicas as one leaf per rail can take; its leaves are one
 * per rail. Two tiers when every leaf can reach every spine ({@code leaves * k <= R} for {@code k} cables
 * per leaf-spine pair), with the fewest spines; otherwise three: leaves in blocks of whole SUs, each block
 * with its own spines (half their ports down, half up: non-blocking above the leaf), and spine {@code j} of
 * every block joined to the cores of plane {@code j}. More than three tiers is refused.
 *
 * @param radix                 ports per switch used by the plan (one cable per port)
 * @param leafDownMax           leaf ports reserved for the rails
 * @param replicasPerUnit       pod replicas per SU
 * @param units                 SUs (the last one may be partly filled)
 * @param rails                 rails (= leaves per SU)
 * @param leafDown              down cables of a full leaf
 * @param leafUp                up cables of a leaf
 * @param tiers                 1, 2 or 3
 * @param spinesPerBlock        spines of one block (all spines for two tiers)
 * @param unitsPerBlock         SUs per block (all SUs for two tiers)
 * @param blocks                blocks (1 for two tiers)
 * @param leafSpineLinksPerPair cables between one leaf and one spine
 * @param spineUp               up cables per spine (three tiers), else 0
 * @param coresPerPlane         cores per plane (three tiers), else 0
 * @param spineCoreLinksPerPair cables between one spine and one core (three tiers), else 0
 */
public record FabricPlan(int radix, int leafDownMax, int replicasPerUnit, int units, int rails, int leafDown, int leafUp, int tiers,
                         int spinesPerBlock, int unitsPerBlock, int blocks, int leafSpineLinksPerPair, int spineUp, int coresPerPlane,
                         int spineCoreLinksPerPair) {

    public int leaves() {
        return units * rails;
    }

    public int spines() {
        return tiers < 2 ? 0 : spinesPerBlock * blocks;
    }

    /** Core planes: one per spine of a block. */
    public int corePlanes() {
        return tiers < 3 ? 0 : spinesPerBlock;
    }

    public int cores() {
        return corePlanes() * coresPerPlane;
    }

    public int switches() {
        return leaves() + spines() + cores();
    }

    public int leavesPerBlock() {
        return unitsPerBlock * rails;
    }

    /**
     * Plans the fabric.
     *
     * @param radix           ports per switch
     * @param oversubscription leaf down:up (at least 1)
     * @param rails           rails per server (leaves per SU)
     * @param railPorts       ports one pod replica puts on one rail (servers x NIC ports per rail per server)
     * @param replicas        pod replicas
     * @param family          the switch's name for messages
     */
    public static FabricPlan of(int radix, double oversubscription, int rails, int railPorts, int replicas, String family) {
        if (radix < 2) {
            throw new GenerateRefused("scale-out", family + " has " + Plural.of(radix, "port") + "; a fabric switch needs at least 2");
        }
        if (!(oversubscription >= 1) || oversubscription > 64) {
            throw new GenerateRefused("oversubscription", "give a leaf down:up ratio from 1 (non-blocking) to 64, not "
                    + fmt(oversubscription));
        }
        int downMax = (int) Math.floor(radix * oversubscription / (oversubscription + 1) + 1e-9);
        int upMax = radix - downMax;
        int rpuMax = downMax / railPorts;
        if (rpuMax < 1) {
            throw new GenerateRefused("servers", String.format(Locale.ROOT,
                    "one pod puts %d ports on each rail, but a %s leaf takes at most %d down ports at %s:1 (radix %d); "
                            + "use fewer servers per pod, more rails, a higher oversubscription or a larger switch",
                    railPorts, family, downMax, fmt(oversubscription), radix));
        }
        int rpu = replicas <= rpuMax ? replicas : unitSize(replicas, rpuMax);
        int units = (replicas + rpu - 1) / rpu;
        int leafDown = rpu * railPorts;
        int leafUp = (int) Math.ceil(leafDown / oversubscription - 1e-9);
        if (leafUp > upMax) {
            leafUp = upMax; // cannot happen for o >= 1 by the arithmetic above; kept as a guard
        }
        int leaves = units * rails;
        if (leaves == 1) {
            return new FabricPlan(radix, downMax, rpu, units, rails, leafDown, 0, 1, 0, units, 1, 0, 0, 0, 0);
        }
        // two tiers: the fewest spines, k cables per leaf-spine pair, every leaf to every spine
        int k = largestDivisorAtMost(leafUp, radix / leaves);
        if (k >= 1) {
            return new FabricPlan(radix, downMax, rpu, units, rails, leafDown, leafUp, 2, leafUp / k, units, 1, k, 0, 0, 0);
        }
        // three tiers: blocks of whole SUs; spines half down (one cable per leaf of the block), half up
        int spineDown = radix / 2;
        int unitsPerBlockMax = spineDown / rails;
        if (unitsPerBlockMax < 1) {
            throw new GenerateRefused("rails", String.format(Locale.ROOT,
                    "%d rails need %d leaves per block, but a %s spine has %d ports down (half of %d); use fewer rails or a larger switch",
                    rails, rails, family, spineDown, radix));
        }
        int upb = largestDivisorAtMost(units, unitsPerBlockMax);
        int blocks = units / upb;
        int spineUp = upb * rails; // one up per down: non-blocking above the leaf
        int k2 = largestDivisorAtMost(spineUp, radix / blocks);
        if (k2 < 1) {
            long maxEndpoints = (long) radix * spineDown * downMax;
            throw new GenerateRefused("pods", String.format(Locale.ROOT,
                    "%,d pods make %,d blocks of spines, but a %s core joins at most %d: the cluster needs more than three tiers. "
                            + "Three tiers of radix %d at %s:1 reach about %,d ports; use fewer pods or a larger switch",
                    replicas, blocks, family, radix, radix, fmt(oversubscription), maxEndpoints));
        }
        return new FabricPlan(radix, downMax, rpu, units, rails, leafDown, leafUp, 3, leafUp, upb, blocks, 1, spineUp, spineUp / k2, k2);
    }

    /**
     * Replicas per SU when they do not all fit one: the largest divisor of {@code replicas} up to {@code max}
     * (every SU full), unless that is less than half of {@code max}, then {@code max} (the last SU partly filled).
     */
    static int unitSize(int replicas, int max) {
        int d = largestDivisorAtMost(replicas, max);
        return d * 2 > max ? d : max;
    }

    /** The largest divisor of {@code n} that is at most {@code max}, or 0 when {@code max < 1}. */
    static int largestDivisorAtMost(int n, int max) {
        for (int d = Math.min(n, max); d >= 1; d--) {
            if (n % d == 0) {
                return d;
            }
        }
        return 0;
    }

    static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    /** One line in user words, e.g. "3 tiers: 2,048 leaves, 2,048 spines, 1,024 cores (radix 128, 1:1); 64 SUs of 32 pods, ...". */
    public String describe(double oversubscription) {
        return String.format(Locale.ROOT, "%s: %s, %s, %s (radix %d, %s:1); %s of %s%s",
                count(tiers, "tier", "tiers"), count(leaves(), "leaf", "leaves"), count(spines(), "spine", "spines"),
                count(cores(), "core", "cores"), radix, fmt(oversubscription), count(units, "SU", "SUs"),
                count(replicasPerUnit, "pod", "pods"),
                tiers == 3 ? ", " + count(blocks, "block", "blocks") + " of " + count(unitsPerBlock, "SU", "SUs") : "");
    }

    /** "1 spine", "2 spines", "2,048 leaves". */
    static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
