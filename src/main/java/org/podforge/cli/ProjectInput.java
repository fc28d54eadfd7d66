package org.podforge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.io.LoadResult;
import org.podforge.rules.Thresholds;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs shared by the commands that cost or check a design: the project file, and optionally a
 * catalog directory and a price book. Mixed into a command with {@code @Mixin}.
 */
public final class ProjectInput {
    @Parameters(index = "0", paramLabel = "FILE", description = "a .podforge.json project file")
    Path file;

    @Option(names = "--prices", paramLabel = "FILE", description = "a price book (.json, .csv or .xlsx) instead of the built-in illustrative prices")
    Path pricesFile;

    @Option(names = "--catalog", paramLabel = "DIR", description = "a catalog directory instead of the built-in catalog")
    Path catalogDir;

    /** A loaded design with the catalog, prices and thresholds it is checked, costed and measured against. */
    public record Loaded(Catalog catalog, PriceBook prices, Thresholds thresholds, LoadResult result) {
    }

    /** Loads catalog, price book and project (in that order), printing load warnings to {@code err}. */
    Loaded load(PrintWriter err) {
        Catalog catalog = Inputs.catalog(catalogDir);
        Thresholds thresholds = Inputs.thresholds(catalogDir);
        PriceBook prices = Inputs.priceBook(pricesFile);
        LoadResult lr = Inputs.project(file, catalog);
        for (String w : lr.warnings()) {
            err.println("warning: " + w);
        }
        return new Loaded(catalog, prices, thresholds, lr);
    }
}
