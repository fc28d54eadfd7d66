package org.podforge.bom;

import org.podforge.model.Family;
import org.podforge.model.PartStatus;

/**
 * One BOM line: a part used in one pod design, with its quantity in one copy of the pod, the number of
 * copies deployed (the pod's replicas) and its price. A part with no price in the price book is
 * <em>unpriced</em>: {@link #unitPrice()} is null and it never counts as zero cost, but it is counted
 * in {@link #totalQty()} and in the BOM's unpriced totals.
 *
 * @param podId        id of the pod design the line belongs to
 * @param podName      what the user calls that pod
 * @param partNumber   catalog part number (kept as written in the project when the catalog does not know it)
 * @param description  catalog name of the part, or "Unknown part" when the catalog does not know it
 * @param family       part family, or null for a part the catalog does not know
 * @param qtyPerPod    units in one copy of the pod
 * @param pods         copies of the pod deployed (replicas)
 * @param unitPrice    price of one unit in the book's currency, or null when unpriced
 * @param priceEstimate true when the price is an estimate (or the book as a whole is)
 * @param priceBasis   why we believe the price ("" when unpriced)
 * @param unitPowerW   catalog power of one unit in watts, or null when the catalog gives none
 * @param currency     ISO currency code of the price book
 * @param status       the part's catalog status (orderable, announced, ...), or null for a part the catalog does not know
 * @param unconnectedPerPod units in one copy of the pod that are active parts with no link (retimers, switches: see
 *                     {@link org.podforge.topology.Unconnected}); they are in qtyPerPod and paid for, but carry nothing
 */
public record BomLine(String podId, String podName, String partNumber, String description, Family family,
                      String vendor, String productLine, long qtyPerPod, int pods, Double unitPrice,
                      boolean priceEstimate, String priceBasis, Double unitPowerW, String currency,
                      PartStatus status, long unconnectedPerPod) {

    /** A line with no unconnected units. */
    public BomLine(String podId, String podName, String partNumber, String description, Family family, String vendor, String productLine,
                   long qtyPerPod, int pods, Double unitPrice, boolean priceEstimate, String priceBasis, Double unitPowerW, String currency,
                   PartStatus status) {
        this(podId, podName, partNumber, description, family, vendor, productLine, qtyPerPod, pods, unitPrice, priceEstimate, priceBasis,
                unitPowerW, currency, status, 0);
    }

    /** Label shown for a part the catalog does not know. */
    public static final String UNKNOWN_FAMILY = "Unknown part";

    /** The line of {@code qty} units of a part per copy, deployed {@code pods} times, resolved and priced. */
    public static BomLine of(String podId, String podName, String pn, long qty, int pods, org.podforge.catalog.Catalog catalog,
                             org.podforge.catalog.PriceBook prices) {
        org.podforge.model.Part p = catalog.find(pn).orElse(null);
        var price = prices.price(pn);
        Double unit = price.map(org.podforge.catalog.PriceBook.Price::unitPrice).orElse(null);
        boolean est = price.map(pr -> pr.estimate() || prices.estimate()).orElse(false);
        String basis = price.map(org.podforge.catalog.PriceBook.Price::basis).orElse("");
        if (p == null) {
            return new BomLine(podId, podName, pn, UNKNOWN_FAMILY, null, "", "", qty, pods, unit, est, basis, null, prices.currency(), null);
        }
        return new BomLine(podId, podName, pn, p.name(), p.family(), p.vendor(), p.productLine(), qty, pods, unit, est, basis,
                p.powerW().orElse(null), prices.currency(), p.status());
    }

    public long totalQty() {
        return qtyPerPod * pods;
    }

    public boolean isPriced() {
        return unitPrice != null;
    }

    /** Total quantity x unit price, or null when unpriced. */
    public Double extendedCost() {
        return unitPrice == null ? null : totalQty() * unitPrice;
    }

    /** Cost of this line in one copy of the pod, or null when unpriced. */
    public Double costPerPod() {
        return unitPrice == null ? null : qtyPerPod * unitPrice;
    }

    public String familyLabel() {
        return family == null ? UNKNOWN_FAMILY : family.label();
    }

    /** True when the part can be ordered today; false for announced, demonstration and illustrative parts and unknown parts. */
    public boolean isOrderable() {
        return status != null && status.orderable();
    }

    /** "orderable", "announced", ... or "unknown" for a part the catalog does not know. */
    public String statusLabel() {
        return status == null ? "unknown" : status.label();
    }

    public boolean isConnectivitySilicon() {
        return family != null && family.isConnectivitySilicon();
    }
}
