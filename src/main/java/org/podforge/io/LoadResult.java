package org.podforge.io;

import java.util.List;
import java.util.Set;
import org.podforge.model.Project;

/**
 * A project read from a file, with warnings about what loaded but needs attention (parts the catalog
 * does not know, a migrated schema). Nothing in the file was dropped.
 */
public record LoadResult(Project project, List<String> warnings, Set<String> unknownParts, int fileSchemaVersion) {
    public LoadResult {
        warnings = List.copyOf(warnings);
        unknownParts = Set.copyOf(unknownParts);
    }

    public boolean migrated() {
        return fileSchemaVersion < ProjectFormat.CURRENT_SCHEMA;
    }
}
