package org.podforge.app.inspector;

import java.util.List;

/**
 * One row of the inspector: a labelled value, how it is edited and, for choices, the allowed values.
 * Immutable; the inspector ViewModel rebuilds rows after every change.
 */
public record PropertyRow(String key, String category, String label, Kind kind, String value, List<String> choices,
                          String help) {

    /** How a row is edited. */
    public enum Kind { TEXT, INTEGER, NUMBER, CHOICE, READ_ONLY }

    public PropertyRow {
        value = value == null ? "" : value;
        choices = choices == null ? List.of() : List.copyOf(choices);
        help = help == null ? "" : help;
    }

    public boolean editable() {
        return kind != Kind.READ_ONLY;
    }

    static PropertyRow readOnly(String key, String category, String label, Object value) {
        return new PropertyRow(key, category, label, Kind.READ_ONLY, value == null ? "" : String.valueOf(value), List.of(), "");
    }
}
