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

    @Test
    void aFanThatFitsKeepsItsColumnsOfTenAtMost560PxWide() {
        assertEquals(new OverlayGeometry.Grid(1, 10), OverlayGeometry.fanGrid(6, 10, 17, 92, 34, 4, 12, 560, 1000, 700));
        // 72 ports in 92 px columns: 5 columns (548 px) of 15
        assertEquals(new OverlayGeometry.Grid(5, 15), OverlayGeometry.fanGrid(72, 10, 17, 92, 34, 4, 12, 560, 1000, 700));
    }

    @Test
    void aFanTallerThanTheViewTakesMoreShorterColumnsSoItFits() {
        // 72 ports, 130 px columns: 4 columns of 18 rows (344 px) in a 300 px tall view
        OverlayGeometry.Grid g = OverlayGeometry.fanGrid(72, 10, 17, 130, 34, 4, 12, 560, 1400, 300);
        assertTrue(34 + g.rows(72) * 17 + 4 <= 300 - 2 * OverlayGeometry.MARGIN, g.toString());
        assertTrue(g.cols() * g.perCol() >= 72, g.toString());
        assertTrue(g.cols() * 130 + 12 <= 1400 - 2 * OverlayGeometry.MARGIN, g.toString());
        // a short view below the 10 rows a column usually has
        OverlayGeometry.Grid small = OverlayGeometry.fanGrid(16, 10, 17, 92, 34, 4, 12, 560, 1000, 180);
        assertTrue(34 + small.rows(16) * 17 + 4 <= 180 - 2 * OverlayGeometry.MARGIN, small.toString());
        assertTrue(small.cols() * small.perCol() >= 16);
    }

    @Test
    void aFanOpensRightOfItsComponentLevelWithIt() {
        Rect r = OverlayGeometry.placeFan(new Rect(100, 200, 40, 40), 200, 150, 1000, 700);
        assertEquals(new Rect(150, 200, 200, 150), r);
    }

    @Test
    void nearTheBottomEdgeAFanIsShiftedUpIntoTheView() {
        Rect r = OverlayGeometry.placeFan(new Rect(100, 650, 40, 40), 200, 300, 1000, 700);
        assertTrue(r.inside(1000, 700), r.toString());
        assertEquals(700 - OverlayGeometry.MARGIN - 300, r.y(), 1e-9);
    }

    @Test
    void nearTheRightEdgeAFanFlipsLeftOfItsComponent() {
        Rect r = OverlayGeometry.placeFan(new Rect(900, 200, 40, 40), 200, 150, 1000, 700);
        assertEquals(900 - OverlayGeometry.GAP - 200, r.x(), 1e-9);
        assertTrue(r.inside(1000, 700));
    }

    @Test
    void aComponentPartlyOutOfViewStillGetsItsFanInView() {
        for (Rect comp : List.of(new Rect(-300, 200, 280, 40), new Rect(980, 200, 300, 40), new Rect(400, -200, 40, 150),
                new Rect(400, 690, 40, 300), new Rect(20, 200, 960, 40))) {
            Rect r = OverlayGeometry.placeFan(comp, 250, 200, 1000, 700);
            assertTrue(r.inside(1000, 700), comp + " -> " + r);
        }
    }

    @Test
    void aFanLargerThanTheViewKeepsItsHeaderInView() {
        Rect r = OverlayGeometry.placeFan(new Rect(100, 100, 40, 40), 300, 900, 1000, 700);
        assertEquals(OverlayGeometry.MARGIN, r.y(), 1e-9);
    }
}
