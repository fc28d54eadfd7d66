package org.podforge.app.canvas;

import java.util.Map;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import javafx.scene.shape.VLineTo;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.palette.FamilyIcons;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Rack;

/**
 * Builds the nodes ("skins") of pods, racks (with their chassis, slot grids and components) and links
 * from a {@link CanvasLayout} (links are drawn by {@link LinkLayer}). Lean on purpose: a slot grid is one {@link Path}, a rack's unit lines one
 * Path, a component a rectangle plus (when big enough) a shared icon image. Every model node's skin
 * carries {@code podforge.id} in its properties and a style class per kind ({@code pf-pod},
 * {@code pf-rack}, {@code pf-chassis}, {@code pf-component}); the shape drawn as
 * "selected" is registered under the id in the given map.
 */
final class DesignRenderer {
    static final String ID = "podforge.id";
    static final String KIND = "podforge.kind";
    private static final Font POD_TITLE = Font.font("System", FontWeight.BOLD, 20);
    private static final Font POD_SUB = Font.font("System", 13);
    private static final Font RACK_TITLE = Font.font("System", FontWeight.BOLD, 14);
    private static final Font SMALL = Font.font("System", 10);
    private static final Font TINY = Font.font("System", 9);
    private static final Font CHASSIS_TITLE = Font.font("System", FontWeight.BOLD, 10);

    private final CanvasLayout layout;
    private final Catalog catalog;
    private final CanvasStyle style;
    private final Map<String, javafx.scene.shape.Shape> selectable;
    /** False while {@link LabelLayer}'s screen-size labels stand in for the titles: they are then left out. */
    private final boolean titles;

    DesignRenderer(CanvasLayout layout, Catalog catalog, CanvasStyle style, Map<String, javafx.scene.shape.Shape> selectable) {
        this(layout, catalog, style, selectable, true);
    }

    DesignRenderer(CanvasLayout layout, Catalog catalog, CanvasStyle style, Map<String, javafx.scene.shape.Shape> selectable,
            boolean titles) {
        this.layout = layout;
        this.catalog = catalog;
        this.style = style;
        this.selectable = selectable;
        this.titles = titles;
    }

    static void tag(Node n, String id, String kind) {
        n.getProperties().put(ID, id);
        n.getProperties().put(KIND, kind);
        n.getStyleClass().add("pf-" + kind);
    }

    Node pod(Pod pod) {
        Box b = layout.box(pod.id());
        Rectangle r = new Rectangle(b.x(), b.y(), b.w(), b.h());
        r.setFill(style.podFill);
        r.setStroke(style.podStroke);
        r.setStrokeWidth(1.5);
        Text title = new Text(b.x() + CanvasLayout.POD_PAD, b.y() + 30, pod.label());
        title.setFont(POD_TITLE);
        title.setFill(style.text);
        int gpus = 0;
        int chassis = 0;
        for (Rack rack : pod.racks()) {
            chassis += rack.chassis().size();
            for (Chassis c : rack.chassis()) {
                for (Component comp : c.components()) {
                    if (catalog.find(comp.partNumber()).map(p -> p.family() == Family.GPU).orElse(false)) {
                        gpus++;
                    }
                }
            }
        }
        String sub = pod.racks().size() + (pod.racks().size() == 1 ? " rack · " : " racks · ") + chassis + " chassis · "
                + gpus + " GPUs · " + pod.links().size() + " links"
                + (pod.replicas() > 1 ? "   ×" + pod.replicas() + " replicas (" + gpus * pod.replicas() + " GPUs)" : "");
        Text subtitle = new Text(b.x() + CanvasLayout.POD_PAD, b.y() + 48, sub);
        subtitle.setFont(POD_SUB);
        subtitle.setFill(style.mutedText);
        Group g = titles ? new Group(r, title, subtitle) : new Group(r);
        tag(g, pod.id(), "pod");
        selectable.put(pod.id(), r);
        return g;
    }

