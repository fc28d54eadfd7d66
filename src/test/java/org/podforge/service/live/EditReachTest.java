package org.podforge.service.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.Edits;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.rules.Thresholds;
import org.podforge.service.generate.ClusterGenerator;

/**
 * What a patch reaches beyond the nodes it names (decision 0036): a move inside a rack recounts nothing and leaves
 * the network level alone, a cable inside a pod design recounts that design only, and anything in the fabric, a
 * pattern, or which part sits where reaches the network level. {@link LiveAnalysisTest} proves the answers keep the
 * results equal to a full pass; this one proves the narrow answers are given, so the work is really skipped.
 */
class EditReachTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private final Project p = new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(256, null)).project();
    private final Pod pod = p.pods().get(0);

    @Test
    void aMoveInsideAPodRackReachesNothingBeyondItsNodes() {
        Rack rack = pod.racks().get(0);
        Chassis top = rack.chassis().get(rack.chassis().size() - 1);
        for (Chassis c : rack.chassis()) {
            top = c.uPosition() > top.uPosition() ? c : top;
        }
        EditReach r = reach(new MoveChassisCommand(top.id(), rack.id(), top.uPosition() + 1));
        assertFalse(r.network(), "the network level does not read where a chassis stands in a pod rack");
        assertFalse(r.allPods());
        assertEquals(Set.of(), r.stalePods(), "the BOM does not read U positions");
    }

    @Test
    void aCableInsideAPodDesignRecountsThatDesignOnly() {
        EditReach r = reach(AddCommand.link(freeLink(pod.allComponents())));
        assertFalse(r.network(), "a link inside one pod design is nothing the fabric reads");
        assertEquals(Set.of(pod.id()), r.stalePods());
    }

    @Test
    void theNetworkLevelSeesPatternsNetworkRacksAndWhichPartSitsWhere() {
        assertTrue(reach(Edits.patternTransceiver(p, p.fabric().patterns().get(0).id(), false, null)).allPods(), "a pattern");
        Rack net = p.fabric().racks().get(0);
        EditReach budget = reach(Edits.rackPowerBudget(p, net.id(), 20_000.0));
        assertTrue(budget.network(), "a network rack's budget is in the fabric's power");
        Component c = pod.allComponents().get(0);
        assertTrue(reach(Edits.rename(p, c.id(), "renamed")).network(), "a name a network finding may quote");
        assertTrue(reach(Edits.replicas(p, pod.id(), pod.replicas() + 1)).network(), "replicas");
    }

    /** Runs {@code c} on the project and returns what its patch reaches, measured on a replica as the app does. */
    private EditReach reach(Command c) {
        Project replica = org.podforge.service.ProjectSnapshot.copyOf(p);
        c.execute(p);
        ReplicaPatch patch = ReplicaPatch.of(p, c);
        EditReach r = EditReach.before(replica, patch.ids());
        patch.apply(replica);
        return r.after(replica, patch.all());
    }

    private Link freeLink(List<Component> comps) {
        List<PortRef> free = new ArrayList<>();
        for (Component c : comps) {
            Part part = CATALOG.find(c.partNumber()).orElse(null);
            for (Port port : part == null ? List.<Port>of() : part.ports()) {
                PortRef ref = new PortRef(c.id(), port.name());
                if (p.linksAt(ref).isEmpty() && (free.isEmpty() || !free.get(0).componentId().equals(c.id()))) {
                    free.add(ref);
                    break;
                }
            }
            if (free.size() == 2) {
                return new Link(p.newId("link"), free.get(0), free.get(1), 4, Medium.COPPER_EXTERNAL);
            }
        }
        throw new IllegalStateException("no two free ports");
    }
}
