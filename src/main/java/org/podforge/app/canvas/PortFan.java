package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.model.Component;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Protocol;

/**
 * The ports of one component, fanned out next to it in screen space (readable at any zoom): a row per port,
 * a dot coloured by its main protocol (hollow when already linked) and its label. The whole row is the
 * port's handle: press it and drag to another component's port to connect; click a linked port's row to
 * select its link(s) (the row of a port whose link is selected is marked). During a connection the target's
 * fan marks compatible ports with a green ring and dims the rest. Each dot carries {@code podforge.port} =
 * "component/port" and the style class {@code pf-port}; each row's background the same key and
 * {@code pf-port-row}.
 */
final class PortFan extends Group {
    private static final Font HEAD = Font.font("System", FontWeight.BOLD, 11);
    private static final Font SMALL = Font.font("System", 10);
    private static final int ROWS = 10;
    private static final double ROW_H = 17;
    private static final double COL_W = 92;
    /** The widest a fan grows (a 64-port switch): beyond it the columns get longer. */
    private static final double MAX_W = 560;

    final String componentId;
    private final List<Circle> dots = new ArrayList<>();
    private final List<Rectangle> rowBacks = new ArrayList<>();
    /** The selection the rows were marked for. */
    private final Set<String> drawnFor;

    /** "host x16" for a PCIe port; "net 400G OSFP-RHS" for a network port (its speed and cage, "cage ?" when unknown). */
    static String label(org.podforge.model.Port p) {
        var s = p.spec();
        if (s.isNetwork()) {
            return p.name() + (s.speedGbps() == null ? "" : " " + org.podforge.rules.Compatibility.gbpsLabel(s.speedGbps()))
                    + " " + (s.cage() == null ? "cage ?" : s.cage().shortName());
        }
        return p.name() + (s.lanes() > 1 ? " x" + s.lanes() : "");
    }

    /**
     * @param compatible ports to ring green (null: not connecting, show all normally)
     */
    PortFan(PodCanvas canvas, Component comp, Part part, Set<String> compatible) {
        this.componentId = comp.id();
        CanvasStyle st = canvas.style();
        List<Port> ports = part.ports();
        // a column is as wide as its longest label ("port-11 800G OSFP" overlapped the next column at 92 px); many
        // ports take more rows rather than a fan wider than MAX_W
        double colW = COL_W;
        for (Port p : ports) {
            Text probe = new Text(label(p));
            probe.setFont(SMALL);
            colW = Math.max(colW, probe.getLayoutBounds().getWidth() + 24);
        }
        Text head = new Text(8, 15, comp.label() + " · " + part.name());
        head.setFont(HEAD);
        double headW = head.getLayoutBounds().getWidth();
        // the header at the narrowest the fan can be (its tallest): a fan taller than the view takes more, shorter
        // columns, so its last rows are never below the canvas's edge
        head.setWrappingWidth(Math.max(150, Math.min(420, headW + 16)) - 16);
        double tallestTop = Math.max(15, head.getLayoutBounds().getHeight()) + 19;
        OverlayGeometry.Grid grid = OverlayGeometry.fanGrid(ports.size(), ROWS, ROW_H, colW, tallestTop, 4, 12, MAX_W,
                canvas.getWidth(), canvas.getHeight());
        int perCol = grid.perCol();
        int cols = grid.cols();
        int rows = grid.rows(ports.size());
        double w = Math.max(Math.max(150, cols * colW + 12), Math.min(420, headW + 16));
        head.setWrappingWidth(w - 16);
        double headH = Math.max(15, head.getLayoutBounds().getHeight());
        double top = headH + 19;
        double h = top + rows * ROW_H + 4;
        Rectangle bg = new Rectangle(0, 0, w, h);
        bg.setArcWidth(10);
        bg.setArcHeight(10);
        bg.setFill(st.panelFill);
        bg.setStroke(st.panelStroke);
        head.setFill(st.text);
        Text hint = new Text(8, top - 6, compatible == null ? "drag from a port to connect" : compatible.isEmpty()
                ? "no compatible free port" : "release on a green port");
        hint.setFont(SMALL);
        hint.setFill(compatible != null && compatible.isEmpty() ? st.bad : st.mutedText);
        getChildren().addAll(bg, head, hint);
        Set<String> selected = Set.copyOf(canvas.session().selection());
        drawnFor = selected;
        Color hoverFill = st.selection.deriveColor(0, 1, 1, 0.18);
        Color selectedFill = st.selection.deriveColor(0, 1, 1, 0.38);
        for (int i = 0; i < ports.size(); i++) {
            Port p = ports.get(i);
            double x = 12 + (i / perCol) * colW;
            double y = top + (i % perCol) * ROW_H + ROW_H / 2;
            PortRef ref = new PortRef(comp.id(), p.name());
            List<org.podforge.model.Link> at = canvas.session().project().linksAt(ref);
            boolean used = !at.isEmpty();
            // the row (dot and label) is what a click or a drag takes: the 11 px dot alone was too small a target
            Rectangle row = new Rectangle(x - 8, y - ROW_H / 2, colW - 6, ROW_H);
            row.setArcWidth(6);
            row.setArcHeight(6);
            boolean linkSelected = at.stream().anyMatch(l -> selected.contains(l.id()));
            Color rest = linkSelected ? selectedFill : Color.TRANSPARENT;
            row.setFill(rest);
            if (!linkSelected) {
                row.hoverProperty().addListener((o, was, now) -> row.setFill(now ? hoverFill : rest));
            }
            row.getStyleClass().add("pf-port-row");
            if (linkSelected) {
                row.getStyleClass().add("pf-port-row-selected");
            }
            row.getProperties().put("podforge.port", ref.toString());
            rowBacks.add(row);
            getChildren().add(row);
            Color c = st.protocolColor(mainProtocol(p));
            Circle dot = new Circle(x, y, 5.5);
            dot.setFill(used ? null : c);
            dot.setStroke(c);
            dot.setStrokeWidth(used ? 2 : 1);
            boolean compat = compatible != null && compatible.contains(p.name());
            if (compatible != null) {
                if (compat) {
                    dot.setStroke(st.ok);
                    dot.setStrokeWidth(3);
                } else {
                    dot.setOpacity(0.35);
                }
            }
            dot.getStyleClass().add("pf-port");
            if (compat) {
                dot.getStyleClass().add("pf-port-compatible");
            }
            dot.getProperties().put("podforge.port", ref.toString());
            dot.getProperties().put("podforge.id", comp.id());
            org.podforge.app.LazyTooltip.install(dot, PortText.describe(part, p)); // made on the first hover, not one popup per port at once
            dots.add(dot);
            Text t = new Text(x + 10, y + 4, label(p));
            t.setFont(SMALL);
            t.setFill(used ? st.mutedText : st.text);
            t.setMouseTransparent(true);
            if (compatible != null && !compat) {
                t.setOpacity(0.45);
            }
            getChildren().addAll(dot, t);
        }
        getStyleClass().add("pf-port-fan");
        getProperties().put("podforge.id", comp.id());
        // beside the component, flipped or shifted so the whole fan lies inside the visible canvas
        Box cb = canvas.canvasLayout().box(comp.id());
        Point2D tl = canvas.toScreen(cb.x(), cb.y());
        Point2D br = canvas.toScreen(cb.maxX(), cb.maxY());
        OverlayGeometry.Rect at = OverlayGeometry.placeFan(new OverlayGeometry.Rect(tl.getX(), tl.getY(), br.getX() - tl.getX(),
                br.getY() - tl.getY()), w, h, canvas.getWidth(), canvas.getHeight());
        relocate(at.x(), at.y());
    }

