package org.podforge.app.hall;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.podforge.app.LazyTooltip;
import org.podforge.app.canvas.CanvasStyle;
import org.podforge.model.Project;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CommandStack;
import org.podforge.service.hall.RackMoves;
import org.podforge.service.Session;
import org.podforge.model.Plural;

/**
 * The hall: every rack of every pod replica and every network rack in its row, with the cross-pod cables
 * bundled per rack pair (one arc and a count, never one line per cable). One immediate-mode canvas the size
 * of the view, redrawn for what is visible ({@link HallCulling}) at the detail the zoom allows
 * ({@link HallViewport.Detail}): at overview a pod replica is one block with its name. Wheel zooms, drag
 * pans, Fit shows the whole hall; a click selects the rack (its design rack for a pod replica). The model
 * ({@link HallModel}) is rebuilt once per design change, batched per FX event-queue turn.
 */
public final class HallView extends BorderPane {
    private static final Font LABEL = Font.font("System", 11);
    private static final Color NETWORK_FILL = Color.web("#0f766e");
    private static final Color NETWORK_FILL_DARK = Color.web("#2dd4bf");

    private final Session session;
    private final Pane host = new Pane();
    private final Canvas canvas = new Canvas(1, 1);
    private static final String HINT = "Wheel zooms, drag pans; zoom in to see each rack; drag racks to move them, Shift+click adds to the selection";
    private final Label info = new Label();
    private final HallViewport viewport = new HallViewport();
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final Consumer<CommandStack.Event> stackListener = ev -> {
        followStack(ev);
        schedule();
    };
    private HallCulling culling;
    private HallCulling.Frame lastFrame;
    /** Milliseconds after the last pan or zoom of a gesture before the hall is redrawn in full. */
    static final int SETTLE_MS = 120;
    private javafx.scene.image.WritableImage cache;
    private double paintedScale = 1;
    private double paintedTx;
    private double paintedTy;
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(SETTLE_MS));
    private int lastArcs;
    private boolean queued;
    private boolean fitPending = true;
    private final Label message = new Label();
    private final HallSelection selection = new HallSelection();
    private final Consumer<Set<String>> selectionListener = this::sessionSelected;
    private final HallMenus menus;
    private final HallGestures gestures;

    public HallView(Session session) {
        this.session = session;
        setId("hall-view");
        getStyleClass().add("pf-hall");
        Button fit = new Button("Fit");
        fit.setId("hall-fit");
        fit.setOnAction(e -> fit());
        rebuildModel();
        menus = new HallMenus(this);
        // the tool bar folds what does not fit into its overflow menu, so a narrow view keeps its canvas
        ToolBar bar = new ToolBar(fit);
        bar.getItems().addAll(menus.toolbar());
        bar.setId("hall-toolbar");
        message.setId("hall-message");
        message.setText(HINT);
        message.setMinWidth(0);
        message.getStyleClass().add("muted");
        // made on the first hover (decision 0021, section 8), bound then: they show the current texts whole
        LazyTooltip.install(message, message.textProperty(), t -> { });
        LazyTooltip.install(info, info.textProperty(), t -> { });
        info.setId("hall-info");
        // the figures beside the message when both fit, else on a row of their own: never cut off
        setTop(new javafx.scene.layout.VBox(bar, new HallInfoLine(message, info)));
        host.getChildren().add(canvas);
        host.setMinSize(100, 80);
        setCenter(host);
        host.widthProperty().addListener((o, a, b) -> resized());
        host.heightProperty().addListener((o, a, b) -> resized());
        host.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomMoving(e.getX(), e.getY(), e.getDeltaY() > 0 ? 1.2 : 1 / 1.2);
            }
            e.consume();
        });
        gestures = new HallGestures(this, host);
        settle.setOnFinished(e -> paint());
        dark.addListener((o, a, b) -> paint());
        session.commands().addListener(stackListener);
        session.addSelectionListener(selectionListener);
        rebuild();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Removes the listeners this view put on the session. */
    public void dispose() {
        session.commands().removeListener(stackListener);
        session.removeSelectionListener(selectionListener);
    }

    /** The hall as last built (for tests and benchmarks). */
    public HallModel model() {
        return culling.model();
    }

    /** The camera (for tests and benchmarks). */
    public HallViewport viewport() {
        return viewport;
    }

    /** What the last paint drew (for tests and benchmarks). */
    public HallCulling.Frame lastFrame() {
        return lastFrame;
    }

    /** Arcs the last paint drew after merging bundles that share screen cells (for benchmarks). */
    public int lastArcs() {
        return lastArcs;
    }

    /** The canvas painted (for benchmarks that render it). */
    public Canvas canvas() {
        return canvas;
    }

    public void fit() {
        if (host.getWidth() <= 0 || host.getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        viewport.fit(culling.model());
        paint();
    }

    public void zoomAt(double sx, double sy, double factor) {
        fitPending = false;
        viewport.zoomAt(sx, sy, factor);
        paint();
    }

    /**
     * Zoom during a gesture (the wheel): the last full frame is scaled at once, and the hall is redrawn in full
     * {@link #SETTLE_MS} ms after the gesture stops. On the software pipeline, rasterising thousands of blocks and
     * arcs takes longer than a frame; moving a bitmap does not.
     */
    public void zoomMoving(double sx, double sy, double factor) {
        fitPending = false;
        viewport.zoomAt(sx, sy, factor);
        quickFrame();
    }

    /** Pan during a gesture (a drag): the last full frame is moved, the full redraw follows when the drag rests. */
    public void panMoving(double dx, double dy) {
        fitPending = false;
        viewport.panBy(dx, dy);
        quickFrame();
    }

    /** True while frames are moved bitmaps of the last full frame (a gesture in progress). */
    public boolean moving() {
        return cache != null;
    }

    private void quickFrame() {
        if (lastFrame == null || canvas.getWidth() < 2 || canvas.getHeight() < 2) {
            paint();
            return;
        }
        if (cache == null) {
            javafx.scene.SnapshotParameters sp = new javafx.scene.SnapshotParameters();
            sp.setFill(CanvasStyle.of(dark.get()).background);
            cache = canvas.snapshot(sp, null);
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(CanvasStyle.of(dark.get()).background);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double k = viewport.scale() / paintedScale;
        g.drawImage(cache, viewport.tx() - paintedTx * k, viewport.ty() - paintedTy * k, cache.getWidth() * k, cache.getHeight() * k);
        settle.playFromStart();
    }

    public void panBy(double dx, double dy) {
        fitPending = false;
        viewport.panBy(dx, dy);
        paint();
    }

    private void resized() {
        canvas.setWidth(host.getWidth());
        canvas.setHeight(host.getHeight());
        viewport.setSize(host.getWidth(), host.getHeight());
        if (fitPending) {
            fit();
        } else {
            paint();
        }
    }

    private void schedule() {
        if (!queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                rebuild();
            });
        }
    }

    private void rebuildModel() {
        culling = new HallCulling(HallModel.of(session.project(), session.catalog()));
    }

    private void rebuild() {
        rebuildModel();
        HallModel m = culling.model();
        if (menus != null) {
            menus.refresh();
        }
        long podRacks = m.networkPlaceBase();
        long netRacks = m.places().size() - podRacks;
        info.setText(Plural.of(m.blocks().size(), "pod replica") + " in " + Plural.of(podRacks, "rack") + " · " + Plural.of(netRacks, "network rack")
                + " · " + Plural.of(m.fabricCables(), "cross-pod cable") + " in " + Plural.of(m.rackBundles().size(), "bundle"));
        if (fitPending) {
            fit();
        } else {
            paint();
        }
    }

    Session session() {
        return session;
    }

    private void sessionSelected(Set<String> ids) {
        selection.retain(ids);
        if (menus != null) {
            menus.refresh();
        }
        paint();
    }

    Project project() {
        return session.project();
    }

    HallSelection selection() {
        return selection;
    }

    HallMenus menus() {
        return menus;
    }

    HallGestures gestures() {
        return gestures;
    }

    /** The message line's text (a refusal, or what the last command did). */
    public String messageText() {
        return message.getText();
    }

    void message(String text) {
        message.setText(text);
    }

    /**
     * The message line follows the design's history: after an undo or a redo it says what was undone or redone,
     * and after an edit made elsewhere (or another design) it no longer describes the hall's last command
     * ("Delete pattern rails" stayed after Ctrl+Z had put the pattern back). {@link #run} then sets its own.
     */
    private void followStack(CommandStack.Event ev) {
        switch (ev.kind()) {
            case UNDO -> message.setText("Undone: " + ev.command().description());
            case REDO -> message.setText("Redone: " + ev.command().description());
            case EXECUTE, MERGE, CLEARED -> message.setText(HINT);
            default -> { }
        }
    }

    /** Runs a command built by {@code make}: its description on the message line, or the reason it was refused. */
    void run(Supplier<Command> make) {
        try {
            Command c = make.get();
            session.execute(c);
            message.setText(c.description());
            selectAdded(c);
        } catch (CommandException ex) {
            message.setText(ex.getMessage());
            paint();
        }
    }

    /** After adding a network rack, it is the selection (the inspector shows it; the next gesture starts from it). */
    private void selectAdded(Command c) {
        List<Command> parts = c instanceof org.podforge.model.command.CompositeCommand cc ? cc.parts() : List.of(c);
        for (Command part : parts) {
            if (part instanceof org.podforge.model.command.AddCommand add && add.node() instanceof org.podforge.model.Rack r) {
                selection.clear();
                selection.add(new RackMoves.Spot(r.id(), 0), false);
                selectionChanged();
                return;
            }
        }
    }

    /** The selection changed here: tell the session (which tells the other views). */
    void selectionChanged() {
        if (selection.isEmpty()) {
            session.clearSelection();
        } else {
            session.select(selection.ids());
        }
        menus.refresh();
        paint();
    }

    /** The spot the user sees at a place: its design rack in its replica (0 for a network rack or a shared place). */
    RackMoves.Spot spotOf(int place) {
        HallModel.Place pl = culling.model().places().get(place);
        return new RackMoves.Spot(pl.rackId(), Math.max(0, pl.replica()));
    }

    /** The place under a screen point in the last frame, or -1. */
    int hitPlace(double sx, double sy) {
        return hit(viewport.toWorldX(sx), viewport.toWorldY(sy));
    }

    /** The pod replica block under a screen point in the last frame, or -1. */
    int hitBlock(double sx, double sy) {
        if (lastFrame == null) {
            return -1;
        }
        double wx = viewport.toWorldX(sx);
        double wy = viewport.toWorldY(sy);
        for (int i : lastFrame.blocks()) {
            HallModel.Block b = culling.model().blocks().get(i);
            if (wx >= b.x() && wx <= b.x() + b.w() && wy >= b.y() && wy <= b.y() + b.h()) {
                return i;
            }
        }
        return -1;
    }

    /** What the hover card says at a screen point: the rack there, else the bundle within 5 px, else null. */
    String hoverText(double sx, double sy) {
        if (lastFrame == null) {
            return null;
        }
        HallModel m = culling.model();
        int place = hitPlace(sx, sy);
        if (place >= 0) {
            return HallHover.place(m, session.project(), place);
        }
        boolean overview = lastFrame.detail() == HallViewport.Detail.OVERVIEW;
        double[] e = culling.ends(lastFrame.detail());
        int best = -1;
        double bestD = 5;
        for (int i : lastFrame.bundles()) {
            double d = HallArcs.distance(viewport.toScreenX(e[4 * i]), viewport.toScreenY(e[4 * i + 1]), viewport.toScreenX(e[4 * i + 2]),
                    viewport.toScreenY(e[4 * i + 3]), sx, sy);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        if (best >= 0) {
            return HallHover.bundle(m, (overview ? m.blockBundles() : m.rackBundles()).get(best), overview);
        }
        int block = hitBlock(sx, sy);
        if (block >= 0) {
            HallModel.Block b = m.blocks().get(block);
            return b.label() + " \u00b7 click to select the pod, zoom in to move its racks";
        }
        return null;
    }

    /** The place under a world point in the last frame, or -1. */
    private int hit(double wx, double wy) {
        if (lastFrame == null) {
            return -1;
        }
        for (int p : lastFrame.places()) {
            HallModel.Place pl = culling.model().places().get(p);
            if (wx >= pl.x() && wx <= pl.x() + HallModel.RACK_W && wy >= pl.y() && wy <= pl.y() + HallModel.RACK_D) {
                return p;
            }
        }
        return -1;
    }

    /** Draws one frame: what is visible, at the detail the zoom allows. */
    public void paint() {
        if (culling == null) {
            return;
        }
        CanvasStyle st = CanvasStyle.of(dark.get());
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(st.background);
        g.fillRect(0, 0, w, h);
        HallModel m = culling.model();
        HallCulling.Frame f = culling.frame(viewport);
        lastFrame = f;
        cache = null;
        settle.stop();
        paintedScale = viewport.scale();
        paintedTx = viewport.tx();
        paintedTy = viewport.ty();
        double s = viewport.scale();
        boolean overview = f.detail() == HallViewport.Detail.OVERVIEW;
        g.setFont(LABEL);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        Set<String> selected = session.selection();

        // pod replicas: filled blocks at overview, outlines around their racks at rack detail
        g.setLineWidth(1);
        for (int i : f.blocks()) {
            HallModel.Block b = m.blocks().get(i);
            double x = viewport.toScreenX(b.x());
            double y = viewport.toScreenY(b.y());
            double bw = Math.max(1, b.w() * s);
            double bh = Math.max(1, b.h() * s);
            boolean podSelected = selected.contains(b.podId());
            if (overview) {
                g.setFill(st.rackFill);
                g.fillRect(x, y, bw, bh);
                if (bw > 4 || podSelected) {
                    g.setStroke(podSelected ? st.selection : st.rackStroke);
                    g.setLineWidth(podSelected ? 2 : 1);
                    g.strokeRect(x, y, bw, bh);
                    g.setLineWidth(1);
                }
                if (bw > b.label().length() * 6.2 + 6 && bh > 12) {
                    g.setFill(st.text);
                    g.fillText(b.label(), x + bw / 2, y + bh / 2);
                }
            } else {
                g.setStroke(podSelected ? st.selection : st.podStroke);
                g.strokeRect(x - 3, y - 3, bw + 6, bh + 6);
                if (bw + 6 >= b.label().length() * 6.2) {
                    g.setFill(st.mutedText);
                    g.fillText(b.label(), x + bw / 2, y - 10);
                }
            }
        }

        // racks: network racks always, pod racks at rack detail
        for (int p : f.places()) {
            HallModel.Place pl = m.places().get(p);
            double x = viewport.toScreenX(pl.x());
            double y = viewport.toScreenY(pl.y());
            double rw = Math.max(1.5, HallModel.RACK_W * s);
            double rd = Math.max(1.5, HallModel.RACK_D * s);
            boolean network = pl.kind() == HallModel.Kind.NETWORK_RACK;
            g.setFill(network ? (st.dark ? NETWORK_FILL_DARK : NETWORK_FILL) : st.chassisFill);
            g.fillRect(x, y, rw, rd);
            boolean rackSelected = selected.contains(pl.rackId());
            if (rw > 4 || rackSelected) {
                g.setStroke(rackSelected ? st.selection : st.rackStroke);
                g.setLineWidth(selection.contains(spotOf(p)) ? 2.5 : 1);
                g.strokeRect(x, y, rw, rd);
                g.setLineWidth(1);
            }
            if (!overview) {
                g.setFill(network ? Color.WHITE : st.chassisText);
                g.save();
                g.translate(x + rw / 2, y + rd / 2);
                g.rotate(-90);
                g.fillText(fitText(pl.label(), rd), 0, 0);
                g.restore();
            }
        }

        // cables: one arc per pair, wider with more cables, with its count when there is room; pairs whose ends fall
        // in the same screen cells are merged into one arc (HallAggregation), so a zoomed-out hall draws hundreds, not thousands
        double[] e = culling.ends(f.detail());
        List<HallModel.Bundle> bundles = overview ? m.blockBundles() : m.rackBundles();
        HallAggregation.Arcs arcs = HallAggregation.merge(e, f.bundles(), bundles, viewport);
        lastArcs = arcs.count();
        double[] a = arcs.ends();
        g.setStroke(st.dark ? Color.web("#60a5fa", 0.55) : Color.web("#2563eb", 0.45));
        for (int i = 0; i < arcs.count(); i++) {
            double[] c = HallArcs.control(a[4 * i], a[4 * i + 1], a[4 * i + 2], a[4 * i + 3]);
            g.setLineWidth(HallArcs.width(arcs.cables()[i]));
            g.beginPath();
            g.moveTo(a[4 * i], a[4 * i + 1]);
            g.quadraticCurveTo(c[0], c[1], a[4 * i + 2], a[4 * i + 3]);
            g.stroke();
        }
        g.setFill(st.text);
        for (int i = 0; i < arcs.count(); i++) {
            if (Math.hypot(a[4 * i + 2] - a[4 * i], a[4 * i + 3] - a[4 * i + 1]) < 90) {
                continue;
            }
            double[] mid = HallArcs.midpoint(a[4 * i], a[4 * i + 1], a[4 * i + 2], a[4 * i + 3]);
            g.fillText(String.format(Locale.ROOT, "%,d", arcs.cables()[i]), mid[0], mid[1]);
        }
        paintGhost(g, st);
    }

    /** Outlines where the racks being dragged would land. */
    private void paintGhost(GraphicsContext g, CanvasStyle st) {
        int[] d = gestures == null ? new int[] {0, 0} : gestures.dragOffset();
        if (d[0] == 0 && d[1] == 0) {
            return;
        }
        HallModel m = culling.model();
        double s = viewport.scale();
        g.setStroke(st.selection);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        for (RackMoves.Spot spot : selection.spots()) {
            int place = m.placeIndex(spot.rackId(), spot.replica());
            if (place < 0) {
                continue;
            }
            HallModel.Place pl = m.places().get(place);
            double x = viewport.toScreenX((pl.position() + d[1]) * HallModel.RACK_W);
            double y = viewport.toScreenY((pl.row() + d[0]) * HallModel.ROW_PITCH);
            g.strokeRect(x, y, Math.max(3, HallModel.RACK_W * s), Math.max(3, HallModel.RACK_D * s));
        }
        g.setLineDashes();
        g.setLineWidth(1);
    }

    private static String fitText(String s, double px) {
        int max = (int) Math.floor((px - 4) / 6.2);
        if (max <= 1) {
            return "";
        }
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "\u2026";
    }
}
