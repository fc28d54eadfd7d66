package org.podforge.service;

import java.util.Map;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Project;

/**
 * A deep copy of a project with the same ids, so that validation and costing can run on a background
 * thread while the UI thread keeps editing the original. Taking one is a linear walk over the tree.
 */
public final class ProjectSnapshot {
    private ProjectSnapshot() {
    }

    public static Project copyOf(Project p) {
        Project out = new Project(p.name());
        out.setDescription(p.description());
        for (Map.Entry<String, String> e : p.severityOverrides().entrySet()) {
            out.setSeverityOverride(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Double> e : p.thresholdOverrides().entrySet()) {
            out.setThresholdOverride(e.getKey(), e.getValue());
        }
        for (Pod pod : p.pods()) {
            Node copy = Clipboard.deepCopy(pod, id -> id);
            out.addPod((Pod) copy);
        }
        for (org.podforge.model.Note n : p.notes()) {
            out.putNote(-1, n); // immutable: shared safely
        }
        return out;
    }
}
