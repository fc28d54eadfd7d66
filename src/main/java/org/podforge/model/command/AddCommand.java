package org.podforge.model.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.Link;
import org.podforge.model.LinkPattern;
import org.podforge.model.LinkPlace;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Adds a detached node under a parent: a pod to the project (parent id null), a rack or link to a pod or to
 * the fabric ({@link Fabric#ID}), a wiring pattern to the fabric, a chassis to a rack, a component to a
 * chassis. A link goes where {@link Project#place} says (build it with {@link #link}); its ends are taken as
 * that container addresses them. The node may carry children (a pasted chassis with its
 * components, a duplicated pod with everything in it).
 */
public final class AddCommand implements Command {
    private final String parentId;
    private final Node node;
    private final int index;

    public AddCommand(String parentId, Node node) {
        this(parentId, node, -1);
    }

    public AddCommand(String parentId, Node node, int index) {
        this.parentId = parentId;
        this.node = Objects.requireNonNull(node);
        this.index = index;
        if (node instanceof Pod && parentId != null) {
            throw new IllegalArgumentException("a pod has no parent id");
        }
        if (parentId == null && !(node instanceof Pod) && !(node instanceof Link)) {
            throw new IllegalArgumentException("parent id needed for " + node);
        }
    }

    public static AddCommand pod(Pod pod) {
        return new AddCommand(null, pod);
    }

    /**
     * Adds {@code link} to the container its ends belong in when the command runs: the lowest common container
     * of the ends, as {@link Project#place} decides (so a composite command may first add the components the
     * link joins). The link's ends are set to the ones that container uses. Every link-creating site uses this.
     */
    public static AddCommand link(Link link) {
        return new AddCommand(null, link);
    }

    private static LinkPlace placeOf(Project p, Link l) {
        try {
            return p.place(l.a(), l.b());
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        }
    }

    public Node node() {
        return node;
    }

    public String parentId() {
        return parentId;
    }

    @Override
    public String description() {
        return "Add " + Subtree.kind(node) + " " + node.label();
    }

    @Override
    public void execute(Project p) {
        Lookup.requireFreeIds(p, Subtree.ids(node));
        if (node instanceof Pod pod) {
            p.addPod(index, pod);
        } else if (node instanceof Rack r) {
            Lookup.container(p, parentId).addRack(index, r);
        } else if (node instanceof Chassis c) {
            Lookup.rack(p, parentId).addChassis(index, c);
        } else if (node instanceof Component c) {
            Lookup.chassis(p, parentId).addComponent(index, c);
        } else if (node instanceof Link l) {
            LinkPlace place = placeOf(p, l);
            if (parentId != null && !place.owner().id().equals(parentId)) {
                throw new CommandException("Link " + l.id() + " joins " + l.a() + " and " + l.b() + ", so it belongs in "
                        + place.owner().label() + ", not in " + Lookup.container(p, parentId).label() + ".");
            }
            if (!place.a().equals(l.a()) || !place.b().equals(l.b())) {
                l.setEnds(place.a(), place.b());
            }
            place.owner().addLink(index, l);
        } else if (node instanceof LinkPattern lp) {
            if (!Fabric.ID.equals(parentId)) {
                throw new CommandException("A wiring pattern belongs to the fabric, not to " + parentId + ".");
            }
            List<String> problems = lp.wiring().problems(p);
            if (!problems.isEmpty()) {
                throw new CommandException("Pattern " + lp.label() + " " + String.join("; ", problems) + ".");
            }
            p.fabric().addPattern(index, lp);
        } else if (node instanceof Fabric) {
            throw new CommandException("A project has one fabric; add racks, links or patterns to it.");
        }
    }

    @Override
    public void undo(Project p) {
        if (node instanceof Pod pod) {
            pod.project().removePod(pod);
        } else if (node instanceof Rack r) {
            r.owner().removeRack(r);
        } else if (node instanceof Chassis c) {
            c.rack().removeChassis(c);
        } else if (node instanceof Component c) {
            c.chassis().removeComponent(c);
        } else if (node instanceof Link l) {
            l.owner().removeLink(l);
        } else if (node instanceof LinkPattern lp) {
            lp.fabric().removePattern(lp);
        }
    }

    @Override
    public Set<String> affectedIds() {
        Set<String> ids = new LinkedHashSet<>(Subtree.ids(node));
        if (parentId != null) {
            ids.add(parentId);
        } else if (node instanceof Link l && l.owner() != null) {
            ids.add(l.owner().id());
        }
        if (node instanceof Link l) {
            ids.add(l.a().componentId());
            ids.add(l.b().componentId());
        } else if (node instanceof LinkPattern lp) {
            ids.addAll(lp.wiring().componentIds());
        }
        return ids;
    }
}
