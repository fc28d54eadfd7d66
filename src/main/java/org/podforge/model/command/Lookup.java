package org.podforge.model.command;

import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/** Id lookups that fail with a {@link CommandException} naming what is missing. */
final class Lookup {
    private Lookup() {
    }

    static Pod pod(Project p, String id) {
        return p.pod(id).orElseThrow(() -> missing("pod", id));
    }

    static org.podforge.model.Container container(Project p, String id) {
        return p.container(id).orElseThrow(() -> missing("pod", id));
    }

    static Rack rack(Project p, String id) {
        return p.rack(id).orElseThrow(() -> missing("rack", id));
    }

    static Chassis chassis(Project p, String id) {
        return p.chassis(id).orElseThrow(() -> missing("chassis", id));
    }

    static Component component(Project p, String id) {
        return p.component(id).orElseThrow(() -> missing("component", id));
    }

    static Link link(Project p, String id) {
        return p.link(id).orElseThrow(() -> missing("link", id));
    }

    static Node node(Project p, String id) {
        return p.find(id).orElseThrow(() -> missing("object", id));
    }

    static CommandException missing(String what, String id) {
        return new CommandException("There is no " + what + " '" + id + "' in the project.");
    }

    static void requireFreeIds(Project p, Iterable<String> ids) {
        for (String id : ids) {
            if (p.containsId(id)) {
                throw new CommandException("The id '" + id + "' is already used in the project.");
            }
        }
    }
}
