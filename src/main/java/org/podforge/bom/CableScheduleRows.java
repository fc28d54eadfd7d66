package org.podforge.bom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.podforge.model.LinkPattern;

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
        Map<String, Group> groups = new LinkedHashMap<>();
        schedule.forEachFabricCable((LinkPattern pattern, CableSchedule.Cable c) -> {
            CableRun r = c.run();
            String aRack = c.rackName(r.a());
            String zRack = c.rackName(r.z());
            if (pattern == null) {
                out.add(new Row(r.linkId(), r.podId(), 1, aRack, r.a().u(), c.deviceName(r.a()), r.a().component(), r.a().port(), zRack,
                        r.z().u(), c.deviceName(r.z()), r.z().component(), r.z().port(), r.mediumOrPart(), r.transceiverPart(),
                        r.lengthM(), r.lengthM(), r.lanes(), null));
                return;
            }
            String key = pattern.id() + '\u0000' + aRack + '\u0000' + zRack;
            Group g = groups.get(key);
            if (g == null) {
                g = new Group(pattern.id(), aRack, zRack, c);
                groups.put(key, g);
            }
            g.add(c);
        });
        for (Group g : groups.values()) {
            out.add(g.row());
        }
        return out;
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
        private Integer aU;
        private Integer zU;
        private boolean aUMixed;
        private boolean zUMixed;
        private long count;
        private double longest = Double.NaN;
        private double shortest = Double.NaN;

        Group(String pattern, String aRack, String zRack, CableSchedule.Cable c) {
            this.pattern = pattern;
            this.aRack = aRack;
            this.zRack = zRack;
            this.first = c.run();
            this.aU = first.a().u();
            this.zU = first.z().u();
        }

        void add(CableSchedule.Cable c) {
            CableRun r = c.run();
            count++;
            aChassis.add(c.deviceName(r.a()));
            aComponent.add(r.a().component());
            aPort.add(r.a().port());
            zChassis.add(c.deviceName(r.z()));
            zComponent.add(r.z().component());
            zPort.add(r.z().port());
            aUMixed |= !Objects.equals(aU, r.a().u());
            zUMixed |= !Objects.equals(zU, r.z().u());
            if (r.hasLength()) {
                longest = Double.isNaN(longest) ? r.lengthM() : Math.max(longest, r.lengthM());
                shortest = Double.isNaN(shortest) ? r.lengthM() : Math.min(shortest, r.lengthM());
            }
        }

        Row row() {
            return new Row(pattern, CableSchedule.FABRIC, count, aRack, aUMixed ? null : aU, aChassis.text(), aComponent.text(),
                    aPort.text(), zRack, zUMixed ? null : zU, zChassis.text(), zComponent.text(), zPort.text(), first.mediumOrPart(),
                    first.transceiverPart(), longest, shortest, first.lanes(), null);
        }
    }

    /** The first and last of a column's values in a group: {@code leaf-17 .. leaf-24}, or one value when all are alike. */
    private static final class Span {
        private String first;
        private String last;
        private boolean mixed;

        void add(String v) {
            if (first == null) {
                first = v;
            } else if (!mixed && !first.equals(v)) {
                mixed = true;
            }
            last = v;
        }

        String text() {
            return first == null ? "" : mixed ? first + " .. " + last : first;
        }
    }
}
