package org.podforge.bom;

import org.podforge.catalog.Catalog;
import org.podforge.model.Project;

/**
 * The link facts and validator exports use. One place to wire the geometry and rules packages.
 */
public final class Standard {
    private Standard() {
    }

    /** Link lengths and negotiated generations for the cable schedule. */
    public static LinkFacts linkFacts(Project project, Catalog catalog) {
        return LinkFacts.nominal(project, catalog);
    }

    /** The validator whose findings and status go into exports. */
    public static Validator validator() {
        return Validator.unavailable("the rules engine is not part of this build yet");
    }
}
