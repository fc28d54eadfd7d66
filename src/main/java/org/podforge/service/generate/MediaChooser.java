package org.podforge.service.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.podforge.catalog.Catalog;
import org.podforge.model.Cage;
import org.podforge.model.Family;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.Protocol;
import org.podforge.rules.Compatibility;

/**
 * Picks the cable and transceiver of one tier of the fabric from the catalog, for the longest run the hall
 * placement gives that tier. Copper first where it reaches (when asked for), then an active optical cable,
 * then fibre with modules (multimode within its reach, else single-mode). A fixed-length cable must have a
 * stock length that covers the run; a module must fit the switch port's cage and the link's lanes
 * ({@link Compatibility}, the predicate the rules use); the NIC end of a rail gets its own module when its cage
 * differs (a pattern's {@code transceiverB}). When nothing in the catalog fits, the parts stay empty and a
 * note says why. Public for the hall view's rail wiring ({@code service.hall.RailWiringPlanner}), which picks a
 * pattern's media the same way.
 */
public final class MediaChooser {

    /** The media of a tier. */
    /**
     * @param transceiverPart  module at end a (a rail's NIC end, a mesh's lower switch), or null (none fits there,
     *                         or co-packaged optics)
     * @param transceiverPartB module at end b (the leaf, the upper switch) when it differs from end a's (or end a has
     *                         none), else null
     */
    public record Media(Medium medium, String cablePart, String transceiverPart, String transceiverPartB, List<String> notes) {
    }

    private final Catalog catalog;

