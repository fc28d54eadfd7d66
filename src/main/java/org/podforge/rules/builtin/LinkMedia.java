package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Cage;
import org.podforge.model.Family;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.rules.RuleContext;

/**
 * port.speed's medium checks, the same for a link and for a fabric pattern: what runs between the two ends
 * against their cages and their modules. At most one cause per link or pattern, the first that holds:
 * <ol>
 *   <li>{@link Cause#CPO}: an end is a co-packaged-optics port, a fibre connector (MPO) with no cage, and the
 *       link is not fibre: a DAC, ACC, AEC or AOC ends in plugs that such a port does not take (fabric H1:
 *       Q3450-LD has MPO-12 front connectors and no switch-side pluggables);</li>
 *   <li>{@link Cause#CABLE_AND_MODULES}: a cable with plugs of its own (DAC, ACC, AEC, AOC) and a transceiver
 *       named at an end: the cable's plug takes the cage, so the module has nowhere to sit;</li>
 *   <li>{@link Cause#FIBRE}: the fibre is not the modules' kind: a single-mode DR/FR module on multimode fibre,
 *       an SR module on single-mode fibre (interconnect-facts B7; fabric I2: MMA4Z00 multimode, MMS4X00
 *       single-mode).</li>
 * </ol>
 * The result says what is wrong and which orderable parts would put it right; the caller (a link or a pattern)
 * turns those into its own edits.
 */
final class LinkMedia {
    private LinkMedia() {
    }

    enum Cause { NONE, CPO, CABLE_AND_MODULES, FIBRE }

    /**
     * What the check found. {@code why} is the clause for the finding; the fix ingredients are orderable parts
     * only, each null when the catalog has none that fits:
     *
     * @param fibre       a fibre that puts it right as it stands (FIBRE: the modules' kind; CPO: the kind of
     *                    {@code moduleA}/{@code moduleB}), with {@code trunk} its cable part
     * @param moduleA     the module for end a (FIBRE: of the fibre's kind; CPO: for a caged end a), or null
     * @param moduleB     likewise for end b
     * @param dropModules CABLE_AND_MODULES: removing the modules leaves a cable that fits both cages
     */
    record Result(Cause cause, String why, Medium fibre, String trunk, String moduleA, String moduleB, boolean dropModules,
                  Medium moduleFibre, String moduleTrunk) {
        static final Result OK = new Result(Cause.NONE, null, null, null, null, null, false, null, null);
    }

    static boolean isFibre(Medium m) {
        return m == Medium.FIBER_MM || m == Medium.FIBER_SM;
    }

    /** Media with plugs of their own at both ends: passive copper, active copper, AEC, AOC. */
    static boolean ownPlugs(Medium m) {
        return m == Medium.COPPER_EXTERNAL || m == Medium.ACC || m == Medium.AEC || m == Medium.AOC;
    }

    static String fibreWords(Medium m) {
        return m == Medium.FIBER_MM ? "multimode" : m == Medium.FIBER_SM ? "single-mode" : Util.mediumWords(m);
    }

