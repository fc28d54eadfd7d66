package org.podforge.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Rack;
import org.podforge.rules.Report;
import org.podforge.rules.Rule;
import org.podforge.rules.RuleContext;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.Severity;

/**
 * bom.price: every part in the design has a price in the active price book (the BOM shows an unpriced part
 * as unpriced, never as 0). Checked per rack: its rack part, chassis, components and the cables and
 * transceivers of links whose a-end is in the rack.
 */
public final class BomPriceRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("bom.price", "Every part has a price", Severity.WARNING,
            "The active price book");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public Scope scope() {
        return Scope.RACK;
    }

    @Override
    public void checkRack(RuleContext ctx, Rack rack, Report out) {
        Map<String, List<String>> unpriced = new LinkedHashMap<>();
        check(ctx, rack.partNumber(), rack.id(), unpriced);
        for (Chassis c : rack.chassis()) {
            check(ctx, c.partNumber(), c.id(), unpriced);
            for (Component comp : c.components()) {
                check(ctx, comp.partNumber(), comp.id(), unpriced);
                for (Link l : ctx.project().linksOf(comp.id())) {
                    if (l.a().componentId().equals(comp.id())) {
                        if (l.cablePart() != null) {
                            check(ctx, l.cablePart(), l.id(), unpriced);
                        }
                        if (l.transceiverPart() != null) {
                            check(ctx, l.transceiverPart(), l.id(), unpriced);
                        }
                    }
                }
            }
        }
        boolean network = rack.pod() == null && ctx.project().fabric().racks().contains(rack);
        for (Map.Entry<String, List<String>> e : unpriced.entrySet()) {
            List<String> ids = e.getValue();
            if (network) {
                // one cause per part across the fabric: the words and the subject name only the rack, so
                // NetworkRackFindings makes every network rack that holds the part one finding (decision 0019), however
                // many of its switches each rack holds
                out.add(Severity.WARNING, e.getKey() + " has no price in " + ctx.priceBook().label() + " (used in network rack " + rack.id()
                        + "); the BOM shows it as unpriced. Set a price in the price book.", List.of(rack.id()), List.of(),
                        "Price book: " + ctx.priceBook().label());
                continue;
            }
            String shown = ids.size() <= 5 ? Util.ids(ids) : Util.ids(ids.subList(0, 5)) + " and " + (ids.size() - 5) + " more";
            out.add(Severity.WARNING, e.getKey() + " has no price in " + ctx.priceBook().label() + " (used by " + shown + " in rack "
                    + rack.id() + "); the BOM shows it as unpriced. Set a price in the price book.", new ArrayList<>(ids), List.of(),
                    "Price book: " + ctx.priceBook().label());
        }
    }

    /** Also the parts of the fabric's wiring patterns: their cables and modules are in the BOM as much as a link's. */
    @Override
    public boolean checksFabric() {
        return true;
    }

    /** One finding per unpriced part of the patterns (not one per cable or per pattern), naming the patterns that use it. */
    @Override
    public void checkFabric(RuleContext ctx, org.podforge.model.Fabric fabric, Report out) {
        Map<String, List<String>> unpriced = new LinkedHashMap<>();
        for (org.podforge.model.LinkPattern lp : fabric.patterns()) {
            for (String pn : new String[] {lp.cablePart(), lp.transceiverPart(), lp.transceiverPartB()}) {
                if (pn != null && !unpriced.getOrDefault(pn, List.of()).contains(lp.id())) {
                    check(ctx, pn, lp.id(), unpriced);
                }
            }
        }
        for (Map.Entry<String, List<String>> e : unpriced.entrySet()) {
            List<String> names = new ArrayList<>();
            for (String id : e.getValue()) {
                names.add(fabric.patterns().stream().filter(x -> x.id().equals(id)).findFirst().map(x -> x.label()).orElse(id));
            }
            out.add(Severity.WARNING, e.getKey() + " has no price in " + ctx.priceBook().label() + " (used by the fabric pattern"
                    + (names.size() == 1 ? " " : "s ") + String.join(", ", names) + "); the BOM shows it as unpriced. Set a price in the price book.",
                    new ArrayList<>(e.getValue()), List.of(), "Price book: " + ctx.priceBook().label());
        }
    }

    private static void check(RuleContext ctx, String pn, String id, Map<String, List<String>> unpriced) {
        if (ctx.priceBook().price(pn).isEmpty()) {
            unpriced.computeIfAbsent(pn, k -> new ArrayList<>()).add(id);
        }
    }
}
