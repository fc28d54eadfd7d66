package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.canvas.CanvasLayout.Hit;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.DeleteSelectionCommand;
import org.podforge.rules.Finding;
import org.podforge.rules.Severity;
import org.podforge.service.Session;

/**
 * The pod canvas: pods as containers, racks as elevations with a U scale, chassis at their U positions
 * with their slot grid, components in slots, links coloured by protocol and styled by medium. Built in
 * code in layers — background grid (screen), pods, racks, links, feedback (world), overlay (screen:
 * marquee, messages, port fans) — with one class per gesture ({@link SelectMoveGesture},
 * {@link MarqueeGesture}, {@link ConnectPortsGesture}, {@link PanGesture}, {@link PaletteDropTarget}).
 * Every change goes through {@link Session#execute}; drags preview live and commit one command on
 * release. The view redraws from {@link CommandStack} events and the session's selection events,
 * batched into one refresh per FX event-queue turn, and rebuilds only the racks whose content or place
 * changed.
 *
 * <p>Scale: racks outside the viewport have no nodes (virtualised), and below {@link #DETAIL_SCALE} racks
 * are drawn without unit labels, slot grids, components or links (level of detail).
 *
 * <p>Contract with the shell (keep): {@code new PodCanvas(session)}, {@link #zoomIn()}, {@link #zoomOut()},
 * {@link #fitToView()}, {@link #zoomProperty()}, {@link #reveal(Collection)}, {@link #snapshotImage()}.
 * Also: {@link #deleteSelection()} (for the shell's Delete action), {@link #nudgeSelection(int)} (arrow
 * keys), {@link #statusProperty()} (what the last gesture did or why it could not; for the status bar),
 * {@link #darkProperty()} (bind to the theme toggle), {@link #dispose()} (removes the session listeners),
 * {@link #showFindings(List)} (badges and the quick fixes of the right-click menu).
 * The canvas handles Delete, arrows, +/-, F (fit) and Escape itself only while it has the focus.
 * Robot tests find skins by {@code node.getProperties().get("podforge.id")} and the style classes
 * {@code pf-pod}, {@code pf-rack}, {@code pf-chassis}, {@code pf-component}, {@code pf-link}, {@code pf-port}.
 */
public class PodCanvas extends Region {
    /** Below this zoom, racks are drawn as outlines with chassis blocks only. */
    public static final double DETAIL_SCALE = 0.28;
    static final double MIN_SCALE = 0.01;
    static final double MAX_SCALE = 4.0;

    private final Session session;
    private final Canvas gridCanvas = new Canvas();
    private final Group world = new Group();
    private final Group podLayer = new Group();
    private final Group rackLayer = new Group();
    private final PodFrames podFrames = new PodFrames(podLayer);
    private final LinkLayer links = new LinkLayer();
    private final Group fanLayer = new Group();
    private final BadgeLayer badges = new BadgeLayer();
    private final Group dragLayer = new Group();
    private FindingMenus findingMenus;
    private java.util.function.Supplier<List<MenuItem>> selectionMenus;
    private ContextMenu contextMenu;
    /** True once the context menu was shown for the current right press (so a release does not reopen it). */
    private boolean menuShownForPress;
    /** The background colour the grid was last drawn with. */
    private javafx.scene.paint.Paint gridBackground;
    private final Translate pan = new Translate();
    private final Scale zoomTransform = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Feedback feedback = new Feedback(this);
    private final HoverCard hover = new HoverCard(this);
    private final LabelLayer labels = new LabelLayer();
    private final CanvasLegend legend = new CanvasLegend();
    private final Group noteEditLayer = new Group();
    private final NoteLayer notes;
    private final Map<String, Group> rackSkins = new HashMap<>();
    private final Map<String, Box> rackSkinBoxes = new HashMap<>();
    private final Map<String, Boolean> rackSkinDetail = new HashMap<>();
    /** Whether the skins carry their own titles (true at readable zooms; below, {@link LabelLayer} names them). */
    private boolean ownTitles = true;
    private final Map<String, Shape> selectable = new HashMap<>();
    private final Set<String> highlighted = new HashSet<>();
    private final Consumer<CommandStack.Event> stackListener = this::onStackEvent;
    private final Consumer<Set<String>> selectionListener = sel -> applySelection();
    private CanvasLayout layout;
    private CanvasStyle style = CanvasStyle.LIGHT;
    private Map<String, String> rackOfNode = new HashMap<>();
    private Map<String, Integer> rackSignatures = new HashMap<>();
    private boolean refreshQueued;
    private boolean pendingAll;
    private boolean fitPending = true;
    /** True while the view is the fit of the whole design: a resize then re-fits (until the user zooms or pans). */
    private boolean followFit = true;
    private boolean spaceDown;
    private Gesture gesture;
    private PortFan fan;
    private String linkSetKey = "";

