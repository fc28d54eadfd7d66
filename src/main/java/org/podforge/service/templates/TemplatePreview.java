package org.podforge.service.templates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.podforge.bom.Bom;
import org.podforge.bom.Comparison;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Container;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * What the New from template dialog shows about a design before it is opened: GPUs, components by family,
 * cost per GPU and power per rack. The money and power come from the design's own {@link Bom} (the same
 * figures the BOM view, the workbook and {@code podforge compare} give); the counts are of all deployed
 * copies.
 *
 * @param name          the design's name
 * @param description   the design's description (its sources and what is illustrative)
 * @param gpus          GPUs deployed (pod designs times their replicas)
 * @param racks         racks deployed (pod racks times replicas, as in podforge compare; network racks apart)
 * @param networkRacks  racks of the scale-out fabric
 * @param byFamily      family label -> components deployed, in family order
 * @param links         links (pod links times replicas, plus fabric links and pattern cables)
 * @param currency      price book currency
 * @param costPerGpu    BOM cost per GPU, or null without GPUs
 * @param totalCost     BOM total (priced lines)
 * @param unpricedUnits units with no price (not in any cost)
 * @param powerPerRackW known power per pod rack, average, or null without racks
 * @param busiestRackW  known power of the busiest rack, or null without racks
 * @param notCosted     what of the design the BOM does not cost (the scale-out fabric's switches and pattern
 *                      cables, until the BOM counts them), or empty
 */
public record TemplatePreview(String name, String description, long gpus, long racks, int networkRacks,
                              Map<String, Long> byFamily, long links, String currency, Double costPerGpu, double totalCost,
                              long unpricedUnits, Double powerPerRackW, Double busiestRackW, String notCosted) {

    public TemplatePreview {
        byFamily = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byFamily));
    }

    public static TemplatePreview of(Project p, Catalog catalog, PriceBook prices) {
        Bom bom = Bom.of(p, catalog, prices);
        Map<Family, Long> fam = new TreeMap<>();
        long links = p.fabric().links().size();
        for (var lp : p.fabric().patterns()) {
            links += lp.wiring().count(p);
        }
        for (var pod : p.pods()) {
            count(pod, pod.replicas(), catalog, fam);
            links += (long) pod.links().size() * pod.replicas();
        }
        count(p.fabric(), 1, catalog, fam);
        Map<String, Long> byFamily = new LinkedHashMap<>();
        fam.forEach((f, n) -> byFamily.put(f.label(), n));
        long racks = Comparison.racks(bom);
        Double perRack = racks == 0 ? null : bom.totalPowerW() / racks;
        Double busiest = bom.racks().stream().mapToDouble(Bom.RackRollup::powerW).boxed().max(Double::compare).orElse(null);
        String notCosted = "";
        java.util.Set<String> fabricParts = new java.util.HashSet<>();
        p.fabric().allComponents().forEach(c -> fabricParts.add(c.partNumber()));
        p.fabric().allChassis().forEach(c -> fabricParts.add(c.partNumber()));
        boolean fabricInBom = bom.lines().stream().anyMatch(l -> l.podId() == null || l.podId().isEmpty()
                || fabricParts.contains(l.partNumber()) && p.pod(l.podId()).isEmpty());
        if (!p.fabric().isEmpty() && !fabricInBom) {
            long cables = p.fabric().links().size();
            for (var lp : p.fabric().patterns()) {
                cables += lp.wiring().count(p);
            }
            notCosted = String.format(java.util.Locale.ROOT,
                    "The BOM does not cost the scale-out fabric yet (%,d switches in %,d network racks, %,d cables): cost and power are the pods' only.",
                    p.fabric().allComponents().size(), p.fabric().racks().size(), cables);
        }
        return new TemplatePreview(p.name(), p.description(), bom.gpus(), racks,
                p.fabric().racks().size(), byFamily, links, bom.currency(), bom.costPerGpu(), bom.totalCost(), bom.unpricedQty(),
                perRack, busiest, notCosted);
    }

    private static void count(Container c, int copies, Catalog catalog, Map<Family, Long> fam) {
        for (Rack r : c.racks()) {
            for (Chassis ch : r.chassis()) {
                for (Component comp : ch.components()) {
                    Family f = catalog.find(comp.partNumber()).map(Part::family).orElse(null);
                    if (f != null) {
                        fam.merge(f, (long) copies, Long::sum);
                    }
                }
            }
        }
    }

}
