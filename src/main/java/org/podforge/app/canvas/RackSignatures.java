package org.podforge.app.canvas;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * A hash per rack of everything its skin draws and its layout depends on: its name, part and place, its chassis
 * (id, name, part, unit) and their components (id, part, slot), in order. The canvas redraws and re-lays-out only
 * the racks whose signature changed after an edit.
 */
final class RackSignatures {
    private RackSignatures() {
    }

    /** The signature of every rack of the pod designs, by rack id. */
    static Map<String, Integer> of(Project p) {
        Map<String, Integer> m = new HashMap<>();
        for (Pod pod : p.pods()) {
            for (Rack r : pod.racks()) {
                int h = Objects.hashCode(r.label());
                h = 31 * h + Objects.hashCode(r.partNumber());
                h = 31 * h + r.row();
                h = 31 * h + r.position();
                for (Chassis c : r.chassis()) {
                    h = 31 * h + c.id().hashCode();
                    h = 31 * h + Objects.hashCode(c.label());
                    h = 31 * h + Objects.hashCode(c.partNumber());
                    h = 31 * h + c.uPosition();
                    for (Component comp : c.components()) {
                        h = 31 * h + comp.id().hashCode();
                        h = 31 * h + Objects.hashCode(comp.partNumber());
                        h = 31 * h + Objects.hashCode(comp.slot());
                    }
                }
                m.put(r.id(), h);
            }
        }
        return m;
    }

    /** The racks whose signature differs, that are new, or that are gone. */
    static Set<String> changed(Map<String, Integer> before, Map<String, Integer> now) {
        Set<String> out = new HashSet<>();
        for (Map.Entry<String, Integer> e : now.entrySet()) {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                out.add(e.getKey());
            }
        }
        for (String r : before.keySet()) {
            if (!now.containsKey(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
