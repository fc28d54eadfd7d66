package org.podforge.service;

import java.util.Map;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Container;
import org.podforge.model.Fabric;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.live.NodeCopy;

/**
 * A deep copy of a project with the same ids, so that validation and costing can run on a background
 * thread while the UI thread keeps editing the original. Taking one is a linear walk over the tree. Everything
 * the model holds is copied: the pod designs with their replica layouts and topology-view positions, and the
 * scale-out fabric's network racks, links and wiring patterns.
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
        p.powerBudgets().forEach(out::setPowerBudget); // immutable records: shared safely
        for (Pod pod : p.pods()) {
            Pod copy = (Pod) NodeCopy.shallow(pod);
            copyContents(pod, copy);
            out.addPod(copy);
        }
        Fabric f = out.fabric();
        copyContents(p.fabric(), f);
        for (LinkPattern lp : p.fabric().patterns()) {
            f.addPattern((LinkPattern) NodeCopy.shallow(lp));
        }
        for (org.podforge.model.Note n : p.notes()) {
            out.putNote(-1, n); // immutable: shared safely
        }
        return out;
    }

    private static void copyContents(Container from, Container to) {
        for (Rack r : from.racks()) {
            Rack rc = (Rack) NodeCopy.shallow(r);
            for (Chassis ch : r.chassis()) {
                Chassis cc = (Chassis) NodeCopy.shallow(ch);
                for (Component c : ch.components()) {
                    cc.addComponent((Component) NodeCopy.shallow(c));
                }
                rc.addChassis(cc);
            }
            to.addRack(rc);
        }
        for (Link l : from.links()) {
            to.addLink((Link) NodeCopy.shallow(l));
        }
    }
}
