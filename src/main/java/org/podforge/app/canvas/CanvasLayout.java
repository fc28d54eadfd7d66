package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.SlotSpec;

/**
 * Where everything of a design sits on the canvas, in world units (1 unit = 1 px at 100% zoom), computed
 * from the model alone: pods are boxes laid out left to right (wrapping), racks are elevations placed
 * by their row and position, chassis sit at their U position, components in their slot's cell of the
 * chassis slot grid. No JavaFX nodes: drop, move and connect logic and the tests use it directly, and
 * {@link #hit} answers "what is under this point" without picking nodes.
 */
public final class CanvasLayout {
    public static final double U_H = 28;
    public static final double RACK_W = 360;
    public static final double RAIL = 26;
    public static final double RACK_HEADER = 42;
    public static final double RACK_FOOT = 14;
    public static final double RACK_GAP = 56;
    public static final double ROW_GAP = 90;
    public static final double POD_PAD = 36;
    public static final double POD_HEADER = 58;
    public static final double POD_GAP = 140;
    public static final double LABEL_W = 64;
    public static final double MAX_ROW_WIDTH = 6000;

    /** An axis-aligned box in world units. */
    public record Box(double x, double y, double w, double h) {
        public boolean contains(double px, double py) {
            return px >= x && py >= y && px < x + w && py < y + h;
        }

        public boolean intersects(Box o) {
            return o.x < x + w && o.x + o.w > x && o.y < y + h && o.y + o.h > y;
        }

        public double cx() { return x + w / 2; }
        public double cy() { return y + h / 2; }
        public double maxX() { return x + w; }
        public double maxY() { return y + h; }

        public Box union(Box o) {
            if (o == null) {
                return this;
            }
            double nx = Math.min(x, o.x);
            double ny = Math.min(y, o.y);
            return new Box(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny);
        }

        public Box inset(double d) {
            return new Box(x + d, y + d, Math.max(0, w - 2 * d), Math.max(0, h - 2 * d));
        }
    }

    /** One cell of a chassis slot grid. */
    public record Slot(String chassisId, String name, String type, Box box) {
    }

    /** What a point falls on, deepest first; ids of the enclosing containers are filled in. */
    public enum Kind { POD, RACK, CHASSIS, SLOT, COMPONENT, LINK }

    /**
     * @param u for a point over a rack: the rack unit under it (1 = bottom), else 0
     */
    public record Hit(Kind kind, String podId, String rackId, String chassisId, String slot, String componentId,
                      String linkId, int u) {
        /** Id of the deepest object hit (a slot hit answers its chassis). */
        public String id() {
            return switch (kind) {
                case POD -> podId;
                case RACK -> rackId;
                case CHASSIS, SLOT -> chassisId;
                case COMPONENT -> componentId;
                case LINK -> linkId;
            };
        }

        public static Hit link(String podId, String linkId) {
            return new Hit(Kind.LINK, podId, null, null, null, null, linkId, 0);
        }
    }

    private final Project project;
    private final Catalog catalog;
    /** Boxes of the pods and racks. */
    private final Map<String, Box> outer = new HashMap<>();
    /** What is inside each rack, by rack id. */
    private final Map<String, RackPart> parts = new HashMap<>();
    private final List<String> rackOrder = new ArrayList<>();
    private Box total = new Box(0, 0, 800, 600);
    private final Map<TemplateKey, SlotTemplate> templates;
    /** The rack of every rack, chassis and component; shared with the previous layout while no part moved between racks. */
    private Map<String, String> rackOf;
    /** While laying out after an edit: the layout before it, and the racks whose insides changed. */
    private CanvasLayout previous;
    private java.util.Set<String> changedRacks;

    private CanvasLayout(Project project, Catalog catalog, Map<TemplateKey, SlotTemplate> templates) {
        this.project = project;
        this.catalog = catalog;
        this.templates = templates;
    }

