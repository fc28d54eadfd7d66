package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * The pod frames of the canvas (box, title, counts). After an edit only the frames of pods whose box, name,
 * replicas, link count or racks changed are drawn again; the others keep their nodes (a new node costs CSS, and a
 * frame's counts walk every component of its pod).
 */
final class PodFrames {
    private final Group layer;
    private Map<String, Frame> shown = new HashMap<>();

    /**
     * What a frame shows, as far as it can change: the racks by their skins' signatures (which cover the chassis and
     * components the counts are made of).
     */
    private record Key(Box box, String label, int replicas, int links, List<Integer> racks, CanvasStyle style) {
    }

    private record Frame(Key key, Node node) {
    }

    PodFrames(Group layer) {
        this.layer = layer;
    }

    /** Forgets every frame (a theme change or a full rebuild). */
    void clear() {
        shown = new HashMap<>();
        layer.getChildren().clear();
    }

    /**
     * Brings the frames up to date with the design.
     *
     * @param rackSignatures rack id -> the signature of what its skin draws
     * @param renderer       draws a frame (called only for frames that changed)
     * @return the ids of the pods whose frame was drawn anew (a selection highlight must be put on the new node)
     */
    List<String> update(Project p, CanvasLayout l, Map<String, Integer> rackSignatures, CanvasStyle style, Supplier<DesignRenderer> renderer) {
        Map<String, Frame> next = new HashMap<>();
        List<Node> nodes = new ArrayList<>(p.pods().size());
        List<Integer> changed = new ArrayList<>();
        List<String> redrawn = new ArrayList<>();
        DesignRenderer r = null;
        for (Pod pod : p.pods()) {
            List<Integer> racks = new ArrayList<>(pod.racks().size());
            for (Rack rack : pod.racks()) {
                racks.add(rackSignatures.get(rack.id()));
            }
            Key k = new Key(l.box(pod.id()), pod.label(), pod.replicas(), pod.links().size(), racks, style);
            Frame f = shown.get(pod.id());
            if (f == null || !f.key().equals(k)) {
                if (r == null) {
                    r = renderer.get();
                }
                f = new Frame(k, r.pod(pod));
                changed.add(nodes.size());
                redrawn.add(pod.id());
            }
            next.put(pod.id(), f);
            nodes.add(f.node());
        }
        javafx.collections.ObservableList<Node> children = layer.getChildren();
        boolean sameOrder = children.size() == nodes.size();
        for (int i = 0; sameOrder && i < nodes.size(); i++) {
            sameOrder = changed.contains(i) || children.get(i) == nodes.get(i);
        }
        if (sameOrder) {
            for (int i : changed) {
                children.set(i, nodes.get(i)); // kept frames stay in the scene (no CSS pass for them)
            }
        } else {
            children.setAll(nodes);
        }
        shown = next;
        return redrawn;
    }
}
