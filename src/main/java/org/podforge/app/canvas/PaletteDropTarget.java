package org.podforge.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import org.podforge.app.canvas.CanvasLayout.Hit;
import org.podforge.app.palette.PartDrag;

/**
 * The canvas as a drop target for palette parts ({@link PartDrag#PART}): while a part is dragged over
 * it, the target under the pointer is outlined green (with what will happen) or red (with why not);
 * dropping executes the planned command. The logic itself is {@link DropPlanner#planPart}.
 */
final class PaletteDropTarget {
    private final PodCanvas canvas;

    PaletteDropTarget(PodCanvas canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(DragEvent.DRAG_OVER, e -> {
            String pn = PartDrag.partNumber(e.getDragboard());
            if (pn == null) {
                return;
            }
            DropPlan plan = plan(pn, e.getX(), e.getY(), e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode());
            if (plan.ok()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            canvas.feedback().target(plan.highlight(), plan.ok());
            canvas.feedback().message(plan.message(), plan.ok(), new Point2D(e.getX(), e.getY()));
            e.consume();
        });
        canvas.addEventHandler(DragEvent.DRAG_EXITED, e -> canvas.feedback().clear());
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            String pn = PartDrag.partNumber(e.getDragboard());
            boolean done = false;
            if (pn != null) {
                DropPlan plan = plan(pn, e.getX(), e.getY(), e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode());
                if (plan.ok()) {
                    done = canvas.run(plan.command(), plan.message());
                    String added = done ? firstAdded(plan.command()) : null;
                    if (added != null && canvas.session().project().containsId(added)) {
                        // the dropped part is selected, as after a double-click in the palette: the next part then goes into it
                        canvas.session().select(java.util.List.of(added));
                    }
                } else {
                    canvas.setStatus(plan.message());
                }
            }
            canvas.feedback().clear();
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** The id of the first object a drop's command adds (a rack, chassis or component; a pre-wired server's chassis), or null. */
    static String firstAdded(org.podforge.model.command.Command c) {
        if (c instanceof org.podforge.model.command.AddCommand a) {
            return a.node() instanceof org.podforge.model.Link ? null : a.node().id();
        }
        if (c instanceof org.podforge.model.command.CompositeCommand cc) {
            String pod = null;
            for (org.podforge.model.command.Command part : cc.parts()) {
                String id = firstAdded(part);
                if (id != null && part instanceof org.podforge.model.command.AddCommand a && a.node() instanceof org.podforge.model.Pod) {
                    pod = pod == null ? id : pod; // a new pod's rack is what the user dropped
                } else if (id != null) {
                    return id;
                }
            }
            return pod;
        }
        return null;
    }

    /** What dropping part {@code pn} at canvas point (x, y) would do (for cables and modules, a link within a few pixels wins). */
    DropPlan plan(String pn, double x, double y, javafx.scene.Node picked) {
        canvas.flush();
        Hit hit = canvas.hitScreen(x, y);
        var family = canvas.session().catalog().find(pn).map(org.podforge.model.Part::family).orElse(null);
        String linkId = family != null && family.isLinkMedium() ? canvas.linkAtScreen(x, y) : null;
        if (linkId != null) {
            hit = Hit.link(null, linkId);
        }
        return canvas.planner().planPart(pn, hit);
    }
}
