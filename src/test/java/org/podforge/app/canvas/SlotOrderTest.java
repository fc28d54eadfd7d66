package org.podforge.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.app.canvas.CanvasLayout.Slot;
import org.podforge.model.Project;

/** Slots are drawn in the order of their names, each group starting a row, and say what they are on hover. */
class SlotOrderTest {
    private final Project project = CanvasFixtures.project();
    private final CanvasLayout layout = CanvasLayout.compute(project, CanvasFixtures.CATALOG);

    /** Rows of slot names of a chassis, top to bottom, each left to right. */
    private List<List<String>> rows(String chassisId) {
        TreeMap<Double, List<Slot>> byY = new TreeMap<>();
        for (Slot s : layout.slots(chassisId)) {
            byY.computeIfAbsent(s.box().y(), k -> new ArrayList<>()).add(s);
        }
        List<List<String>> out = new ArrayList<>();
        for (List<Slot> row : byY.values()) {
            row.sort((a, b) -> Double.compare(a.box().x(), b.box().x()));
            out.add(row.stream().map(Slot::name).toList());
        }
        return out;
    }

    private static String group(String slot) {
        int dash = slot.lastIndexOf('-');
        return dash < 0 ? slot : slot.substring(0, dash);
    }

    @Test
    void readingOrderIsNameOrderAndNoRowStartsInsideAGroupItShares() {
        List<List<String>> rows = rows("chassis-1"); // the HGX 10U: gpu 8, cpu 2, nvswitch 2, pcie 12, ocp 2, e1s 8, e3s 8, board 32
        List<String> reading = rows.stream().flatMap(List::stream).toList();
        assertEquals(layout.slots("chassis-1").stream().map(Slot::name).toList(), reading, "left to right, top to bottom = catalog order");
        assertEquals("gpu-1", rows.get(0).get(0));
        assertTrue(!rows.get(2).get(0).equals("pcie-7"), "the first slot of row 3 is no longer pcie-7: " + rows);
        for (int i = 1; i < rows.size(); i++) {
            String first = rows.get(i).get(0);
            String last = rows.get(i - 1).get(rows.get(i - 1).size() - 1);
            boolean startsGroup = first.endsWith("-1") || !first.contains("-");
            boolean continuesAFullRow = group(first).equals(group(last)) && rows.get(i - 1).stream().allMatch(s -> group(s).equals(group(first)));
            assertTrue(startsGroup || continuesAFullRow, "row " + (i + 1) + " starts with " + first + " after " + rows.get(i - 1));
        }
    }

    @Test
    void aOneUnitTrayKeepsOneReadableRow() {
        List<List<String>> rows = rows("chassis-3"); // 4 switch + 8 board slots in 1U
        assertEquals(1, rows.size(), rows.toString());
        Box cell = layout.slots("chassis-3").get(0).box();
        assertTrue(cell.h() >= 15, "cells stay tall enough to hit: " + cell);
    }

    @Test
    void hoverNamesTheSlotItsKindAndPlaceInItsGroup() {
        Box b = layout.slots("chassis-1").stream().filter(s -> s.name().equals("pcie-7")).findFirst().orElseThrow().box();
        String text = HoverText.of(layout, CanvasFixtures.CATALOG, layout.hit(b.cx(), b.cy()));
        assertTrue(text.startsWith("pcie-7 \u00b7 PCIe x16 slot 7 of 12 in chassis-1"), text);
        assertTrue(text.endsWith("free: drop a part here"), text);
        Box gpu = layout.box("gpu-1");
        String g = HoverText.of(layout, CanvasFixtures.CATALOG, layout.hit(gpu.cx(), gpu.cy()));
        assertTrue(g.startsWith("gpu-1 \u00b7 "), g);
        assertTrue(g.contains(" W") || g.contains("power not published"), g);
        assertTrue(g.contains("in chassis-1, slot gpu-1"), g);
    }
}
