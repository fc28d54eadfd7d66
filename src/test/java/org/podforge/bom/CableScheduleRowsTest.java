package org.podforge.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;
import org.podforge.rules.Thresholds;
import org.podforge.service.generate.ClusterGenerator;

/**
 * The workbook's cable schedule multiplies: on a generated 256-GPU cluster (4 replicas of the sample pod, a leaf and
 * spine fabric) every physical cable is counted exactly once across the rows, each pod cable is one row with its
 * copies, and each pattern's cables are grouped per rack pair with the lengths of exactly the cables they stand for.
 */
class CableScheduleRowsTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static Project cluster;
    private static CableSchedule schedule;

    @BeforeAll
    static void generate() {
        cluster = new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(256, null)).project();
        schedule = CableSchedule.of(cluster, Standard.linkFacts(cluster, CATALOG), CATALOG);
    }

    @Test
    void theRowsStandForEveryCableOnceAndAreFarFewer() {
        List<CableScheduleRows.Row> rows = CableScheduleRows.of(schedule);
        long copies = rows.stream().mapToLong(CableScheduleRows.Row::copies).sum();
        assertEquals(schedule.cableCount(), copies);
        assertTrue(schedule.cableCount() > 3 * rows.size(), rows.size() + " rows for " + schedule.cableCount() + " cables");
        int replicas = cluster.pods().get(0).replicas();
        assertTrue(replicas > 1, "a replicated pod: " + replicas);
        long podRows = rows.stream().filter(r -> !r.isFabric()).count();
        assertEquals(schedule.runs().stream().filter(CableRun::isCable).count(), podRows, "one row per cable of the pod design");
        rows.stream().filter(r -> !r.isFabric()).forEach(r -> {
            assertEquals(replicas, r.copies());
            assertFalse(r.aRack().matches(".*\\.\\d+$"), "a design row names the design's rack, not a copy: " + r.aRack());
        });
    }

    @Test
    void patternGroupsCountAndMeasureExactlyTheirCables() {
        Map<String, long[]> count = new HashMap<>();
        Map<String, double[]> lengths = new HashMap<>();
        schedule.forEachFabricCable((pattern, c) -> {
            if (pattern == null) {
                return;
            }
            String key = pattern.id() + "|" + c.rackName(c.run().a()) + "|" + c.rackName(c.run().z());
            count.computeIfAbsent(key, k -> new long[1])[0]++;
            double[] mm = lengths.computeIfAbsent(key, k -> new double[] {Double.MAX_VALUE, -1});
            mm[0] = Math.min(mm[0], c.run().lengthM());
            mm[1] = Math.max(mm[1], c.run().lengthM());
        });
        List<CableScheduleRows.Row> groups = CableScheduleRows.of(schedule).stream().filter(CableScheduleRows.Row::isFabric).toList();
        assertEquals(count.size(), groups.size(), "one row per pattern and rack pair");
        assertTrue(groups.stream().anyMatch(r -> r.copies() > 1), "groups hold several cables");
        for (CableScheduleRows.Row r : groups) {
            String key = r.cable() + "|" + r.aRack() + "|" + r.zRack();
            assertEquals(count.get(key)[0], r.copies(), key);
            assertEquals(lengths.get(key)[0], r.shortestM(), 1e-9, key);
            assertEquals(lengths.get(key)[1], r.longestM(), 1e-9, key);
            assertTrue(r.shortestM() <= r.longestM());
        }
    }
}
