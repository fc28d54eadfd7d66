package org.podforge.export;

import java.util.List;
import java.util.Map;
import org.podforge.bom.Bom;
import org.podforge.bom.BomLine;
import org.podforge.bom.ConnectivityCost;
import org.podforge.bom.ConnectivityTier;
import org.podforge.bom.DesignReport;
import org.podforge.bom.FabricBom;
import org.podforge.bom.ValidationStatus;
import org.podforge.io.JsonOut;

/** The BOM and its roll-ups as JSON ({@code podforge bom --format json}); docs/export.md lists the fields. */
public final class BomJson {
    /** Version of this JSON's shape (docs/schemas/bom.schema.json); raise it when a field changes meaning or goes. */
    public static final int FORMAT_VERSION = 1;

    private BomJson() {
    }

    public static String of(DesignReport report) {
        Bom b = report.bom();
        JsonOut j = JsonOut.document(FORMAT_VERSION);
        j.key("project").str(b.projectName());
        j.key("currency").str(b.currency());
        j.key("priceBook").object().key("name").str(b.priceBook().name()).key("label").str(b.priceBookLabel())
                .key("estimate").bool(b.priceBook().estimate()).endObject();
        j.key("totals").object()
                .key("totalCost").num(b.totalCost())
                .key("deployedPods").num(b.deployedPods())
                .key("gpus").num(b.gpus())
                .key("costPerPod").num(b.costPerPod())
                .key("costPerGpu").num(b.costPerGpu())
                .key("connectivitySiliconCost").num(b.siliconCost())
                .key("connectivitySiliconPerPod").num(b.siliconCostPerPod())
                .key("connectivitySiliconPerGpu").num(b.siliconCostPerGpu())
                .key("unpricedQty").num(b.unpricedQty());
        j.key("unpricedParts").array();
        for (String p : b.unpricedParts()) {
            j.str(p);
        }
        j.endArray();
        j.key("powerW").num(b.totalPowerW());
        counts(j.key("powerUnknown"), b.powerUnknown());
        j.endObject();

        j.key("lines").array();
        for (BomLine l : b.lines()) {
            j.object().key("pod").str(l.podId()).key("partNumber").str(l.partNumber()).key("description").str(l.description())
                    .key("family").str(l.familyLabel()).key("vendor").str(l.vendor()).key("productLine").str(l.productLine())
                    .key("connectivitySilicon").bool(l.isConnectivitySilicon()).key("qtyPerPod").num(l.qtyPerPod()).key("unconnectedPerPod").num(l.unconnectedPerPod())
                    .key("pods").num(l.pods()).key("totalQty").num(l.totalQty()).key("priced").bool(l.isPriced())
                    .key("unitPrice").num(l.unitPrice()).key("extendedCost").num(l.extendedCost())
                    .key("priceEstimate").bool(l.priceEstimate()).key("unitPowerW").num(l.unitPowerW())
                    .key("status").str(l.statusLabel()).key("orderable").bool(l.isOrderable()).endObject();
        }
        j.endArray();

        j.key("pods").array();
        for (Bom.PodRollup p : b.pods()) {
            j.object().key("id").str(p.podId()).key("name").str(p.podName()).key("replicas").num(p.replicas())
                    .key("gpusPerPod").num(p.gpusPerPod()).key("costPerPod").num(p.costPerPod())
                    .key("costPerGpu").num(p.costPerGpu()).key("connectivitySiliconPerPod").num(p.siliconCostPerPod())
                    .key("unpricedQtyPerPod").num(p.unpricedQtyPerPod()).key("interRackCablingCostPerPod")
                    .num(p.interRackCablingCostPerPod()).key("powerW").num(p.powerW()).key("powerEstimate").bool(p.powerEstimate());
            counts(j.key("powerUnknown"), p.powerUnknown());
            j.key("costByFamily").object();
            p.costByFamily().forEach((k, v) -> j.key(k).num(v));
            j.endObject();
            j.key("racks").array();
            for (Bom.RackRollup r : p.racks()) {
                j.object().key("id").str(r.rackId()).key("name").str(r.rackLabel()).key("part").str(r.partNumber())
                        .key("cost").num(r.cost()).key("unpricedQty").num(r.unpricedQty()).key("powerW").num(r.powerW())
                        .key("powerEstimate").bool(r.powerEstimate()).key("budgetW").num(r.budgetW());
                counts(j.key("powerUnknown"), r.powerUnknown());
                if (r.power() != null && !r.power().budgeted().isEmpty()) {
                    j.key("powerBudgetedW").num(r.power().budgetedW()); // the design's own budgets (decision 0035), estimates
                    counts(j.key("powerBudgeted"), r.power().budgeted());
                }
                j.endObject();
            }
            j.endArray().endObject();
        }
        j.endArray();

        rollups(j.key("families"), b, b.byFamily());
        rollups(j.key("productLines"), b, b.byProductLine(false));
        rollups(j.key("connectivitySiliconByProductLine"), b, b.byProductLine(true));
        rollups(j.key("connectivitySiliconByVendor"), b, b.siliconByVendor());

        connectivity(j.key("connectivity"), b.connectivity());
        fabric(j.key("fabric"), b.fabric());

        ValidationStatus v = report.validation();
        j.key("validation").object().key("ran").bool(v.ran()).key("status").str(v.summary()).key("errors").num(v.errors())
                .key("warnings").num(v.warnings()).key("infos").num(v.infos()).endObject();
        j.endObject();
        return j.finish();
    }

