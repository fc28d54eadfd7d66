package org.podforge.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.FabricCables;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.Medium;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * The cable schedule: every link (board traces included in {@link #runs()}, excluded from the physical
 * cables of {@link #forEachCable}) with its A end and Z end (rack, U, chassis, component, port), medium
 * or cable part, length, lanes and negotiated generation. Lengths and generations come from a
 * {@link LinkFacts} (geometry and rules), so this class never computes them itself.
 */
public final class CableSchedule {

    /** One physical cable: a run in one copy (1-based) of its pod. */
    public record Cable(CableRun run, int copy) {
        /** A label unique in the project: the link id, prefixed by pod and copy when the pod is replicated. */
        public String label() {
            return run.replicas() > 1 ? run.podId() + "." + copy + "/" + run.linkId() : run.linkId();
        }

        /**
         * A device name unique across copies: the chassis id, suffixed with the copy when replicated. An end of a
         * fabric cable carries its own copy (the replica it sits in).
         */
        public String deviceName(CableEnd end) {
            return named(deviceBase(end), deviceCopy(end, run.replicas(), copy));
        }

        public String rackName(CableEnd end) {
            return named(rackBase(end), rackCopy(end, run.replicas(), copy));
        }

        /** True for a cable of the scale-out fabric (a hand-made fabric link or a pattern's cable). */
        public boolean isFabric() {
            return FABRIC.equals(run.podId());
        }
    }

    /*
     * A device or rack name in parts, so a caller that compares millions of them builds none (CableScheduleRows): the
     * base (chassis id, rack label) and the copy it is suffixed with, 0 for none. named(base, copy) is the name.
     */

    static String named(String base, int copy) {
        return copy > 0 ? base + "." + copy : base;
    }

    static String deviceBase(CableEnd end) {
        return end.chassisId().isEmpty() ? "(missing)" : end.chassisId();
    }

    /** The copy a device name carries: the end's own copy (a fabric cable's end in a replica), else the cable's. */
    static int deviceCopy(CableEnd end, int runReplicas, int copy) {
        return end.copy() > 0 ? (end.replicas() > 1 ? end.copy() : 0) : (runReplicas > 1 ? copy : 0);
    }

    static String rackBase(CableEnd end) {
        return end.rackId().isEmpty() ? "" : end.rack();
    }

    /** The copy a rack name carries, as {@link #deviceCopy}; none for an end without a rack. */
    static int rackCopy(CableEnd end, int runReplicas, int copy) {
        return rackBase(end).isEmpty() ? 0 : deviceCopy(end, runReplicas, copy);
    }

    /** The device name of a chassis in one copy of its pod: its id, suffixed with the copy when replicated. */
    public static String deviceName(String chassisId, int replicas, int copy) {
        return replicas > 1 ? chassisId + "." + copy : chassisId;
    }

    /** Receives cables one at a time, so huge schedules stream. */
    @FunctionalInterface
    public interface CableSink<E extends Exception> {
        void accept(Cable cable) throws E;
    }

    /** The "pod" id of the fabric's cables in runs, labels and exports. */
    public static final String FABRIC = Fabric.ID;

    private final List<CableRun> runs;
    private final String lengthBasis;
    private final String generationBasis;
    private final Project project;
    private final LinkFacts facts;

    private CableSchedule(List<CableRun> runs, String lengthBasis, String generationBasis, Project project, LinkFacts facts) {
        this.runs = List.copyOf(runs);
        this.lengthBasis = lengthBasis;
        this.generationBasis = generationBasis;
        this.project = project;
        this.facts = facts;
    }

    public static CableSchedule of(Project project, LinkFacts facts, Catalog catalog) {
        Objects.requireNonNull(facts, "facts");
        List<CableRun> runs = new ArrayList<>();
        for (Pod pod : project.pods()) {
            for (Link l : pod.links()) {
                double len = facts.lengthM().applyAsDouble(l);
                Integer gen = facts.generation().apply(l);
                runs.add(new CableRun(pod.id(), pod.label(), pod.replicas(), l.id(), end(project, l.a()), end(project, l.b()),
                        l.medium(), l.cablePart(), transceivers(l), len, l.lanes(), gen));
            }
        }
        return new CableSchedule(runs, facts.lengthBasis(), facts.generationBasis(), project, facts);
    }

    /**
     * The run of one fabric cable, built when it is streamed (pattern cables are never kept): ends in a replicated
     * pod carry their replica as their copy; the length comes from the hall geometry of the replica layout.
     */
    private CableRun fabricRun(FabricCables.Cable c) {
        double len = facts.cableLengthM().metres(c.a(), c.b(), c.lengthOverrideM());
        String transceivers = c.link() != null ? transceivers(c.link()) : patternTransceivers(c.pattern());
        return new CableRun(FABRIC, project.fabric().label(), 1, c.id(), end(project, c.a()), end(project, c.b()), c.medium(), c.cablePart(),
                transceivers, len, c.lanes(), null);
    }

    /** As {@link #transceivers(Link)} for every cable of a pattern. */
    static String patternTransceivers(LinkPattern lp) {
        if (lp.transceiverPartB() == null || lp.transceiverPartB().equals(lp.transceiverPart())) {
            return lp.transceiverPart();
        }
        return (lp.transceiverPart() == null ? "none" : lp.transceiverPart()) + " / " + lp.transceiverPartB();
    }

    /** "X" when both ends use X, "X / Y" when end a uses X and end b uses Y, or null. */
    static String transceivers(Link l) {
        if (l.transceiverPartB() == null || l.transceiverPartB().equals(l.transceiverPart())) {
            return l.transceiverPart();
        }
        return (l.transceiverPart() == null ? "none" : l.transceiverPart()) + " / " + l.transceiverPartB();
    }

    private static CableEnd end(Project project, PortRef ref) {
        Component c = project.componentOrNull(ref.componentId());
        if (c == null) {
            return new CableEnd("", "", null, "", "", ref.componentId(), ref.componentId(), "", ref.port());
        }
        Chassis ch = c.chassis();
        Rack r = ch == null ? null : ch.rack();
        int copy = 0;
        int replicas = 0;
        if (ref.addressesReplica() && r != null && r.pod() != null) {
            copy = ref.replica() + 1;
            replicas = r.pod().replicas();
        }
        return new CableEnd(r == null ? "" : r.id(), r == null ? "" : r.label(), ch == null ? null : ch.uPosition(),
                ch == null ? "" : ch.id(), ch == null ? "" : ch.label(), c.id(), c.label(), c.partNumber(), ref.port(), copy, replicas);
    }

    /** One run per link of each pod design. */
    public List<CableRun> runs() {
        return runs;
    }

    public String lengthBasis() {
        return lengthBasis;
    }

    public String generationBasis() {
        return generationBasis;
    }

    /** Physical cables: runs that are not board traces, x copies of their pod, plus the fabric's cables. */
    public long cableCount() {
        return runs.stream().filter(CableRun::isCable).mapToLong(CableRun::replicas).sum() + fabricCableCount();
    }

    /**
     * Cables of the scale-out fabric: its hand-made links and its patterns' cables (less the hand-made exceptions),
     * counted from the patterns' arithmetic, without expanding them.
     */
    public long fabricCableCount() {
        Fabric f = project.fabric();
        long n = f.links().stream().filter(l -> l.medium() != Medium.PCB).count();
        for (LinkPattern lp : f.patterns()) {
            if (lp.medium() != Medium.PCB) {
                n += FabricCables.count(project, lp);
            }
        }
        return n;
    }

    /** Links that are board traces (medium PCB), per pod design: in the BOM's links, not cables. */
    public long boardTraceRuns() {
        return runs.stream().filter(r -> !r.isCable()).count();
    }

    /**
     * Every physical cable (each run that is not a board trace, once per copy of its pod), in pod, copy,
     * link order; then the cables of the fabric (its links, then each pattern's cables), streamed from
     * {@link FabricCables} so a pattern of a million cables is never held.
     */
    public <E extends Exception> void forEachCable(CableSink<E> sink) throws E {
        forEachCable(0, Long.MAX_VALUE, sink);
    }

    /**
     * Cables {@code [from, to)} of {@link #forEachCable(CableSink)}'s order, without visiting the others: whole
     * pods and copies before {@code from} are skipped by arithmetic, fabric cables before it are counted but not
     * built, and the walk stops at {@code to} (a continuation sheet of a cluster's schedule starts a million
     * cables in).
     */
    public <E extends Exception> void forEachCable(long from, long to, CableSink<E> sink) throws E {
        long podCables = runs.stream().filter(CableRun::isCable).mapToLong(CableRun::replicas).sum();
        forEachPodCable(from, to, sink);
        if (to > podCables) {
            forEachFabricCable(Math.max(0, from - podCables), to - podCables, sink);
        }
    }

    /** The fabric's physical cables only, streamed (the hall's cross-pod cables). */
    public <E extends Exception> void forEachFabricCable(CableSink<E> sink) throws E {
        forEachFabricCable(0, Long.MAX_VALUE, sink);
    }

    /** Receives a fabric cable with the wiring pattern it comes from (null for a hand-made fabric link). */
    @FunctionalInterface
    public interface FabricCableSink<E extends Exception> {
        void accept(LinkPattern pattern, Cable cable) throws E;
    }

    /** The fabric's physical cables, streamed, each with its pattern (what the workbook groups them by). */
    public <E extends Exception> void forEachFabricCable(FabricCableSink<E> sink) throws E {
        forEachFabricCable(0, Long.MAX_VALUE, sink);
    }

    /** The fabric's hand-made links only (the start of {@link #forEachFabricCable(CableSink)}), each as its cable. */
    public <E extends Exception> void forEachFabricLink(CableSink<E> sink) throws E {
        for (org.podforge.model.Link l : project.fabric().links()) {
            if (l.medium() != Medium.PCB) {
                sink.accept(new Cable(fabricRun(FabricCables.link(l)), 1));
            }
        }
    }

    /** Receives one pattern cable of the fabric by its ends and length (as its {@link Cable}'s run would have them). */
    @FunctionalInterface
    public interface PatternCableSink {
        void accept(LinkPattern pattern, CableEnd a, CableEnd z, double lengthM);
    }

    /**
     * The fabric's pattern cables (not its hand-made links), in {@link #forEachFabricCable(FabricCableSink)}'s order,
     * each by its two ends and its length: no run, id or name is built, which is what grouping them needs.
     */
    public void forEachPatternCable(PatternCableSink sink) {
        FabricCables.forEachPatternCable(project, (lp, i, a, b) -> {
            if (lp.medium() != Medium.PCB) {
                sink.accept(lp, end(project, a), end(project, b), facts.cableLengthM().metres(a, b, null));
            }
        });
    }

    /** The run of one of {@link #forEachPatternCable}'s cables, with the values its {@link Cable} would have. */
    CableRun patternRun(LinkPattern lp, CableEnd a, CableEnd z, double lengthM) {
        return new CableRun(FABRIC, project.fabric().label(), 1, lp.id(), a, z, lp.medium(), lp.cablePart(), patternTransceivers(lp), lengthM,
                lp.lanes(), null);
    }

    private <E extends Exception> void forEachFabricCable(long from, long to, CableSink<E> sink) throws E {
        forEachFabricCable(from, to, (FabricCableSink<E>) (pattern, cable) -> sink.accept(cable));
    }

    @SuppressWarnings("unchecked")
    private <E extends Exception> void forEachFabricCable(long from, long to, FabricCableSink<E> sink) throws E {
        final class Carrier extends RuntimeException {
            final Exception cause;

            Carrier(Exception cause) {
                super(null, null, false, false);
                this.cause = cause;
            }
        }
        long[] at = {0};
        try {
            FabricCables.forEach(project, c -> {
                if (c.medium() == Medium.PCB) {
                    return;
                }
                long i = at[0]++;
                if (i < from) {
                    return;
                }
                if (i >= to) {
                    throw new Carrier(null); // done: stop the walk
                }
                try {
                    sink.accept(c.pattern(), new Cable(fabricRun(c), 1));
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new Carrier(e);
                }
            });
        } catch (Carrier carrier) {
            if (carrier.cause != null) {
                throw (E) carrier.cause;
            }
        }
    }

    private <E extends Exception> void forEachPodCable(long from, long to, CableSink<E> sink) throws E {
        long base = 0;
        int i = 0;
        while (i < runs.size() && base < to) {
            String pod = runs.get(i).podId();
            int j = i;
            int perCopy = 0;
            while (j < runs.size() && runs.get(j).podId().equals(pod)) {
                if (runs.get(j).isCable()) {
                    perCopy++;
                }
                j++;
            }
            int copies = runs.get(i).replicas();
            long inPod = (long) perCopy * copies;
            if (perCopy > 0 && base + inPod > from) {
                long skip = Math.max(0, from - base);
                int firstCopy = (int) (skip / perCopy);
                long at = base + (long) firstCopy * perCopy;
                for (int copy = firstCopy + 1; copy <= copies && at < to; copy++) {
                    for (int k = i; k < j && at < to; k++) {
                        if (runs.get(k).isCable()) {
                            if (at >= from) {
                                sink.accept(new Cable(runs.get(k), copy));
                            }
                            at++;
                        }
                    }
                }
            }
            base += inPod;
            i = j;
        }
    }
}
