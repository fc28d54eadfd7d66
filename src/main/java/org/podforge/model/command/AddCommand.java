package org.podforge.model.command;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Adds a detached node under a parent: a pod to the project (parent id null), a rack or link to a pod, a
 * chassis to a rack, a component to a chassis. The node may carry children (a pasted chassis with its
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
        if (node instanceof Pod == (parentId != null)) {
            throw new IllegalArgumentException(node instanceof Pod ? "a pod has no parent id" : "parent id needed for " + node);
        }
    }

    public static AddCommand pod(Pod pod) {
        return new AddCommand(null, pod);
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
            Lookup.pod(p, parentId).addRack(index, r);
        } else if (node instanceof Chassis c) {
            Lookup.rack(p, parentId).addChassis(index, c);
        } else if (node instanceof Component c) {
            Lookup.chassis(p, parentId).addComponent(index, c);
        } else if (node instanceof Link l) {
            {
                Pod pod = Lookup.pod(p, parentId);
                for (String end : new String[] {l.a().componentId(), l.b().componentId()}) {
                    var comp = p.component(end).orElseThrow(() -> Lookup.missing("component", end));
                    if (comp.chassis().rack().pod() != pod) {
                        throw new CommandException("Link " + l.id() + " joins " + end + ", which is not in pod " + pod.label()
                                + "; a link joins components of one pod.");
                    }
                }
                pod.addLink(index, l);
            }
        }
    }

    @Override
    public void undo(Project p) {
        if (node instanceof Pod pod) {
            pod.project().removePod(pod);
        } else if (node instanceof Rack r) {
            r.pod().removeRack(r);
        } else if (node instanceof Chassis c) {
            c.rack().removeChassis(c);
        } else if (node instanceof Component c) {
            c.chassis().removeComponent(c);
        } else if (node instanceof Link l) {
            l.pod().removeLink(l);
        }
    }

    @Override
    public Set<String> affectedIds() {
        Set<String> ids = new LinkedHashSet<>(Subtree.ids(node));
        if (parentId != null) {
            ids.add(parentId);
        }
        if (node instanceof Link l) {
            ids.add(l.a().componentId());
            ids.add(l.b().componentId());
        }
        return ids;
    }
}
