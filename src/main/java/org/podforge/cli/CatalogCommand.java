package org.podforge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.podforge.catalog.Catalog;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Plural;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code podforge catalog [--family F] [--search TEXT]}: list the parts. */
@Command(name = "catalog", description = "List catalog parts, optionally of one family or matching a search.",
        subcommands = ImportNetBoxCommand.class)
public final class CatalogCommand implements Callable<Integer> {
    @Option(names = "--family", paramLabel = "F", completionCandidates = FamilyNames.class,
            description = "only this family: ${COMPLETION-CANDIDATES} (any case, - for _)")
    String family;

    /** The family names --family takes (its help listed none while the option is a String). */
    static final class FamilyNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Family.values()).map(Family::name).iterator();
        }
    }

    @Option(names = {"-s", "--search"}, paramLabel = "TEXT", description = "only parts whose number, name, vendor or line contain TEXT")
    String search;

    @Option(names = "--catalog", paramLabel = "DIR", description = "a catalog directory instead of the built-in catalog")
    Path catalogDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Catalog catalog = Inputs.catalog(catalogDir);
            Family fam = null;
            if (family != null) {
                try {
                    fam = Family.valueOf(family.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    err.println("podforge catalog: unknown family '" + family + "'; use one of "
                            + java.util.Arrays.toString(Family.values()));
                    return PodForgeCli.BAD_INPUT;
                }
            }
            final Family f = fam;
            List<Part> parts = catalog.search(search).stream()
                    .filter(p -> f == null || p.family() == f)
                    .sorted(Comparator.comparing(Part::family).thenComparing(Part::vendor).thenComparing(Part::partNumber))
                    .toList();
            out.printf("%-26s %-22s %-14s %-12s %-13s %s%n", "PART NUMBER", "FAMILY", "VENDOR", "LINE", "STATUS", "NAME");
            for (Part p : parts) {
                out.printf("%-26s %-22s %-14s %-12s %-13s %s%n", p.partNumber(), p.family().label(), p.vendor(),
                        p.productLine(), p.status().label(),
                        p.name() + (p.attributes().containsKey("importedFrom") ? " [imported: " + p.attributes().get("importedFrom") + "]" : ""));
            }
            out.println(Plural.of(parts.size(), "part"));
            return PodForgeCli.OK;
        } catch (Inputs.BadInput e) {
            err.println("podforge catalog: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
    }
}
