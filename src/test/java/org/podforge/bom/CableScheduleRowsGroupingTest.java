package org.podforge.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectReader;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.rules.Thresholds;
import org.podforge.service.generate.ClusterGenerator;

/**
 * The pattern cables are grouped without building each cable's texts (the group's key from looked-up rack names, the
 * device names compared in parts); the rows must be exactly those of the grouping that built every cable's run, ends
 * and names as text, kept here as the oracle ({@link Texts}): on generated clusters, on one with hand-made fabric links
 * that replace pattern cables (at a replica's rail port and at a spine's mesh port), and on a rail pattern with
 * breakouts (two cables per leaf port).
 */
class CableScheduleRowsGroupingTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    static Project cluster(long gpus) {
        return new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(gpus, null)).project();
    }

    static void assertSameRows(Project p) {
        CableSchedule schedule = CableSchedule.of(p, Standard.linkFacts(p, CATALOG), CATALOG);
        List<CableScheduleRows.Row> expected = Texts.of(schedule);
        List<CableScheduleRows.Row> rows = CableScheduleRows.of(schedule);
        assertTrue(expected.stream().anyMatch(r -> r.isFabric() && r.copies() > 1), "pattern groups to compare");
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(expected.get(i), rows.get(i), "row " + (i + 1));
        }
    }

    @Test
    void generatedClustersGroupAsBefore() {
        assertSameRows(cluster(256));
        assertSameRows(cluster(2048));
    }

    @Test
    void handMadeLinksThatReplacePatternCablesGroupAsBefore() {
        Project p = cluster(1024);
        List<LinkPattern> patterns = p.fabric().patterns();
        assertTrue(patterns.size() >= 2, "rails and a mesh");
        int n = 0;
        for (LinkPattern lp : patterns) {
            PortRef[] first = new PortRef[2];
            long[] at = {0};
            lp.wiring().forEach(p, (i, a, b) -> {
                if (at[0]++ == 37) { // a cable inside the pattern: a replica's rail port, a switch's mesh port
                    first[0] = a;
                    first[1] = b;
                }
            });
            p.fabric().addLink(-1, new Link("by-hand-" + (++n), first[0], first[1], lp.lanes(), lp.medium()));
        }
        assertSameRows(p);
    }

    @Test
    void breakoutsGroupAsBefore() throws Exception {
        Project p = new ProjectReader(CATALOG).read(Path.of("src/test/resources/rules/port.speed/negative-pattern-breakout.podforge.json"))
                .project();
        assertSameRows(p);
    }

    /** The grouping as it was: every pattern cable's run, rack and device names built as text, keyed by a text. */
    static final class Texts {
        static List<CableScheduleRows.Row> of(CableSchedule schedule) {
            List<CableScheduleRows.Row> out = new ArrayList<>();
            for (CableRun r : schedule.runs()) {
                if (r.isCable()) {
                    out.add(new CableScheduleRows.Row(r.linkId(), r.podId(), r.replicas(), r.a().rack(), r.a().u(), r.a().chassis(),
                            r.a().component(), r.a().port(), r.z().rack(), r.z().u(), r.z().chassis(), r.z().component(), r.z().port(),
                            r.mediumOrPart(), r.transceiverPart(), r.lengthM(), r.lengthM(), r.lanes(), r.generation()));
                }
            }
            Map<String, Group> groups = new LinkedHashMap<>();
            schedule.forEachFabricCable((LinkPattern pattern, CableSchedule.Cable c) -> {
                CableRun r = c.run();
                String aRack = c.rackName(r.a());
                String zRack = c.rackName(r.z());
                if (pattern == null) {
                    out.add(new CableScheduleRows.Row(r.linkId(), r.podId(), 1, aRack, r.a().u(), c.deviceName(r.a()), r.a().component(),
                            r.a().port(), zRack, r.z().u(), c.deviceName(r.z()), r.z().component(), r.z().port(), r.mediumOrPart(),
                            r.transceiverPart(), r.lengthM(), r.lengthM(), r.lanes(), null));
                    return;
                }
                String key = pattern.id() + '\u0000' + aRack + '\u0000' + zRack;
                groups.computeIfAbsent(key, k -> new Group(pattern.id(), aRack, zRack, c)).add(c);
            });
            groups.values().forEach(g -> out.add(g.row()));
            return out;
        }

        private static final class Group {
            private final String pattern;
            private final String aRack;
            private final String zRack;
            private final CableRun first;
            private final Span[] spans = {new Span(), new Span(), new Span(), new Span(), new Span(), new Span()};
            private final Integer aU;
            private final Integer zU;
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
                spans[0].add(c.deviceName(r.a()));
                spans[1].add(r.a().component());
                spans[2].add(r.a().port());
                spans[3].add(c.deviceName(r.z()));
                spans[4].add(r.z().component());
                spans[5].add(r.z().port());
                aUMixed |= !Objects.equals(aU, r.a().u());
                zUMixed |= !Objects.equals(zU, r.z().u());
                if (r.hasLength()) {
                    longest = Double.isNaN(longest) ? r.lengthM() : Math.max(longest, r.lengthM());
                    shortest = Double.isNaN(shortest) ? r.lengthM() : Math.min(shortest, r.lengthM());
                }
            }

            CableScheduleRows.Row row() {
                return new CableScheduleRows.Row(pattern, CableSchedule.FABRIC, count, aRack, aUMixed ? null : aU, spans[0].text(),
                        spans[1].text(), spans[2].text(), zRack, zUMixed ? null : zU, spans[3].text(), spans[4].text(), spans[5].text(),
                        first.mediumOrPart(), first.transceiverPart(), longest, shortest, first.lanes(), null);
            }
        }

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
}
