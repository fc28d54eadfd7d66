package org.podforge.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hall's scale-out network: network racks (leaf, spine and core switches placed in rows and positions),
 * the links that leave a pod (pod port to switch, switch to switch, pod to pod) and the wiring patterns that
 * stand for many such links at once (rail i of every server of every replica to leaf i of its unit).
 * Every project has exactly one, with the id {@link #ID}; it is empty in a design of lone pods.
 */
public final class Fabric extends Node implements Container {
    public static final String ID = "fabric";

    private final List<Rack> racks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<LinkPattern> patterns = new ArrayList<>();
    Project project;

    public Fabric() {
        super(ID, "Scale-out fabric");
    }

    @Override
    public List<Rack> racks() {
        return Collections.unmodifiableList(racks);
    }

    @Override
    public void addRack(int index, Rack r) {
        if (r.owner() != null) {
            throw new IllegalStateException(r + " is already in " + r.owner().id());
        }
        racks.add(index < 0 || index > racks.size() ? racks.size() : index, r);
        r.owner = this;
        attachedChild(r);
    }

    @Override
    public int removeRack(Rack r) {
        int i = racks.indexOf(r);
        if (i < 0) {
            throw new IllegalStateException(r + " is not in " + this);
        }
        detachingChild(r);
        racks.remove(i);
        r.owner = null;
        return i;
    }

    @Override
    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    @Override
    public void addLink(int index, Link l) {
        if (l.owner() != null) {
            throw new IllegalStateException(l + " is already in " + l.owner().id());
        }
        links.add(index < 0 || index > links.size() ? links.size() : index, l);
        l.owner = this;
        attachedChild(l);
    }

    @Override
    public int removeLink(Link l) {
        int i = links.indexOf(l);
        if (i < 0) {
            throw new IllegalStateException(l + " is not in " + this);
        }
        detachingChild(l);
        links.remove(i);
        l.owner = null;
        return i;
    }

    /** The wiring patterns, in the order they were added. */
    public List<LinkPattern> patterns() {
        return Collections.unmodifiableList(patterns);
    }

    public void addPattern(int index, LinkPattern lp) {
        if (lp.fabric != null) {
            throw new IllegalStateException(lp + " is already in the fabric");
        }
        patterns.add(index < 0 || index > patterns.size() ? patterns.size() : index, lp);
        lp.fabric = this;
        attachedChild(lp);
    }

    public void addPattern(LinkPattern lp) {
        addPattern(patterns.size(), lp);
    }

    public int removePattern(LinkPattern lp) {
        int i = patterns.indexOf(lp);
        if (i < 0) {
            throw new IllegalStateException(lp + " is not in the fabric");
        }
        detachingChild(lp);
        patterns.remove(i);
        lp.fabric = null;
        return i;
    }

    /** Every chassis of every network rack. */
    public List<Chassis> allChassis() {
        List<Chassis> out = new ArrayList<>();
        for (Rack r : racks) {
            out.addAll(r.chassis());
        }
        return out;
    }

    /** Every component (switch) of every network rack. */
    public List<Component> allComponents() {
        List<Component> out = new ArrayList<>();
        for (Rack r : racks) {
            for (Chassis c : r.chassis()) {
                out.addAll(c.components());
            }
        }
        return out;
    }

    /** True when the fabric holds nothing: a design of lone pods. */
    public boolean isEmpty() {
        return racks.isEmpty() && links.isEmpty() && patterns.isEmpty();
    }

    @Override
    public Node parent() {
        return null;
    }

    @Override
    public Project project() {
        return project;
    }
}
