package org.podforge.export;

import java.util.List;
import org.podforge.bom.CableScheduleRows;

/**
 * The workbook's Cable schedule sheet, multiplied (decision 0019): one row per cable of each pod design with the
 * copies it stands for, each hand-made fabric link, and each wiring pattern's cables grouped by the racks they join,
 * with their count, longest and shortest length. The rows come from {@link CableScheduleRows}; the per-copy list is
 * {@code cable-schedule.csv} ({@link CsvExporter#CABLE_COLUMNS}). docs/export.md describes the columns.
 */
final class CableScheduleSheet {
    static final List<String> COLUMNS = List.of("Cable", "Pod", "Copies", "A rack", "A U", "A chassis", "A component", "A port",
            "Z rack", "Z U", "Z chassis", "Z component", "Z port", "Medium or cable part", "Transceiver", "Length (m)", "Shortest (m)",
            "Lanes", "Generation");
    static final int[] WIDTHS = {26, 12, 9, 10, 5, 16, 14, 10, 10, 5, 16, 14, 10, 30, 24, 10, 10, 6, 10};
    /** Number columns shown with decimals. */
    static final List<String> DECIMAL = List.of("Length (m)", "Shortest (m)");
    /** Text columns whose values repeat from row to row (written once in the shared strings). */
    static final List<String> SHARED = List.of("Pod", "A rack", "A chassis", "A component", "A port", "Z rack", "Z chassis",
            "Z component", "Z port", "Medium or cable part", "Transceiver", "Generation");

    private CableScheduleSheet() {
    }

    /** The cells of one row, in {@link #COLUMNS} order. */
    static <E extends Exception> void emit(CableScheduleRows.Row r, CsvExporter.CellSink<E> sink) throws E {
        sink.text(SafeText.name(r.cable()));
        sink.text(SafeText.name(r.podId()));
        sink.number(r.copies());
        end(sink, r.aRack(), r.aU(), r.aChassis(), r.aComponent(), r.aPort());
        end(sink, r.zRack(), r.zU(), r.zChassis(), r.zComponent(), r.zPort());
        sink.text(SafeText.name(r.mediumOrPart()));
        text(sink, r.transceiver());
        if (r.hasLength()) {
            sink.number(r.longestM());
            sink.number(r.shortestM());
        } else {
            sink.empty();
            sink.empty();
        }
        sink.number(r.lanes());
        text(sink, r.generation() == null ? null : "Gen" + r.generation());
        sink.endRow();
    }

    private static <E extends Exception> void end(CsvExporter.CellSink<E> sink, String rack, Integer u, String chassis,
                                                  String component, String port) throws E {
        sink.text(SafeText.name(rack));
        if (u != null) {
            sink.number(u);
        } else {
            sink.empty();
        }
        sink.text(SafeText.name(chassis));
        sink.text(SafeText.name(component));
        sink.text(SafeText.name(port));
    }

    private static <E extends Exception> void text(CsvExporter.CellSink<E> sink, String v) throws E {
        if (v == null) {
            sink.empty();
        } else {
            sink.text(SafeText.name(v));
        }
    }
}