    public PodCanvas(Session session) {
        this.session = session;
        getStyleClass().add("pod-canvas");
        setId("pod-canvas");
        setFocusTraversable(true);
        setMinSize(200, 150);
        setPrefSize(900, 700);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        world.getTransforms().addAll(pan, zoomTransform);
        notes = new NoteLayer(this, session, new NoteEditor(this, noteEditLayer));
        world.getChildren().addAll(podLayer, rackLayer, links.root, badges.root, notes.root, dragLayer, feedback.world);
        gridCanvas.setMouseTransparent(true);
        getChildren().addAll(gridCanvas, world, labels.root, feedback.screen, legend.pane, fanLayer, feedback.top, noteEditLayer,
                hover.card);
        zoom.addListener((o, a, b) -> {
            double s = clampScale(b.doubleValue());
            if (s != b.doubleValue()) {
                zoom.set(s);
                return;
            }
            zoomTransform.setX(s);
            zoomTransform.setY(s);
            viewChanged();
        });
        dark.addListener((o, a, b) -> {
            style = CanvasStyle.of(b);
            notes.setDark(b);
            rebuildAll();
            drawGrid(); // the grid is drawn only on resize/pan/zoom otherwise: it kept the old theme
        });
        session.commands().addListener(stackListener);
        session.addSelectionListener(selectionListener);
        installHandlers();
        rebuildAll();
    }

    /** Removes the listeners this canvas put on the session (call when the canvas is thrown away). */
    public void dispose() {
        session.commands().removeListener(stackListener);
        session.removeSelectionListener(selectionListener);
        notes.dispose();
    }

    /** Opens the note editor at the middle of the view (Edit > Add Note); the note is made once text is kept. */
    public void addNote() {
        Point2D c = toWorld(getWidth() / 2 - 140, getHeight() / 2 - 60);
        notes.addAt(Math.round(c.getX()), Math.round(c.getY()));
    }

    /** The free text notes' layer (gestures and tests). */
    NoteLayer notes() {
        return notes;
    }

    // ---- public API -----------------------------------------------------------------------------

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** What the last gesture did, or why it could not (e.g. "U12-U21 of rack-2 is taken by ..."). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void zoomIn() {
        zoomAt(1.25, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / 1.25, getWidth() / 2, getHeight() / 2);
    }