    public MediaChooser(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param tier      the tier's name for notes ("rails", "leaf-spine")
     * @param protocol  the link's protocol
     * @param a         the port at the pattern's first end (a NIC's, or a lower switch's)
     * @param b         the port at the other end (a switch's)
     * @param linkLanes the link's lanes counted at the end with the lower lane rate
     * @param lengthM   the longest run of the tier
     */
    public Media choose(String tier, Protocol protocol, Port a, Port b, int linkLanes, double lengthM,
                 GenerateRequest.MediaPreference pref) {
        List<String> notes = new ArrayList<>();
        int lanesA = Compatibility.lanesAt(linkLanes, a, b);
        int lanesB = Compatibility.lanesAt(linkLanes, b, a);
        if (pref == GenerateRequest.MediaPreference.COPPER) {
            Part copper = bestCable(protocol, a, b, linkLanes, lengthM, false);
            if (copper != null) {
                return new Media(copper.medium().orElseThrow(), copper.partNumber(), null, null, notes);
            }
        }
        Part aoc = bestCable(protocol, a, b, linkLanes, lengthM, true);
        if (aoc != null && pref == GenerateRequest.MediaPreference.COPPER) {
            return new Media(Medium.AOC, aoc.partNumber(), null, null, notes);
        }
        for (Medium fibre : List.of(Medium.FIBER_MM, Medium.FIBER_SM)) {
            Part cable = fibreCable(protocol, fibre, lengthM);
            if (cable == null) {
                continue;
            }
            boolean cpoB = b.spec().cage() == Cage.MPO;
            boolean cpoA = a.spec().cage() == Cage.MPO;
            Part modB = cpoB ? null : module(protocol, fibre, b, lanesB, lengthM);
            if (!cpoB && modB == null) {
                continue;
            }
            Part modA = cpoA ? null : module(protocol, fibre, a, lanesA, lengthM);
            if (!cpoA && modA == null) {
                notes.add(String.format(Locale.ROOT, "%s: no %s module in the catalog fits the %s end (%s, %s per lane); that end is left "
                        + "without one (the other end's module does not fit there): add one to a catalog copy and set it on the pattern",
                        tier, fibre.label(), a.name(), cage(a), rate(a)));
            }
            if (modB != null && modB.reachM(fibre).isEmpty()) {
                notes.add(String.format(Locale.ROOT, "%s: the catalog gives no reach for %s; check it covers %.1f m", tier, modB.partNumber(), lengthM));
            }
            if (modB == null) {
                // co-packaged optics at end b: its front panel is a fibre connector, so the pattern's module is end a's only
                // (the BOM, the power model and port.speed take no pluggable at an MPO port)
                return new Media(fibre, cable.partNumber(), modA == null ? null : modA.partNumber(), null, notes);
            }
            if (modA == null && !cpoA) {
                // end b's module fits end b only: end a stays empty rather than holding a part that does not fit it
                return new Media(fibre, cable.partNumber(), null, modB.partNumber(), notes);
            }
            String endA = modA == null ? modB.partNumber() : modA.partNumber();
            return new Media(fibre, cable.partNumber(), endA, endA.equals(modB.partNumber()) ? null : modB.partNumber(), notes);
        }
        if (aoc != null) {
            return new Media(Medium.AOC, aoc.partNumber(), null, null, notes);
        }
        Medium m = lengthM <= 3 ? Medium.COPPER_EXTERNAL : Medium.FIBER_SM;
        notes.add(String.format(Locale.ROOT, "%s: no cable or module in the catalog fits a %d-lane %s link between %s (%s) and %s (%s) "
                        + "over %.1f m; cable and modules left empty",
                tier, linkLanes, protocol.label(), a.name(), cage(a), b.name(), cage(b), lengthM));
        return new Media(m, null, null, null, notes);
    }

    private static String rate(Port p) {
        Double r = p.spec().laneRateGbps();
        return r == null ? "unknown rate" : Compatibility.gbpsLabel(r);
    }

    private static String cage(Port p) {
        return p.spec().cage() == null ? "no cage" : p.spec().cage().label();
    }

    /** The shortest orderable-first cable (copper, or AOC when {@code optical}) that fits both ends and covers the run. */
    private Part bestCable(Protocol protocol, Port a, Port b, int linkLanes, double lengthM, boolean optical) {
        List<Part> fits = new ArrayList<>();
        for (Part c : catalog.byFamily(Family.CABLE)) {
            Medium m = c.medium().orElse(null);
            if (m == null || m.isOptical() != optical || m == Medium.COPPER_INTERNAL || m == Medium.PCB
                    || m == Medium.FIBER_MM || m == Medium.FIBER_SM) {
                continue;
            }
            if (!c.protocols().contains(protocol) || c.cage().isEmpty() || !c.breakouts().isEmpty()) {
                continue; // unknown connector, or a splitter (the fabric is one cable per port)
            }
            double covers = c.lengthM().orElse(c.maxReachM().orElse(0.0));
            if (covers + 1e-9 < lengthM || c.maxReachM().orElse(0.0) + 1e-9 < lengthM) {
                continue;
            }
            if (!Compatibility.canCarry(c, a, b).ok() || !Compatibility.canCable(c, a, b, linkLanes).ok()) {
                continue;
            }
            if (c.laneRateGbps().isPresent() && !sameRate(c.laneRateGbps().get(), a, b)) {
                continue;
            }
            fits.add(c);
        }
        return fits.stream().min(Comparator.comparing((Part c) -> !c.isOrderable())
                .thenComparingDouble(c -> c.lengthM().orElse(c.maxReachM().orElse(Double.MAX_VALUE)))).orElse(null);
    }

    /** A cable's lanes run at the lower lane rate of the two ends. */
    private static boolean sameRate(double rate, Port a, Port b) {
        Double ra = a.spec().laneRateGbps();
        Double rb = b.spec().laneRateGbps();
        Double ref = ra == null ? rb : rb == null ? ra : Math.min(ra, rb);
        return ref == null || Math.abs(ref - rate) < 1e-6;
    }

    private Part fibreCable(Protocol protocol, Medium fibre, double lengthM) {
        for (Part c : catalog.byFamily(Family.CABLE)) {
            if (c.medium().orElse(null) == fibre && c.protocols().contains(protocol) && c.maxReachM().orElse(0.0) + 1e-9 >= lengthM) {
                return c;
            }
        }
        return null;
    }

    /** The orderable-first, lowest-power module for {@code port} over {@code fibre} that reaches the run. */
    private Part module(Protocol protocol, Medium fibre, Port port, int lanes, double lengthM) {
        List<Part> fits = new ArrayList<>();
        for (Part t : catalog.byFamily(Family.TRANSCEIVER)) {
            if (t.medium().orElse(null) != fibre || !t.protocols().contains(protocol)) {
                continue;
            }
            double reach = t.reachM(fibre).orElse(Double.NaN); // NaN: the catalog does not know (a [GAP]), not judged here
            if (reach + 1e-9 < lengthM || lanes < 1 || !Compatibility.canPlug(t, port, lanes).ok()) {
                continue;
            }
            if (t.laneRateGbps().isPresent() && port.spec().laneRateGbps() != null
                    && Math.abs(t.laneRateGbps().get() - port.spec().laneRateGbps()) > 1e-6) {
                continue;
            }
            fits.add(t);
        }
        return fits.stream().min(Comparator.comparing((Part t) -> t.reachM(fibre).isEmpty()).thenComparing((Part t) -> !t.isOrderable())
                .thenComparingDouble(t -> t.powerW().orElse(Double.MAX_VALUE))).orElse(null);
    }
}
