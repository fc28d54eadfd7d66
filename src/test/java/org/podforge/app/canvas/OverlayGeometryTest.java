package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.app.canvas.OverlayGeometry.Rect;

/** The places of the canvas's screen overlays, without a toolkit. */
class OverlayGeometryTest {
    @Test
    void withoutAFanTheMessageSitsBelowRightOfThePointer() {
        Rect r = OverlayGeometry.placeMessage(100, 100, 200, 30, List.of(), 1000, 700);
        assertEquals(new Rect(116, 118, 200, 30), r);
    }

    @Test
    void nearTheEdgesTheMessageStaysInTheView() {
        Rect r = OverlayGeometry.placeMessage(990, 690, 200, 30, List.of(), 1000, 700);
        assertTrue(r.inside(1000, 700), r.toString());
    }

    @Test
    void overAFanTheMessageGoesBesideItAtThePointersHeight() {
        Rect fan = new Rect(300, 200, 250, 300);
        Rect r = OverlayGeometry.placeMessage(400, 350, 200, 30, List.of(fan), 1000, 700);
        assertFalse(r.intersects(fan), r.toString());
        assertTrue(r.inside(1000, 700));
        assertEquals(fan.maxX() + OverlayGeometry.GAP, r.x(), "right of the fan");
        assertEquals(350 - 15, r.y(), 1e-9, "level with the pointer");
    }

    @Test
    void aFanAtTheRightEdgePutsTheMessageOnItsLeft() {
        Rect fan = new Rect(700, 200, 296, 300);
        Rect r = OverlayGeometry.placeMessage(800, 300, 200, 30, List.of(fan), 1000, 700);
        assertFalse(r.intersects(fan), r.toString());
        assertEquals(fan.x() - OverlayGeometry.GAP - 200, r.x(), 1e-9);
    }

    @Test
    void aFanAsWideAsTheViewPutsTheMessageBelowOrAboveIt() {
        Rect fan = new Rect(4, 100, 592, 300);
        Rect below = OverlayGeometry.placeMessage(300, 200, 200, 30, List.of(fan), 600, 700);
        assertEquals(fan.maxY() + 6, below.y(), 1e-9);
        assertFalse(below.intersects(fan));
        Rect tall = new Rect(4, 300, 592, 396);
        Rect above = OverlayGeometry.placeMessage(300, 400, 200, 30, List.of(tall), 600, 700);
        assertEquals(tall.y() - 6 - 30, above.y(), 1e-9);
        assertFalse(above.intersects(tall));
        assertTrue(above.inside(600, 700));
    }

    @Test
    void whenNoPlaceIsFreeTheMessageStaysNextToThePointerInView() {
        Rect fan = new Rect(4, 4, 592, 392);
        Rect r = OverlayGeometry.placeMessage(300, 200, 200, 30, List.of(fan), 600, 400);
        assertEquals(new Rect(316, 218, 200, 30), r, "drawn above the fan there (Feedback's top layer)");
    }
}
