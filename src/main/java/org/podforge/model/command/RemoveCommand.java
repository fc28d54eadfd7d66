package org.podforge.model.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Container;
import org.podforge.model.Fabric;
import org.podforge.model.LinkPattern;
import org.podforge.model.Link;
import org.podforge.model.Node;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Removes a node by id with everything inside it and every link that touches a removed component. Undo
 * puts all of it back where it was.
 */
public final class RemoveCommand implements Command {
    private final String id;
    private Node removed;
    private Node parent;
    private int index;
    private final DetachedLinks links = new DetachedLinks();
    private final Set<String> affected = new LinkedHashSet<>();
    private String label;

    public RemoveCommand(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public String description() {
        return "Delete " + (label != null ? label : id);
    }

    @Override
    public void execute(Project p) {
        Node n = p.find(id).orElseThrow(() -> Lookup.missing("object", id));
        label = n.label();
        affected.clear();
        affected.addAll(Subtree.ids(n));
        List<String> comps = Subtree.componentIds(n);
        // links of the removed components: remember their other ends too, they lose a connection
        for (String c : comps) {
            for (Link l : p.linksOf(c)) {
                affected.add(l.a().componentId());
                affected.add(l.b().componentId());
            }
        }
        if (n instanceof Pod pod) {
            links.detach(p, comps, pod);
            parent = null;
            index = p.removePod(pod);
        } else if (n instanceof Rack r) {
            links.detach(p, comps);
            parent = r.owner().asNode();
            index = r.owner().removeRack(r);
        } else if (n instanceof Chassis c) {
            links.detach(p, comps);
            parent = c.rack();
            index = c.rack().removeChassis(c);
        } else if (n instanceof Component c) {
            links.detach(p, comps);
            parent = c.chassis();
            index = c.chassis().removeComponent(c);
        } else if (n instanceof Link l) {
            affected.add(l.a().componentId());
            affected.add(l.b().componentId());
            parent = l.owner().asNode();
            index = l.owner().removeLink(l);
        } else if (n instanceof LinkPattern lp) {
            for (String c : lp.wiring().componentIds()) {
                affected.add(c);
            }
            parent = lp.fabric();
            index = lp.fabric().removePattern(lp);
        } else if (n instanceof Fabric) {
            throw new CommandException("The scale-out fabric itself cannot be deleted; delete its racks, links or patterns.");
        }
        if (parent != null) {
            affected.add(parent.id());
        }
        affected.addAll(links.ids());
        removed = n;
    }

    @Override
    public void undo(Project p) {
        if (removed instanceof Pod pod) {
            p.addPod(index, pod);
        } else if (removed instanceof Rack r) {
            ((Container) parent).addRack(index, r);
        } else if (removed instanceof Chassis c) {
            ((Rack) parent).addChassis(index, c);
        } else if (removed instanceof Component c) {
            ((Chassis) parent).addComponent(index, c);
        } else if (removed instanceof Link l) {
            ((Container) parent).addLink(index, l);
        } else if (removed instanceof LinkPattern lp) {
            ((Fabric) parent).addPattern(index, lp);
        }
        links.reattach();
    }

    @Override
    public Set<String> affectedIds() {
        return Set.copyOf(affected);
    }
}