    static Protocol mainProtocol(Port p) {
        for (Protocol pr : new Protocol[] {Protocol.NVLINK, Protocol.NVLINK_C2C, Protocol.UALINK, Protocol.ETHERNET, Protocol.INFINIBAND,
                Protocol.PCIE, Protocol.CXL, Protocol.INFINITY_FABRIC, Protocol.NEURONLINK}) {
            if (p.spec().protocols().contains(pr)) {
                return pr;
            }
        }
        return null;
    }

    /** The port whose dot lies within 9 px of a canvas (screen) point, or whose row holds it; null if none. */
    PortRef portAt(double sx, double sy) {
        for (Circle d : dots) {
            double cx = getLayoutX() + d.getCenterX();
            double cy = getLayoutY() + d.getCenterY();
            if (Math.hypot(sx - cx, sy - cy) <= 9) {
                return PortRef.parse((String) d.getProperties().get("podforge.port"));
            }
        }
        for (Rectangle r : rowBacks) {
            if (r.contains(sx - getLayoutX(), sy - getLayoutY())) {
                return PortRef.parse((String) r.getProperties().get("podforge.port"));
            }
        }
        return null;
    }

    /** True when the rows were marked for this selection (no redraw needed). */
    boolean drawnFor(Set<String> selection) {
        return drawnFor.equals(selection);
    }

    /**
     * Whether a selection keeps the fan of a component open: the component alone, or only links with an end on
     * it (a link picked from its fan), so the next port is one click away.
     */
    static boolean keptOpenBy(org.podforge.model.Project p, Set<String> sel, String componentId) {
        if (sel.isEmpty()) {
            return false;
        }
        if (sel.size() == 1 && sel.contains(componentId)) {
            return true;
        }
        for (String id : sel) {
            var l = p.link(id).orElse(null);
            if (l == null || !(l.a().componentId().equals(componentId) || l.b().componentId().equals(componentId))) {
                return false;
            }
        }
        return true;
    }

    /** Screen centre of a port's dot. */
    Point2D dotCenter(String port) {
        for (Circle d : dots) {
            if (((String) d.getProperties().get("podforge.port")).endsWith("/" + port)) {
                return new Point2D(getLayoutX() + d.getCenterX(), getLayoutY() + d.getCenterY());
            }
        }
        return new Point2D(getLayoutX(), getLayoutY());
    }

    boolean containsScreen(double sx, double sy) {
        var b = getBoundsInParent();
        return b.contains(sx, sy);
    }
}
