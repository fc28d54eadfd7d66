package org.podforge.bom;

import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;

/** Something that validates a project for an export (the rules engine, through {@link Standard#validator()}). */
@FunctionalInterface
public interface Validator {
    ValidationStatus validate(Project project, Catalog catalog, PriceBook prices);

    /** A validator that never runs, saying why. */
    static Validator unavailable(String why) {
        return (p, c, b) -> ValidationStatus.notRun(why);
    }
}
