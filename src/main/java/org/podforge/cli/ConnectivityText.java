package org.podforge.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.podforge.bom.Bom;
import org.podforge.bom.ConnectivityCost;
import org.podforge.bom.ConnectivityTier;
import org.podforge.bom.FabricBom;
import org.podforge.model.Plural;

/** The connectivity part of {@code podforge bom}'s text: cost per GPU by fabric, and what the scale-out fabric counts. */
final class ConnectivityText {
    private ConnectivityText() {
    }

    static void print(PrintWriter out, Bom b, ConnectivityCost cost) {
        String cur = b.currency();
        out.println("Connectivity cost by fabric (all pods and the scale-out fabric; priced lines):");
        for (ConnectivityTier t : ConnectivityTier.values()) {
            long unpriced = cost.unpricedQty().get(t);
            out.printf(Locale.ROOT, "  %-20s %18s  %16s per GPU%s%n", t.label(), BomCommand.money(cost.total().get(t), cur),
                    BomCommand.money(cost.perGpu(t), cur), unpriced == 0 ? "" : "  (" + Plural.of(unpriced, "unpriced unit") + " left out)");
        }
        out.printf(Locale.ROOT, "  %-20s %18s  %16s per GPU%n", "Connectivity", BomCommand.money(cost.connectivity(), cur),
                BomCommand.money(cost.connectivityPerGpu(), cur));
        FabricBom f = b.fabric();
        if (f.isEmpty()) {
            return;
        }
        out.println("Scale-out fabric (counted from its patterns, not expanded):");
        out.printf(Locale.ROOT, "  %s in %s; %s, %s, %s%n", Plural.of(f.count(FabricBom.Role.SWITCH), "switch", "switches"),
                Plural.of(f.count(FabricBom.Role.RACK), "network rack"), Plural.of(f.count(FabricBom.Role.CABLE), "cable"),
                Plural.of(f.count(FabricBom.Role.BREAKOUT_CABLE), "breakout cable"), Plural.of(f.count(FabricBom.Role.TRANSCEIVER), "transceiver"));
        for (FabricBom.Item i : f.items()) {
            if (i.role() != FabricBom.Role.RACK && i.role() != FabricBom.Role.CHASSIS) {
                out.printf(Locale.ROOT, "    %-32s %,12d  %s%n", i.partNumber(), i.qty(), i.role().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        FabricBom.Power pw = f.power();
        out.printf(Locale.ROOT, "  Power of the fabric: %,.0f W known (network racks %,.0f W, pattern optics and active cables %,.0f W)%s%n",
                pw.totalW(), pw.totalW() - pw.patternW(), pw.patternW(), pw.unknown().isEmpty() ? ""
                        : "; no power figure for " + pw.unknown().entrySet().stream().map(e -> e.getValue() + " x " + e.getKey())
                        .collect(java.util.stream.Collectors.joining(", ")));
        for (org.podforge.power.RackPower r : pw.racks()) {
            out.printf(Locale.ROOT, "    %-16s %,10.0f W of %,.0f W budget%n", r.rackId(), r.totalW(), r.budget().watts());
        }
    }
}
