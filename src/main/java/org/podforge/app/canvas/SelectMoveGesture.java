package org.podforge.app.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.MouseEvent;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.canvas.CanvasLayout.Hit;
import org.podforge.app.canvas.CanvasLayout.Kind;
import org.podforge.model.Chassis;
import org.podforge.model.Component;

/**
 * Press on a chassis or component: selects it (Shift/Ctrl toggles it in the selection). Dragging moves
 * it with a live preview — the skin (with its board traces) follows the pointer, links leaving it dim,
 * and a ghost shows where it
 * will land (green) or why it cannot (red, with the reason) — and on release commits one
 * MoveChassisCommand (snapped to whole units, any rack) or MoveComponentCommand (a free slot of the
 * right type).
 */
final class SelectMoveGesture implements Gesture {
    private final PodCanvas canvas;
    private final String id;
    private final boolean chassis;
    private final double sx0;
    private final double sy0;
    private final Point2D w0;
    private final Box box0;
    private Group skin;
    private boolean moving;
    private DropPlan plan;
    private final List<String> movingComponents = new ArrayList<>();
    private javafx.scene.shape.Path preview;
    private Group home;
    private int homeIndex;
    private boolean dimmed;

    SelectMoveGesture(PodCanvas canvas, Hit hit, MouseEvent press) {
        this.canvas = canvas;
        this.chassis = hit.kind() != Kind.COMPONENT;
        this.id = chassis ? hit.chassisId() : hit.componentId();
        this.sx0 = press.getX();
        this.sy0 = press.getY();
        this.w0 = canvas.toWorld(press.getX(), press.getY());
        this.box0 = canvas.canvasLayout().box(id);
        boolean add = press.isShiftDown() || press.isShortcutDown();
        if (add || !canvas.session().selection().contains(id)) {
            canvas.select(id, add);
        }
    }

    @Override
    public void dragged(MouseEvent e) {
        if (!moving) {
            if (Math.hypot(e.getX() - sx0, e.getY() - sy0) < 4) {
                return;
            }
            skin = canvas.skin(id);
            if (skin == null || box0 == null) {
                return;
            }
            moving = true;
            canvas.showFan(null, null);
            // lift the skin out of its (cached) rack into the drag layer, so frames only blit bitmaps
            home = (Group) skin.getParent();
            homeIndex = home.getChildren().indexOf(skin);
            home.getChildren().remove(skin);
            canvas.dragLayer().getChildren().add(skin);
            skin.setCache(true);
            if (chassis) {
                Chassis c = canvas.session().project().chassis(id).orElseThrow();
                c.components().forEach(comp -> movingComponents.add(comp.id()));
            } else {
                movingComponents.add(id);
            }
            // board traces inside a moving chassis travel with it; links leaving it dim until the drop
            List<LinkGeometry> inside = new ArrayList<>();
            boolean leaving = false;
            var project = canvas.session().project();
            for (String cid : movingComponents) {
                for (var l : project.linksOf(cid)) {
                    boolean both = movingComponents.contains(l.a().componentId()) && movingComponents.contains(l.b().componentId());
                    LinkGeometry g = canvas.links().geometry(l.id());
                    if (both && g != null) {
                        inside.add(g);
                    } else {
                        leaving = true;
                    }
                }
            }
            if (!inside.isEmpty()) {
                preview = LinkLayer.previewPath(inside, canvas.style().protocolColor(org.podforge.model.Protocol.PCIE), 1.4);
                skin.getChildren().add(preview);
            }
            if (leaving || !inside.isEmpty()) {
                dimmed = true;
                canvas.links().dim(true);
            }
        }
        Point2D w = canvas.toWorld(e.getX(), e.getY());
        double dx = w.getX() - w0.getX();
        double dy = w.getY() - w0.getY();
        skin.setTranslateX(dx);
        skin.setTranslateY(dy);
        plan = chassis ? planChassis(w, dy) : canvas.planner().planComponentMove(id, canvas.canvasLayout().hit(w.getX(), w.getY()));
        canvas.feedback().target(plan.highlight(), plan.ok());
        canvas.feedback().message(plan.message(), plan.ok(), new Point2D(e.getX(), e.getY()));
    }

    private DropPlan planChassis(Point2D w, double dy) {
        Hit h = canvas.canvasLayout().hit(w.getX(), w.getY());
        String rackId = h == null ? null : h.rackId();
        if (rackId == null) {
            return canvas.planner().planChassisMove(id, null, 0);
        }
        // the unit under the chassis' bottom row, following where the pointer grabbed it
        double bottomRowY = box0.maxY() + dy - CanvasLayout.U_H / 2;
        int u = canvas.canvasLayout().uAt(rackId, bottomRowY);
        return canvas.planner().planChassisMove(id, rackId, u);
    }

    @Override
    public void released(MouseEvent e) {
        if (!moving) {
            return;
        }
        reset();
        if (plan != null && plan.ok()) {
            canvas.run(plan.command(), plan.message());
        } else if (plan != null && !plan.message().isEmpty()) {
            canvas.setStatus(plan.message());
        }
        Component c = canvas.session().project().component(id).orElse(null);
        if (c != null && canvas.session().selection().size() == 1) {
            canvas.flush();
            canvas.showFan(id, null);
        }
    }

    private void reset() {
        if (skin != null) {
            skin.setTranslateX(0);
            skin.setTranslateY(0);
            skin.setCache(false);
            canvas.dragLayer().getChildren().remove(skin);
            if (home != null) {
                home.getChildren().add(Math.min(homeIndex, home.getChildren().size()), skin);
                home = null;
            }
        }
        if (preview != null) {
            skin.getChildren().remove(preview);
            preview = null;
        }
        if (dimmed) {
            canvas.links().dim(false);
            dimmed = false;
        }
        canvas.feedback().target(null, false);
        canvas.feedback().message(null, false, null);
    }

    @Override
    public void cancel() {
        if (moving) {
            reset();
        }
    }
}
