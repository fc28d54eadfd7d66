package org.podforge.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a catalog fact comes from: the fields it backs, a public URL, a note, and whether the value is
 * an estimate (analyst figure, inference or our own assumption) rather than a primary fact.
 */
public record SourceRef(List<String> fields, String url, String note, boolean estimate) {
    public SourceRef {
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
        note = note == null ? "" : note;
    }

    public boolean covers(String field) {
        return fields.contains(field);
    }
}
