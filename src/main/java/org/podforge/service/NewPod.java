package org.podforge.service;

import java.util.Comparator;
import org.podforge.catalog.Catalog;
import org.podforge.model.Family;
import org.podforge.model.Ids;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.AddCommand;

/**
 * A new pod design with one empty rack, as Edit > New Pod makes it (and a rack dropped on an empty canvas): named
 * "Pod B", "Pod C", ... after the pods there are, its rack of the given part, else the part of the design's first
 * rack, else the catalog's first rack part. One undoable command.
 */
public final class NewPod {
    private NewPod() {
    }

    /** The command that adds the pod (it is not executed here). */
    public static AddCommand command(Project project, Catalog catalog, String rackPart) {
        String part = rackPart != null ? rackPart : defaultRackPart(project, catalog);
        Pod pod = new Pod(project.newId("pod"), nextName(project), 1);
        pod.addRack(new Rack(project.newId(Ids.prefixFor(Family.RACK)), "", part, 0, 0));
        return AddCommand.pod(pod);
    }

    /** "Pod A" for the first pod, then the first letter no pod is named after. */
    static String nextName(Project project) {
        for (char c = 'A'; c <= 'Z'; c++) {
            String n = "Pod " + c;
            if (project.pods().stream().noneMatch(p -> p.name().equalsIgnoreCase(n))) {
                return n;
            }
        }
        return "Pod " + (project.pods().size() + 1);
    }

    static String defaultRackPart(Project project, Catalog catalog) {
        for (Pod p : project.pods()) {
            if (!p.racks().isEmpty()) {
                return p.racks().get(0).partNumber();
            }
        }
        return catalog.byFamily(Family.RACK).stream().map(Part::partNumber).sorted(Comparator.naturalOrder()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the catalog has no rack part"));
    }
}
