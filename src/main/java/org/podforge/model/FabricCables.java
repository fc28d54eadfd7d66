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

    /** Receives one cable of a pattern by its ends: {@code index} is its place in the pattern's expansion, from 0. */
    @FunctionalInterface
    public interface PatternCableSink {
        void cable(LinkPattern pattern, long index, PortRef a, PortRef b);
    }

    /** Calls {@code out} for every cable of the fabric. */
    public static void forEach(Project p, Consumer<Cable> out) {
        forEachLink(p, out);
        forEachPatternCable(p, new PatternCableSink() {
            private LinkPattern pattern;
            private String prefix;

            @Override
            public void cable(LinkPattern lp, long i, PortRef a, PortRef b) {
                if (lp != pattern) {
                    pattern = lp;
                    prefix = lp.id() + "#";
                }
                out.accept(new Cable(prefix + (i + 1), a, b, lp.lanes(), lp.medium(), lp.cablePart(), lp.transceiverPart(), null, null, lp));
            }
        });
    }

    /** The fabric's own (hand-made) links only, as {@link #forEach} gives them first. */
    public static void forEachLink(Project p, Consumer<Cable> out) {
        for (Link l : p.fabric().links()) {
            out.accept(link(l));
        }
    }

    /** The cable of a hand-made fabric link. */
    public static Cable link(Link l) {
        return new Cable(l.id(), l.a(), l.b(), l.lanes(), l.medium(), l.cablePart(), l.transceiverPart(), l.lengthOverrideM(), l, null);
    }

    /**
     * The patterns' cables only, in {@link #forEach}'s order, by their ends (no {@link Cable} and no id is made): what a
     * caller that groups a million cables needs. A hand-made link at either end replaces the cable, as in {@link #forEach}.
     */
    public static void forEachPatternCable(Project p, PatternCableSink out) {
        Fabric f = p.fabric();
        Set<PortRef> byHand = new HashSet<>();
        for (Link l : f.links()) {
            byHand.add(l.a());
            byHand.add(l.b());
        }
        for (LinkPattern lp : f.patterns()) {
            lp.wiring().forEach(p, (i, a, b) -> {
                if (byHand.isEmpty() || (!byHand.contains(a) && !byHand.contains(b))) {
                    out.cable(lp, i, a, b);
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