    public static CanvasLayout compute(Project project, Catalog catalog) {
        return compute(project, catalog, null, null);
    }

    /**
     * Lays the design out again after an edit, reusing from {@code previous} (a layout of the same design before
     * the edit) the slot grids of the parts and the insides of every rack not in {@code changedRacks} that
     * stands where it stood: on a cluster an edit changes one or two racks of thousands. The result equals
     * {@link #compute(Project, Catalog)} as long as {@code changedRacks} names every rack whose part, chassis
     * (part, unit) or components (part, slot) changed, and every rack that is new.
     *
     * @param previous     null to lay everything out
     * @param changedRacks null when unknown: then only the slot grids are reused
     */
    public static CanvasLayout compute(Project project, Catalog catalog, CanvasLayout previous, java.util.Set<String> changedRacks) {
        boolean reuse = previous != null && previous.catalog == catalog;
        CanvasLayout l = new CanvasLayout(project, catalog, reuse ? previous.templates : new HashMap<>());
        if (reuse && changedRacks != null) {
            l.previous = previous;
            l.changedRacks = changedRacks;
        }
        l.layout();
        l.rackOf = l.rackIndex(previous != null && previous.catalog == catalog ? previous : null);
        l.previous = null;
        l.changedRacks = null;
        return l;
    }

    /** The rack each rack, chassis and component of the pods stands in, by id. */
    public Map<String, String> rackIndex() {
        return java.util.Collections.unmodifiableMap(rackOf);
    }

    /**
     * What is inside one rack: the boxes of its chassis and components, the chassis' slot grids and the slots the
     * components sit in. A rack that did not change keeps its part from one layout to the next (not copied).
     */
    private static final class RackPart {
        final Box inner;
        final int units;
        final Map<String, Box> boxes = new HashMap<>();
        final Map<String, List<Slot>> slots = new HashMap<>();
        final Map<String, String> slotNames = new HashMap<>();

        RackPart(Box inner, int units) {
            this.inner = inner;
            this.units = units;
        }
    }

