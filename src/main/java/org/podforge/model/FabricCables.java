package org.podforge.model;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The single cables of the fabric, streamed: its own links first, then every pattern's expansion. A link
 * made by hand at a port a pattern also uses replaces the pattern's cable at that port, so a user can make
 * an exception without writing the pattern out. Nothing here is kept: a 131,072-GPU cluster streams its
 * cables through one callback without holding them.
 */
public final class FabricCables {

    /**
     * One cable of the fabric.
     *
     * @param id      the link's id, or {@code pattern-id#n} (n from 1) for a pattern's cable
     * @param link    the fabric link, or null for a pattern's cable
     * @param pattern the pattern, or null for a fabric link
     */
    public record Cable(String id, PortRef a, PortRef b, int lanes, Medium medium, String cablePart, String transceiverPart,
                        Double lengthOverrideM, Link link, LinkPattern pattern) {
    }

    private FabricCables() {
    }

    /** Calls {@code out} for every cable of the fabric. */
    public static void forEach(Project p, Consumer<Cable> out) {
        Fabric f = p.fabric();
        Set<PortRef> byHand = new HashSet<>();
        for (Link l : f.links()) {
            byHand.add(l.a());
            byHand.add(l.b());
            out.accept(new Cable(l.id(), l.a(), l.b(), l.lanes(), l.medium(), l.cablePart(), l.transceiverPart(), l.lengthOverrideM(), l,
                    null));
        }
        for (LinkPattern lp : f.patterns()) {
            String prefix = lp.id() + "#";
            lp.wiring().forEach(p, (i, a, b) -> {
                if (byHand.isEmpty() || (!byHand.contains(a) && !byHand.contains(b))) {
                    out.accept(new Cable(prefix + (i + 1), a, b, lp.lanes(), lp.medium(), lp.cablePart(), lp.transceiverPart(), null, null,
                            lp));
                }
            });
        }
    }

    /**
     * How many cables the pattern stands for once the hand-made exceptions are taken out. Without exceptions
     * this is arithmetic on the pattern; with some, the pattern is streamed once (nothing is kept).
     */
    public static long count(Project p, LinkPattern lp) {
        Fabric f = p.fabric();
        if (f.links().isEmpty()) {
            return lp.wiring().count(p);
        }
        Set<PortRef> byHand = new HashSet<>();
        for (Link l : f.links()) {
            byHand.add(l.a());
            byHand.add(l.b());
        }
        long[] n = {0};
        lp.wiring().forEach(p, (i, a, b) -> {
            if (!byHand.contains(a) && !byHand.contains(b)) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** Every cable of the fabric: its links plus its patterns' cables (less the exceptions). */
    public static long count(Project p) {
        long n = p.fabric().links().size();
        for (LinkPattern lp : p.fabric().patterns()) {
            n += count(p, lp);
        }
        return n;
    }
}
