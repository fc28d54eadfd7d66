package org.podforge.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.Edits;

/**
 * The patterns name each port once and hand the same name to every cable at that port (a cluster's patterns expand to
 * millions of cables over a few hundred names), and the names are still the ones the wiring's formulas give: rails of
 * different sizes, breakouts of 2 and 4 at the leaf, a unit larger than the pod's replicas, meshes in groups.
 */
class WiringPortNamesTest {

    private static final List<List<PortRef>> UNEVEN_RAILS = List.of(
            List.of(new PortRef("gpu-11", "host"), new PortRef("gpu-21", "host"), new PortRef("gpu-12", "host")),
            List.of(new PortRef("gpu-22", "host"), new PortRef("gpu-11", "nic")));

    @Test
    void railCablesTakeTheFormulasLeafPortsForEveryBreakoutAndUnitSize() {
        for (int replicas : new int[] {1, 2, 5}) {
            Project p = FabricModelTest.hall();
            new CommandStack(p).execute(Edits.replicas(p, "pod-1", replicas));
            for (int perUnit : new int[] {1, 3, 8}) {
                for (int legs : new int[] {1, 2, 4}) {
                    List<String> leaves = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        leaves.add("leaf-" + i);
                    }
                    RailWiring w = new RailWiring("pod-1", UNEVEN_RAILS, leaves, perUnit, "port-", 7, legs);
                    List<String> got = new ArrayList<>();
                    w.forEach(p, (i, a, b) -> got.add(a + " " + b));
                    List<String> expected = new ArrayList<>();
                    for (int r = 0; r < replicas; r++) {
                        for (int rail = 0; rail < UNEVEN_RAILS.size(); rail++) {
                            List<PortRef> ports = UNEVEN_RAILS.get(rail);
                            for (int s = 0; s < ports.size(); s++) {
                                int port = 7 + ((r % perUnit) * ports.size() + s) / legs;
                                expected.add(ports.get(s).onReplica(r) + " " + w.leaf(r / perUnit, rail) + "/port-" + port);
                            }
                        }
                    }
                    String what = replicas + " replica(s), " + perUnit + " per unit, " + legs + " per leaf port";
                    assertEquals(expected, got, what);
                    assertEquals(w.count(p), got.size(), what);
                }
            }
        }
    }

    @Test
    void aRailPatternHandsEveryCableAtOnePortNameTheSameName() {
        Project p = FabricModelTest.hall();
        new CommandStack(p).execute(Edits.replicas(p, "pod-1", 4));
        RailWiring w = new RailWiring("pod-1", UNEVEN_RAILS, List.of("leaf-1", "leaf-2", "leaf-3", "leaf-4"), 2, "port-", 1, 2);
        assertSameNameForAlikePorts(p, w);
    }

    @Test
    void meshCablesTakeTheFormulasPortsInEveryGroupAndShareTheirNames() {
        Project p = FabricModelTest.hall();
        List<String> lower = List.of("l0", "l1", "l2", "l3");
        List<String> upper = List.of("u0", "u1", "u2", "u3", "u4", "u5");
        MeshWiring w = new MeshWiring(lower, upper, 2, 3, "up-", 33, "down-", 1);
        List<String> got = new ArrayList<>();
        w.forEach(p, (i, a, b) -> got.add(a + " " + b));
        List<String> expected = new ArrayList<>();
        for (int g = 0; g < 2; g++) {
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 3; b++) {
                    for (int t = 0; t < 3; t++) {
                        expected.add(lower.get(g * 2 + a) + "/up-" + (33 + b * 3 + t) + " " + upper.get(g * 3 + b) + "/down-" + (1 + a * 3 + t));
                    }
                }
            }
        }
        assertEquals(expected, got);
        assertEquals(w.count(p), got.size());
        assertSameNameForAlikePorts(p, w);
    }

    /** Every port name the expansion gives is one String object per distinct name. */
    private static void assertSameNameForAlikePorts(Project p, Wiring w) {
        Map<String, String> first = new HashMap<>();
        int[] reused = {0};
        w.forEach(p, (i, a, b) -> {
            for (PortRef end : List.of(a, b)) {
                String seen = first.putIfAbsent(end.port(), end.port());
                if (seen != null && !end.componentId().startsWith("gpu-")) {
                    assertSame(seen, end.port(), "cable " + i + " names " + end + " anew");
                    reused[0]++;
                }
            }
        });
        assertEquals(true, reused[0] > 0, "some port name is used by two cables");
    }
}