    /** The previous layout's rack index when every rack holds the same ids as there (a move inside a rack), else a new one. */
    private Map<String, String> rackIndex(CanvasLayout prev) {
        if (prev != null && prev.parts.keySet().equals(parts.keySet())) {
            boolean same = true;
            for (Map.Entry<String, RackPart> e : parts.entrySet()) {
                RackPart before = prev.parts.get(e.getKey());
                if (before != e.getValue() && !before.boxes.keySet().equals(e.getValue().boxes.keySet())) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return prev.rackOf;
            }
        }
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, RackPart> e : parts.entrySet()) {
            m.put(e.getKey(), e.getKey());
            for (String id : e.getValue().boxes.keySet()) {
                m.put(id, e.getKey());
            }
        }
        return m;
    }

    private RackPart partOf(String id) {
        String r = rackOf == null ? null : rackOf.get(id);
        return r == null ? null : parts.get(r);
    }

    public Project project() {
        return project;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Box of a pod, rack (frame), chassis or component; null when it has none (unknown id). */
    public Box box(String id) {
        Box b = outer.get(id);
        if (b != null) {
            return b;
        }
        RackPart p = partOf(id);
        return p == null ? null : p.boxes.get(id);
    }

    /** The area of a rack's units (inside the rails). */
    public Box rackInner(String rackId) {
        RackPart p = parts.get(rackId);
        return p == null ? null : p.inner;
    }

    public int rackUnits(String rackId) {
        RackPart p = parts.get(rackId);
        return p == null ? 42 : p.units;
    }

    /** All rack ids in drawing order. */
    public List<String> rackIds() {
        return rackOrder;
    }

    /** The slot grid of a chassis (empty for an unknown part). */
    public List<Slot> slots(String chassisId) {
        RackPart p = partOf(chassisId);
        return p == null ? List.of() : p.slots.getOrDefault(chassisId, List.of());
    }

    /** Bounds of the whole design (at least 800x600). */
    public Box total() {
        return total;
    }

    /** Where links attach to a component: its cell centre (or its chassis centre when it has no cell). */
    public double[] anchor(String componentId) {
        Box b = box(componentId);
        if (b == null) {
            Component c = project.component(componentId).orElse(null);
            b = c == null || c.chassis() == null ? null : box(c.chassis().id());
        }
        return b == null ? null : new double[] {b.cx(), b.cy()};
    }

    /** Height in U of a chassis part (1 when unknown). */
    public int heightU(String partNumber) {
        return catalog.find(partNumber).flatMap(Part::heightU).orElse(1);
    }

    /** Box a chassis of {@code heightU} occupies when its lowest unit is {@code u} in the rack. */
    public Box chassisBox(String rackId, int u, int heightU) {
        Box in = rackInner(rackId);
        int units = rackUnits(rackId);
        double top = in.y() + (units - (u + heightU - 1)) * U_H;
        return new Box(in.x() + 2, top + 1, in.w() - 4, heightU * U_H - 2);
    }

    /** The rack unit (1 = bottom) at world y in a rack, clamped to the rack. */
    public int uAt(String rackId, double y) {
        Box in = rackInner(rackId);
        int units = rackUnits(rackId);
        int fromTop = (int) Math.floor((y - in.y()) / U_H);
        int u = units - fromTop;
        return Math.max(1, Math.min(units, u));
    }

    /** What lies at a world point, deepest first, or null for empty canvas. */
    public Hit hit(double x, double y) {
        for (Pod pod : project.pods()) {
            Box pb = box(pod.id());
            if (pb == null || !pb.contains(x, y)) {
                continue;
            }
            for (Rack r : pod.racks()) {
                Box rb = box(r.id());
                if (rb == null || !rb.contains(x, y)) {
                    continue;
                }
                Box in = rackInner(r.id());
                int u = in.contains(x, y) ? uAt(r.id(), y) : 0;
                for (Chassis c : r.chassis()) {
                    Box cb = box(c.id());
                    if (cb == null || !cb.contains(x, y)) {
                        continue;
                    }
                    for (Component comp : c.components()) {
                        Box b = box(comp.id());
                        if (b != null && b.contains(x, y)) {
                            return new Hit(Kind.COMPONENT, pod.id(), r.id(), c.id(), parts.get(r.id()).slotNames.get(comp.id()),
                                    comp.id(), null, u);
                        }
                    }
                    for (Slot s : slots(c.id())) {
                        if (s.box().contains(x, y)) {
                            return new Hit(Kind.SLOT, pod.id(), r.id(), c.id(), s.name(), null, null, u);
                        }
                    }
                    return new Hit(Kind.CHASSIS, pod.id(), r.id(), c.id(), null, null, null, u);
                }
                return new Hit(Kind.RACK, pod.id(), r.id(), null, null, null, null, u);
            }
            return new Hit(Kind.POD, pod.id(), null, null, null, null, null, 0);
        }
        return null;
    }

    /**
     * The outermost objects wholly inside a box: a rack inside counts (not its chassis), else each chassis
     * inside, else each component inside (marquee selection).
     */
    public List<String> outermostInside(Box area) {
        List<String> out = new ArrayList<>();
        for (Pod pod : project.pods()) {
            Box pb = box(pod.id());
            if (pb == null || !pb.intersects(area)) {
                continue;
            }
            for (Rack r : pod.racks()) {
                if (inside(box(r.id()), area)) {
                    out.add(r.id());
                    continue;
                }
                for (Chassis c : r.chassis()) {
                    if (inside(box(c.id()), area)) {
                        out.add(c.id());
                        continue;
                    }
                    for (Component comp : c.components()) {
                        if (inside(box(comp.id()), area)) {
                            out.add(comp.id());
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean inside(Box b, Box area) {
        return b != null && b.x() >= area.x() && b.y() >= area.y() && b.maxX() <= area.maxX() && b.maxY() <= area.maxY();
    }

    /** Union of the boxes of the given ids (links count by their ends); null when none has a box. */
    public Box bounds(Collection<String> ids) {
        Box u = null;
        for (String id : ids) {
            Box b = box(id);
            if (b == null) {
                var link = project.link(id).orElse(null);
                if (link != null) {
                    for (String end : new String[] {link.a().componentId(), link.b().componentId()}) {
                        double[] a = anchor(end);
                        if (a != null) {
                            Box p = new Box(a[0] - 10, a[1] - 10, 20, 20);
                            u = u == null ? p : u.union(p);
                        }
                    }
                }
                continue;
            }
            u = u == null ? b : u.union(b);
        }
        return u;
    }

    // ---- layout ---------------------------------------------------------------------------------

    private void layout() {
        double x = 0;
        double y = 0;
        double rowH = 0;
        Box all = null;
        for (Pod pod : project.pods()) {
            double[] size = measurePod(pod);
            if (x > 0 && x + size[0] > MAX_ROW_WIDTH) {
                x = 0;
                y += rowH + POD_GAP;
                rowH = 0;
            }
            placePod(pod, x, y, size);
            Box pb = box(pod.id());
            all = all == null ? pb : all.union(pb);
            x += size[0] + POD_GAP;
            rowH = Math.max(rowH, size[1]);
        }
        total = all == null ? new Box(0, 0, 800, 600) : all;
    }

    private int unitsOf(Rack r) {
        return catalog.find(r.partNumber()).flatMap(Part::heightU).orElse(42);
    }

    private static double rackHeight(int units) {
        return RACK_HEADER + units * U_H + RACK_FOOT;
    }

    /** Racks of a pod by row (sorted), each row by position then model order. */
    private static TreeMap<Integer, List<Rack>> rows(Pod pod) {
        TreeMap<Integer, List<Rack>> rows = new TreeMap<>();
        for (Rack r : pod.racks()) {
            rows.computeIfAbsent(r.row(), k -> new ArrayList<>()).add(r);
        }
        for (List<Rack> row : rows.values()) {
            row.sort(Comparator.comparingInt(Rack::position));
        }
        return rows;
    }

    /** The smallest rack position of a pod: racks are drawn relative to it (hall positions can be large). */
    private static int minPosition(Pod pod) {
        int min = Integer.MAX_VALUE;
        for (Rack r : pod.racks()) {
            min = Math.min(min, r.position());
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private double[] measurePod(Pod pod) {
        double w = 0;
        double h = 0;
        int min = minPosition(pod);
        for (List<Rack> row : rows(pod).values()) {
            double right = 0;
            int maxUnits = 0;
            for (Rack r : row) {
                double rx = Math.max((r.position() - min) * (RACK_W + RACK_GAP), right == 0 ? 0 : right + RACK_GAP);
                right = rx + RACK_W;
                maxUnits = Math.max(maxUnits, unitsOf(r));
            }
            w = Math.max(w, right);
            h += (h > 0 ? ROW_GAP : 0) + rackHeight(maxUnits);
        }
        w = Math.max(w, 420) + 2 * POD_PAD;
        h = POD_HEADER + Math.max(h, 200) + POD_PAD;
        return new double[] {w, h};
    }

    private void placePod(Pod pod, double px, double py, double[] size) {
        outer.put(pod.id(), new Box(px, py, size[0], size[1]));
        double y = py + POD_HEADER;
        int min = minPosition(pod);
        for (List<Rack> row : rows(pod).values()) {
            int maxUnits = 0;
            for (Rack r : row) {
                maxUnits = Math.max(maxUnits, unitsOf(r));
            }
            double right = 0;
            for (Rack r : row) {
                double rx = Math.max((r.position() - min) * (RACK_W + RACK_GAP), right == 0 ? 0 : right + RACK_GAP);
                right = rx + RACK_W;
                int units = unitsOf(r);
                double ry = y + (maxUnits - units) * U_H;
                placeRack(r, px + POD_PAD + rx, ry, units);
            }
            y += rackHeight(maxUnits) + ROW_GAP;
        }
    }

    private void placeRack(Rack r, double x, double y, int units) {
        rackOrder.add(r.id());
        Box box = new Box(x, y, RACK_W, rackHeight(units));
        outer.put(r.id(), box);
        if (previous != null && !changedRacks.contains(r.id()) && box.equals(previous.outer.get(r.id()))) {
            RackPart before = previous.parts.get(r.id());
            if (before != null && before.units == units) {
                parts.put(r.id(), before); // nothing in it changed and it stands where it stood
                return;
            }
        }
        RackPart part = new RackPart(new Box(x + RAIL, y + RACK_HEADER, RACK_W - 2 * RAIL, units * U_H), units);
        parts.put(r.id(), part);
        for (Chassis c : r.chassis()) {
            placeChassis(r, c, part);
        }
    }

    private void placeChassis(Rack r, Chassis c, RackPart rp) {
        Part part = catalog.find(c.partNumber()).orElse(null);
        int h = part == null ? 1 : part.heightU().orElse(1);
        Box cb = chassisBox(r.id(), c.uPosition(), h);
        rp.boxes.put(c.id(), cb);
        SlotTemplate t = part == null ? SlotTemplate.NONE : templates.computeIfAbsent(new TemplateKey(part, cb.w(), cb.h()), SlotTemplate::of);
        List<Slot> list = new ArrayList<>(t.names().size());
        Map<String, Box> cellByName = new LinkedHashMap<>();
        for (int i = 0; i < t.names().size(); i++) {
            Box rel = t.cells().get(i);
            Slot s = new Slot(c.id(), t.names().get(i), t.types().get(i), new Box(cb.x() + rel.x(), cb.y() + rel.y(), rel.w(), rel.h()));
            list.add(s);
            cellByName.put(s.name(), s.box());
        }
        rp.slots.put(c.id(), list);
        List<Component> unplaced = new ArrayList<>();
        for (Component comp : c.components()) {
            Box cell = comp.slot() == null ? null : cellByName.remove(comp.slot());
            if (cell == null) {
                unplaced.add(comp);
            } else {
                rp.boxes.put(comp.id(), cell);
                rp.slotNames.put(comp.id(), comp.slot());
            }
        }
        // components without a (valid, free) slot take the remaining cells, else sit in the label strip
        var free = cellByName.entrySet().iterator();
        int k = 0;
        for (Component comp : unplaced) {
            if (free.hasNext()) {
                var e = free.next();
                rp.boxes.put(comp.id(), e.getValue());
                rp.slotNames.put(comp.id(), e.getKey());
            } else {
                double s = Math.min(14, cb.h() - 4);
                rp.boxes.put(comp.id(), new Box(cb.x() + 4 + (k++ % 3) * (s + 2), cb.maxY() - s - 2, s, s));
            }
        }
    }

    /** A chassis part's slot grid for a chassis box of a given size. */
    private record TemplateKey(Part part, double w, double h) {
    }

    /**
     * The slot grid of a part in a chassis box of one size, relative to the box: every chassis of that part and
     * height shares it (a cluster has thousands of alike chassis, and finding the best grid is quadratic in the
     * slot count).
     */
    private record SlotTemplate(List<String> names, List<String> types, List<Box> cells) {
        static final SlotTemplate NONE = new SlotTemplate(List.of(), List.of(), List.of());

        static SlotTemplate of(TemplateKey k) {
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            List<Integer> groups = new ArrayList<>();
            for (SlotSpec s : k.part().slots()) {
                groups.add(s.count());
                for (String n : s.slotNames()) {
                    names.add(n);
                    types.add(s.type());
                }
            }
            return new SlotTemplate(List.copyOf(names), List.copyOf(types), List.copyOf(groupedGrid(slotArea(new Box(0, 0, k.w(), k.h())), groups)));
        }
    }

    /** The part of a chassis box right of its label strip where the slot grid goes. */
    public static Box slotArea(Box chassis) {
        double top = chassis.h() > 2 * U_H ? 16 : 3;
        return new Box(chassis.x() + LABEL_W, chassis.y() + top, chassis.w() - LABEL_W - 4, chassis.h() - top - 3);
    }

    /**
     * Lays slot groups out in reading order so that a slot's name follows its place: a group starts a new
     * row unless it fits whole in what is left of the current row, and wraps at the column count (so a row
     * never starts in the middle of a group that shares it with another: the first slot of a row is the
     * first of its group, or the continuation of a group that fills rows). The column count is the one
     * giving the largest cells. Slot names are the catalog's, unchanged (files keep their slots).
     */
    static List<Box> groupedGrid(Box area, List<Integer> groups) {
        int n = 0;
        for (int g : groups) {
            n += g;
        }
        List<Box> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        double gap = 2;
        int bestCols = n;
        double best = -1;
        for (int cols = 1; cols <= n; cols++) {
            int rows = rowsFor(groups, cols, null);
            double w = (area.w() - (cols - 1) * gap) / cols;
            double h = (area.h() - (rows - 1) * gap) / rows;
            if (w <= 0 || h <= 0) {
                continue;
            }
            double score = Math.min(w, h) + 0.05 * Math.max(w, h) - (Math.max(w, h) > 3 * Math.min(w, h) ? 2 : 0);
            if (score > best) {
                best = score;
                bestCols = cols;
            }
        }
        List<int[]> places = new ArrayList<>(n);
        int rows = rowsFor(groups, bestCols, places);
        double w = Math.max(1, (area.w() - (bestCols - 1) * gap) / bestCols);
        double h = Math.max(1, (area.h() - (rows - 1) * gap) / rows);
        for (int[] rc : places) {
            out.add(new Box(area.x() + rc[1] * (w + gap), area.y() + rc[0] * (h + gap), w, h));
        }
        return out;
    }

    /** Rows the grouped flow takes at {@code cols} columns; fills {@code places} with {row, col} per cell when given. */
    private static int rowsFor(List<Integer> groups, int cols, List<int[]> places) {
        int row = 0;
        int col = 0;
        for (int g : groups) {
            if (col > 0 && col + g > cols) {
                row++;
                col = 0;
            }
            for (int i = 0; i < g; i++) {
                if (places != null) {
                    places.add(new int[] {row, col});
                }
                if (++col == cols) {
                    row++;
                    col = 0;
                }
            }
        }
        return row + (col > 0 ? 1 : 0);
    }

    /** Lays n cells out in rows over an area, choosing the row count that gives the largest cells. */
    static List<Box> grid(Box area, int n) {
        List<Box> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        double gap = 2;
        int bestRows = 1;
        double best = -1;
        for (int rows = 1; rows <= n; rows++) {
            int cols = (n + rows - 1) / rows;
            double w = (area.w() - (cols - 1) * gap) / cols;
            double h = (area.h() - (rows - 1) * gap) / rows;
            if (w <= 0 || h <= 0) {
                continue;
            }
            double score = Math.min(w, h) + 0.05 * Math.max(w, h) - (Math.max(w, h) > 3 * Math.min(w, h) ? 2 : 0);
            if (score > best) {
                best = score;
                bestRows = rows;
            }
        }
        int cols = (n + bestRows - 1) / bestRows;
        double w = Math.max(1, (area.w() - (cols - 1) * gap) / cols);
        double h = Math.max(1, (area.h() - (bestRows - 1) * gap) / bestRows);
        for (int i = 0; i < n; i++) {
            int r = i / cols;
            int c = i % cols;
            out.add(new Box(area.x() + c * (w + gap), area.y() + r * (h + gap), w, h));
        }
        return out;
    }
}
