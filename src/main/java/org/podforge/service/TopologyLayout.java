package org.podforge.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The logical topology of one pod as a graph, toolkit-free (the Topology tab draws it, {@code org.podforge.print} prints it): a block per chassis with its CPUs on
 * top, then PCIe switches, retimers and endpoints (GPUs, NICs, SSDs, CXL memory), rows of at most
 * {@link #BLOCK_COLS}; blocks side by side (wrapping); the scale-up switches form a fabric band under all
 * blocks; links are the edges. Within a layer, components are ordered by the mean x of their neighbours
 * already placed, which keeps each retimer under its switch and each accelerator under its retimer.
 * Components with no link are drawn apart in a "Not connected" block under everything; nodes the user
 * dragged stand where the pod's {@link Pod#topologyPositions()} put them.
 */
public final class TopologyLayout {
    public static final double X_STEP = 64;
    public static final double ROW_STEP = 58;
    public static final double LAYER_GAP = 22;
    public static final double BLOCK_GAP = 48;
    public static final double BLOCK_HEADER = 40;
    public static final int BLOCK_COLS = 8;
    public static final double MAX_WIDTH = 5200;
    /** The width-to-height ratio the blocks' wrapping aims at (between a wide screen's 16:9 and an A4 sheet's 1.41). */
    public static final double TARGET_ASPECT = 1.6;
    /** Largest pod drawn in full; bigger pods show their first components up to this many. */
    public static final int MAX_NODES = 1500;

    /** The layer of components with no link: drawn apart, in a "Not connected" block. */
    public static final int LOOSE_LAYER = 5;

    public record Vertex(String id, String label, Family family, int layer, double x, double y) {
    }

    public record Edge(String linkId, String a, String b, Protocol protocol) {
    }

    private final Map<String, Vertex> vertices = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final java.util.Set<String> placed = new java.util.HashSet<>();
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
        Map<String, List<String>> adj = new HashMap<>();
        if (pod != null) {
            for (Link l : pod.links()) {
                String a = l.a().componentId();
                String b = l.b().componentId();
                if (family.containsKey(a) && family.containsKey(b)) {
                    t.edges.add(new Edge(l.id(), a, b, LinkProtocol.of(project, catalog, l.a(), l.b())));
                    adj.computeIfAbsent(a, k -> new ArrayList<>()).add(b);
                    adj.computeIfAbsent(b, k -> new ArrayList<>()).add(a);
                }
            }
        }
        // one block per chassis (its CPUs, switches, retimers and endpoints in layers), blocks side by side;
        // scale-up switches form a fabric band under all blocks
        Map<String, List<String>> byChassis = new LinkedHashMap<>();
        Map<String, String> chassisLabel = new HashMap<>();
        List<String> fabric = new ArrayList<>();
        List<String> loose = new ArrayList<>();
        for (Component c : comps) {
            if (!adj.containsKey(c.id())) {
                loose.add(c.id()); // drawn apart, so an unconnected part never sits on an edge and looks wired
            } else if (family.get(c.id()) == Family.SCALEUP_SWITCH) {
                fabric.add(c.id());
            } else {
                byChassis.computeIfAbsent(c.chassis().id(), k -> new ArrayList<>()).add(c.id());
                chassisLabel.put(c.chassis().id(), c.chassis().label());
            }
        }
        double wrap = wrapWidth(byChassis.values(), family, !fabric.isEmpty());
        Map<String, Double> xOf = new HashMap<>();
        double x = 0;
        double y0 = 30;
        double blocksBottom = y0;
        double rowTop = y0;
        double rowBottom = y0;
        for (Map.Entry<String, List<String>> e : byChassis.entrySet()) {
            List<List<String>> layers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                layers.add(new ArrayList<>());
            }
            for (String id : e.getValue()) {
                layers.get(Math.min(3, layerOf(family.get(id)))).add(id);
            }
            int cols = 1;
            for (List<String> layer : layers) {
                cols = Math.max(cols, Math.min(BLOCK_COLS, layer.size()));
            }
            double bw = cols * X_STEP;
            if (x > 0 && x + bw > wrap) {
                x = 0;
                rowTop = rowBottom + BLOCK_GAP;
            }
            double y = rowTop + BLOCK_HEADER;
            for (List<String> layer : layers) {
                if (layer.isEmpty()) {
                    continue;
                }
                // order by the mean x of neighbours already placed (the layers above)
                Map<String, Double> bary = new HashMap<>();
                for (int i = 0; i < layer.size(); i++) {
                    String v = layer.get(i);
                    double sum = 0;
                    int n = 0;
                    for (String u : adj.getOrDefault(v, List.of())) {
                        Double ux = xOf.get(u);
                        if (ux != null) {
                            sum += ux;
                            n++;
                        }
                    }
                    bary.put(v, n == 0 ? x + i * X_STEP : sum / n);
                }
                layer.sort(Comparator.comparingDouble(bary::get));
                for (int i = 0; i < layer.size(); i++) {
                    int row = i / BLOCK_COLS;
                    int col = i % BLOCK_COLS;
                    int inRow = Math.min(BLOCK_COLS, layer.size() - row * BLOCK_COLS);
                    double step = bw / inRow;
                    double vx = x + step * col + step / 2;
                    double vy = y + row * ROW_STEP;
                    String id = layer.get(i);
                    t.vertices.put(id, new Vertex(id, labels.get(id), family.get(id), layerOf(family.get(id)), vx, vy));
                    xOf.put(id, vx);
                }
                y += ((layer.size() + BLOCK_COLS - 1) / BLOCK_COLS) * ROW_STEP + LAYER_GAP;
            }
            t.blocks.add(new Block(e.getKey(), chassisLabel.get(e.getKey()), x - 8, rowTop, bw + 16, y - rowTop - LAYER_GAP + 24));
            rowBottom = Math.max(rowBottom, y);
            blocksBottom = Math.max(blocksBottom, y);
            x += bw + BLOCK_GAP;
        }
        double width = Math.max(X_STEP, t.blocks.stream().mapToDouble(b -> b.x() + b.w()).max().orElse(X_STEP));
        double fy = blocksBottom + (t.blocks.isEmpty() ? 0 : 60);
        if (!fabric.isEmpty()) {
            fabric.sort(Comparator.comparing(id -> id));
            double step = Math.max(X_STEP, width / fabric.size());
            for (int i = 0; i < fabric.size(); i++) {
                String id = fabric.get(i);
                t.vertices.put(id, new Vertex(id, labels.get(id), Family.SCALEUP_SWITCH, 4, step * i + step / 2, fy));
            }
            width = Math.max(width, step * fabric.size());
            fy += ROW_STEP;
        }
        if (!loose.isEmpty()) {
            // a band of their own under everything, labelled, in pod order
            double top = fy + 30;
            int cols = Math.max(1, Math.min(loose.size(), (int) Math.floor(Math.max(width, 8 * X_STEP) / X_STEP)));
            int rows = (loose.size() + cols - 1) / cols;
            for (int i = 0; i < loose.size(); i++) {
                String id = loose.get(i);
                double vx = (i % cols) * X_STEP + X_STEP / 2;
                double vy = top + BLOCK_HEADER + (i / cols) * ROW_STEP;
                t.vertices.put(id, new Vertex(id, labels.get(id), family.get(id), LOOSE_LAYER, vx, vy));
            }
            t.blocks.add(new Block(null, "Not connected (" + loose.size() + ")", -8, top, cols * X_STEP + 16, BLOCK_HEADER + rows * ROW_STEP - 10));
            width = Math.max(width, cols * X_STEP);
            fy = top + BLOCK_HEADER + rows * ROW_STEP;
        }
        // where the user placed nodes (saved with the pod) wins over the automatic place
        if (pod != null) {
            for (Map.Entry<String, Pod.TopologyPoint> e : pod.topologyPositions().entrySet()) {
                Vertex v = t.vertices.get(e.getKey());
                if (v != null) {
                    t.vertices.put(v.id(), new Vertex(v.id(), v.label(), v.family(), v.layer(), e.getValue().x(), e.getValue().y()));
                    t.placed.add(v.id());
                }
            }
        }
        double maxX = width;
        double maxY = fy;
        for (Vertex v : t.vertices.values()) {
            maxX = Math.max(maxX, v.x() + X_STEP / 2);
            maxY = Math.max(maxY, v.y() + ROW_STEP / 2);
        }
        t.width = maxX;
        t.height = maxY + 20;
        return t;
    }

    /** The columns a chassis block takes: its widest layer, at most {@link #BLOCK_COLS}. */
    private static int blockCols(List<String> ids, Map<String, Family> family) {
        int[] perLayer = new int[4];
        for (String id : ids) {
            perLayer[Math.min(3, layerOf(family.get(id)))]++;
        }
        int cols = 1;
        for (int n : perLayer) {
            cols = Math.max(cols, Math.min(BLOCK_COLS, n));
        }
        return cols;
    }

    /** A chassis block's height: its header and its layers' rows. */
    private static double blockHeight(List<String> ids, Map<String, Family> family) {
        int[] perLayer = new int[4];
        for (String id : ids) {
            perLayer[Math.min(3, layerOf(family.get(id)))]++;
        }
        double h = BLOCK_HEADER;
        for (int n : perLayer) {
            if (n > 0) {
                h += ((n + BLOCK_COLS - 1) / BLOCK_COLS) * ROW_STEP + LAYER_GAP;
            }
        }
        return h;
    }

    /**
     * The width at which the row of chassis blocks wraps: the number of blocks per row that makes the drawing closest
     * to {@link #TARGET_ASPECT} (a screen or a landscape sheet), never wider than {@link #MAX_WIDTH}. Eight servers
     * in one row made a strip 7 times wider than high, tiny in the tab and on paper.
     */
    private static double wrapWidth(java.util.Collection<List<String>> chassis, Map<String, Family> family, boolean fabricBand) {
        List<double[]> dims = new ArrayList<>();
        for (List<String> ids : chassis) {
            dims.add(new double[] {blockCols(ids, family) * X_STEP, blockHeight(ids, family)});
        }
        if (dims.size() < 2) {
            return MAX_WIDTH;
        }
        double best = MAX_WIDTH;
        double bestScore = Double.MAX_VALUE;
        for (int perRow = 1; perRow <= dims.size(); perRow++) {
            double width = 0;
            double height = 0;
            for (int start = 0; start < dims.size(); start += perRow) {
                double w = 0;
                double h = 0;
                for (int i = start; i < Math.min(dims.size(), start + perRow); i++) {
                    w += dims.get(i)[0] + BLOCK_GAP;
                    h = Math.max(h, dims.get(i)[1]);
                }
                width = Math.max(width, w - BLOCK_GAP);
                height += h + BLOCK_GAP;
            }
            if (width > MAX_WIDTH) {
                break;
            }
            height += fabricBand ? 60 + ROW_STEP : 0;
            double score = Math.abs(Math.log(width / height / TARGET_ASPECT));
            if (score < bestScore) {
                bestScore = score;
                best = width + 1; // the row of perRow blocks fits; the next block wraps
            }
        }
        return best;
    }

    /** A chassis block of the drawing (its components are laid out inside). */
    public record Block(String chassisId, String label, double x, double y, double w, double h) {
    }

    /** Chassis blocks, in pod order. */
    public List<Block> blocks() {
        return blocks;
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

    /** True when the user placed this node (its position comes from the design file). */
    public boolean placedByUser(String id) {
        return placed.contains(id);
    }

    /** Components in the pod (the view draws at most {@link #MAX_NODES}). */
    public int totalComponents() {
        return totalComponents;
    }
}
