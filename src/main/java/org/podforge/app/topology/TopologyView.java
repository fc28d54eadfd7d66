package org.podforge.app.topology;

import org.podforge.service.TopologyLayout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.StringConverter;
import org.podforge.app.canvas.CanvasStyle;
import org.podforge.app.palette.FamilyIcons;
import org.podforge.model.Pod;
import org.podforge.model.command.ArrangeTopologyCommand;
import org.podforge.model.command.CommandStack;
import org.podforge.service.Session;

/**
 * The logical topology of a pod (see {@link TopologyLayout}): components as icon nodes in layers, links
 * as lines coloured by protocol. Kept in sync with the model through the command-stack and selection
 * listeners (redraw batched per FX event-queue turn); clicking a node or line selects it in the session,
 * so the canvas and inspector follow. Wheel zooms, drag pans, "Fit" fits every node (also one dragged left of
 * or above the automatic area). Dragging a node keeps the view still (no re-fit under the pointer); a node
 * dropped past the view's edge is brought back by the least pan. A pod chooser appears when the design has
 * several pods; it follows the pod of the selection.
 *
 * <p>Contract: {@code new TopologyView(session)}; also {@link #darkProperty()}, {@link #fit()},
 * {@link #dispose()}. Vertices carry {@code podforge.id} and style class {@code pf-topology-node}; edges
 * {@code pf-topology-edge}.
 */
public final class TopologyView extends BorderPane {
    private final Session session;
    private final ComboBox<Pod> podChooser = new ComboBox<>();
    private final Label info = new Label();
    /** The pod's name when there is one pod (the chooser is then hidden): the bar never reads just "Pod". */
    private final Label onlyPod = new Label();
    private final Pane viewport = new Pane();
    private final Group content = new Group();
    private final Translate pan = new Translate();
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final Map<String, Circle> rings = new HashMap<>();
    private final Map<String, Line> lines = new HashMap<>();
    /** The line ends at each vertex, moved along while the vertex is dragged. */
    private final Map<String, List<LineEnd>> ends = new HashMap<>();
    private final Consumer<CommandStack.Event> stackListener = ev -> schedule();
    private final Consumer<Set<String>> selectionListener = sel -> onSelection(sel);
    private TopologyLayout layout;
    private boolean queued;
    /** True while {@link #refreshPods} sets the chooser (its caller redraws once afterwards). */
    private boolean refreshing;
    /** A node's extent around its centre: the ring (radius 16) and the label under it (62 wide, two lines). */
    private static final double NODE_HALF_W = 32;
    private static final double NODE_TOP = 18;
    private static final double NODE_BOTTOM = 46;
    private boolean fitPending = true;
    /** True while the view shows the fit of the graph: a resize then re-fits (until the user zooms or pans). */
    private boolean followFit = true;
    private double lastX;
    private double lastY;

    public TopologyView(Session session) {
        this.session = session;
        getStyleClass().add("pf-topology");
        setId("topology-view");
        podChooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Pod p) {
                return p == null ? "" : p.label() + (p.replicas() > 1 ? " ×" + p.replicas() : "");
            }

