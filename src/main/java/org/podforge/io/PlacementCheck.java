package org.podforge.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Load-time check of rack places: two racks of one pod (or two network racks of the fabric) at the same
 * row and position cannot both stand there, and every cable length between them would be wrong. The file still loads (nothing is moved or
 * dropped); each clash is one warning naming both racks and the place.
 */
final class PlacementCheck {
    private PlacementCheck() {
    }

    static List<String> sharedPlaces(String file, Project project) {
        List<String> warnings = new ArrayList<>();
        for (Pod pod : project.pods()) {
            check(file, pod.racks(), "of pod '" + pod.id() + "'", warnings);
        }
        check(file, project.fabric().racks(), "of the network fabric", warnings);
        return warnings;
    }

    private static void check(String file, List<Rack> racks, String owner, List<String> warnings) {
        Map<Long, Rack> seen = new HashMap<>();
        for (Rack r : racks) {
            Rack other = seen.putIfAbsent(((long) r.row() << 32) ^ (r.position() & 0xFFFFFFFFL), r);
            if (other != null) {
                warnings.add(file + ": racks '" + other.id() + "' and '" + r.id() + "' " + owner + " are both at row "
                        + r.row() + ", position " + r.position()
                        + "; move one of them (cable lengths between them are meaningless until then).");
            }
        }
    }
}
