package org.podforge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.podforge.bom.Bom;
import org.podforge.bom.BomLine;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.export.BomJson;
import org.podforge.export.CsvExporter;
import org.podforge.io.LoadResult;
import org.podforge.model.Plural;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podforge bom FILE [--format text|csv|json]}: the priced bill of materials of a design. */
@Command(name = "bom", description = "Print the bill of materials of a project: lines, cost per pod and per GPU, "
        + "connectivity-silicon content, power. Unpriced parts are counted and listed, never priced as 0.")
public final class BomCommand implements Callable<Integer> {
    enum Format { text, csv, json }

    @Mixin
    ProjectInput input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), csv or json")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ProjectInput.Loaded in = input.load(err);
            Catalog catalog = in.catalog();
            PriceBook prices = in.prices();
            LoadResult lr = in.result();
            DesignReport report = DesignReport.of(lr.project(), catalog, prices, in.thresholds());
            switch (format) {
                case json:
                    out.print(BomJson.of(report));
                    break;
                case csv:
                    StringWriter sw = new StringWriter();
                    CsvExporter.writeBom(report.bom(), sw);
                    out.print(sw);
                    break;
                default:
                    printText(out, report.bom());
                    ConnectivityText.print(out, report.bom(), report.bom().connectivity());
            }
            out.flush();
            return PodForgeCli.OK;
        } catch (Inputs.BadInput e) {
            err.println("podforge bom: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        } catch (IOException e) {
            err.println("podforge bom: cannot write the output: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
    }

    static String money(Double v, String currency) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%,.2f %s", v, currency);
    }

    static void printText(PrintWriter out, Bom b) {
        String cur = b.currency();
        out.println("Project: " + b.projectName());
        out.println("Prices:  " + b.priceBookLabel() + " (" + cur + ")");
        out.printf("%-8s %-32s %-22s %-14s %9s %5s %9s %14s %16s%n", "POD", "PART NUMBER", "FAMILY", "VENDOR", "QTY/POD",
                "PODS", "TOTAL", "UNIT PRICE", "EXTENDED");
        for (BomLine l : b.lines()) {
            out.printf(Locale.ROOT, "%-8s %-32s %-22s %-14s %9d %5d %9d %14s %16s%n", l.podId(), l.partNumber(), l.familyLabel(),
                    l.vendor(), l.qtyPerPod(), l.pods(), l.totalQty(),
                    l.isPriced() ? String.format(Locale.ROOT, "%,.2f", l.unitPrice()) : "unpriced",
                    l.isPriced() ? String.format(Locale.ROOT, "%,.2f", l.extendedCost()) : "unpriced");
            if (l.unconnectedPerPod() > 0) {
                out.printf(Locale.ROOT, "%-8s   %d of them unconnected in each pod (no link; see part.unconnected)%n", "", l.unconnectedPerPod());
            }
        }
        out.println();
        out.printf("%-30s %s%n", "Total cost", money(b.totalCost(), cur));
        out.printf("%-30s %s%n", "Cost per pod", money(b.costPerPod(), cur));
        out.printf("%-30s %s%n", "Cost per GPU", money(b.costPerGpu(), cur));
        out.printf("%-30s %s%n", "Connectivity silicon per pod", money(b.siliconCostPerPod(), cur));
        out.printf("%-30s %s%n", "Connectivity silicon per GPU", money(b.siliconCostPerGpu(), cur));
        out.printf("%-30s %s, %s%n", "Deployed", Plural.of(b.deployedPods(), "pod"), Plural.of(b.gpus(), "GPU"));
        if (b.unpricedQty() > 0) {
            out.printf("%-30s %s of %s (not in any cost)%n", "Unpriced", Plural.of(b.unpricedQty(), "unit"), String.join(", ", b.unpricedParts()));
        }
        out.println();
        out.println("Connectivity silicon by product line (all pods):");
        for (Bom.Rollup r : b.byProductLine(true)) {
            out.printf(Locale.ROOT, "  %-16s %-14s %7d units  %8.2f/pod  %6.3f/GPU  %s%n", r.name(), r.vendor(), r.qty(),
                    nz(b.perPod(r.qty())), nz(b.perGpu(r.qty())), money(r.cost(), cur));
        }
        out.println("Power per rack (system maximum, else parts + overhead / PSU efficiency; docs/rules.md rack.power):");
        for (Bom.PodRollup p : b.pods()) {
            out.printf(Locale.ROOT, "  %s x %d: %,.0f W per pod%s%n", p.podName(), p.replicas(), p.powerW(), p.powerEstimate() ? " (includes estimates)" : "");
            for (Bom.RackRollup r : p.racks()) {
                out.printf(Locale.ROOT, "    %-12s %,10.0f W%s%s%n", r.rackLabel(), r.powerW(),
                        r.budgetW() == null ? "" : String.format(Locale.ROOT, " of %,.0f W budget", r.budgetW()),
                        r.budgetW() != null && r.powerW() > r.budgetW() ? " (OVER BUDGET)" : "");
            }
            java.util.Map<String, java.util.List<String>> racksByBudget = new java.util.LinkedHashMap<>(); // alike racks share a line
            for (Bom.RackRollup r : p.racks()) {
                if (r.power() != null && !r.power().budgeted().isEmpty()) {
                    racksByBudget.computeIfAbsent(r.power().budgetedDetail(), k -> new java.util.ArrayList<>()).add(r.rackLabel());
                }
            }
            racksByBudget.forEach((detail, racks) -> out.println("    " + String.join(", ", racks) + (racks.size() > 1 ? " (each)" : "")
                    + " counted at this design's own power budgets (estimates): " + detail));
            if (!p.powerUnknown().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                for (Map.Entry<String, Long> e : p.powerUnknown().entrySet()) {
                    sb.append(sb.length() == 0 ? "" : ", ").append(e.getValue()).append(" x ").append(e.getKey());
                }
                out.println("    no power figure for: " + sb);
            }
        }
    }

    private static double nz(Double d) {
        return d == null ? 0 : d;
    }
}
