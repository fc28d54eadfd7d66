package org.podforge.service.wiring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources "each to the next free port" could not wire, grouped by why, as one note per reason that says what to
 * do: the targets' ports are all taken (add a switch), the source's own ports are in use (remove their links or pick
 * another port group), or no target port takes the source's (the checks' reason, in part and port-group words). Before, each
 * source got its own line naming every target ("gpu-3: no free compatible port left on sw-1, sw-2, ...").
 */
final class Shortfalls {
    /** Why one source got no link: a kind, and for {@link Kind#INCOMPATIBLE} the checks' reason in part words. */
    record Why(Kind kind, String reason) {
        static Why of(Kind kind) {
            return new Why(kind, "");
        }
    }

    enum Kind {
        TARGETS_FULL, SOURCE_FULL, INCOMPATIBLE
    }

    private final Map<Why, List<String>> sources = new LinkedHashMap<>();

    void add(String source, Why why) {
        sources.computeIfAbsent(why, k -> new ArrayList<>()).add(source);
    }

    /** One note per reason, in the order the reasons first came up. */
    List<String> notes(int targets, int planned) {
        List<String> out = new ArrayList<>();
        sources.forEach((why, ids) -> {
            String n = ids.size() == 1 ? "1 source got no link" : ids.size() + " sources got no link";
            String list = BulkWiring.shortList(ids);
            out.add(switch (why.kind()) {
                case TARGETS_FULL -> n + ": every port of the " + (targets == 1 ? "target" : targets + " targets") + " that could take it is taken"
                        + (planned == 0 ? "" : " (with the " + planned + " link" + (planned == 1 ? "" : "s") + " planned here)")
                        + ": " + list + ". Add another switch to the selection, or wire them to other targets.";
                case SOURCE_FULL -> n + ": " + (ids.size() == 1 ? "its own ports are" : "their own ports are") + " in use: " + list
                        + ". Remove their links first (Edit > Remove Links of Selection), or pick another source port group.";
                case INCOMPATIBLE -> n + ": no target port takes " + (ids.size() == 1 ? "its" : "their") + " ports (" + why.reason() + "): "
                        + list + ". Pick other port groups, or select components whose ports these targets take.";
            });
        });
        return out;
    }
}
