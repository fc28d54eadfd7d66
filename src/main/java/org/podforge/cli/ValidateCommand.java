package org.podforge.cli;

import java.io.PrintWriter;
import java.util.List;
import org.podforge.io.JsonOut;
import java.util.Map;
import java.util.concurrent.Callable;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogException;
import org.podforge.catalog.PriceBook;
import org.podforge.catalog.RuleDataLoader;
import org.podforge.io.LoadResult;
import org.podforge.bom.FindingRow;
import org.podforge.export.Csv;
import org.podforge.export.FindingsTable;
import org.podforge.model.Plural;
import org.podforge.model.Project;
import org.podforge.rules.FindingScope;
import org.podforge.rules.Finding;
import org.podforge.rules.Fix;
import org.podforge.rules.RuleEngine;
import org.podforge.rules.RuleRegistry;
import org.podforge.rules.Severity;
import org.podforge.rules.Thresholds;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podforge validate FILE [--format text|json] [--min-severity info|warning|error]}. */
@Command(name = "validate", description = "Check a project against the PodForge rules (lanes, reach, retimers, protocol, "
        + "PCIe trees, CXL, scale-up domains, rack space and power, prices). Exit 0 without errors, 1 with errors, 2 for bad input.")
public final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json, csv }

    enum Level { info, warning, error }

    @Mixin
    ProjectInput input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text (default), json or csv")
    Format format;

    @Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "info",
            description = "show findings of at least this severity: info (default), warning or error")
    Level minSeverity;

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
            Thresholds thresholds = in.thresholds();
            org.podforge.service.StartupTrace.mark("loaded");
            RuleEngine engine = new RuleEngine(lr.project(), catalog, prices, thresholds, RuleRegistry.builtIn());
            engine.validateAll();
            List<Finding> all = engine.findings();
            org.podforge.service.StartupTrace.mark("validated");
            Severity min = Severity.valueOf(minSeverity.name().toUpperCase(java.util.Locale.ROOT));
            List<Finding> shown = all.stream().filter(f -> f.severity().atLeast(min)).toList();
            Map<Severity, Integer> counts = engine.counts();
            if (format == Format.json) {
                out.print(json(lr.project(), shown, counts, all.size()));
            } else if (format == Format.csv) {
                csv(out, lr.project(), shown);
            } else {
                text(out, lr.project(), shown, counts, all.size());
            }
            out.flush();
            return counts.get(Severity.ERROR) > 0 ? PodForgeCli.FINDINGS : PodForgeCli.OK;
        } catch (Inputs.BadInput e) {
            err.println("podforge validate: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
    }

    private void text(PrintWriter out, Project project, List<Finding> shown, Map<Severity, Integer> counts, int total) {
        for (Finding f : shown) {
            out.println(f.severity().name() + " " + f.ruleId() + ": " + f.message());
            FindingScope scope = FindingScope.of(project, f);
            if (scope.replicas() > 1 || scope.level() == FindingScope.Level.REPLICA || scope.level() == FindingScope.Level.NETWORK) {
                out.println("    where: " + scope.label());
            }
            if (!f.subjects().isEmpty()) {
                out.println("    objects: " + String.join(", ", f.subjects()));
            }
            for (int i = 0; i < f.fixes().size(); i++) {
                out.println("    fix " + (i + 1) + ": " + f.fixes().get(i).label());
            }
            if (!f.source().isEmpty()) {
                out.println("    source: " + f.source());
            }
        }
        out.printf("%s: %s, %s, %,d info; %,d of %s shown%n", input.file.getFileName(), Plural.of(counts.get(Severity.ERROR), "error"),
                Plural.of(counts.get(Severity.WARNING), "warning"), counts.get(Severity.INFO), shown.size(), Plural.of(total, "finding"));
    }

    /** One row per finding: the Findings sheet's columns (where it stands, the copies it stands for), then fixes and source. */
    static void csv(PrintWriter out, Project project, List<Finding> shown) {
        try {
            Csv.row(out, CSV_COLUMNS);
            for (Finding f : shown) {
                List<String> row = new java.util.ArrayList<>(FindingsTable.fields(FindingRow.of(project, f)));
                row.add(String.join("; ", f.fixes().stream().map(Fix::label).toList()));
                row.add(f.source());
                Csv.row(out, row);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a PrintWriter does not throw
        }
    }

    static final List<String> CSV_COLUMNS = java.util.stream.Stream.concat(FindingsTable.COLUMNS.stream(),
            java.util.stream.Stream.of("Fixes", "Source")).toList();

    /** Version of the JSON's shape (docs/schemas/validate.schema.json). */
    static final int FORMAT_VERSION = 1;

    static String json(Project project, List<Finding> shown, Map<Severity, Integer> counts, int total) {
        JsonOut j = JsonOut.document(FORMAT_VERSION);
        j.key("findings").array();
        for (Finding f : shown) {
            j.object().key("ruleId").str(f.ruleId()).key("severity").str(f.severity().name()).key("message").str(f.message());
            j.key("subjects").array();
            f.subjects().forEach(j::str);
            j.endArray().key("fixes").array();
            for (Fix fix : f.fixes()) {
                j.str(fix.label());
            }
            j.endArray().key("source").str(f.source());
            FindingScope scope = FindingScope.of(project, f);
            j.key("scope").object().key("level").str(scope.level().key()).key("where").str(scope.label());
            if (scope.podId() != null) {
                j.key("pod").str(scope.podId());
            }
            j.key("replicas").num(scope.replicas());
            if (scope.replica() >= 0) {
                j.key("replica").num(scope.replica());
            }
            j.endObject().endObject();
        }
        j.endArray();
        j.key("summary").object().key("errors").num(counts.get(Severity.ERROR)).key("warnings").num(counts.get(Severity.WARNING))
                .key("info").num(counts.get(Severity.INFO)).key("total").num(total).key("shown").num(shown.size()).endObject();
        return j.endObject().finish();
    }
}
