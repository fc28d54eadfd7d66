package org.podforge.export;

import org.podforge.io.AtomicFiles;
import org.podforge.io.FileSet;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.podforge.bom.Bom;
import org.podforge.bom.BomLine;
import org.podforge.bom.CableEnd;
import org.podforge.bom.CableRun;
import org.podforge.bom.CableSchedule;
import org.podforge.bom.DesignReport;

/**
 * CSV exports (UTF-8, RFC 4180, see {@link Csv}): the BOM and the cable schedule (NVIDIA's P2P file is
 * the workbook {@link P2pWorkbook}). Each file is written atomically. The NetBox import set
 * (cables included) is {@link org.podforge.export.netbox.NetBoxExporter}. docs/export.md describes the
 * columns.
 */
public final class CsvExporter {
    public static final String BOM_FILE = "bom.csv";
    public static final String CABLES_FILE = "cable-schedule.csv";

    /** BOM columns (workbook sheet and CSV): a line number, the design's columns, then the procurement columns. */
    public static final List<String> BOM_COLUMNS = java.util.stream.Stream.concat(Stream.of("Line", "Pod", "Part number",
            "Description", "Family", "Vendor", "Product line", "Connectivity silicon", "Qty per pod", "Pods", "Total qty",
            "Unit price", "Extended cost", "Currency", "Price estimate", "Unit power (W)", "Status"),
            Procurement.COLUMNS.stream()).toList();

    /** Cable schedule columns (workbook sheet and CSV): one row per physical cable. */
    public static final List<String> CABLE_COLUMNS = List.of("Cable", "A rack", "A U", "A chassis", "A component", "A port",
            "Z rack", "Z U", "Z chassis", "Z component", "Z port", "Medium or cable part", "Transceiver", "Length (m)", "Lanes",
            "Generation");


    public static final String UNPRICED = "unpriced";

    private CsvExporter() {
    }

    /**
     * Writes the two files into {@code dir} (created if needed) as one set with its manifest
     * ({@link FileSet}); returns their paths.
     */
    public static List<Path> exportAll(DesignReport report, Path dir) throws IOException {
        try (FileSet set = new FileSet(dir)) {
            List<Path> out = exportAll(report, dir, set);
            set.commit();
            return out;
        }
    }

    /** Adds the two files in {@code dir} to a set that the caller commits (with other files of the same export). */
    public static List<Path> exportAll(DesignReport report, Path dir, FileSet set) throws IOException {
        List<Path> out = new ArrayList<>();
        out.add(set.add(dir.resolve(BOM_FILE), utf8(w -> writeBom(report.bom(), w))));
        out.add(set.add(dir.resolve(CABLES_FILE), utf8(w -> writeCables(report.cables(), w))));
        return out;
    }

    private static AtomicFiles.Body utf8(WriterBody body) {
        return os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            body.write(w);
            w.flush();
        };
    }

    interface WriterBody {
        void write(Writer w) throws IOException;
    }

    static Path write(Path file, WriterBody body) throws IOException {
        AtomicFiles.write(file, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            body.write(w);
            w.flush();
        });
        return file;
    }

    public static void writeBom(Bom bom, Writer w) throws IOException {
        Csv.row(w, BOM_COLUMNS);
        int no = 1;
        for (BomLine l : bom.lines()) {
            Csv.row(w, bomRow(no++, l, bom.priceBook()));
        }
    }

    static List<String> bomRow(int no, BomLine l, org.podforge.catalog.PriceBook book) {
        org.podforge.catalog.PriceBook.Terms t = Procurement.terms(book, l);
        List<String> out = new ArrayList<>(BOM_COLUMNS.size());
        out.add(Integer.toString(no));
        out.addAll(designRow(l));
        out.addAll(List.of(Procurement.unit(t), t.leadTimeDays() == null ? "" : t.leadTimeDays().toString(),
                t.moq() == null ? "" : t.moq().toString(), t.breaksText(), Csv.number(t.sparesPercent()),
                t.sparesPercent() == null ? "" : Long.toString(Procurement.spares(l.totalQty(), t)),
                Long.toString(Procurement.orderQty(l.totalQty(), t))));
        return out;
    }

    private static List<String> designRow(BomLine l) {
        return List.of(SafeText.name(l.podId()), SafeText.name(l.partNumber()), l.description(), l.familyLabel(),
                SafeText.name(l.vendor()), SafeText.name(l.productLine()),
                l.isConnectivitySilicon() ? "Yes" : "No", Csv.number(l.qtyPerPod()), Csv.number(l.pods()),
                Csv.number(l.totalQty()), l.isPriced() ? Csv.number(l.unitPrice()) : UNPRICED,
                l.isPriced() ? Csv.number(l.extendedCost()) : UNPRICED, l.currency(),
                l.isPriced() ? (l.priceEstimate() ? "estimate" : "quoted") : "", Csv.number(l.unitPowerW()), l.statusLabel());
    }

    public static void writeCables(CableSchedule s, Writer w) throws IOException {
        Csv.row(w, CABLE_COLUMNS);
        StringBuilder sb = new StringBuilder(256);
        CellSink<IOException> sink = new CellSink<>() {
            boolean first = true;

            private void sep() {
                if (!first) {
                    sb.append(',');
                }
                first = false;
            }

            @Override
            public void text(String v) {
                sep();
                sb.append(Csv.field(v));
            }

            @Override
            public void number(double v) {
                sep();
                sb.append(Csv.number(v));
            }

            @Override
            public void empty() {
                sep();
            }

            @Override
            public void endRow() throws IOException {
                sb.append("\r\n");
                w.append(sb);
                sb.setLength(0);
                first = true;
            }
        };
        s.forEachCable(c -> emitCable(c, sink));
    }

    /** Receives the cells of one row of the cable schedule, left to right. */
    public interface CellSink<E extends Exception> {
        void text(String v) throws E;

        void number(double v) throws E;

        void empty() throws E;

        void endRow() throws E;
    }

    /** The cells of one cable, in {@link #CABLE_COLUMNS} order. */
    public static <E extends Exception> void emitCable(CableSchedule.Cable c, CellSink<E> sink) throws E {
        CableRun r = c.run();
        sink.text(SafeText.name(c.label()));
        end(sink, c, r.a());
        end(sink, c, r.z());
        sink.text(SafeText.name(r.mediumOrPart()));
        if (r.transceiverPart() != null) {
            sink.text(SafeText.name(r.transceiverPart()));
        } else {
            sink.empty();
        }
        if (r.hasLength()) {
            sink.number(r.lengthM());
        } else {
            sink.empty();
        }
        sink.number(r.lanes());
        if (r.generation() != null) {
            sink.text("Gen" + r.generation());
        } else {
            sink.empty();
        }
        sink.endRow();
    }

    private static <E extends Exception> void end(CellSink<E> sink, CableSchedule.Cable c, CableEnd e) throws E {
        sink.text(SafeText.name(c.rackName(e)));
        if (e.u() != null) {
            sink.number(e.u());
        } else {
            sink.empty();
        }
        sink.text(SafeText.name(e.chassis()));
        sink.text(SafeText.name(e.component()));
        sink.text(SafeText.name(e.port()));
    }
}