    /**
     * @param nameA  end a's name for messages ("leaf-1/port-1", "end a (NVIDIA-SN5600/port)")
     * @param ma     the module at end a, or null
     * @param medium the link's (pattern's) medium
     * @param cable  its cable part, or null
     * @param lanesA the link's lanes at end a (-1: not whole lanes)
     * @param metres the run, or null when unknown (patterns)
     */
    static Result judge(RuleContext ctx, Port pa, String nameA, Part ma, Port pb, String nameB, Part mb, Medium medium, Part cable,
                        int lanesA, int lanesB, Double metres) {
        Medium used = cable != null && cable.medium().isPresent() ? cable.medium().get() : medium;
        boolean mpoA = pa.spec().cage() == Cage.MPO;
        boolean mpoB = pb.spec().cage() == Cage.MPO;
        if ((mpoA || mpoB) && used != null && !isFibre(used)) {
            return cpo(ctx, pa, nameA, pb, nameB, mpoA, mpoB, used, cable, lanesA, lanesB, metres);
        }
        boolean modules = ma != null && !mpoA || mb != null && !mpoB;
        if (used != null && ownPlugs(used) && modules) {
            return cableAndModules(ctx, pa, nameA, ma, pb, nameB, mb, used, cable, lanesA, lanesB, metres);
        }
        if (!isFibre(used)) {
            return Result.OK;
        }
        List<String> wrong = new ArrayList<>();
        boolean wrongA = ma != null && !mpoA && ma.medium().filter(LinkMedia::isFibre).map(x -> x != used).orElse(false);
        boolean wrongB = mb != null && !mpoB && mb.medium().filter(LinkMedia::isFibre).map(x -> x != used).orElse(false);
        if (!wrongA && !wrongB) {
            return Result.OK;
        }
        if (wrongA && wrongB && ma == mb) {
            wrong.add(ma.partNumber() + " at both ends is " + fibreWords(ma.medium().get()));
        } else {
            if (wrongA) {
                wrong.add(ma.partNumber() + " at " + nameA + " is " + fibreWords(ma.medium().get()));
            }
            if (wrongB) {
                wrong.add(mb.partNumber() + " at " + nameB + " is " + fibreWords(mb.medium().get()));
            }
        }
        String why = "it runs over " + fibreWords(used) + " fibre" + (cable != null && isFibre(cable.medium().orElse(null)) ? " (" + cable.partNumber() + ")" : "")
                + ", but " + String.join(" and ", wrong) + " (a module sends light for one fibre type: SR over multimode, DR/FR over single-mode)";
        // the fibre of the modules' kind, when every module names the same kind (else the fibre matches one of them)
        Medium theirs = null;
        boolean agree = true;
        for (Part m : new Part[] {mpoA ? null : ma, mpoB ? null : mb}) {
            if (m != null && m.medium().isPresent()) {
                if (theirs != null && theirs != m.medium().get()) {
                    agree = false;
                }
                theirs = m.medium().get();
            }
        }
        String trunk = agree && theirs != null ? trunkFor(ctx, theirs, metres) : null;
        String fitA = wrongA ? moduleFor(ctx, pa, lanesA, ma, used, metres) : null;
        String fitB = wrongB ? moduleFor(ctx, pb, lanesB, mb, used, metres) : null;
        boolean modulesFix = (!wrongA || fitA != null) && (!wrongB || fitB != null);
        return new Result(Cause.FIBRE, why, trunk == null ? null : theirs, trunk, modulesFix ? fitA : null, modulesFix ? fitB : null, false,
                null, null);
    }

    private static Result cpo(RuleContext ctx, Port pa, String nameA, Port pb, String nameB, boolean mpoA, boolean mpoB, Medium used,
                              Part cable, int lanesA, int lanesB, Double metres) {
        String ends = mpoA && mpoB ? nameA + " and " + nameB + " are co-packaged-optics ports" : (mpoA ? nameA : nameB) + " is a co-packaged-optics port";
        String why = ends + " (an MPO fibre connector, no cage), but the link runs over " + (cable == null ? Util.mediumWords(used) : cable.partNumber()
                + " (" + Util.mediumWords(used) + ")") + ", whose plugs such a port does not take: it needs fibre, with a module at a caged end";
        // fibre, and an orderable module of that kind at each caged end (the switch's own optics at the MPO end)
        for (Medium m : new Medium[] {Medium.FIBER_MM, Medium.FIBER_SM}) {
            String trunk = trunkFor(ctx, m, metres);
            if (trunk == null) {
                continue;
            }
            String fa = mpoA ? null : moduleFor(ctx, pa, lanesA, null, m, metres);
            String fb = mpoB ? null : moduleFor(ctx, pb, lanesB, null, m, metres);
            if ((mpoA || fa != null) && (mpoB || fb != null)) {
                return new Result(Cause.CPO, why, m, trunk, fa, fb, false, null, null);
            }
        }
        return new Result(Cause.CPO, why, null, null, null, null, false, null, null);
    }

