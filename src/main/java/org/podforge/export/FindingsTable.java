package org.podforge.export;

import java.util.List;
import org.podforge.bom.FindingRow;

/**
 * The findings as a table, the same in the workbook's Findings sheet and {@code podforge validate --format csv}: rule,
 * severity, where the finding stands (a pod design checked once for all its replicas, one replica, the scale-out
 * network or the design; decision 0019), how many copies it stands for, the message and the objects.
 */
public final class FindingsTable {
    public static final List<String> COLUMNS = List.of("Rule", "Severity", "Where", "Replicas", "Message", "Subjects");
    static final int[] WIDTHS = {20, 10, 26, 9, 110, 50};

    private FindingsTable() {
    }

    /** The cells of one finding, in {@link #COLUMNS} order. */
    public static <E extends Exception> void emit(FindingRow f, CsvExporter.CellSink<E> sink) throws E {
        sink.text(f.ruleId());
        sink.text(f.severity());
        sink.text(f.where());
        sink.number(f.replicas());
        sink.text(f.message());
        sink.text(String.join(", ", f.subjects()));
        sink.endRow();
    }

    /** The row as CSV fields (made safe by {@link Csv#row}). */
    public static List<String> fields(FindingRow f) {
        return List.of(f.ruleId(), f.severity(), f.where(), Integer.toString(f.replicas()), f.message(), String.join(", ", f.subjects()));
    }
}