            @Override
            public Pod fromString(String s) {
                return null;
            }
        });
        podChooser.valueProperty().addListener((o, a, b) -> {
            if (!refreshing) {
                fitPending = true;
                redraw();
            }
        });
        Button fit = new Button("Fit");
        fit.setOnAction(e -> fit());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        onlyPod.setId("topology-pod-name");
        onlyPod.setStyle("-fx-font-weight: bold;");
        HBox bar = new HBox(8, new Label("Pod"), podChooser, onlyPod, fit, spacer, info);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        content.getTransforms().addAll(pan, zoom);
        viewport.getChildren().add(content);
        viewport.setMinSize(100, 80);
        setCenter(viewport);
        viewport.widthProperty().addListener((o, a, b) -> maybeFit());
        viewport.heightProperty().addListener((o, a, b) -> maybeFit());
        viewport.addEventHandler(ScrollEvent.SCROLL, e -> {
            followFit = false;
            double f = e.getDeltaY() > 0 ? 1.15 : 1 / 1.15;
            double s = Math.max(0.05, Math.min(4, zoom.getX() * f));
            double wx = (e.getX() - pan.getX()) / zoom.getX();
            double wy = (e.getY() - pan.getY()) / zoom.getX();
            zoom.setX(s);
            zoom.setY(s);
            pan.setX(e.getX() - wx * s);
            pan.setY(e.getY() - wy * s);
            e.consume();
        });
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getX();
            lastY = e.getY();
        });
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            followFit = false;
            pan.setX(pan.getX() + e.getX() - lastX);
            pan.setY(pan.getY() + e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        });
        dark.addListener((o, a, b) -> redraw());
        session.commands().addListener(stackListener);
        session.addSelectionListener(selectionListener);
        refreshPods();
        // built when its tab is first shown: start on the pod of what is selected then, as later selections do
        onSelection(session.selection());
        redraw();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Removes the listeners this view put on the session. */
    public void dispose() {
        session.commands().removeListener(stackListener);
        session.removeSelectionListener(selectionListener);
    }

    /** The pod the view shows, or null. */
    public Pod shownPod() {
        return podChooser.getValue();
    }

    /** The current layout (for tests). */
    public TopologyLayout topology() {
        return layout;
    }

    public void fit() {
        if (layout == null || viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        followFit = true;
        // everything drawn: the automatic area and any node the user dragged beyond it (left of or above the
        // origin too), so that Fit always brings every node back into view
        double minX = 0;
        double minY = 0;
        double maxX = layout.width();
        double maxY = layout.height();
        for (TopologyLayout.Vertex v : layout.vertices().values()) {
            minX = Math.min(minX, v.x() - NODE_HALF_W);
            minY = Math.min(minY, v.y() - NODE_TOP);
            maxX = Math.max(maxX, v.x() + NODE_HALF_W);
            maxY = Math.max(maxY, v.y() + NODE_BOTTOM);
        }
        for (TopologyLayout.Block b : layout.blocks()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
        }
        double bw = maxX - minX;
        double bh = maxY - minY;
        double s = Math.min(1.5, Math.min(viewport.getWidth() / (bw + 40), viewport.getHeight() / (bh + 20)));
        zoom.setX(s);
        zoom.setY(s);
        pan.setX((viewport.getWidth() - bw * s) / 2 - minX * s);
        pan.setY(Math.max(4, (viewport.getHeight() - bh * s) / 2) - minY * s);
    }

    /**
     * After a node is dropped, pans (never zooms) by as little as brings the whole node into view: the view stays
     * still while the user arranges, but a node dropped past the edge is not left where it cannot be seen.
     */
    private void keepInView(double x, double y) {
        double w = viewport.getWidth();
        double h = viewport.getHeight();
        double z = zoom.getX();
        double left = pan.getX() + (x - NODE_HALF_W) * z;
        double right = pan.getX() + (x + NODE_HALF_W) * z;
        double top = pan.getY() + (y - NODE_TOP) * z;
        double bottom = pan.getY() + (y + NODE_BOTTOM) * z;
        if (left < 0) {
            pan.setX(pan.getX() - left);
        } else if (right > w) {
            pan.setX(pan.getX() - Math.min(right - w, left));
        }
        if (top < 0) {
            pan.setY(pan.getY() - top);
        } else if (bottom > h) {
            pan.setY(pan.getY() - Math.min(bottom - h, top));
        }
    }

    private void maybeFit() {
        if (fitPending || followFit) {
            fit();
        }
    }

    private void schedule() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                refreshPods();
                redraw();
            });
        }
    }

    private void refreshPods() {
        List<Pod> pods = session.project().pods();
        Pod current = podChooser.getValue();
        Pod want = current != null && pods.contains(current) ? current : pods.isEmpty() ? null : pods.get(0);
        refreshing = true;
        try {
            if (!podChooser.getItems().equals(pods)) {
                podChooser.getItems().setAll(pods);
            }
            // set again even when unchanged: replacing the items may have cleared the shown text, and a renamed
            // pod's name only reaches the chooser's button when its value is set
            podChooser.setValue(null);
            podChooser.setValue(want);
        } finally {
            refreshing = false;
        }
        if (want != current) {
            fitPending = true; // another pod (or another design): fit it once it is drawn
        }
        podChooser.setVisible(pods.size() > 1);
        podChooser.setManaged(pods.size() > 1);
        onlyPod.setText(pods.size() == 1 ? podChooser.getConverter().toString(pods.get(0)) : pods.isEmpty() ? "(none)" : "");
        onlyPod.setVisible(pods.size() <= 1);
        onlyPod.setManaged(pods.size() <= 1);
    }

    private void onSelection(Set<String> sel) {
        // follow the pod of a selected object
        for (String id : sel) {
            var n = session.project().find(id).orElse(null);
            Pod p = podOf(n);
            if (p != null && p != podChooser.getValue()) {
                podChooser.setValue(p);
                return;
            }
        }
        applySelection(sel);
    }

    private static Pod podOf(org.podforge.model.Node n) {
        if (n instanceof Pod p) {
            return p;
        }
        if (n instanceof org.podforge.model.Rack r) {
            return r.pod();
        }
        if (n instanceof org.podforge.model.Chassis c) {
            return c.rack() == null ? null : c.rack().pod();
        }
        if (n instanceof org.podforge.model.Component c) {
            return c.chassis() == null ? null : c.chassis().rack().pod();
        }
        if (n instanceof org.podforge.model.Link l) {
            return l.pod();
        }
        return null;
    }

    private void redraw() {
        CanvasStyle st = CanvasStyle.of(dark.get());
        viewport.setStyle("-fx-background-color: " + toWeb(st.background) + ";");
        layout = TopologyLayout.of(session.project(), session.catalog(), podChooser.getValue());
        content.getChildren().clear();
        rings.clear();
        lines.clear();
        ends.clear();
        Group blocks = new Group();
        Group edges = new Group();
        Group nodes = new Group();
        for (TopologyLayout.Block b : layout.blocks()) {
            Rectangle r = new Rectangle(b.x(), b.y(), b.w(), b.h());
            r.setArcWidth(14);
            r.setArcHeight(14);
            r.setFill(st.podFill);
            r.setStroke(st.podStroke);
            Text t = new Text(b.x() + 10, b.y() + 18, b.label());
            t.setFont(Font.font("System", javafx.scene.text.FontWeight.BOLD, 12));
            t.setFill(st.mutedText);
            blocks.getChildren().addAll(r, t);
        }
        for (TopologyLayout.Edge e : layout.edges()) {
            var a = layout.vertices().get(e.a());
            var b = layout.vertices().get(e.b());
            Line l = new Line(a.x(), a.y(), b.x(), b.y());
            l.setStroke(st.protocolColor(e.protocol()));
            boolean fabricEdge = a.layer() == 4 || b.layer() == 4;
            l.setStrokeWidth(fabricEdge ? 0.8 : 1.6);
            l.setOpacity(fabricEdge ? 0.3 : 0.85);
            l.getStyleClass().add("pf-topology-edge");
            l.getProperties().put("podforge.id", e.linkId());
            l.setOnMouseClicked(ev -> select(e.linkId(), ev));
            lines.put(e.linkId(), l);
            ends.computeIfAbsent(e.a(), k -> new java.util.ArrayList<>()).add(new LineEnd(l, true));
            ends.computeIfAbsent(e.b(), k -> new java.util.ArrayList<>()).add(new LineEnd(l, false));
            edges.getChildren().add(l);
        }
        Font font = Font.font("System", 9);
        for (TopologyLayout.Vertex v : layout.vertices().values()) {
            Circle ring = new Circle(v.x(), v.y(), 16);
            ring.setFill(st.podFill);
            ring.setStroke(FamilyIcons.color(v.family()));
            ring.setStrokeWidth(2);
            ImageView icon = new ImageView(FamilyIcons.image(v.family(), 48));
            icon.setFitWidth(22);
            icon.setFitHeight(22);
            icon.setX(v.x() - 11);
            icon.setY(v.y() - 11);
            icon.setMouseTransparent(true);
            Text label = new Text(v.x() - 31, v.y() + 29, v.label());
            label.setWrappingWidth(62);
            label.setTextAlignment(TextAlignment.CENTER);
            label.setFont(font);
            label.setFill(st.text);
            label.setMouseTransparent(true);
            Group g = new Group(ring, icon, label);
            g.getStyleClass().add("pf-topology-node");
            g.getProperties().put("podforge.id", v.id());
            new NodeDrag(v.id(), g).install();
            rings.put(v.id(), ring);
            nodes.getChildren().add(g);
        }
        content.getChildren().addAll(blocks, edges, nodes);
        int shown = layout.vertices().size();
        info.setText(layout.totalComponents() > shown
                ? "showing " + shown + " of " + layout.totalComponents() + " components"
                : shown + " components · " + layout.edges().size() + " links");
        applySelection(session.selection());
        if (fitPending || followFit) {
            fit(); // until the user zooms, pans or places a node, the view follows the design as it grows
        }
    }

    private record LineEnd(Line line, boolean start) {
        void moveTo(double x, double y) {
            if (start) {
                line.setStartX(x);
                line.setStartY(y);
            } else {
                line.setEndX(x);
                line.setEndY(y);
            }
        }
    }

    /**
     * Dragging a node moves it (and its lines) live; the release places it with one undoable command
     * saved in the pod ({@link ArrangeTopologyCommand}). A press and release without a move selects it.
     */
    private final class NodeDrag {
        private final String id;
        private final Group g;
        private double pressX;
        private double pressY;
        private boolean moved;

        NodeDrag(String id, Group g) {
            this.id = id;
            this.g = g;
        }

        void install() {
            g.setCursor(javafx.scene.Cursor.HAND);
            g.setOnMousePressed(e -> {
                if (e.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                pressX = e.getSceneX();
                pressY = e.getSceneY();
                moved = false;
                e.consume();
            });
            g.setOnMouseDragged(e -> {
                if (e.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                double dx = (e.getSceneX() - pressX) / zoom.getX();
                double dy = (e.getSceneY() - pressY) / zoom.getX();
                if (!moved && Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) < 4) {
                    e.consume();
                    return;
                }
                moved = true;
                followFit = false; // the user arranges: keep the view still
                g.setTranslateX(dx);
                g.setTranslateY(dy);
                TopologyLayout.Vertex v = layout.vertices().get(id);
                for (LineEnd end : ends.getOrDefault(id, List.of())) {
                    end.moveTo(v.x() + dx, v.y() + dy);
                }
                e.consume();
            });
            g.setOnMouseReleased(e -> {
                if (e.getButton() != MouseButton.PRIMARY) {
                    return;
                }
                e.consume();
                if (!moved) {
                    select(id, e);
                    return;
                }
                TopologyLayout.Vertex v = layout.vertices().get(id);
                Pod pod = podChooser.getValue();
                double nx = Math.round(v.x() + g.getTranslateX());
                double ny = Math.round(v.y() + g.getTranslateY());
                try {
                    session.execute(new ArrangeTopologyCommand(pod.id(), Map.of(id, new Pod.TopologyPoint(nx, ny))));
                    keepInView(nx, ny);
                } catch (RuntimeException ex) {
                    g.setTranslateX(0);
                    g.setTranslateY(0);
                    redraw();
                }
            });
        }
    }

    private void select(String id, MouseEvent ev) {
        if (ev.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (ev.isShiftDown() || ev.isShortcutDown()) {
            session.addToSelection(List.of(id));
        } else {
            session.select(List.of(id));
        }
        ev.consume();
    }

    private void applySelection(Set<String> sel) {
        CanvasStyle st = CanvasStyle.of(dark.get());
        for (var e : rings.entrySet()) {
            boolean s = sel.contains(e.getKey());
            e.getValue().setStrokeWidth(s ? 5 : 2);
            e.getValue().setStroke(s ? st.selection : FamilyIcons.color(layout.vertices().get(e.getKey()).family()));
        }
        for (var e : lines.entrySet()) {
            e.getValue().setStrokeWidth(sel.contains(e.getKey()) ? 4 : 1.6);
        }
    }

    private static String toWeb(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
