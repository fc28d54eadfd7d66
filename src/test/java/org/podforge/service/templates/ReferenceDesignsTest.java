package org.podforge.service.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.podforge.io.ProjectWriter;

/** The template files in docs/examples are what {@link ReferenceDesigns} builds (regenerate with its main). */
class ReferenceDesignsTest {
    @Test
    void filesAreCurrent() throws Exception {
        for (var e : ReferenceDesigns.designs().entrySet()) {
            assertEquals(ProjectWriter.toJson(e.getValue()), Files.readString(Path.of("docs/examples", e.getKey())),
                    "docs/examples/" + e.getKey() + " is stale: run ReferenceDesigns.main from the repository root");
        }
    }
}
