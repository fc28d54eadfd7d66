package org.podforge.model;

import java.util.List;
import java.util.Set;

/**
 * A rule that stands for many cables of the fabric at once. It is stored once and expanded only where
 * single cables are needed (the cable schedule, the NetBox and point-to-point exports); counts, port use
 * and lengths by tier are computed from its parameters, never by building a link object per cable.
 */
public sealed interface Wiring permits RailWiring, MeshWiring {

    /** Receives one cable of an expansion. {@code index} runs from 0 to {@link #count(Project)} - 1. */
    @FunctionalInterface
    interface CableSink {
        void cable(long index, PortRef a, PortRef b);
    }

    /** Receives the ports a pattern uses on one component: {@code count} ports {@code prefix + first ...}. */
    @FunctionalInterface
    interface PortUseSink {
        /** @param up true for the ports that face up the tiers (a leaf's uplinks), false for those facing down */
        void use(String componentId, String prefix, int first, int count, boolean up);

        /**
         * As {@link #use(String, String, int, int, boolean)}, with the cables on those ports: {@code count}, or more
         * where a breakout shares a port (a rail pattern's {@code leafLegs}). Patterns call this one; a sink that needs
         * the cables overrides it.
         */
        default void use(String componentId, String prefix, int first, int count, boolean up, long cables) {
            use(componentId, prefix, first, count, up);
        }
    }

    /** The port use with the cables on the ports (a breakout puts several on one port). */
    @FunctionalInterface
    interface PortCablesSink {
        void use(String componentId, String prefix, int first, int count, boolean up, long cables);
    }

    /** A {@link PortUseSink} that hands the cables on too (one per port where a sink is called the old way). */
    static PortUseSink withCables(PortCablesSink sink) {
        return new PortUseSink() {
            @Override
            public void use(String componentId, String prefix, int first, int count, boolean up) {
                sink.use(componentId, prefix, first, count, up, count);
            }

            @Override
            public void use(String componentId, String prefix, int first, int count, boolean up, long cables) {
                sink.use(componentId, prefix, first, count, up, cables);
            }
        };
    }

    /**
     * The ports that stand for one end of the pattern, one per kind of place: the low end is every rail port (a rail
     * pattern) or each lower switch's first port (a mesh); the high end is each leaf's or upper switch's first port.
     * Rules and the BOM read the parts and cages at an end from these, never from an expansion.
     */
    List<PortRef> endRefs(boolean low);

    /** The number of cables the pattern stands for in {@code p}. */
    long count(Project p);

    /** Calls {@code out} for every cable in a stable order, without building link objects. */
    void forEach(Project p, CableSink out);

    /** The port ranges the pattern uses, per component (one call per component and side). */
    void portUse(Project p, PortUseSink out);

    /** The ids of the components the pattern names (ends in the pod design or switches of the fabric). */
    Set<String> componentIds();

    /** What is wrong with the pattern in {@code p} (missing pod, component or too few switches), or empty. */
    List<String> problems(Project p);

    /**
     * The problems that make the pattern unreadable: names of pods, components or switches that are not there.
     * A file with such a pattern is refused; a count that falls short (too few leaves for the replicas, e.g.
     * after the replicas were raised) is a design finding of the {@code scaleout.fabric} rule instead.
     */
    default List<String> referenceProblems(Project p) {
        return problems(p);
    }

    /** A short description in user words, e.g. "8 rails of pod-1 x 2,048 replicas to 2,048 leaves". */
    String describe(Project p);

    /**
     * The port names {@code prefix + first}, {@code prefix + (first + 1)}, ... ({@code count} of them): a pattern
     * expands to up to millions of cables over a few hundred distinct port names, so it names each port once.
     */
    static String[] portNames(String prefix, int first, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = prefix + (first + i);
        }
        return names;
    }
}