    /** Cost by fabric tier: total, per GPU and unpriced units, keyed by tier (SCALE_UP, SCALE_OUT, PCIE_CXL, OTHER). */
    private static void connectivity(JsonOut j, ConnectivityCost c) {
        j.object();
        for (ConnectivityTier t : ConnectivityTier.values()) {
            j.key(t.name()).object().key("label").str(t.label()).key("cost").num(c.total().get(t)).key("costPerGpu").num(c.perGpu(t))
                    .key("unpricedQty").num(c.unpricedQty().get(t)).endObject();
        }
        j.key("connectivityCost").num(c.connectivity()).key("connectivityCostPerGpu").num(c.connectivityPerGpu());
        j.endObject();
    }

    /** The scale-out fabric's counts (its lines are in "lines" with pod "fabric"). */
    private static void fabric(JsonOut j, FabricBom f) {
        j.object().key("switches").num(f.count(FabricBom.Role.SWITCH)).key("networkRacks").num(f.count(FabricBom.Role.RACK))
                .key("cables").num(f.count(FabricBom.Role.CABLE)).key("breakoutCables").num(f.count(FabricBom.Role.BREAKOUT_CABLE))
                .key("transceivers").num(f.count(FabricBom.Role.TRANSCEIVER));
        j.key("items").array();
        for (FabricBom.Item i : f.items()) {
            j.object().key("partNumber").str(i.partNumber()).key("qty").num(i.qty()).key("role").str(i.role().name()).endObject();
        }
        j.endArray();
        FabricBom.Power pw = f.power();
        j.key("power").object().key("totalW").num(pw.totalW()).key("patternOpticsW").num(pw.patternW());
        j.key("racks").array();
        for (org.podforge.power.RackPower r : pw.racks()) {
            j.object().key("rack").str(r.rackId()).key("powerW").num(r.totalW()).key("budgetW").num(r.budget().watts()).endObject();
        }
        j.endArray();
        j.key("unknown");
        counts(j, pw.unknown());
        j.endObject().endObject();
    }

    private static void counts(JsonOut j, Map<String, Long> m) {
        j.object();
        m.forEach((k, v) -> j.key(k).num(v));
        j.endObject();
    }

    private static void rollups(JsonOut j, Bom b, List<Bom.Rollup> rs) {
        j.array();
        for (Bom.Rollup r : rs) {
            j.object().key("name").str(r.name()).key("vendor").str(r.vendor()).key("family").str(r.family())
                    .key("qty").num(r.qty()).key("qtyPerPod").num(b.perPod(r.qty())).key("qtyPerGpu").num(b.perGpu(r.qty()))
                    .key("cost").num(r.cost()).key("costPerPod").num(b.perPod(r.cost())).key("costPerGpu").num(b.perGpu(r.cost()))
                    .key("unpricedQty").num(r.unpricedQty()).endObject();
        }
        j.endArray();
    }
}
