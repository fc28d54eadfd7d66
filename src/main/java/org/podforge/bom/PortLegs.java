package org.podforge.bom;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Which cable of its port each end of a cable is, copy by copy, without holding the cables: the per-copy files
 * (NetBox interfaces and cables, the P2P workbook's split ports) name a port that carries several cables by leg
 * ({@code port/2}), and the 131,072-GPU cluster has 2.76 million cables, which as per-copy port records do not fit
 * a 1 GB heap. What is kept is what the copies share: the legs of each port of each pod design (the same in every
 * replica, in the same order), and the legs of each port a fabric cable lands on (per replica, as a number). A
 * port's legs in one copy are its pod design's legs followed by its fabric legs, since
 * {@link CableSchedule#forEachCable} walks the pods' cables before the fabric's. A port is a chassis's component
 * port on one device, as {@link CableSchedule.Cable#deviceName} names it.
 */
public final class PortLegs {

    /** Decides which cables count (and are walked), once per pod run and once per fabric cable. */
    @FunctionalInterface
    public interface Filter {
        /** @param copies the physical cables the run stands for: its pod's replicas, 1 for a fabric cable */
        boolean keep(CableRun run, long copies);
    }

    /** One end of a kept cable in one copy: which of its port's legs it is (0-based) and how many the port has. */
    public static final class End {
        private final CableEnd end;
        private final int leg;
        private final int legs;
        private final Legs design;
        private final Legs fabric;

        private End(CableEnd end, int leg, int legs, Legs design, Legs fabric) {
            this.end = end;
            this.leg = leg;
            this.legs = legs;
            this.design = design;
            this.fabric = fabric;
        }

        public CableEnd end() {
            return end;
        }

        public int leg() {
            return leg;
        }

        public int legs() {
            return legs;
        }

        /** Lanes of the port's i-th leg. */
        public int lanes(int i) {
            int d = design == null ? 0 : design.n;
            return i < d ? design.lanes[i] : fabric.lanes[i - d];
        }

        /** True when both are the same port of the same device. */
        public boolean samePort(End o) {
            return (design != null && design == o.design || design == null && o.design == null) && fabric == o.fabric
                    && end.chassisId().equals(o.end.chassisId()) && end.componentId().equals(o.end.componentId())
                    && end.port().equals(o.end.port());
        }
    }

    /** Receives each kept cable with its two ends. */
    @FunctionalInterface
    public interface Sink<E extends Exception> {
        void accept(CableSchedule.Cable cable, End a, End z) throws E;
    }

    /** The cables on one port, in schedule order: how many, and the lanes of each. */
    private static final class Legs {
        private int n;
        private int[] lanes = new int[1];
        /** Fabric legs met so far in the current walk. */
        private int seen;
        /** Design legs: the replicas of their pod (the copies whose devices they are on). */
        private final int replicas;
        /** Design legs: a fabric cable also lands on this port (in some copy). */
        private boolean fabricToo;

        Legs(int replicas) {
            this.replicas = replicas;
        }

        int add(int laneCount) {
            if (n == lanes.length) {
                lanes = Arrays.copyOf(lanes, n * 2);
            }
            lanes[n] = laneCount;
            return n++;
        }

        /** True when these design legs are on the device a copy key names (see {@link #copyKey}). */
        boolean standFor(int copyKey) {
            return replicas > 1 ? copyKey >= 1 && copyKey <= replicas : copyKey == 0;
        }
    }

    private final CableSchedule schedule;
    /** Legs of each port of each pod design, by chassis and port. */
    private final Map<String, Legs> design = new HashMap<>();
    /** Each kept pod run's leg at its a and z ends. */
    private final Map<CableRun, int[]> designLeg = new IdentityHashMap<>();
    /** Ports fabric cables land on, numbered; their legs by (number, copy key). */
    private final Map<String, Integer> fabricPorts = new HashMap<>();
    private final Map<Long, Legs> fabric = new HashMap<>();
    /** The fabric cables kept, by their place among the fabric's cables. */
    private final BitSet fabricKept = new BitSet();

    private PortLegs(CableSchedule schedule) {
        this.schedule = schedule;
    }

    /** Counts the legs of every port the kept cables land on: one pass over the pod runs and one over the fabric's cables. */
    public static PortLegs of(CableSchedule schedule, Filter filter) {
        PortLegs p = new PortLegs(schedule);
        for (CableRun r : schedule.runs()) {
            if (!r.isCable() || r.replicas() < 1 || !filter.keep(r, r.replicas())) {
                continue;
            }
            String ka = key(r.a());
            String kz = key(r.z());
            int legA = p.design.computeIfAbsent(ka, k -> new Legs(r.replicas())).add(r.lanes());
            int legZ = p.design.computeIfAbsent(kz, k -> new Legs(r.replicas())).add(r.lanes());
            p.designLeg.put(r, new int[] {legA, kz.equals(ka) ? legA : legZ});
        }
        int[] at = {0};
        schedule.forEachFabricCable(c -> {
            int i = at[0]++;
            CableRun r = c.run();
            if (!filter.keep(r, 1)) {
                return;
            }
            p.fabricKept.set(i);
            p.fabricLegs(r.a(), true).add(r.lanes());
            p.fabricLegs(r.z(), true).add(r.lanes());
        });
        return p;
    }

    private static String key(CableEnd e) {
        return e.chassisId() + "\u0000" + e.componentId() + ":" + e.port();
    }

    /**
     * Which copy of its chassis a fabric cable's end is on, as its device name says: the replica when the end
     * addresses one of a replicated pod, else 0 (the bare chassis id: a network rack, or a pod deployed once).
     */
    private static int copyKey(CableEnd e) {
        return e.copy() > 0 && e.replicas() > 1 ? e.copy() : 0;
    }

    private Legs fabricLegs(CableEnd e, boolean create) {
        String k = key(e);
        Integer id = fabricPorts.get(k);
        if (id == null) {
            if (!create) {
                return null;
            }
            id = fabricPorts.size();
            fabricPorts.put(k, id);
            Legs d = design.get(k);
            if (d != null) {
                d.fabricToo = true;
            }
        }
        long fk = ((long) id << 32) | copyKey(e);
        return create ? fabric.computeIfAbsent(fk, x -> new Legs(1)) : fabric.get(fk);
    }

    /** Every kept cable in {@link CableSchedule#forEachCable} order, with the legs of its ends in its copy. */
    public <E extends Exception> void walk(Sink<E> sink) throws E {
        for (Legs l : fabric.values()) {
            l.seen = 0;
        }
        int[] fabricAt = {0};
        schedule.forEachCable(c -> {
            CableRun r = c.run();
            if (c.isFabric()) {
                if (!fabricKept.get(fabricAt[0]++)) {
                    return;
                }
                End a = fabricEnd(r.a(), -1);
                boolean loop = key(r.z()).equals(key(r.a())) && copyKey(r.z()) == copyKey(r.a());
                sink.accept(c, a, fabricEnd(r.z(), loop ? a.leg : -1));
            } else {
                int[] legs = designLeg.get(r);
                if (legs == null) {
                    return;
                }
                int copyKey = r.replicas() > 1 ? c.copy() : 0;
                sink.accept(c, podEnd(r.a(), legs[0], copyKey), podEnd(r.z(), legs[1], copyKey));
            }
        });
    }

    private End podEnd(CableEnd e, int leg, int copyKey) {
        String k = key(e);
        Legs d = design.get(k);
        Legs f = null;
        if (d.fabricToo) {
            f = fabric.get(((long) fabricPorts.get(k) << 32) | copyKey);
        }
        return new End(e, leg, d.n + (f == null ? 0 : f.n), d, f);
    }

    /** @param sameAs the leg of the cable's other end when both are on this port (a loop), else -1 */
    private End fabricEnd(CableEnd e, int sameAs) {
        Legs f = fabricLegs(e, false);
        Legs d = design.get(key(e));
        if (d != null && !d.standFor(copyKey(e))) {
            d = null;
        }
        int dn = d == null ? 0 : d.n;
        int leg = dn + f.seen++;
        return new End(e, sameAs >= 0 ? sameAs : leg, dn + f.n, d, f);
    }
}
