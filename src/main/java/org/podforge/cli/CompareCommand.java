package org.podforge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.podforge.bom.Comparison;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.export.CompareCsv;
import org.podforge.export.CompareJson;
import org.podforge.export.CompareWorkbook;
import org.podforge.io.LoadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code podforge compare A B ... [--format text|csv|json] [--xlsx OUT]}: designs side by side from their own BOMs. */
@Command(name = "compare", description = "Compare two or more designs side by side, each figure from the design's own BOM "
        + "and validation: cost per pod and per GPU, connectivity silicon per GPU by product line, cost by fabric "
        + "(scale-up, scale-out, PCIe/CXL), power per rack and per GPU, racks, cables and optics by type, findings. "
        + "Rows where the designs differ are marked '*'; deltas are against the first design.")
public final class CompareCommand implements Callable<Integer> {
    enum Format { text, csv, json }

    @Parameters(arity = "2..*", paramLabel = "FILE", description = "two or more .podforge.json project files; the first is the baseline")
    List<Path> files;

    @Option(names = "--prices", paramLabel = "FILE", description = "a price book (.json, .csv or .xlsx) for every design instead of the built-in illustrative prices")
    Path pricesFile;

    @Option(names = "--catalog", paramLabel = "DIR", description = "a catalog directory instead of the built-in catalog")
    Path catalogDir;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text (default), csv or json")
    Format format;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "also write the comparison as a workbook with a 'Compare' sheet")
    Path xlsx;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Catalog catalog = Inputs.catalog(catalogDir);
            org.podforge.rules.Thresholds thresholds = Inputs.thresholds(catalogDir);
            PriceBook prices = Inputs.priceBook(pricesFile);
            List<Comparison.Design> designs = new ArrayList<>();
            List<String> names = names(files);
            for (int i = 0; i < files.size(); i++) {
                LoadResult lr = Inputs.project(files.get(i), catalog);
                for (String w : lr.warnings()) {
                    err.println("warning: " + names.get(i) + ": " + w);
                }
                designs.add(new Comparison.Design(names.get(i), DesignReport.of(lr.project(), catalog, prices, thresholds)));
            }
            Comparison c = Comparison.of(designs, catalog);
            switch (format) {
                case json -> out.print(CompareJson.of(c));
                case csv -> {
                    StringWriter sw = new StringWriter();
                    CompareCsv.write(c, sw);
                    out.print(sw);
                }
                default -> printText(out, c);
            }
            out.flush();
            if (xlsx != null) {
                CompareWorkbook.write(c, xlsx);
                err.println("wrote " + xlsx);
            }
            return PodForgeCli.OK;
        } catch (Inputs.BadInput e) {
            err.println("podforge compare: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        } catch (IOException e) {
            err.println("podforge compare: cannot write the output: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
    }

    /** File names, or the full paths where two files share a name. */
    static List<String> names(List<Path> files) {
        Set<String> seen = new HashSet<>();
        boolean clash = false;
        for (Path p : files) {
            clash |= !seen.add(String.valueOf(p.getFileName()));
        }
        List<String> out = new ArrayList<>();
        for (Path p : files) {
            out.add(clash ? p.toString() : String.valueOf(p.getFileName()));
        }
        return out;
    }

    static void printText(PrintWriter out, Comparison c) {
        int n = c.designs().size();
        for (int i = 0; i < n; i++) {
            Comparison.Design d = c.designs().get(i);
            out.printf("[%d] %s: %s; %s%n", i + 1, d.name(), d.report().project().name(), d.report().validation().summary());
        }
        out.println("Prices: " + c.designs().get(0).report().bom().priceBookLabel() + " (" + c.currency() + ")"
                + (c.mixedCurrencies() ? "; WARNING: the designs use price books in different currencies" : ""));
        String section = null;
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-58s", ""));
        for (int i = 0; i < n; i++) {
            head.append(String.format(Locale.ROOT, " %16s", "[" + (i + 1) + "]"));
        }
        for (Comparison.Row r : c.rows()) {
            if (!r.section().equals(section)) {
                section = r.section();
                out.println();
                out.println(section + ":");
                out.println(head);
            }
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s %-58s", r.differs() ? "*" : " ", cut(r.metric(), 58)));
            for (Double v : r.values()) {
                sb.append(String.format(Locale.ROOT, " %16s", value(v, r.unit())));
            }
            out.println(sb);
        }
        out.println();
        out.println("* = the designs differ. Money in " + c.currency() + "; unpriced parts are in no cost.");
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static String value(Double v, Comparison.Unit u) {
        if (v == null) {
            return "n/a";
        }
        return switch (u) {
            case MONEY -> String.format(Locale.ROOT, "%,.2f", v);
            case WATTS -> String.format(Locale.ROOT, "%,.0f", v);
            case PER_GPU -> String.format(Locale.ROOT, "%,.3f", v);
            case COUNT -> String.format(Locale.ROOT, "%,.0f", v);
        };
    }
}
