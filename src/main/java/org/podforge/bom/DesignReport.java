package org.podforge.bom;

import java.util.Objects;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.power.PowerModel;
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
        // one power model for the BOM and the rules: each rack's figure is worked out once
        PowerModel power = PowerModel.remembering(project, catalog, thresholds);
        return of(project, catalog, prices, Standard.linkFacts(project, catalog, thresholds), Standard.validator(thresholds, power), power);
    }

    public static DesignReport of(Project project, Catalog catalog, PriceBook prices, LinkFacts facts, Validator validator) {
        return of(project, catalog, prices, facts, validator, new PowerModel(project, catalog, Thresholds.builtIn()));
    }

    private static DesignReport of(Project project, Catalog catalog, PriceBook prices, LinkFacts facts, Validator validator,
                                   PowerModel power) {
        long t = System.nanoTime();
        Bom bom = Bom.of(project, catalog, prices, power);
        t = trace("BOM", t);
        CableSchedule cables = CableSchedule.of(project, facts, catalog);
        t = trace("cable schedule", t);
        ValidationStatus status;
        try {
            status = validator.validate(project, catalog, prices);
        } catch (RuntimeException e) {
            status = ValidationStatus.notRun("validation failed: " + e);
        }
        trace("validation", t);
        return new DesignReport(project, bom, cables, status);
    }

    /** With {@code -Dpodforge.export.trace=true}, prints how long a phase took; returns now. */
    private static long trace(String what, long since) {
        long now = System.nanoTime();
        if (Boolean.getBoolean("podforge.export.trace")) {
            System.out.printf("  report %s: %.2f s%n", what, (now - since) / 1e9);
        }
        return now;
    }
}
