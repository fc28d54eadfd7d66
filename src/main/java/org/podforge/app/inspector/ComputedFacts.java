package org.podforge.app.inspector;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import org.podforge.app.Analysis;
import org.podforge.app.DocumentModel;
import org.podforge.bom.Bom;
import org.podforge.bom.CableRun;
import org.podforge.catalog.Catalog;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.topology.Island;
import org.podforge.topology.Topology;

/**
 * The computed values the inspector shows, each with its basis, taken from the services that own them:
 * a link's length and negotiated PCIe generation from the analysis' cable schedule (the geometry model),
 * a rack's draw against its budget from the analysis' BOM (the power figures the workbook shows), a
 * component's scale-up domain from {@link Topology}. Nothing is computed here; a value the last analysis
 * does not have yet reads "updating…".
 */
final class ComputedFacts {
    /** PCIe transfer rate per lane by generation (GT/s), as PCI-SIG specifies. */
    private static final double[] PCIE_GT = {0, 2.5, 5, 8, 16, 32, 64, 128};

    private final DocumentModel doc;
    private final ObservableValue<Analysis> analysis;

    ComputedFacts(DocumentModel doc, ObservableValue<Analysis> analysis) {
        this.doc = doc;
        this.analysis = analysis;
    }

    private Analysis current() {
        Analysis a = analysis.getValue();
        return a != null && a.revision() >= doc.revisionProperty().get() ? a : null;
    }

    /** "31,200 W of 60,000 W budget (52 %)" with what the figure leaves out. */
    String rackDraw(String rackId) {
        Analysis a = current();
        if (a == null) {
            return "updating\u2026";
        }
        for (Bom.RackRollup r : a.bom().racks()) {
            if (!r.rackId().equals(rackId)) {
                continue;
            }
            StringBuilder sb = new StringBuilder(watts(r.powerW()));
            if (r.budgetW() != null && r.budgetW() > 0) {
                sb.append(" of ").append(watts(r.budgetW())).append(" budget (")
                        .append(Math.round(100 * r.powerW() / r.budgetW())).append(" %)");
            } else {
                sb.append(" (no budget known)");
            }
            if (r.powerEstimate()) {
                sb.append("; includes estimates");
            }
            if (r.power() != null && !r.power().budgeted().isEmpty()) {
                sb.append("; ").append(watts(r.power().budgetedW())).append(" of it from this design's power budgets (")
                        .append(r.power().budgetedList()).append(")");
            }
            long unknown = r.powerUnknown().values().stream().mapToLong(Long::longValue).sum();
            if (unknown > 0) {
                sb.append("; ").append(unknown).append(unknown == 1 ? " part" : " parts").append(" without a published power not counted");
            }
            return sb.toString();
        }
        return "not in the BOM";
    }

    /** "3.4 m (geometry model)" or "2.5 m (set by you)". */
    String length(Link l) {
        CableRun run = run(l.id());
        if (run == null) {
            return current() == null ? "updating\u2026" : "not known";
        }
        if (!run.hasLength()) {
            return "not known (" + basis(l) + ")";
        }
        return String.format(Locale.ROOT, "%.2f m", run.lengthM()) + " (" + basis(l) + ")";
    }

    private String basis(Link l) {
        if (l.lengthOverrideM() != null) {
            return "set by you";
        }
        Analysis a = current();
        return a == null || a.cables() == null ? "" : a.cables().lengthBasis();
    }

    /** "PCIe Gen 5 x16 (32 GT/s per lane)" or, for a network link, "400 Gb/s (4 lanes x 100 Gb/s)". */
    String speed(Link l) {
        CableRun run = run(l.id());
        if (run != null && run.generation() != null) {
            int g = run.generation();
            String rate = g > 0 && g < PCIE_GT.length ? " (" + num(PCIE_GT[g]) + " GT/s per lane)" : "";
            return "PCIe Gen " + g + " x" + l.lanes() + rate + ": the lowest of both ends and the cable";
        }
        Project p = doc.getSession().project();
        Catalog cat = doc.getSession().catalog();
        Double a = laneRate(p, cat, l.a());
        Double b = laneRate(p, cat, l.b());
        if (a == null || b == null) {
            return run == null && current() == null ? "updating\u2026" : "not known (no lane rate in the catalog for both ends)";
        }
        double rate = Math.min(a, b);
        return num(rate * l.lanes()) + " Gb/s (" + l.lanes() + (l.lanes() == 1 ? " lane" : " lanes") + " \u00d7 " + num(rate) + " Gb/s, the slower end)";
    }

    /** "16 accelerators and 4 switches" for the scale-up domain the component is in. */
    String domain(String componentId) {
        Project p = doc.getSession().project();
        Component c = p.component(componentId).orElse(null);
        if (c == null) {
            return "";
        }
        Catalog cat = doc.getSession().catalog();
        Topology t = new Topology(Island.around(p, c, new HashSet<>()), cat);
        for (Set<String> d : t.scaleUpDomains()) {
            if (d.contains(componentId)) {
                int gpus = 0;
                int switches = 0;
                for (String id : d) {
                    Family f = p.component(id).flatMap(x -> cat.find(x.partNumber())).map(Part::family).orElse(null);
                    if (f == Family.SCALEUP_SWITCH) {
                        switches++;
                    } else {
                        gpus++;
                    }
                }
                return gpus + (gpus == 1 ? " accelerator" : " accelerators") + " and " + switches + (switches == 1 ? " switch" : " switches");
            }
        }
        return "none (no scale-up link)";
    }

    private CableRun run(String linkId) {
        Analysis a = current();
        if (a == null || a.cables() == null) {
            return null; // the cable schedule follows the findings a moment later
        }
        for (CableRun r : a.cables().runs()) {
            if (r.linkId().equals(linkId)) {
                return r;
            }
        }
        return null;
    }

    private static Double laneRate(Project p, Catalog cat, PortRef ref) {
        return p.component(ref.componentId()).flatMap(c -> cat.find(c.partNumber())).flatMap(part -> part.port(ref.port()))
                .map(Port::spec).map(s -> s.laneRateGbps()).orElse(null);
    }

    private static String watts(double w) {
        return String.format(Locale.ROOT, "%,.0f W", w);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