    /** Scales and centres the whole design in the view. */
    public void fitToView() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            requestLayout();
            return;
        }
        fitPending = false;
        followFit = true;
        show(canvasLayout().total(), 1.0);
    }

    /** Selects the objects and scrolls (and if needed zooms) so they are in view. */
    public void reveal(Collection<String> ids) {
        followFit = false;
        session.select(ids);
        flush();
        Box b = canvasLayout().bounds(ids);
        if (b == null) {
            return;
        }
        Box view = viewport();
        if (b.w() * scale() > getWidth() * 0.9 || b.h() * scale() > getHeight() * 0.9 || scale() < DETAIL_SCALE) {
            show(b.inset(-80), 1.2);
        } else if (!(view.contains(b.x(), b.y()) && view.contains(b.maxX(), b.maxY()))) {
            centerOn(b.cx(), b.cy());
        }
    }

    /** The whole design rendered to an image (File > Export image); at most 8,000 pixels on a side. */
    public WritableImage snapshotImage() {
        flush();
        CanvasLayout l = canvasLayout();
        Box t = l.total().inset(-40);
        double s = Math.min(1.5, 8000 / Math.max(t.w(), t.h()));
        boolean detailed = s >= DETAIL_SCALE;
        Map<String, Shape> ignore = new HashMap<>();
        DesignRenderer r = new DesignRenderer(l, session.catalog(), style, ignore);
        Group g = new Group();
        Rectangle bg = new Rectangle(t.x(), t.y(), t.w(), t.h());
        bg.setFill(style.background);
        g.getChildren().add(bg);
        Project p = session.project();
        for (Pod pod : p.pods()) {
            g.getChildren().add(r.pod(pod));
        }
        for (Pod pod : p.pods()) {
            for (Rack rack : pod.racks()) {
                g.getChildren().add(r.rack(rack, detailed));
            }
        }
        if (detailed) {
            LinkLayer all = new LinkLayer();
            fillLinks(all, l, p.allLinks().stream().filter(x -> x.pod() != null).toList()); // the pod canvas draws pod designs
            g.getChildren().add(all.root);
        }
        SnapshotParameters sp = new SnapshotParameters();
        sp.setFill(style.background);
        sp.setTransform(new Scale(s, s));
        sp.setViewport(new Rectangle2D(t.x() * s, t.y() * s, Math.ceil(t.w() * s), Math.ceil(t.h() * s)));
        return g.snapshot(sp, null);
    }

    /**
     * Shows rule findings as badges (red error, amber warning; the worst per object; infos are not flagged) on the
     * parts, chassis, racks and links they concern; the badge's tooltip lists the messages, and the
     * context menu of a flagged object offers the findings' fixes. Call again with each new result.
     */
    public void showFindings(List<Finding> findings) {
        badges.set(findings); // infos are notes, not flags: they stay in the Problems list
        updateBadges();
    }

    /**
     * What the canvas offers for findings: the fix items of a finding's right-click menu and "open its
     * details" (badge click). Fix menus are built in one place outside the canvas.
     */
    public interface FindingMenus {
        List<MenuItem> fixItems(Finding f);

        void open(Finding f);
    }

    /** Installs the fix menus and the detail opener (without it, right-click offers no fixes). */
    public void setFindingMenus(FindingMenus menus) {
        this.findingMenus = menus;
    }

    /** Items the right-click menu offers for any selection (the shell's Wire Selection, Auto-wire). */
    public void setSelectionMenus(java.util.function.Supplier<List<MenuItem>> menus) {
        this.selectionMenus = menus;
    }

    /** Deletes the selected objects as one undo step (the shared {@link DeleteSelectionCommand}); false if none. */
    public boolean deleteSelection() {
        if (session.selection().isEmpty()) {
            return false;
        }
        DeleteSelectionCommand c = new DeleteSelectionCommand(session.selection());
        try {
            session.execute(c);
            setStatus(DeleteSelectionCommand.done(c));
        } catch (CommandException e) {
            setStatus(e.getMessage());
        }
        return true;
    }

    /** Moves the selected chassis up (+) or down (-) by whole units; repeated nudges undo in one step. */
    public boolean nudgeSelection(int du) {
        Project p = session.project();
        List<Command> cmds = new ArrayList<>();
        DropPlanner planner = planner();
        for (String id : session.selection()) {
            Chassis c = p.chassis(id).orElse(null);
            if (c == null) {
                continue;
            }
            DropPlan plan = planner.planChassisMove(c.id(), c.rack().id(), c.uPosition() + du);
            if (!plan.ok()) {
                if (!plan.message().isEmpty()) {
                    setStatus(plan.message());
                }
                return false;
            }
            cmds.add(plan.command());
        }
        if (cmds.isEmpty()) {
            return false;
        }
        try {
            session.execute(cmds.size() == 1 ? cmds.get(0) : new CompositeCommand("Nudge " + cmds.size() + " chassis", cmds));
        } catch (CommandException e) {
            setStatus(e.getMessage());
            return false;
        }
        return true;
    }

    // ---- package API for gestures ---------------------------------------------------------------

    Session session() {
        return session;
    }

    CanvasStyle style() {
        return style;
    }

    Feedback feedback() {
        return feedback;
    }

    CanvasLayout canvasLayout() {
        if (layout == null) {
            layout = CanvasLayout.compute(session.project(), session.catalog());
        }
        return layout;
    }

    DropPlanner planner() {
        return new DropPlanner(session.project(), session.catalog(), canvasLayout());
    }

    ConnectPlanner connector() {
        return new ConnectPlanner(session.project(), session.catalog());
    }

    double scale() {
        return zoomTransform.getX();
    }

    Point2D toWorld(double sx, double sy) {
        return new Point2D((sx - pan.getX()) / scale(), (sy - pan.getY()) / scale());
    }

    Point2D toScreen(double wx, double wy) {
        return new Point2D(wx * scale() + pan.getX(), wy * scale() + pan.getY());
    }

    /** The world box currently visible. */
    Box viewport() {
        Point2D a = toWorld(0, 0);
        Point2D b = toWorld(Math.max(1, getWidth()), Math.max(1, getHeight()));
        return new Box(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    /**
     * What lies under a screen point. Below {@link #DETAIL_SCALE} parts and slots are not drawn, so a point over
     * them answers their chassis (a click there means the chassis the user sees).
     */
    Hit hitScreen(double sx, double sy) {
        Point2D w = toWorld(sx, sy);
        Hit h = canvasLayout().hit(w.getX(), w.getY());
        if (h != null && scale() < DETAIL_SCALE && (h.kind() == CanvasLayout.Kind.COMPONENT || h.kind() == CanvasLayout.Kind.SLOT)) {
            return new Hit(CanvasLayout.Kind.CHASSIS, h.podId(), h.rackId(), h.chassisId(), null, null, null, h.u());
        }
        return h;
    }

    /** What a click at a screen point picks: the object a name label names (the label is its handle), else {@link #hitScreen}. */
    Hit pickScreen(double sx, double sy) {
        Hit named = labelAt(sx, sy);
        return named != null ? named : hitScreen(sx, sy);
    }

    /** The object a name label under a screen point names (the label is its handle), or null. */
    Hit labelAt(double sx, double sy) {
        return labels.handleAt(sx, sy);
    }

    /** The skin group of a chassis or component (null when not built: off screen or coarse). */
    Group skin(String id) {
        Shape s = selectable.get(id);
        if (s != null && s.getParent() instanceof Group g && id.equals(g.getProperties().get(DesignRenderer.ID))) {
            return g;
        }
        return null;
    }

    /** True when the link is drawn now (its racks are in view at detail zoom). */
    boolean linkDrawn(String id) {
        return links.contains(id);
    }

    LinkLayer links() {
        return links;
    }

    /** Where a dragged skin lives during a move (above everything, outside the cached rack bitmaps). */
    Group dragLayer() {
        return dragLayer;
    }

    /** The drawn link within a few pixels of a canvas point, or null. */
    String linkAtScreen(double sx, double sy) {
        Point2D w = toWorld(sx, sy);
        return links.linkAt(w.getX(), w.getY(), 6 / Math.max(MIN_SCALE, scale()));
    }

    /**
     * Reports what a gesture did or why it could not. Every call notifies the listeners, also when the text
     * equals the last one (a repeated refusal must still show): the property passes through "" first then.
     */
    void setStatus(String s) {
        String text = s == null ? "" : s;
        if (!text.isEmpty() && text.equals(status.get())) {
            status.set("");
        }
        status.set(text);
    }

    void panBy(double dx, double dy) {
        followFit = false;
        pan.setX(pan.getX() + dx);
        pan.setY(pan.getY() + dy);
        viewChanged();
    }

    void zoomAt(double factor, double sx, double sy) {
        followFit = false;
        double old = scale();
        double s = clampScale(old * factor);
        if (s == old) {
            return;
        }
        Point2D w = toWorld(sx, sy);
        pan.setX(sx - w.getX() * s);
        pan.setY(sy - w.getY() * s);
        zoom.set(s);
    }

    /** Shows the port fan of a component (null hides it); {@code compatible} as in {@link PortFan}. */
    PortFan showFan(String componentId, Set<String> compatible) {
        fanLayer.getChildren().clear();
        fan = null;
        if (componentId == null || scale() < DETAIL_SCALE) {
            return null;
        }
        Component c = session.project().component(componentId).orElse(null);
        var part = c == null ? null : session.catalog().find(c.partNumber()).orElse(null);
        if (part == null || part.ports().isEmpty() || canvasLayout().box(componentId) == null) {
            return null;
        }
        fan = new PortFan(this, c, part, compatible);
        fanLayer.getChildren().add(fan);
        return fan;
    }

    /** Adds a second fan (the connection target) without removing the source fan. */
    PortFan addFan(String componentId, Set<String> compatible) {
        Component c = session.project().component(componentId).orElse(null);
        var part = c == null ? null : session.catalog().find(c.partNumber()).orElse(null);
        if (part == null || part.ports().isEmpty() || canvasLayout().box(componentId) == null) {
            return null;
        }
        PortFan f = new PortFan(this, c, part, compatible);
        fanLayer.getChildren().add(f);
        return f;
    }

    void removeFan(PortFan f) {
        if (f != null) {
            fanLayer.getChildren().remove(f);
        }
    }

    /** Executes a command from a gesture; reports a refusal in the status instead of throwing. */
    boolean run(Command c, String done) {
        try {
            session.execute(c);
            setStatus(done);
            return true;
        } catch (CommandException | IllegalStateException | IllegalArgumentException e) {
            setStatus(e.getMessage());
            return false;
        }
    }

    /** Ids of components whose skins are built (visible, detailed). */
    Collection<String> visibleComponents() {
        List<String> out = new ArrayList<>();
        Project p = session.project();
        for (String rackId : rackSkins.keySet()) {
            if (!Boolean.TRUE.equals(rackSkinDetail.get(rackId))) {
                continue;
            }
            p.rack(rackId).ifPresent(r -> r.chassis().forEach(c -> c.components().forEach(comp -> out.add(comp.id()))));
        }
        return out;
    }

    /** Applies pending model changes now (normally done once per FX event-queue turn). */
    void flush() {
        if (refreshQueued || layout == null) {
            refresh();
        }
    }

    /** Worst severity of the findings on an object, or null. */
    Severity severityOf(String id) {
        return BadgeLayer.worst(badges.findings(id));
    }

    private void updateBadges() {
        badges.update(canvasLayout(), session.project(), rackSkinDetail, rackOfNode, links, scale(),
                findingMenus == null ? null : findingMenus::open);
    }

    /** The context menu for a right-click: the object's quick fixes (one undoable command each) and Delete. */
    void showContextMenu(double sx, double sy, javafx.scene.Node picked) {
        if (contextMenu != null) {
            contextMenu.hide();
        }
        String id = linkClicked(sx, sy, picked);
        if (id == null) {
            Hit h = pickScreen(sx, sy);
            id = h == null ? null : h.id();
        }
        ContextMenu menu = new ContextMenu();
        if (id != null) {
            if (!session.selection().contains(id)) {
                session.select(List.of(id));
            }
            List<Finding> here = badges.findings(id);
            if (findingMenus != null) {
                for (Finding f : here) {
                    menu.getItems().addAll(findingMenus.fixItems(f));
                }
                if (!here.isEmpty()) {
                    MenuItem details = new MenuItem("Show problem details");
                    details.setOnAction(ev -> findingMenus.open(here.get(0)));
                    menu.getItems().add(details);
                }
            }
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            if (selectionMenus != null) {
                menu.getItems().addAll(selectionMenus.get());
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem del = new MenuItem("Delete");
            del.setOnAction(ev -> deleteSelection());
            menu.getItems().add(del);
        }
        Point2D at = toWorld(sx, sy);
        MenuItem note = new MenuItem("Add Note Here");
        note.setOnAction(ev -> notes.addAt(Math.round(at.getX()), Math.round(at.getY())));
        MenuItem fit = new MenuItem("Fit to view");
        fit.setOnAction(ev -> fitToView());
        menu.getItems().addAll(note, fit);
        Point2D p = localToScreen(sx, sy);
        contextMenu = menu;
        menuShownForPress = true;
        if (p != null) {
            menu.show(this, p.getX(), p.getY());
        }
    }

    ContextMenu contextMenu() {
        return contextMenu;
    }

    /** True when the context menu is up and was opened for the current right press. */
    boolean contextMenuShowingForPress() {
        return menuShownForPress && contextMenu != null && contextMenu.isShowing();
    }

    /** Closes the context menu (a right press that turns into a pan drag). */
    void hideContextMenu() {
        if (contextMenu != null) {
            contextMenu.hide();
        }
    }

    /** The colour the grid background was last drawn with (null before the first layout). */
    javafx.scene.paint.Paint gridBackground() {
        return gridBackground;
    }

    // ---- events ---------------------------------------------------------------------------------

    private void installHandlers() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        // the platform's context-menu trigger (GTK and macOS: on the right press, Windows: after the
        // release, or the menu key); the release of a right click without a drag is only a fallback
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() || !contextMenuShowingForPress()) {
                javafx.scene.Node picked = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
                showContextMenu(e.getX(), e.getY(), picked);
            }
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (gesture != null) {
                gesture.dragged(e);
                e.consume();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (gesture != null) {
                Gesture g = gesture;
                gesture = null;
                g.released(e);
                e.consume();
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
        new PaletteDropTarget(this).install();
        hover.install();
    }

    /** True while a drag gesture runs (no hover card then). */
    boolean gestureActive() {
        return gesture != null;
    }

    /** The port fans' layer (in canvas coordinates). */
    Group fanLayer() {
        return fanLayer;
    }

    /** True when a canvas point lies on a port fan. */
    boolean overFan(double sx, double sy) {
        for (javafx.scene.Node n : fanLayer.getChildren()) {
            if (n instanceof PortFan f && f.containsScreen(sx, sy)) {
                return true;
            }
        }
        return false;
    }

    /** Shows the hover card for a canvas point at once (tests, keyboard); returns its text or null. */
    public String hoverAt(double sx, double sy) {
        return hover.showAt(sx, sy);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        notes.select(null); // a note's own press never gets here (it consumes it)
        menuShownForPress = false;
        if (gesture != null) {
            gesture.cancel();
            gesture = null;
        }
        if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.SECONDARY
                || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = new PanGesture(this, e);
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        // a port of a fan (its dot or its row) starts a connection, or is clicked
        for (javafx.scene.Node n : fanLayer.getChildren()) {
            if (n instanceof PortFan f) {
                var ref = f.portAt(e.getX(), e.getY());
                if (ref != null) {
                    gesture = new ConnectPortsGesture(this, ref, f, e);
                    e.consume();
                    return;
                }
                if (f.containsScreen(e.getX(), e.getY())) {
                    e.consume();
                    return;
                }
            }
        }
        Hit hit = pickScreen(e.getX(), e.getY());
        String linkId = linkClicked(e.getX(), e.getY(), e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode());
        if (linkId != null) {
            select(linkId, e.isShiftDown() || e.isShortcutDown());
            showFan(null, null);
            e.consume();
            return;
        }
        if (hit != null && (hit.kind() == CanvasLayout.Kind.COMPONENT || hit.kind() == CanvasLayout.Kind.CHASSIS
                || hit.kind() == CanvasLayout.Kind.SLOT) && scale() >= DETAIL_SCALE * 0.5) {
            gesture = new SelectMoveGesture(this, hit, e);
        } else {
            gesture = new MarqueeGesture(this, hit, e);
        }
        e.consume();
    }

    /**
     * The link a click at a canvas point means, or null: one whose stroke is under the pointer ({@code picked} is a
     * link bundle; the nearest within a few pixels is taken), but never over a component's body or a name label.
     * Links start at their components' centres and are drawn above them, and the labels stand over the top of their
     * chassis at fit zoom, where a server's NVLink and PCIe traces cross it: a click there means the component or
     * the named object (the label is its handle), else a click on a server picked one of its links.
     */
    String linkClicked(double sx, double sy, javafx.scene.Node picked) {
        if (picked == null || !"links".equals(picked.getProperties().get(DesignRenderer.KIND)) || labelAt(sx, sy) != null) {
            return null;
        }
        Point2D w = toWorld(sx, sy);
        Hit under = canvasLayout().hit(w.getX(), w.getY());
        if (under != null && under.kind() == CanvasLayout.Kind.COMPONENT) {
            return null;
        }
        return linkAtScreen(sx, sy);
    }

    void select(String id, boolean add) {
        if (add) {
            Set<String> sel = new LinkedHashSet<>(session.selection());
            if (!sel.remove(id)) {
                sel.add(id);
            }
            session.select(sel);
        } else if (!session.selection().equals(Set.of(id))) {
            session.select(List.of(id));
        }
    }

    private void keyPressed(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean handled = true;
        if (k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) {
            handled = deleteSelection();
        } else if (k == KeyCode.UP && !e.isShortcutDown()) {
            handled = nudgeSelection(1);
        } else if (k == KeyCode.DOWN && !e.isShortcutDown()) {
            handled = nudgeSelection(-1);
        } else if ((k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) && !e.isShortcutDown()) {
            zoomIn();
        } else if ((k == KeyCode.MINUS || k == KeyCode.SUBTRACT) && !e.isShortcutDown()) {
            zoomOut();
        } else if (k == KeyCode.F && !e.isShortcutDown() && !e.isAltDown()) {
            fitToView();
        } else if (k == KeyCode.SPACE) {
            spaceDown = true;
        } else if (k == KeyCode.ESCAPE) {
            if (gesture != null) {
                gesture.cancel();
                gesture = null;
            } else {
                session.clearSelection();
            }
            feedback.clear();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void onStackEvent(CommandStack.Event ev) {
        if (ev.command() == null) {
            return; // saved / cleared: nothing to redraw
        }
        if (!refreshQueued) {
            refreshQueued = true;
            Platform.runLater(() -> {
                if (refreshQueued) {
                    refresh();
                }
            });
        }
    }

    // ---- rendering ------------------------------------------------------------------------------

    private void rebuildAll() {
        pendingAll = true;
        refresh();
    }

    private void refresh() {
        refreshQueued = false;
        CanvasLayout old = layout;
        // a rack is redrawn (and laid out again) when what it shows changed (its signature) or where it stands
        // (its box, checked in updateViewport); a command touching links elsewhere leaves other racks alone
        Map<String, Integer> oldSignatures = rackSignatures;
        rackSignatures = RackSignatures.of(session.project());
        boolean all = pendingAll || old == null;
        Set<String> dirtyRacks = all ? Set.of() : RackSignatures.changed(oldSignatures, rackSignatures);
        layout = CanvasLayout.compute(session.project(), session.catalog(), all ? null : old, dirtyRacks);
        rackOfNode = layout.rackIndex();
        pendingAll = false;
        if (all) {
            rackLayer.getChildren().clear();
            rackSkins.clear();
            rackSkinBoxes.clear();
            rackSkinDetail.clear();
            selectable.clear();
            highlighted.clear();
        } else {
            for (String r : dirtyRacks) {
                dropRackSkin(r);
            }
        }
        if (all) {
            podFrames.clear();
        }
        highlighted.removeAll(podFrames.update(session.project(), layout, rackSignatures, style, this::renderer));
        linkSetKey = "";
        updateLegend();
        if (fan != null) {
            // the component may have moved (or gone): re-place its fan
            showFan(session.project().containsId(fan.componentId) ? fan.componentId : null, null);
        }
        updateViewport();
        applySelection();
        if (fitPending && getWidth() > 0) {
            fitToView();
        }
    }

    /** Redraws every pod frame (their titles come and go with the zoom, see {@link #ownTitles}). */
    private void rebuildPodFrames() {
        podFrames.clear();
        highlighted.removeAll(podFrames.update(session.project(), canvasLayout(), rackSignatures, style, this::renderer));
    }

    /** The legend lists the protocols and media the design's links use (worked out when it is open). */
    private void updateLegend() {
        boolean anyLinks = session.project().pods().stream().anyMatch(pod -> !pod.links().isEmpty());
        legend.invalidate(anyLinks, this::fillLegend);
        requestLayout();
    }

    private void fillLegend() {
        java.util.EnumSet<org.podforge.model.Protocol> ps = java.util.EnumSet.noneOf(org.podforge.model.Protocol.class);
        java.util.EnumSet<org.podforge.model.Medium> ms = java.util.EnumSet.noneOf(org.podforge.model.Medium.class);
        ConnectPlanner cp = connector();
        for (Link l : session.project().allLinks()) {
            if (l.pod() == null) {
                continue;
            }
            ms.add(l.medium());
            var pr = cp.protocolOf(l.a(), l.b());
            if (pr != null) {
                ps.add(pr);
            }
        }
        legend.show(ps, ms, style);
    }

    /** The legend (tests). */
    CanvasLegend legend() {
        return legend;
    }

    private DesignRenderer renderer() {
        return new DesignRenderer(canvasLayout(), session.catalog(), style, selectable, ownTitles);
    }

    private void dropRackSkin(String rackId) {
        Group g = rackSkins.remove(rackId);
        rackSkinBoxes.remove(rackId);
        rackSkinDetail.remove(rackId);
        if (g != null) {
            rackLayer.getChildren().remove(g);
            forgetSelectable(g);
        }
    }

    private void forgetSelectable(javafx.scene.Node n) {
        Object id = n.getProperties().get(DesignRenderer.ID);
        if (id != null) {
            selectable.remove(id);
            highlighted.remove(id);
        }
        if (n instanceof Group g) {
            for (javafx.scene.Node c : g.getChildren()) {
                forgetSelectable(c);
            }
        }
    }

    /** Builds skins for racks entering the view, drops those leaving it, and re-does the link layer. */
    private void updateViewport() {
        CanvasLayout l = canvasLayout();
        if (getWidth() <= 0 || getHeight() <= 0 || fitPending) {
            return; // nothing to show yet: skins are built once the canvas has a size (and has been fitted)
        }
        boolean own = scale() >= LabelLayer.OWN_TITLES_READABLE;
        if (own != ownTitles) {
            // the labels take over the titles below this zoom (and give them back above it): redraw without them
            ownTitles = own;
            for (String rackId : new ArrayList<>(rackSkins.keySet())) {
                dropRackSkin(rackId);
            }
            rebuildPodFrames();
        }
        Box view = viewport();
        Box margin = view.inset(-Math.max(view.w(), view.h()) * 0.25);
        boolean detailed = scale() >= DETAIL_SCALE;
        Project p = session.project();
        DesignRenderer renderer = null;
        Set<String> live = new HashSet<>();
        for (String rackId : l.rackIds()) {
            Box b = l.box(rackId);
            if (!b.intersects(margin)) {
                continue;
            }
            live.add(rackId);
            Group g = rackSkins.get(rackId);
            if (g != null && (!b.equals(rackSkinBoxes.get(rackId)) || rackSkinDetail.get(rackId) != detailed)) {
                dropRackSkin(rackId);
                g = null;
            }
            if (g == null) {
                Rack rack = p.rack(rackId).orElse(null);
                if (rack == null) {
                    continue;
                }
                if (renderer == null) {
                    renderer = renderer();
                }
                g = renderer.rack(rack, detailed);
                rackSkins.put(rackId, g);
                rackSkinBoxes.put(rackId, b);
                rackSkinDetail.put(rackId, detailed);
                rackLayer.getChildren().add(g);
            }
        }
        for (String rackId : new ArrayList<>(rackSkins.keySet())) {
            if (!live.contains(rackId)) {
                dropRackSkin(rackId);
            }
        }
        updateLinks(live, detailed);
        applySelection();
        updateBadges();
        labels.update(this, l, style, scale(), view);
        notes.zoomed(scale());
        // zoomed out, the racks and pod frames are tiny and static: one bitmap each, so a pan is a blit
        Box t = l.total();
        boolean small = t.w() * scale() < 4096 && t.h() * scale() < 4096;
        rackLayer.setCache(!detailed && small);
        podLayer.setCache(small);
    }

    private void updateLinks(Set<String> liveRacks, boolean detailed) {
        String key = detailed + ":" + new java.util.TreeSet<>(liveRacks);
        if (key.equals(linkSetKey)) {
            return;
        }
        linkSetKey = key;
        if (!detailed) {
            links.clear();
            return;
        }
        List<Link> shown = new ArrayList<>();
        for (Link link : session.project().allLinks()) {
            if (link.pod() == null) {
                continue; // a fabric link: the pod canvas draws pod designs (the hall view draws the fabric)
            }
            String ra = rackOfNode.get(link.a().componentId());
            String rb = rackOfNode.get(link.b().componentId());
            if (liveRacks.contains(ra) || liveRacks.contains(rb)) {
                shown.add(link);
            }
        }
        fillLinks(links, canvasLayout(), shown);
    }

    private void fillLinks(LinkLayer layer, CanvasLayout l, List<Link> list) {
        ConnectPlanner cp = connector();
        List<LinkGeometry> geoms = new ArrayList<>(list.size());
        Map<String, org.podforge.model.Medium> media = new HashMap<>();
        for (Link link : list) {
            LinkGeometry g = LinkGeometry.of(l, link, cp.protocolOf(link.a(), link.b()));
            if (g != null) {
                geoms.add(g);
                media.put(link.id(), link.medium());
            }
        }
        layer.set(geoms, media, style);
    }

    private void applySelection() {
        Set<String> sel = session.selection();
        links.highlight(sel, style, scale());
        for (String id : new ArrayList<>(highlighted)) {
            if (!sel.contains(id)) {
                Shape s = selectable.get(id);
                if (s != null) {
                    unhighlight(s);
                }
                highlighted.remove(id);
            }
        }
        for (String id : sel) {
            Shape s = selectable.get(id);
            if (s != null && !highlighted.contains(id)) {
                highlight(s);
                highlighted.add(id);
            }
        }
        if (fan != null && !PortFan.keptOpenBy(session.project(), sel, fan.componentId)) {
            showFan(null, null);
        } else if (fan != null && gesture == null && !fan.drawnFor(sel)) {
            showFan(fan.componentId, null); // kept open while a link of it is selected: mark that link's port
        }
        if (fan == null && sel.size() == 1 && gesture == null) {
            String id = sel.iterator().next();
            if (session.project().component(id).isPresent()) {
                showFan(id, null);
            }
        }
    }

    private void highlight(Shape s) {
        s.getProperties().put("pf.stroke", s.getStroke());
        s.getProperties().put("pf.width", s.getStrokeWidth());
        s.getStyleClass().add("selected");
        if (s instanceof Path) {
            s.setStrokeWidth(s.getStrokeWidth() + 2.5);
            s.setOpacity(1);
            s.toFront();
        } else {
            s.setStroke(style.selection);
            s.setStrokeWidth(s.getStrokeWidth() + 2);
        }
    }

    private void unhighlight(Shape s) {
        Object st = s.getProperties().remove("pf.stroke");
        Object w = s.getProperties().remove("pf.width");
        s.getStyleClass().remove("selected");
        if (st instanceof javafx.scene.paint.Paint paint) {
            s.setStroke(paint);
        }
        if (w instanceof Double d) {
            s.setStrokeWidth(d);
        }
        if (s instanceof Path) {
            s.setOpacity(0.9);
        }
    }

    private void viewChanged() {
        drawGrid();
        updateViewport();
        if (fan != null) {
            showFan(fan.componentId, null);
        }
    }

    private void show(Box b, double maxScale) {
        // a margin of 8 px, and 20 more at the top where a zoomed-out pod's name stands above its frame
        double s = Math.min(Math.max(40, getWidth() - 16) / Math.max(1, b.w()), Math.max(40, getHeight() - 36) / Math.max(1, b.h()));
        s = clampScale(Math.min(maxScale, s));
        pan.setX(getWidth() / 2 - b.cx() * s);
        pan.setY(getHeight() / 2 + 10 - b.cy() * s);
        if (s == zoom.get()) {
            viewChanged();
        } else {
            zoom.set(s);
        }
    }

    private void centerOn(double wx, double wy) {
        pan.setX(getWidth() / 2 - wx * scale());
        pan.setY(getHeight() / 2 - wy * scale());
        viewChanged();
    }

    private static double clampScale(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    private void drawGrid() {
        double w = getWidth();
        double h = getHeight();
        if (gridCanvas.getWidth() != w || gridCanvas.getHeight() != h) {
            gridCanvas.setWidth(w);
            gridCanvas.setHeight(h);
        }
        GraphicsContext gc = gridCanvas.getGraphicsContext2D();
        gridBackground = style.background;
        gc.setFill(style.background);
        gc.fillRect(0, 0, w, h);
        double step = 40 * scale();
        while (step < 14) {
            step *= 5;
        }
        gc.setStroke(style.grid);
        gc.setLineWidth(1);
        double ox = pan.getX() % step;
        double oy = pan.getY() % step;
        for (double x = ox; x < w; x += step) {
            gc.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, h);
        }
        for (double y = oy; y < h; y += step) {
            gc.strokeLine(0, Math.floor(y) + 0.5, w, Math.floor(y) + 0.5);
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        feedback.screen.resizeRelocate(0, 0, w, h);
        feedback.top.resizeRelocate(0, 0, w, h);
        legend.pane.applyCss();
        legend.pane.layout();
        double lw = legend.pane.prefWidth(-1);
        double lh = legend.pane.prefHeight(lw);
        legend.pane.resizeRelocate(8, Math.max(0, h - lh - 8), lw, lh);
        if (gridCanvas.getWidth() != w || gridCanvas.getHeight() != h) {
            drawGrid();
            if ((fitPending || followFit) && w > 0 && h > 0) {
                fitToView(); // the first size, or a resize while the view still shows the whole design
            } else {
                updateViewport();
            }
            if (fan != null && gesture == null) {
                showFan(fan.componentId, null); // placed for the old size, it could run past the new edge
            }
        }
    }
}
