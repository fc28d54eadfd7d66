package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.palette.PaletteView;
import org.podforge.model.Chassis;
import org.podforge.model.Link;
import org.podforge.service.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Robot tests of the canvas gestures on a small design (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class PodCanvasRobotTest {
    private Session session;
    private PodCanvas canvas;
    private PaletteView palette;

    @Start
    void start(Stage stage) {
        session = CanvasFixtures.session();
        canvas = new PodCanvas(session);
        palette = new PaletteView(session.catalog());
        SplitPane split = new SplitPane(palette, canvas);
        split.setDividerPositions(0.22);
        stage.setScene(new Scene(split, 1200, 760));
        stage.show();
    }

    private Node byId(FxRobot robot, String styleClass, String id) {
        return robot.lookup("." + styleClass).match(n -> id.equals(n.getProperties().get("podforge.id"))).query();
    }

    /** Screen point of a world point of the canvas. */
    private Point2D screen(double wx, double wy) {
        Point2D local = canvas.toScreen(wx, wy);
        return canvas.localToScreen(local);
    }

    private void focusOn(FxRobot robot, String id) {
        robot.interact(() -> {
            canvas.flush();
            canvas.zoomProperty().set(1.0);
            canvas.reveal(List.of(id));
            session.clearSelection();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Monocle remembers the first view the mouse touched as its DnD "drag view" and only forgets it when a
     * drag ends; after earlier tests replaced the scene, a new drag then sends drag-leave to a dead view
     * (NullPointerException in View.notifyDragLeave). Reset that test-harness state.
     */
    private static void forgetMonocleDragView() {
        try {
            Class<?> mi = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            var getInstance = mi.getDeclaredMethod("getInstance");
            getInstance.setAccessible(true);
            Object input = getInstance.invoke(null);
            var f = mi.getDeclaredField("dragView");
            f.setAccessible(true);
            f.set(input, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Monocle internals changed: " + e, e);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void draggingAGpuFromThePaletteIntoAChassisAddsItToTheModel(FxRobot robot) {
        forgetMonocleDragView();
        robot.clickOn(palette.searchField()).write("B300");
        WaitForAsyncUtils.waitForFxEvents();
        Node part = robot.lookup(".pf-palette-part").match(n -> "NVIDIA-B300".equals(n.getProperties().get("podforge.part"))).query();
        Node chassis = byId(robot, "pf-chassis", "chassis-2");
        robot.drag(part, MouseButton.PRIMARY).dropTo(chassis);
        WaitForAsyncUtils.waitForFxEvents();
        Chassis c = session.project().chassis("chassis-2").orElseThrow();
        assertTrue(c.components().stream().anyMatch(comp -> comp.partNumber().equals("NVIDIA-B300") && "gpu-2".equals(comp.slot())),
                "the B300 sits in the first free GPU slot of chassis-2: " + c.components());
        assertEquals(1, session.commands().undoHistory().size(), "one undoable step");
        String added = c.components().stream().filter(comp -> comp.partNumber().equals("NVIDIA-B300")).findFirst().orElseThrow().id();
        assertEquals(Set.of(added), session.selection(), "the dropped part is selected (the next part goes where the user looks)");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void draggingFromOnePortToAnotherConnectsThem(FxRobot robot) {
        focusOn(robot, "chassis-1");
        robot.clickOn(byId(robot, "pf-component", "gpu-1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("gpu-1"), session.selection());
        Node hostDot = robot.lookup(".pf-port").match(n -> "gpu-1/host".equals(n.getProperties().get("podforge.port"))).query();
        robot.moveTo(hostDot).press(MouseButton.PRIMARY);
        robot.moveTo(byId(robot, "pf-component", "cpu-1"));
        WaitForAsyncUtils.waitForFxEvents();
        Node target = robot.lookup(".pf-port-compatible").match(n -> "cpu-1/pcie-a-2".equals(n.getProperties().get("podforge.port"))).query();
        assertNotNull(target, "the CPU's compatible root ports are ringed");
        assertFalse(hostDot.getParent().isVisible(), "the source's port fan is hidden while dragging: it would cover the targets");
        robot.moveTo(target).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<Link> links = session.project().linksOf("gpu-1");
        assertEquals(1, links.size(), canvas.statusProperty().get());
        Link l = links.get(0);
        assertEquals(Set.of("gpu-1/host", "cpu-1/pcie-a-2"), Set.of(l.a().toString(), l.b().toString()));
        assertEquals(16, l.lanes());
        assertTrue(hostDot.getParent() instanceof PortFan);
        assertTrue(hostDot.getParent().getParent() == null || hostDot.getParent().isVisible(),
                "the source fan comes back (or is replaced by the redraw) when the drag ends");
        robot.interact(() -> {});
        assertTrue(canvas.linkDrawn(l.id()), "the new link is drawn");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void draggingAChassisToAnotherRackMovesItAndUndoRestoresIt(FxRobot robot) {
        robot.interact(() -> {
            canvas.zoomProperty().set(0.5);
            canvas.fitToView();
        });
        WaitForAsyncUtils.waitForFxEvents();
        CanvasLayout l = canvas.canvasLayout();
        Box tray = l.box("chassis-3");
        Box in2 = l.rackInner("rack-2");
        // grab the tray by its label strip and drop it so its unit is U30 of rack-2
        Point2D from = screen(tray.x() + 10, tray.cy());
        Point2D to = screen(in2.x() + 10, tray.cy());
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(20, 0)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Chassis c = session.project().chassis("chassis-3").orElseThrow();
        assertEquals("rack-2", c.rack().id(), canvas.statusProperty().get());
        assertEquals(30, c.uPosition());
        assertEquals(1, session.commands().undoHistory().size(), "one undo step for the whole drag");
        robot.interact(() -> session.commands().undo());
        assertEquals("rack-1", c.rack().id());
        assertEquals(30, c.uPosition());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void dropOnATakenRunIsRefusedWithAReason(FxRobot robot) {
        robot.interact(canvas::fitToView);
        WaitForAsyncUtils.waitForFxEvents();
        CanvasLayout l = canvas.canvasLayout();
        Box tray = l.box("chassis-3");
        Box c1 = l.box("chassis-1");
        Point2D from = screen(tray.x() + 10, tray.cy());
        Point2D to = screen(tray.x() + 10, c1.cy());
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(0, 20)).moveTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = canvas.feedback().messageText();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.contains("overlaps chassis-1"), shown);
        assertEquals(30, session.project().chassis("chassis-3").orElseThrow().uPosition());
        assertFalse(session.commands().canUndo());
    }

    @Test
    void marqueeSelectsWhatItEncloses(FxRobot robot) {
        robot.interact(canvas::fitToView);
        WaitForAsyncUtils.waitForFxEvents();
        Box r2 = canvas.canvasLayout().box("rack-2");
        Point2D a = screen(r2.x() - 20, r2.y() - 20);
        Point2D b = screen(r2.maxX() + 20, r2.maxY() + 20);
        robot.moveTo(a).press(MouseButton.PRIMARY).moveTo(a.add(30, 30)).moveTo(b).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("rack-2"), session.selection());
        Box tray = canvas.canvasLayout().box("chassis-3");
        Point2D c = screen(tray.x() - 10, tray.y() - 6);
        Point2D d = screen(tray.maxX() + 10, tray.maxY() + 6);
        robot.moveTo(c).press(MouseButton.PRIMARY).moveTo(c.add(10, 3)).moveTo(d).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("chassis-3"), session.selection());
    }

    @Test
    void zoomAndFitChangeTheScale(FxRobot robot) {
        robot.interact(canvas::fitToView);
        double fit = canvas.zoomProperty().get();
        robot.interact(canvas::zoomIn);
        assertEquals(fit * 1.25, canvas.zoomProperty().get(), 1e-9);
        robot.interact(canvas::zoomOut);
        robot.interact(canvas::zoomOut);
        assertEquals(fit / 1.25, canvas.zoomProperty().get(), 1e-9);
        double before = canvas.zoomProperty().get();
        robot.moveTo(canvas).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double afterUp = canvas.zoomProperty().get();
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(afterUp != before, "the wheel zooms");
        assertEquals(before, canvas.zoomProperty().get(), 1e-6, "wheel steps in and out are symmetric");
        robot.interact(canvas::fitToView);
        assertEquals(fit, canvas.zoomProperty().get(), 1e-9);
        Box total = canvas.canvasLayout().total();
        assertTrue(total.w() * fit <= canvas.getWidth() && total.h() * fit <= canvas.getHeight(), "fit shows everything");
    }

    @Test
    void arrowKeysNudgeAChassisInOneUndoStepAndDeleteRemovesIt(FxRobot robot) {
        robot.interact(canvas::fitToView);
        WaitForAsyncUtils.waitForFxEvents();
        Box tray = canvas.canvasLayout().box("chassis-3");
        robot.clickOn(screen(tray.x() + 10, tray.cy()));
        assertEquals(Set.of("chassis-3"), session.selection());
        robot.type(KeyCode.UP, 3).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(32, session.project().chassis("chassis-3").orElseThrow().uPosition());
        assertEquals(1, session.commands().undoHistory().size(), "nudges merge into one step");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(session.project().chassis("chassis-3").isEmpty());
        robot.interact(() -> {
            session.commands().undo();
            session.commands().undo();
        });
        assertEquals(30, session.project().chassis("chassis-3").orElseThrow().uPosition());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void draggingAComponentMovesItToAFreeSlotOfAnotherServer(FxRobot robot) {
        robot.interact(canvas::fitToView);
        WaitForAsyncUtils.waitForFxEvents();
        CanvasLayout l = canvas.canvasLayout();
        Box gpu = l.box("gpu-1");
        CanvasLayout.Slot target = l.slots("chassis-2").stream().filter(x -> x.name().equals("gpu-4")).findFirst().orElseThrow();
        // grab the GPU where its chassis' name label (a handle of the chassis) does not cover it
        double grabY = gpu.cy();
        for (double y = gpu.maxY() - 1; y > gpu.y(); y -= 1) {
            Point2D local = canvas.toScreen(gpu.cx(), y);
            var h = canvas.pickScreen(local.getX(), local.getY());
            if (h != null && h.kind() == CanvasLayout.Kind.COMPONENT) {
                grabY = y;
                break;
            }
        }
        Point2D from = screen(gpu.cx(), grabY);
        Point2D to = screen(target.box().cx(), target.box().cy());
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(8, 0)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var moved = session.project().component("gpu-1").orElseThrow();
        assertEquals("chassis-2", moved.chassis().id(), canvas.statusProperty().get());
        assertEquals("gpu-4", moved.slot());
        assertEquals(1, session.commands().undoHistory().size());
    }

    @Test
    void findingsShowBadgesAndTheirFixesRunFromTheContextMenu(FxRobot robot) {
        org.podforge.rules.Fix fix = new org.podforge.rules.Fix("Move the tray to U35",
                p -> new org.podforge.model.command.MoveChassisCommand("chassis-3", "rack-1", 35));
        var warning = new org.podforge.rules.Finding("test.rule", org.podforge.rules.Severity.WARNING, "tray too close",
                List.of("chassis-3"), List.of(fix), "");
        var info = new org.podforge.rules.Finding("test.note", org.podforge.rules.Severity.INFO, "a note",
                List.of("chassis-1"), List.of(), "");
        var doc = new org.podforge.app.DocumentModel(session);
        var problems = new org.podforge.app.problems.ProblemsViewModel(doc, new org.podforge.app.AnalysisService(doc), ids -> { });
        List<org.podforge.rules.Finding> opened = new java.util.ArrayList<>();
        robot.interact(() -> {
            canvas.setFindingMenus(new PodCanvas.FindingMenus() {
                @Override
                public List<javafx.scene.control.MenuItem> fixItems(org.podforge.rules.Finding f) {
                    return org.podforge.app.problems.FixMenus.items(problems, f);
                }

                @Override
                public void open(org.podforge.rules.Finding f) {
                    opened.add(f);
                }
            });
            canvas.fitToView();
            canvas.showFindings(List.of(warning, info));
        });
        WaitForAsyncUtils.waitForFxEvents();
        var badges = robot.lookup(".pf-badge").queryAll();
        assertEquals(1, badges.size(), "warnings and errors are flagged, infos are not");
        Node badge = badges.iterator().next();
        assertEquals("chassis-3", badge.getProperties().get("podforge.id"));
        assertEquals("WARNING", badge.getProperties().get("podforge.severity"));
        robot.clickOn(badge);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(warning), opened, "a badge click opens its finding's details");
        Box tray = canvas.canvasLayout().box("chassis-3");
        robot.rightClickOn(screen(tray.x() + 10, tray.cy()));
        WaitForAsyncUtils.waitForFxEvents();
        var menu = canvas.contextMenu();
        assertNotNull(menu);
        var item = menu.getItems().stream().filter(mi -> "Fix: Move the tray to U35".equals(mi.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            item.fire();
            menu.hide();
        });
        assertEquals(35, session.project().chassis("chassis-3").orElseThrow().uPosition());
        assertEquals(Set.of("chassis-3"), session.selection(), "right-click selects the object");
    }

    /** Adds a board link gpu-1/host - retimer-1/down (down the slot column, over empty slots): links start at their components' centres. */
    private String addBoardLink(FxRobot robot) {
        Link link = new Link("link-649", org.podforge.model.PortRef.parse("gpu-1/host"),
                org.podforge.model.PortRef.parse("retimer-1/down"), 16, org.podforge.model.Medium.PCB);
        robot.interact(() -> {
            session.execute(new org.podforge.model.command.AddCommand("pod-1", link));
            canvas.flush();
            canvas.zoomProperty().set(0.87);
            canvas.reveal(List.of("chassis-1"));
            session.clearSelection();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas.linkDrawn(link.id()), "the link is drawn over the GPU");
        return link.id();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aComponentUnderALinkIsSelectedAndDraggedNotTheLink(FxRobot robot) {
        String linkId = addBoardLink(robot);
        // a point in the middle of the GPU right on the link drawn above it (links start at centres)
        CanvasLayout l = canvas.canvasLayout();
        Point2D onLink = null;
        for (double[] q : curvePoints(canvas.links().geometry(linkId).points(), 40)) {
            if (onLink == null && Math.hypot(q[0] - l.box("gpu-1").cx(), q[1] - l.box("gpu-1").cy()) > 3
                    && insideComponent(l, "gpu-1", q[0], q[1], 4)) {
                onLink = new Point2D(q[0], q[1]);
            }
        }
        assertNotNull(onLink, "the link runs over the GPU");
        Point2D centre = screen(onLink.getX(), onLink.getY());
        robot.moveTo(centre).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("gpu-1"), session.selection(), "the GPU wins over the link above it");
        robot.interact(() -> session.clearSelection());
        CanvasLayout.Slot target = canvas.canvasLayout().slots("chassis-1").stream()
                .filter(x -> x.name().equals("gpu-4")).findFirst().orElseThrow();
        Point2D to = screen(target.box().cx(), target.box().cy());
        robot.moveTo(centre).press(MouseButton.PRIMARY).moveTo(centre.add(8, 0)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("gpu-4", session.project().component("gpu-1").orElseThrow().slot(),
                "a drag started in the middle of the GPU moves it: " + canvas.statusProperty().get());
    }

    /** Points along a cubic Bezier given as start, control 1, control 2, end. */
    private static List<double[]> curvePoints(double[] p, int n) {
        List<double[]> out = new java.util.ArrayList<>();
        for (int i = 1; i < n; i++) {
            double t = i / (double) n;
            double u = 1 - t;
            out.add(new double[] {u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6],
                    u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7]});
        }
        return out;
    }

    private static boolean insideComponent(CanvasLayout l, String id, double x, double y, double margin) {
        for (double dx = -margin; dx <= margin; dx += margin) {
            for (double dy = -margin; dy <= margin; dy += margin) {
                CanvasLayout.Hit h = l.hit(x + dx, y + dy);
                if (h == null || h.kind() != CanvasLayout.Kind.COMPONENT || !id.equals(h.componentId())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean clearOfComponents(CanvasLayout l, double x, double y, double margin) {
        for (double dx = -margin; dx <= margin; dx += margin) {
            for (double dy = -margin; dy <= margin; dy += margin) {
                CanvasLayout.Hit h = l.hit(x + dx, y + dy);
                if (h == null || h.kind() == CanvasLayout.Kind.COMPONENT) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aLinkIsStillSelectedWhereNoComponentIsUnderIt(FxRobot robot) {
        String linkId = addBoardLink(robot);
        CanvasLayout l = canvas.canvasLayout();
        LinkGeometry g = canvas.links().geometry(linkId);
        Point2D free = null;
        for (double[] q : curvePoints(g.points(), 40)) {
            if (free == null && clearOfComponents(l, q[0], q[1], 6)) {
                free = new Point2D(q[0], q[1]);
            }
        }
        assertNotNull(free, "the board link runs partly outside component boxes");
        robot.moveTo(screen(free.getX(), free.getY())).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(linkId), session.selection(), "a click on the link outside components selects it");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void theContextMenuOpensOnThePlatformRequestAndStaysUpAfterARightClick(FxRobot robot) {
        robot.interact(canvas::fitToView);
        WaitForAsyncUtils.waitForFxEvents();
        Box tray = canvas.canvasLayout().box("chassis-3");
        Point2D local = canvas.toScreen(tray.x() + 10, tray.cy());
        Point2D scr = canvas.localToScreen(local);
        Point2D inScene = canvas.localToScene(local);
        robot.interact(() -> canvas.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(),
                scr.getX(), scr.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
        var menu = canvas.contextMenu();
        assertNotNull(menu, "the platform's context-menu request opens the menu");
        assertTrue(menu.isShowing());
        assertEquals(Set.of("chassis-3"), session.selection());
        assertTrue(menu.getItems().stream().anyMatch(mi -> "Delete".equals(mi.getText())));
        robot.interact(menu::hide);
        // a real right click (press, context-menu event where the platform sends one, release) shows one menu
        robot.rightClickOn(scr);
        WaitForAsyncUtils.waitForFxEvents();
        var second = canvas.contextMenu();
        assertNotNull(second);
        assertTrue(second.isShowing(), "the menu stays up after the release");
        robot.interact(second::hide);
    }

    @Test
    void switchingTheThemeRedrawsTheGridBackground(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CanvasStyle.of(false).background, canvas.gridBackground());
        robot.interact(() -> canvas.darkProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CanvasStyle.of(true).background, canvas.gridBackground(), "the grid follows the dark theme");
        robot.interact(() -> canvas.darkProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CanvasStyle.of(false).background, canvas.gridBackground(), "and back to the light theme");
    }

    @Test
    void aRepeatedStatusMessageNotifiesAgain(FxRobot robot) {
        List<String> shown = new java.util.ArrayList<>();
        robot.interact(() -> {
            canvas.statusProperty().addListener((o, a, b) -> {
                if (b != null && !b.isEmpty()) {
                    shown.add(b); // what the shell's status-bar listener does
                }
            });
            canvas.setStatus("That slot is taken");
            canvas.setStatus("That slot is taken");
            canvas.setStatus("");
        });
        assertEquals(List.of("That slot is taken", "That slot is taken"), shown);
        assertEquals("", canvas.statusProperty().get());
    }
}
