package org.podforge.bom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cable schedule as the workbook lists it: multiplied, never expanded (decision 0019). One row per cable of
 * each pod design with the number of copies it stands for (the pod's replicas); each hand-made fabric link as one
 * row; each wiring pattern's cables grouped by the pair of racks they join (per copy of a replicated pod), with
 * their count and their shortest and longest length. A 131,072-GPU cluster's 2.7 million cables become about
 * ten thousand rows; the per-copy list (one row per physical cable) stays in {@link CableSchedule#forEachCable},
 * which the CSV, NetBox and P2P exports stream.
 */
public final class CableScheduleRows {

    /**
     * One row: cable text columns, the copies it stands for and the lengths of its cables.
     *
     * @param cable     the link id (a pod design's or a fabric link's), or the pattern id for a pattern's group
     * @param podId     the pod design's id, or {@link CableSchedule#FABRIC}
     * @param copies    physical cables this row stands for: the pod's replicas, 1 for a fabric link, the group's count
     * @param aU        the A end's U, or null when unknown or when the group's cables start at different Us
     * @param longestM  the longest cable of the row (what to stock), NaN when no length is known
     * @param shortestM the shortest, NaN when no length is known
     * @param generation negotiated PCIe generation, or null
     */
    public record Row(String cable, String podId, long copies, String aRack, Integer aU, String aChassis, String aComponent,
                      String aPort, String zRack, Integer zU, String zChassis, String zComponent, String zPort, String mediumOrPart,
                      String transceiver, double longestM, double shortestM, int lanes, Integer generation) {

        public boolean hasLength() {
            return !Double.isNaN(longestM);
        }

        /** True for a row of the scale-out fabric. */
        public boolean isFabric() {
            return CableSchedule.FABRIC.equals(podId);
        }
    }

    private CableScheduleRows() {
    }

    /** The rows, in pod, link order, then the fabric's links, then each pattern's groups in first-seen order. */
    public static List<Row> of(CableSchedule schedule) {
        List<Row> out = new ArrayList<>();
        for (CableRun r : schedule.runs()) {
            if (r.isCable()) {
                out.add(new Row(r.linkId(), r.podId(), r.replicas(), r.a().rack(), r.a().u(), r.a().chassis(), r.a().component(), r.a().port(),
                        r.z().rack(), r.z().u(), r.z().chassis(), r.z().component(), r.z().port(), r.mediumOrPart(), r.transceiverPart(),
                        r.lengthM(), r.lengthM(), r.lanes(), r.generation()));
            }
        }
        schedule.forEachFabricLink(c -> {
            CableRun r = c.run();
            out.add(new Row(r.linkId(), r.podId(), 1, c.rackName(r.a()), r.a().u(), c.deviceName(r.a()), r.a().component(), r.a().port(),
                    c.rackName(r.z()), r.z().u(), c.deviceName(r.z()), r.z().component(), r.z().port(), r.mediumOrPart(), r.transceiverPart(),
                    r.lengthM(), r.lengthM(), r.lanes(), null));
        });
        out.addAll(patternGroups(schedule));
        return out;
    }

    /**
     * Each pattern's cables grouped by pattern and rack pair, in first-seen order: a cable's rack names are looked up
     * (each distinct one built once), its device names compared in parts, so no text is built per cable.
     */
    static List<Row> patternGroups(CableSchedule schedule) {
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        Map<NameKey, String> rackNames = new HashMap<>();
        schedule.forEachPatternCable((pattern, a, z, lengthM) -> {
            String aRack = rackNames.computeIfAbsent(new NameKey(CableSchedule.rackBase(a), CableSchedule.rackCopy(a, 1, 1)), NameKey::text);
            String zRack = rackNames.computeIfAbsent(new NameKey(CableSchedule.rackBase(z), CableSchedule.rackCopy(z, 1, 1)), NameKey::text);
            GroupKey key = new GroupKey(pattern.id(), aRack, zRack);
            Group g = groups.get(key);
            if (g == null) {
                g = new Group(pattern.id(), aRack, zRack, schedule.patternRun(pattern, a, z, lengthM));
                groups.put(key, g);
            }
            g.add(a, z, lengthM);
        });
        List<Row> out = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            out.add(g.row());
        }
        return out;
    }

    /** A name in parts (see {@link CableSchedule#named}). */
    private record NameKey(String base, int copy) {
        String text() {
            return CableSchedule.named(base, copy);
        }

        // written out: a record's generated equals and hashCode go through method handles, which the C1 compiler of a
        // one-shot command does not inline, and these run twice per cable of the fabric
        @Override
        public boolean equals(Object o) {
            return o instanceof NameKey k && copy == k.copy && base.equals(k.base);
        }

        @Override
        public int hashCode() {
            return 31 * base.hashCode() + copy;
        }
    }

    private record GroupKey(String pattern, String aRack, String zRack) {
        // written out, as NameKey's
        @Override
        public boolean equals(Object o) {
            return o instanceof GroupKey k && pattern.equals(k.pattern) && aRack.equals(k.aRack) && zRack.equals(k.zRack);
        }

        @Override
        public int hashCode() {
            return (31 * pattern.hashCode() + aRack.hashCode()) * 31 + zRack.hashCode();
        }
    }

    /** The cables of one pattern between one pair of racks: counts, first and last ends, lengths. */
    private static final class Group {
        private final String pattern;
        private final String aRack;
        private final String zRack;
        private final CableRun first;
        private final Span aChassis = new Span();
        private final Span aComponent = new Span();
        private final Span aPort = new Span();
        private final Span zChassis = new Span();
        private final Span zComponent = new Span();
        private final Span zPort = new Span();
        private final Integer aU;
        private final Integer zU;
        private boolean aUMixed;
        private boolean zUMixed;
        private long count;
        private double longest = Double.NaN;
        private double shortest = Double.NaN;

        Group(String pattern, String aRack, String zRack, CableRun first) {
            this.pattern = pattern;
            this.aRack = aRack;
            this.zRack = zRack;
            this.first = first;
            this.aU = first.a().u();
            this.zU = first.z().u();
        }

        void add(CableEnd a, CableEnd z, double lengthM) {
            count++;
            aChassis.add(CableSchedule.deviceBase(a), CableSchedule.deviceCopy(a, 1, 1));
            aComponent.add(a.component(), 0);
            aPort.add(a.port(), 0);
            zChassis.add(CableSchedule.deviceBase(z), CableSchedule.deviceCopy(z, 1, 1));
            zComponent.add(z.component(), 0);
            zPort.add(z.port(), 0);
            aUMixed |= !Objects.equals(aU, a.u());
            zUMixed |= !Objects.equals(zU, z.u());
            if (!Double.isNaN(lengthM)) {
                longest = Double.isNaN(longest) ? lengthM : Math.max(longest, lengthM);
                shortest = Double.isNaN(shortest) ? lengthM : Math.min(shortest, lengthM);
            }
        }

        Row row() {
            return new Row(pattern, CableSchedule.FABRIC, count, aRack, aUMixed ? null : aU, aChassis.text(), aComponent.text(),
                    aPort.text(), zRack, zUMixed ? null : zU, zChassis.text(), zComponent.text(), zPort.text(), first.mediumOrPart(),
                    first.transceiverPart(), longest, shortest, first.lanes(), null);
        }
    }

    /**
     * The first and last of a column's values in a group: {@code leaf-17 .. leaf-24}, or one value when all are alike.
     * Values come in parts (base and copy, see {@link CableSchedule#named}); a text is built only when two values'
     * parts differ (to compare them, once: after that the column is mixed) and for the row.
     */
    private static final class Span {
        private String firstBase;
        private int firstCopy;
        private String lastBase;
        private int lastCopy;
        private boolean mixed;

        void add(String base, int copy) {
            if (firstBase == null) {
                firstBase = base;
                firstCopy = copy;
            } else if (!mixed && (copy != firstCopy || !base.equals(firstBase))
                    && !CableSchedule.named(base, copy).equals(CableSchedule.named(firstBase, firstCopy))) {
                mixed = true;
            }
            lastBase = base;
            lastCopy = copy;
        }

        String text() {
            if (firstBase == null) {
                return "";
            }
            String first = CableSchedule.named(firstBase, firstCopy);
            return mixed ? first + " .. " + CableSchedule.named(lastBase, lastCopy) : first;
        }
    }
}
