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
                } else {
                    canvas.setStatus(plan.message());
                }
            }
            canvas.feedback().clear();
            e.setDropCompleted(done);
            e.consume();
        });
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
