package org.podforge.model.command;

import java.util.ArrayList;
import java.util.List;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.LinkPattern;
import org.podforge.model.Link;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Rack;

/** The ids in a subtree of the project, the node's own first. */
public final class Subtree {
    private Subtree() {
    }

    static List<String> ids(Node n) {
        List<String> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    /** The ids of the components under {@code n} (itself when it is one), in model order. */
    public static List<String> componentIds(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof Component c) {
            out.add(c.id());
        } else if (n instanceof Chassis ch) {
            ch.components().forEach(c -> out.add(c.id()));
        } else if (n instanceof Rack r) {
            r.chassis().forEach(ch -> ch.components().forEach(c -> out.add(c.id())));
        } else if (n instanceof Pod p) {
            p.allComponents().forEach(c -> out.add(c.id()));
        } else if (n instanceof Fabric f) {
            f.allComponents().forEach(c -> out.add(c.id()));
        }
        return out;
    }

    static String kind(Node n) {
        if (n instanceof Pod) {
            return "pod";
        } else if (n instanceof Rack) {
            return "rack";
        } else if (n instanceof Chassis) {
            return "chassis";
        } else if (n instanceof Component) {
            return "component";
        } else if (n instanceof LinkPattern) {
            return "wiring pattern";
        } else if (n instanceof Fabric) {
            return "fabric";
        }
        return "link";
    }

    private static void collect(Node n, List<String> out) {
        out.add(n.id());
        if (n instanceof org.podforge.model.Container box) {
            box.racks().forEach(r -> collect(r, out));
            for (Link l : box.links()) {
                out.add(l.id());
            }
            if (n instanceof Fabric f) {
                f.patterns().forEach(lp -> out.add(lp.id()));
            }
        } else if (n instanceof Rack r) {
            r.chassis().forEach(c -> collect(c, out));
        } else if (n instanceof Chassis ch) {
            ch.components().forEach(c -> collect(c, out));
        }
    }
}