    private static Result cableAndModules(RuleContext ctx, Port pa, String nameA, Part ma, Port pb, String nameB, Part mb, Medium used,
                                          Part cable, int lanesA, int lanesB, Double metres) {
        List<String> named = new ArrayList<>();
        boolean atA = ma != null && pa.spec().cage() != Cage.MPO;
        boolean atB = mb != null && pb.spec().cage() != Cage.MPO;
        if (atA && atB && ma == mb) {
            named.add(ma.partNumber() + " at both ends");
        } else {
            if (atA) {
                named.add(ma.partNumber() + " at " + nameA);
            }
            if (atB) {
                named.add(mb.partNumber() + " at " + nameB);
            }
        }
        String why = "it runs over " + (cable == null ? Util.mediumWords(used) : cable.partNumber() + " (" + Util.mediumWords(used) + ")")
                + ", which plugs into the cages itself, and names " + String.join(" and ", named) + ": a module needs the cage the cable's plug "
                + "takes (a link is a cable with its own plugs, or modules over fibre)";
        // keep the cable: only when there is one and it fits both cages, its lanes and the run
        boolean keep = cable != null && cable.family() == Family.CABLE && cable.cage().isPresent()
                && org.podforge.rules.Compatibility.canCable(cable, pa, pb, Math.max(lanesA, 1)).ok()
                && (metres == null || cable.lengthM().orElse(cable.maxReachM().orElse(Double.MAX_VALUE)) + 1e-9 >= metres);
        // keep the modules: fibre of their kind when they agree on one
        Medium theirs = null;
        boolean agree = true;
        for (Part m : new Part[] {ma, mb}) {
            if (m != null && m.medium().filter(LinkMedia::isFibre).isPresent()) {
                if (theirs != null && theirs != m.medium().get()) {
                    agree = false;
                }
                theirs = m.medium().get();
            }
        }
        // ... and only when they fit their cages as they are (else the error only moves to the modules)
        boolean fitA = !atA || lanesA > 0 && org.podforge.rules.Compatibility.canPlug(ma, pa, lanesA).ok();
        boolean fitB = !atB || lanesB > 0 && org.podforge.rules.Compatibility.canPlug(mb, pb, lanesB).ok();
        String trunk = agree && theirs != null && fitA && fitB ? trunkFor(ctx, theirs, metres) : null;
        return new Result(Cause.CABLE_AND_MODULES, why, null, null, null, null, keep, trunk == null ? null : theirs, trunk);
    }

    /** The orderable fibre cable of kind {@code m} (no cage: cut to length) that reaches {@code metres} (null: any). */
    static String trunkFor(RuleContext ctx, Medium m, Double metres) {
        return ctx.catalog().byFamily(Family.CABLE).stream()
                .filter(Part::isOrderable)
                .filter(c -> c.medium().orElse(null) == m && c.cage().isEmpty() && c.lengthM().isEmpty())
                .filter(c -> c.protocols().isEmpty() || c.protocols().contains(org.podforge.model.Protocol.ETHERNET)
                        || c.protocols().contains(org.podforge.model.Protocol.INFINIBAND))
                .filter(c -> metres == null || c.maxReachM().orElse(Double.MAX_VALUE) + 1e-9 >= metres)
                .map(Part::partNumber)
                .filter(pn -> ctx.offerable(pn) != null)
                .sorted()
                .findFirst().orElse(null);
    }

    /** The orderable module of kind {@code fibre} for the port, at the leg speed of {@code now} (if any), reaching the run. */
    private static String moduleFor(RuleContext ctx, Port port, int lanes, Part now, Medium fibre, Double metres) {
        if (lanes < 1) {
            return null;
        }
        Double gbps = now == null ? Optics.linkGbps(port, lanes) : Optics.legGbps(now, lanes);
        return Optics.transceiverFor(ctx, port, lanes, gbps, fibre, metres).map(Part::partNumber).orElse(null);
    }
}
