package org.podforge.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.generate.ClusterGenerator;

/**
 * Hierarchical reporting (decision 0019) on a generated 1,024-GPU cluster (16 replicas of the sample pod, four alike
 * leaf racks): a pod design's findings stand for all its replicas, alike network racks share one finding per cause
 * (and a rack that differs keeps its own), and a hand-made fabric link at one replica's port makes a finding name
 * that replica.
 */
class HierarchicalFindingsTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private static Project cluster() {
        return new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(1024, null)).project();
    }

    private static List<Finding> validate(Project p) {
        return RuleEngine.validate(p, CATALOG, CatalogLoader.builtInPrices());
    }

    private static List<Rack> leafRacks(Project p) {
        return p.fabric().racks().stream().filter(r -> r.chassis().get(0).id().startsWith("leaf-")).toList();
    }

    @Test
    void aPodDesignsFindingsStandForEveryReplica() {
        Project p = cluster();
        int replicas = p.pods().get(0).replicas();
        assertEquals(16, replicas);
        List<Finding> inPod = new ArrayList<>();
        for (Finding f : validate(p)) {
            FindingScope s = FindingScope.of(p, f);
            if (s.level() == FindingScope.Level.POD) {
                inPod.add(f);
                assertEquals(replicas, s.replicas(), f.toString());
                assertTrue(s.label().endsWith("x 16 replicas"), s.label());
            }
        }
        assertFalse(inPod.isEmpty(), "the sample pod has findings (cxl.capacity, rack.power)");
        assertEquals(inPod.size(), inPod.stream().distinct().count(), "each reported once, not once per replica");
    }

    @Test
    void alikeNetworkRacksShareOneFindingPerCause() {
        // rack.power's unknown-power warnings of the network racks are one finding (UnknownPowerFindings, ADR 0023); the
        // alike leaf racks share one clause of it
        Project p = cluster();
        List<Rack> leaves = leafRacks(p);
        assertTrue(leaves.size() >= 4, "leaf racks: " + leaves.size());
        List<Finding> power = validate(p).stream().filter(f -> f.ruleId().equals("rack.power")
                && FindingScope.of(p, f).level() == FindingScope.Level.NETWORK).toList();
        assertEquals(1, power.size(), "one finding for the network racks: " + power);
        Set<String> rackIds = p.fabric().racks().stream().map(Rack::id).collect(Collectors.toSet());
        assertEquals(rackIds, Set.copyOf(power.get(0).subjects()), "its subjects are every network rack");
        String leafClause = leaves.stream().map(Rack::id).collect(Collectors.joining(", ")) + " (each): ";
        assertTrue(power.get(0).message().contains(leafClause), "the alike leaf racks share a clause: " + power.get(0).message());
    }

    @Test
    void aNetworkRackThatDiffersKeepsItsOwnClause() {
        Project p = cluster();
        List<Rack> leaves = leafRacks(p);
        Rack odd = leaves.get(1);
        Chassis gone = odd.chassis().get(odd.chassis().size() - 1);
        odd.removeChassis(gone);
        List<Finding> power = validate(p).stream().filter(f -> f.ruleId().equals("rack.power")
                && FindingScope.of(p, f).level() == FindingScope.Level.NETWORK).toList();
        assertEquals(1, power.size(), power.toString());
        String m = power.get(0).message();
        assertTrue(m.contains("; " + odd.id() + ": "), "the odd rack has its own clause: " + m);
        List<String> others = leaves.stream().map(Rack::id).filter(id -> !id.equals(odd.id())).toList();
        assertTrue(m.contains(String.join(", ", others) + " (each): "), "the others still share one: " + m);
    }

    @Test
    void aHandMadeLinkAtOneReplicaNamesThatReplica() {
        Project p = cluster();
        // rail 1 of server 1 in replica 3 belongs on leaf-1; take it to leaf-2 instead
        p.fabric().addLink(new Link("off-rail", new PortRef("s1.nic-1", "net", 3), new PortRef("leaf-2", "port-63"), 4, Medium.FIBER_SM));
        Finding off = validate(p).stream().filter(f -> f.subjects().contains("off-rail") && f.message().contains("Off-rail"))
                .findFirst().orElseThrow(() -> new AssertionError("no off-rail finding"));
        FindingScope s = FindingScope.of(p, off);
        assertEquals(FindingScope.Level.REPLICA, s.level());
        assertEquals(3, s.replica());
        assertEquals(p.pods().get(0).label() + " replica @3", s.label());
        assertEquals(1, s.replicas(), "it stands for that replica only");
    }
}
