package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.canvas.CanvasLayout.Hit;
import org.podforge.app.canvas.CanvasLayout.Kind;
import org.podforge.model.PortRef;

/**
 * Drag from a port (its row in a component's port fan) to another component's port: components with a
 * compatible free port are ringed green while dragging; hovering one fans out its ports with the
 * compatible ones ringed; releasing on a port — or on the component itself, which picks its first
 * compatible free port — adds the link (one AddCommand). Incompatible targets say why. A press released
 * without a drag is a click on the port: it selects the port's link(s) (Shift/Ctrl toggles them), or says
 * how to connect a free port; it never connects to whatever lies under the fan.
 */
final class ConnectPortsGesture implements Gesture {
    private final PodCanvas canvas;
    private final PortRef from;
    private final PortFan sourceFan;
    private final ConnectPlanner planner;
    private final Point2D start;
    private final Point2D press;
    private boolean dragging;
    private PortFan targetFan;
    private String pendingTarget;
    private final PauseTransition switchDelay = new PauseTransition(Duration.millis(250));

    ConnectPortsGesture(PodCanvas canvas, PortRef from, PortFan sourceFan, MouseEvent pressed) {
        this.canvas = canvas;
        this.from = from;
        this.sourceFan = sourceFan;
        this.planner = canvas.connector();
        this.start = sourceFan.dotCenter(from.port());
        this.press = new Point2D(pressed.getX(), pressed.getY());
        List<Box> ok = new ArrayList<>();
        for (String cid : canvas.visibleComponents()) {
            if (!cid.equals(from.componentId()) && planner.firstCompatiblePort(from, cid) != null) {
                Box b = canvas.canvasLayout().box(cid);
                if (b != null) {
                    ok.add(b);
                }
            }
        }
        canvas.feedback().compatible(ok);
        canvas.setStatus("Connecting " + from + ": " + ok.size() + " visible components have a compatible free port");
        switchDelay.setOnFinished(ev -> showTarget(pendingTarget));
    }

    @Override
    public void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - press.getX(), e.getY() - press.getY()) < 4) {
            return;
        }
        if (!dragging) {
            // once the drag is under way the source's fan would only cover the targets (the band still
            // starts at the dragged port); it comes back when the gesture ends
            dragging = true;
            sourceFan.setVisible(false);
        }
        PortRef onDot = targetFan == null ? null : targetFan.portAt(e.getX(), e.getY());
        String why = onDot == null ? null : planner.whyNot(from, onDot);
        if (onDot != null) {
            canvas.feedback().band(start.getX(), start.getY(), e.getX(), e.getY(), why == null ? canvas.style().ok : canvas.style().bad);
            canvas.feedback().message(why == null ? "Connect " + from + " to " + onDot : why, why == null,
                    new Point2D(e.getX(), e.getY()));
            return;
        }
        canvas.feedback().band(start.getX(), start.getY(), e.getX(), e.getY(), canvas.style().protocolColor(null));
        if (targetFan != null && targetFan.containsScreen(e.getX(), e.getY())) {
            return; // moving inside the target's fan towards a port: keep it
        }
        Hit h = canvas.hitScreen(e.getX(), e.getY());
        String comp = h != null && h.kind() == Kind.COMPONENT && !h.componentId().equals(from.componentId()) ? h.componentId() : null;
        if (comp == null) {
            canvas.feedback().message(null, false, null);
            return;
        }
        String port = planner.firstCompatiblePort(from, comp);
        canvas.feedback().message(port != null ? "Release to connect " + from + " to " + comp + "/" + port
                : "No free port of " + comp + " is compatible with " + from, port != null, new Point2D(e.getX(), e.getY()));
        if (targetFan == null) {
            showTarget(comp);
        } else if (!comp.equals(targetFan.componentId) && !comp.equals(pendingTarget)) {
            pendingTarget = comp;
            switchDelay.playFromStart();
        }
    }

    private void showTarget(String comp) {
        pendingTarget = null;
        canvas.removeFan(targetFan);
        targetFan = null;
        if (comp != null) {
            targetFan = canvas.addFan(comp, new HashSet<>(planner.compatiblePorts(from, comp)));
        }
        canvas.feedback().replaceMessage(); // the message was placed before this fan opened: keep it off the fan
    }

    @Override
    public void released(MouseEvent e) {
        if (!dragging) {
            finish();
            clicked(e.isShiftDown() || e.isShortcutDown());
            return;
        }
        PortRef to = targetFan == null ? null : targetFan.portAt(e.getX(), e.getY());
        if (to == null) {
            Hit h = canvas.hitScreen(e.getX(), e.getY());
            if (h != null && h.kind() == Kind.COMPONENT && !h.componentId().equals(from.componentId())) {
                String port = planner.firstCompatiblePort(from, h.componentId());
                if (port == null) {
                    canvas.setStatus("No free port of " + h.componentId() + " is compatible with " + from);
                } else {
                    to = new PortRef(h.componentId(), port);
                }
            }
        }
        finish();
        if (to == null) {
            return;
        }
        String why = planner.whyNot(from, to);
        if (why != null) {
            canvas.setStatus(why);
            return;
        }
        canvas.run(planner.linkCommand(from, to), "Connected " + from + " to " + to);
    }

    /** A click on the port: its links become the selection (toggled with Shift/Ctrl); a free port says how to connect. */
    private void clicked(boolean toggle) {
        List<String> ids = canvas.session().project().linksAt(from).stream().map(org.podforge.model.Link::id).toList();
        if (ids.isEmpty()) {
            canvas.setStatus(from + " is free: drag from it to a port of another component to connect");
            return;
        }
        if (toggle) {
            for (String id : ids) {
                canvas.select(id, true);
            }
        } else {
            canvas.session().select(ids);
        }
        canvas.setStatus(ids.size() == 1 ? "Selected " + ids.get(0) + " at " + from : "Selected the " + ids.size() + " links at " + from);
    }

    private void finish() {
        switchDelay.stop();
        sourceFan.setVisible(true);
        canvas.removeFan(targetFan);
        targetFan = null;
        canvas.feedback().clear();
    }

    @Override
    public void cancel() {
        finish();
    }
}
