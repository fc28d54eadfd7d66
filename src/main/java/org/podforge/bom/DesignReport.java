package org.podforge.bom;

import java.util.Objects;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.rules.Thresholds;

/**
 * Everything an export needs about one design: the BOM, the cable schedule and the validation status.
 * {@link #of(Project, Catalog, PriceBook)} wires the standard link facts and validator, so the UI, the
 * CLI and the benchmark export the same thing.
 */
public record DesignReport(Project project, Bom bom, CableSchedule cables, ValidationStatus validation) {
    public DesignReport {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(bom, "bom");
        Objects.requireNonNull(cables, "cables");
        Objects.requireNonNull(validation, "validation");
    }

    /** The report with the standard link facts and validator and the built-in thresholds. */
    public static DesignReport of(Project project, Catalog catalog, PriceBook prices) {
        return of(project, catalog, prices, Thresholds.builtIn());
    }

    /**
     * The report with the standard link facts and validator, all three (power, lengths, findings) from the same
     * {@code thresholds}: the CLI passes those of its {@code --catalog} directory.
     */
    public static DesignReport of(Project project, Catalog catalog, PriceBook prices, Thresholds thresholds) {
        return of(project, catalog, prices, Standard.linkFacts(project, catalog, thresholds), Standard.validator(thresholds), thresholds);
    }

    public static DesignReport of(Project project, Catalog catalog, PriceBook prices, LinkFacts facts, Validator validator) {
        return of(project, catalog, prices, facts, validator, Thresholds.builtIn());
    }

    private static DesignReport of(Project project, Catalog catalog, PriceBook prices, LinkFacts facts, Validator validator,
                                   Thresholds thresholds) {
        Bom bom = Bom.of(project, catalog, prices, thresholds);
        CableSchedule cables = CableSchedule.of(project, facts, catalog);
        ValidationStatus status;
        try {
            status = validator.validate(project, catalog, prices);
        } catch (RuntimeException e) {
            status = ValidationStatus.notRun("validation failed: " + e);
        }
        return new DesignReport(project, bom, cables, status);
    }
}