    /** A rack elevation; {@code detailed} adds unit labels, slot grids and components. */
    Group rack(Rack rack, boolean detailed) {
        Box b = layout.box(rack.id());
        Box in = layout.rackInner(rack.id());
        int units = layout.rackUnits(rack.id());
        Rectangle frame = new Rectangle(b.x(), b.y(), b.w(), b.h());
        frame.setFill(style.rackFill);
        frame.setStroke(style.rackStroke);
        frame.setStrokeWidth(1.2);
        Rectangle bay = new Rectangle(in.x(), in.y(), in.w(), in.h());
        bay.setFill(style.unitsFill);
        bay.setStroke(style.rackStroke);
        bay.setStrokeWidth(0.8);
        Group g = new Group(frame, bay);
        Text title = new Text(b.x() + 10, b.y() + 18, rack.label());
        title.setFont(RACK_TITLE);
        title.setFill(style.text);
        Part rp = catalog.find(rack.partNumber()).orElse(null);
        Text sub = new Text(b.x() + 10, b.y() + 33, (rp == null ? rack.partNumber() : rp.name()) + " · row " + rack.row()
                + ", pos " + rack.position());
        sub.setFont(SMALL);
        sub.setFill(style.mutedText);
        if (titles) {
            g.getChildren().addAll(title, sub);
        }
        if (detailed) {
            Path lines = new Path();
            for (int i = 1; i < units; i++) {
                double y = in.y() + i * CanvasLayout.U_H;
                lines.getElements().addAll(new MoveTo(in.x(), y), new HLineTo(in.maxX()));
            }
            lines.setStroke(style.unitLine);
            lines.setStrokeWidth(1);
            g.getChildren().add(lines);
            for (int u = 1; u <= units; u++) {
                double y = in.y() + (units - u) * CanvasLayout.U_H + CanvasLayout.U_H / 2 + 3;
                Text t = new Text(u < 10 ? b.x() + 10 : b.x() + 6, y, Integer.toString(u));
                t.setFont(TINY);
                t.setFill(style.mutedText);
                Text t2 = new Text(in.maxX() + (u < 10 ? 10 : 5), y, Integer.toString(u));
                t2.setFont(TINY);
                t2.setFill(style.mutedText);
                g.getChildren().addAll(t, t2);
            }
        }
        for (Chassis c : rack.chassis()) {
            g.getChildren().add(chassis(c, detailed));
        }
        tag(g, rack.id(), "rack");
        selectable.put(rack.id(), frame);
        // a rack is static between edits: render it once to a bitmap and blit it in later frames
        g.setCache(true);
        return g;
    }

    Group chassis(Chassis c, boolean detailed) {
        Box b = layout.box(c.id());
        Rectangle body = new Rectangle(b.x(), b.y(), b.w(), b.h());
        body.setFill(style.chassisFill);
        body.setStroke(style.chassisStroke);
        body.setStrokeWidth(1);
        body.setStrokeType(StrokeType.INSIDE);
        Group g = new Group(body);
        tag(g, c.id(), "chassis");
        selectable.put(c.id(), body);
        if (!detailed) {
            return g;
        }
        Part part = catalog.find(c.partNumber()).orElse(null);
        boolean tall = b.h() > 2 * CanvasLayout.U_H;
        Text title = new Text(b.x() + 6, b.y() + (tall ? 14 : Math.min(b.h() / 2 + 4, 16)), c.label());
        title.setFont(CHASSIS_TITLE);
        title.setFill(style.chassisText);
        if (titles) {
            g.getChildren().add(title);
        }
        if (titles && tall && part != null) {
            Text pn = new Text(b.x() + 6, b.y() + 27, part.name());
            pn.setFont(TINY);
            pn.setFill(Color.web("#cbd5e1"));
            pn.setWrappingWidth(CanvasLayout.LABEL_W - 8);
            g.getChildren().add(pn);
        }
        var slots = layout.slots(c.id());
        if (!slots.isEmpty()) {
            Path grid = new Path();
            for (CanvasLayout.Slot s : slots) {
                Box sb = s.box();
                grid.getElements().addAll(new MoveTo(sb.x(), sb.y()), new HLineTo(sb.maxX()), new VLineTo(sb.maxY()),
                        new HLineTo(sb.x()), new ClosePath());
            }
            grid.setFill(style.slotFill);
            grid.setStroke(style.slotStroke);
            grid.setStrokeWidth(0.6);
            grid.setMouseTransparent(true);
            g.getChildren().add(grid);
        }
        for (Component comp : c.components()) {
            Node n = component(comp);
            if (n != null) {
                g.getChildren().add(n);
            }
        }
        return g;
    }

    Node component(Component comp) {
        Box b = layout.box(comp.id());
        if (b == null) {
            return null;
        }
        Part p = catalog.find(comp.partNumber()).orElse(null);
        Family f = p == null ? null : p.family();
        Rectangle r = new Rectangle(b.x() + 0.5, b.y() + 0.5, b.w() - 1, b.h() - 1);
        r.setFill(f == null ? style.bad : FamilyIcons.color(f));
        r.setStrokeType(StrokeType.INSIDE);
        Group g = new Group(r);
        double side = Math.min(b.w(), b.h()) - 3;
        if (f != null && side >= 9) {
            ImageView iv = new ImageView(FamilyIcons.image(f, 48));
            iv.setFitWidth(side);
            iv.setFitHeight(side);
            iv.setX(b.cx() - side / 2);
            iv.setY(b.cy() - side / 2);
            iv.setSmooth(true);
            g.getChildren().add(iv);
        }
        tag(g, comp.id(), "component");
        selectable.put(comp.id(), r);
        return g;
    }
}
