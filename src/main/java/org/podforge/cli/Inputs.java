package org.podforge.cli;

import java.nio.file.Path;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogException;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.UserCatalog;
import org.podforge.service.AppDirs;
import org.podforge.catalog.PriceBook;
import org.podforge.catalog.RuleDataLoader;
import org.podforge.rules.Thresholds;
import java.util.List;
import org.podforge.io.InputFiles;
import org.podforge.io.LoadResult;
import org.podforge.io.ProjectFileException;
import org.podforge.io.ProjectReader;

/** Shared input handling for commands: catalog, price book and project file, with clear failures. */
public final class Inputs {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Inputs.class);
    private Inputs() {
    }

    /** Thrown for bad input; the CLI prints the message and exits 2. */
    public static final class BadInput extends RuntimeException {
        public BadInput(String message) {
            super(message);
        }
    }

    /**
     * The catalog (built-in, or {@code catalogDir}) plus the user catalog (AppDirs: imported NetBox device types
     * and other part files). A broken user-catalog file is left out with a warning on stderr.
     */
    public static Catalog catalog(Path catalogDir) {
        Catalog base = baseCatalog(catalogDir);
        UserCatalog.Loaded user = UserCatalog.extend(base, AppDirs.standard().userCatalogDir());
        user.problems().forEach(p -> LOG.warn("user catalog: {}", p));
        return user.catalog();
    }

    /** The catalog without the user catalog. */
    public static Catalog baseCatalog(Path catalogDir) {
        try {
            return catalogDir == null ? CatalogLoader.builtIn() : CatalogLoader.load(catalogDir);
        } catch (CatalogException e) {
            throw new BadInput(e.getMessage());
        }
    }

    /**
     * The thresholds that go with a catalog: the rule data of {@code catalogDir} when it has any, else the built-in
     * ones. Every command that reads a catalog uses this, so validate, bom, export and compare judge, cost and
     * measure a design the same way.
     */
    public static Thresholds thresholds(Path catalogDir) {
        if (catalogDir == null) {
            return Thresholds.builtIn();
        }
        try {
            List<RuleDataLoader.Entry> entries = RuleDataLoader.load(catalogDir);
            return entries.isEmpty() ? Thresholds.builtIn() : Thresholds.of(entries);
        } catch (CatalogException e) {
            throw new BadInput(e.getMessage());
        }
    }

    /** A price book lists parts and prices: 64 MB is far beyond any real one. */
    static final long PRICE_BOOK_MAX_BYTES = 64L << 20;

    public static PriceBook priceBook(Path file) {
        try {
            if (file != null) {
                InputFiles.problem(file, PRICE_BOOK_MAX_BYTES).ifPresent(p -> {
                    throw new BadInput(p);
                });
            }
            return file == null ? CatalogLoader.builtInPrices() : org.podforge.export.PriceBookFiles.load(file);
        } catch (CatalogException e) {
            throw new BadInput(e.getMessage());
        }
    }

    public static LoadResult project(Path file, Catalog catalog) {
        try {
            return new ProjectReader(catalog).read(file);
        } catch (ProjectFileException e) {
            throw new BadInput(e.getMessage());
        }
    }
}
