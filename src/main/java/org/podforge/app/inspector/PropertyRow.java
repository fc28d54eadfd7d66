package org.podforge.app.inspector;

import java.util.List;
import java.util.Map;

/**
 * One row of the inspector: a labelled value, how it is edited and, for choices, the allowed values.
 * Immutable; the inspector ViewModel rebuilds rows after every change. {@code display} gives the words a
 * choice is shown with ("Passive copper, external (DAC)" for {@code COPPER_EXTERNAL}, "part number ·
 * name" for a part); the values themselves stay the stable keys that {@link InspectorViewModel#apply} takes.
 */
public record PropertyRow(String key, String category, String label, Kind kind, String value, List<String> choices,
                          String help, Map<String, String> display) {

    /** How a row is edited. */
    public enum Kind { TEXT, INTEGER, NUMBER, CHOICE, READ_ONLY }

    public PropertyRow {
        value = value == null ? "" : value;
        choices = choices == null ? List.of() : List.copyOf(choices);
        help = help == null ? "" : help;
        display = display == null ? Map.of() : Map.copyOf(display);
    }

    public PropertyRow(String key, String category, String label, Kind kind, String value, List<String> choices, String help) {
        this(key, category, label, kind, value, choices, help, Map.of());
    }

    public boolean editable() {
        return kind != Kind.READ_ONLY;
    }

    /** How a value (of this row's choices) is shown. */
    public String shown(String v) {
        return v == null ? "" : display.getOrDefault(v, v);
    }

    static PropertyRow readOnly(String key, String category, String label, Object value) {
        return new PropertyRow(key, category, label, Kind.READ_ONLY, value == null ? "" : String.valueOf(value), List.of(), "");
    }
}
