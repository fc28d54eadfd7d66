package org.podforge.app.canvas;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.canvas.CanvasLayout.Hit;

/**
 * Press on a rack, pod or empty canvas: a click selects the rack or pod (or clears the selection); a drag
 * draws a marquee and selects the outermost objects wholly inside it. Shift or Ctrl adds to the
 * selection.
 */
final class MarqueeGesture implements Gesture {
    private final PodCanvas canvas;
    private final Hit hit;
    private final double x0;
    private final double y0;
    private final boolean add;
    private boolean dragging;

    MarqueeGesture(PodCanvas canvas, Hit hit, MouseEvent press) {
        this.canvas = canvas;
        this.hit = hit;
        this.x0 = press.getX();
        this.y0 = press.getY();
        this.add = press.isShiftDown() || press.isShortcutDown();
    }

    @Override
    public void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - x0, e.getY() - y0) < 4) {
            return;
        }
        dragging = true;
        canvas.feedback().marquee(x0, y0, e.getX(), e.getY());
    }

    @Override
    public void released(MouseEvent e) {
        canvas.feedback().hideMarquee();
        if (!dragging) {
            if (hit == null) {
                if (!add) {
                    canvas.session().clearSelection();
                }
            } else {
                canvas.select(hit.id(), add);
            }
            return;
        }
        Point2D a = canvas.toWorld(Math.min(x0, e.getX()), Math.min(y0, e.getY()));
        Point2D b = canvas.toWorld(Math.max(x0, e.getX()), Math.max(y0, e.getY()));
        List<String> ids = select(canvas.canvasLayout(), new Box(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY()));
        if (add) {
            Set<String> all = new LinkedHashSet<>(canvas.session().selection());
            all.addAll(ids);
            canvas.session().select(all);
        } else {
            canvas.session().select(ids);
        }
        canvas.setStatus(ids.size() + (ids.size() == 1 ? " object selected" : " objects selected"));
    }

    /** The outermost objects wholly inside a world box: racks, else chassis, else components. */
    static List<String> select(CanvasLayout layout, Box area) {
        return layout.outermostInside(area);
    }

    @Override
    public void cancel() {
        canvas.feedback().hideMarquee();
    }
}
