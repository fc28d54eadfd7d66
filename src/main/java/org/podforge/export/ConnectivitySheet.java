package org.podforge.export;

import java.util.Locale;
import org.podforge.bom.Bom;
import org.podforge.bom.ConnectivityCost;
import org.podforge.bom.ConnectivityTier;
import org.podforge.bom.FabricBom;

/**
 * The workbook's Connectivity sheet: cost by fabric (scale-up, scale-out, PCIe/CXL, compute and other), in total
 * and per GPU, then what the scale-out fabric counts (switches, cables, breakout cables, transceivers per part,
 * counted from its patterns by multiplication). Values are the BOM model's ({@link ConnectivityCost},
 * {@link FabricBom}); the lines they sum are on the BOM sheet (pod {@code fabric} for the fabric's own).
 */
final class ConnectivitySheet {
    static final String NAME = "Connectivity";
    static final String HEADER_TIER = "Fabric";

    private ConnectivitySheet() {
    }

    /** Fills {@code s}; returns the index of its header row (the one repeated when printing). */
    static int write(XlsxSheet s, Bom bom) {
        ConnectivityCost c = bom.connectivity();
        int r = 0;
        text(s, r++, 0, HEADER_TIER, XlsxStyle.HEADER, "Cost (all copies)", "Cost per GPU", "Unpriced units (not in the cost)");
        for (ConnectivityTier t : ConnectivityTier.values()) {
            int row = r++;
            s.text(row, 0, t.label(), null);
            money(s, row, 1, c.total().get(t), XlsxStyle.MONEY);
            money(s, row, 2, c.perGpu(t), XlsxStyle.MONEY);
            s.number(row, 3, c.unpricedQty().get(t), XlsxStyle.INTEGER);
        }
        int sum = r++;
        s.text(sum, 0, "Connectivity (scale-up + scale-out + PCIe/CXL)", XlsxStyle.BOLD);
        money(s, sum, 1, c.connectivity(), XlsxStyle.MONEY_BOLD);
        money(s, sum, 2, c.connectivityPerGpu(), XlsxStyle.MONEY_BOLD);
        int gpus = r++;
        s.text(gpus, 0, "GPUs", null);
        s.number(gpus, 1, c.gpus(), XlsxStyle.INTEGER);
        FabricBom f = bom.fabric();
        if (!f.isEmpty()) {
            r++;
            s.text(r++, 0, "Scale-out fabric (counted from its patterns, not expanded)", XlsxStyle.BOLD);
            text(s, r++, 0, "Part number", XlsxStyle.HEADER, "Quantity", "Counted as");
            for (FabricBom.Item i : f.items()) {
                int row = r++;
                s.text(row, 0, SafeText.name(i.partNumber()), null);
                s.number(row, 1, i.qty(), XlsxStyle.INTEGER);
                s.text(row, 2, i.role().name().toLowerCase(Locale.ROOT).replace('_', ' '), null);
            }
            FabricBom.Power pw = f.power();
            r++;
            text(s, r++, 0, "Power of the fabric", XlsxStyle.HEADER, "Watts (known)", "Budget (W)", "No power figure for");
            for (org.podforge.power.RackPower rp : pw.racks()) {
                int row = r++;
                s.text(row, 0, SafeText.name("Network rack " + rp.rackId()), null);
                s.number(row, 1, Math.round(rp.totalW()), XlsxStyle.INTEGER);
                s.number(row, 2, Math.round(rp.budget().watts()), XlsxStyle.INTEGER);
                s.text(row, 3, SafeText.name(rp.unknownList()), null);
            }
            int po = r++;
            s.text(po, 0, "Server-end modules and active cables of the patterns", null);
            s.number(po, 1, Math.round(pw.patternW()), XlsxStyle.INTEGER);
            int pt = r++;
            s.text(pt, 0, "Fabric total", XlsxStyle.BOLD);
            s.number(pt, 1, Math.round(pw.totalW()), XlsxStyle.INTEGER);
        }
        s.width(0, 48);
        s.width(1, 18);
        s.width(2, 18);
        s.width(3, 30);
        return 0;
    }

    private static void text(XlsxSheet s, int row, int col, String first, XlsxStyle style, String... more) {
        s.text(row, col, first, style);
        for (int i = 0; i < more.length; i++) {
            s.text(row, col + 1 + i, more[i], style);
        }
    }

    /** A money figure, or "n/a" (unstyled) where there is none. */
    private static void money(XlsxSheet s, int row, int col, Double v, XlsxStyle style) {
        if (v == null) {
            s.text(row, col, "n/a", null);
        } else {
            s.number(row, col, v, style);
        }
    }
}
