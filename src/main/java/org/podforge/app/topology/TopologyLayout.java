package org.podforge.app.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podforge.app.canvas.ConnectPlanner;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Protocol;
import org.podforge.model.Rack;

/**
 * The logical topology of one pod as a layered graph (no nodes, testable): CPUs on top, then PCIe
 * switches, retimers, endpoints (GPUs, NICs, SSDs, CXL memory) and scale-up switches at the bottom,
 * with the links between them as edges. Within a layer, components are ordered by the mean position of
 * their neighbours in the layers above (one barycentre sweep), which untangles most crossings.
 */
public final class TopologyLayout {
    public static final double X_STEP = 74;
    public static final double Y_STEP = 130;
    /** Largest pod drawn in full; bigger pods show their first components up to this many. */
    public static final int MAX_NODES = 1500;

    public record Vertex(String id, String label, Family family, int layer, double x, double y) {
    }

    public record Edge(String linkId, String a, String b, Protocol protocol) {
    }

    private final Map<String, Vertex> vertices = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final int totalComponents;
    private double width;
    private double height;

    private TopologyLayout(int totalComponents) {
        this.totalComponents = totalComponents;
    }

    public static int layerOf(Family f) {
        return switch (f) {
            case CPU -> 0;
            case PCIE_SWITCH -> 1;
            case RETIMER -> 2;
            case GPU, NIC, SSD, CXL_MEMORY_CONTROLLER -> 3;
            case SCALEUP_SWITCH -> 4;
            default -> 3;
        };
    }

    public static TopologyLayout of(Project project, Catalog catalog, Pod pod) {
        List<Component> comps = new ArrayList<>();
        if (pod != null) {
            for (Rack r : pod.racks()) {
                for (Chassis c : r.chassis()) {
                    comps.addAll(c.components());
                }
            }
        }
        TopologyLayout t = new TopologyLayout(comps.size());
        if (comps.size() > MAX_NODES) {
            comps = comps.subList(0, MAX_NODES);
        }
        Map<String, Family> family = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Component c : comps) {
            family.put(c.id(), catalog.find(c.partNumber()).map(Part::family).orElse(Family.GPU));
            labels.put(c.id(), c.label());
        }
        ConnectPlanner cp = new ConnectPlanner(project, catalog);
        Map<String, List<String>> adj = new HashMap<>();
        if (pod != null) {
            for (Link l : pod.links()) {
                String a = l.a().componentId();
                String b = l.b().componentId();
                if (family.containsKey(a) && family.containsKey(b)) {
                    t.edges.add(new Edge(l.id(), a, b, cp.protocolOf(l.a(), l.b())));
                    adj.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                    adj.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
                }
            }
        }
        List<List<String>> layers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            layers.add(new ArrayList<>());
        }
        for (Component c : comps) {
            layers.get(layerOf(family.get(c.id()))).add(c.id());
        }
        Map<String, Double> pos = new HashMap<>();
        for (List<String> layer : layers) {
            for (int i = 0; i < layer.size(); i++) {
                pos.put(layer.get(i), (double) i);
            }
        }
        // barycentre sweep down then up
        for (int pass = 0; pass < 2; pass++) {
            for (int li = 0; li < layers.size(); li++) {
                int idx = pass == 0 ? li : layers.size() - 1 - li;
                List<String> layer = layers.get(idx);
                Map<String, Double> bary = new HashMap<>();
                for (String v : layer) {
                    double sum = 0;
                    int n = 0;
                    for (String u : adj.getOrDefault(v, List.of())) {
                        int lu = layerOf(family.get(u));
                        if (lu != idx) {
                            sum += pos.get(u) / Math.max(1, layers.get(lu).size());
                            n++;
                        }
                    }
                    bary.put(v, n == 0 ? pos.get(v) / Math.max(1, layer.size()) : sum / n);
                }
                layer.sort(Comparator.comparingDouble(bary::get));
                for (int i = 0; i < layer.size(); i++) {
                    pos.put(layer.get(i), (double) i);
                }
            }
        }
        int widest = 1;
        for (List<String> layer : layers) {
            widest = Math.max(widest, layer.size());
        }
        double w = widest * X_STEP;
        int row = 0;
        for (int li = 0; li < layers.size(); li++) {
            List<String> layer = layers.get(li);
            if (layer.isEmpty()) {
                continue;
            }
            double step = Math.max(X_STEP, w / layer.size());
            double x0 = (w - step * (layer.size() - 1)) / 2;
            for (int i = 0; i < layer.size(); i++) {
                String id = layer.get(i);
                t.vertices.put(id, new Vertex(id, labels.get(id), family.get(id), li, x0 + i * step, 40 + row * Y_STEP));
            }
            row++;
        }
        t.width = w;
        t.height = 40 + Math.max(1, row) * Y_STEP;
        return t;
    }

    public Map<String, Vertex> vertices() {
        return vertices;
    }

    public List<Edge> edges() {
        return edges;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Components in the pod (the view draws at most {@link #MAX_NODES}). */
    public int totalComponents() {
        return totalComponents;
    }
}
