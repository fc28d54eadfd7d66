package org.podforge.model.command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.podforge.model.Pod;
import org.podforge.model.Pod.TopologyPoint;
import org.podforge.model.Project;

/**
 * Places components' nodes in a pod's topology view (a drag of one or more nodes), or with null puts a
 * node back under the automatic layout. A view hint saved with the design; no rule depends on it, so it
 * affects no ids. Repeated drags of the same nodes are separate steps (each drag is one gesture).
 */
public final class ArrangeTopologyCommand implements Command {
    private final String podId;
    private final Map<String, TopologyPoint> to;
    private final Map<String, TopologyPoint> before = new LinkedHashMap<>();

    /** @param to component id -> new position (null value: back to the automatic layout) */
    public ArrangeTopologyCommand(String podId, Map<String, TopologyPoint> to) {
        if (to.isEmpty()) {
            throw new IllegalArgumentException("nothing to arrange");
        }
        this.podId = podId;
        this.to = new LinkedHashMap<>(to);
    }

    @Override
    public String description() {
        return to.size() == 1 ? "Move " + to.keySet().iterator().next() + " in the topology view"
                : "Move " + to.size() + " nodes in the topology view";
    }

    @Override
    public void execute(Project project) {
        Pod pod = Lookup.pod(project, podId);
        for (String id : to.keySet()) {
            if (project.component(id).map(c -> c.chassis() == null || c.chassis().rack() == null || c.chassis().rack().pod() != pod).orElse(true)) {
                throw new CommandException("There is no component '" + id + "' in " + pod.label() + ".");
            }
        }
        before.clear();
        for (Map.Entry<String, TopologyPoint> e : to.entrySet()) {
            before.put(e.getKey(), pod.topologyPositions().get(e.getKey()));
            pod.setTopologyPosition(e.getKey(), e.getValue());
        }
    }

    @Override
    public void undo(Project project) {
        Pod pod = Lookup.pod(project, podId);
        for (Map.Entry<String, TopologyPoint> e : before.entrySet()) {
            pod.setTopologyPosition(e.getKey(), e.getValue());
        }
    }

    @Override
    public Set<String> affectedIds() {
        return Set.of();
    }
}
