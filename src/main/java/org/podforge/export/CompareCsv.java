package org.podforge.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.podforge.bom.Comparison;

/**
 * A comparison as RFC 4180 CSV: one record per figure with its section, metric, unit, whether the designs
 * differ, then one value column per design and one delta column (against the first design) per other
 * design. Empty cells where a design cannot give the figure.
 */
public final class CompareCsv {
    public static final String SECTION = "Section";
    public static final String METRIC = "Metric";
    public static final String UNIT = "Unit";
    public static final String DIFFERS = "Differs";

    private CompareCsv() {
    }

    public static void write(Comparison c, Writer w) throws IOException {
        List<String> h = new ArrayList<>(List.of(SECTION, METRIC, UNIT, DIFFERS));
        for (Comparison.Design d : c.designs()) {
            h.add(d.name());
        }
        for (int i = 1; i < c.designs().size(); i++) {
            h.add(c.designs().get(i).name() + " - " + c.designs().get(0).name());
        }
        Csv.row(w, h);
        for (Comparison.Row r : c.rows()) {
            List<String> f = new ArrayList<>(List.of(r.section(), r.metric(), unit(c, r), r.differs() ? "yes" : "no"));
            for (Double v : r.values()) {
                f.add(Csv.number(v));
            }
            for (int i = 1; i < r.values().size(); i++) {
                f.add(Csv.number(r.delta(i)));
            }
            Csv.row(w, f);
        }
    }

    /** The unit a row's numbers are in: the currency for money, W, "units", "units per GPU". */
    static String unit(Comparison c, Comparison.Row r) {
        return switch (r.unit()) {
            case MONEY -> c.currency();
            case WATTS -> "W";
            case COUNT -> "units";
            case PER_GPU -> "units per GPU";
        };
    }
}
