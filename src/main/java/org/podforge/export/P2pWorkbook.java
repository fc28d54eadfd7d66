package org.podforge.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podforge.bom.CableEnd;
import org.podforge.bom.PortLegs;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.io.AtomicFiles;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Port;
import org.podforge.model.Protocol;

/**
 * The P2P file of NVIDIA's UFM Cable Validation Tool: "an Excel file that details the physical link
 * connections within the fabric", possibly several sheets, each with the columns of NVIDIA's sample
 * sheet, {@code Rack, U, Name, HCA/Port} for the A side and {@code Rack, U, Name, Port} for the Z side
 * (docs.nvidia.com/networking/display/cablevalidationtool150/p2p+file). Only the links that tool can
 * check are written: InfiniBand and Ethernet links (PCIe, CXL, NVLink and UALink cables are not in its
 * fabric). One sheet per fabric. Ports are numbers, as the tool expects: a host's HCA port is its
 * 1-based index among the host's InfiniBand/Ethernet ports (1 is mlx5_0 P1, 2 is mlx5_1 P1, NVIDIA's
 * default HCA mapping); a switch port is its number ({@code port-17} is 17), written as a split port
 * ({@code 17/2}) when the port carries several cables. The host end is the A side.
 */
public final class P2pWorkbook {
    public static final List<String> COLUMNS = List.of("Rack", "U", "Name", "HCA/Port", "Rack", "U", "Name", "Port");
    static final String INFINIBAND = "InfiniBand";
    static final String ETHERNET = "Ethernet";
    static final String EITHER = "InfiniBand or Ethernet";

    /** What was written: rows per sheet, and the cables left out because the tool cannot check them. */
    public record Result(Map<String, Integer> rowsBySheet, long leftOut) {
    }

    private P2pWorkbook() {
    }

    /** One row of a sheet. */
    record P2pRow(String sheet, List<String> cells) {
    }

    public static Result write(DesignReport report, Catalog catalog, Path out) throws IOException {
        return write(report, catalog, out, SheetParts.EXCEL_DATA_ROWS);
    }

    /**
     * @param rowsPerSheet data rows per sheet before it continues on "InfiniBand (2)", ...: Excel's limit, smaller
     *                     only in tests
     */
    static Result write(DesignReport report, Catalog catalog, Path out, int rowsPerSheet) throws IOException {
        Plan plan = Plan.of(report, catalog);
        Map<String, Integer> counts = new LinkedHashMap<>();
        AtomicFiles.write(out, os -> {
            List<String> names = new ArrayList<>();
            for (String name : SHEETS) {
                if (plan.rows(name) > 0) {
                    names.add(name);
                }
            }
            if (names.isEmpty()) {
                names.add(INFINIBAND); // the tool needs a sheet; the header says the layout
            }
            SheetPrint print = new SheetPrint(report.project().name(), java.time.LocalDate.now());
            XlsxPackage pkg = new XlsxPackage("USD", print, new DocumentProperties(report.project().name(),
                    "NVIDIA cable validation P2P", java.time.Instant.now()));
            for (String name : names) {
                long rows = plan.rows(name);
                int parts = SheetParts.count(rows, rowsPerSheet);
                for (int i = 0; i < parts; i++) {
                    long from = (long) i * rowsPerSheet;
                    long to = Math.min(rows, from + rowsPerSheet);
                    pkg.add(XlsxStreamedSheet.plain(SheetParts.name(name, i + 1), COLUMNS, WIDTHS, to - from,
                            sink -> plan.emit(name, from, to, sink)));
                }
                counts.put(name, (int) rows);
            }
            pkg.write(os);
        });
        return new Result(counts, plan.leftOut);
    }

    static final List<String> SHEETS = List.of(INFINIBAND, ETHERNET, EITHER);
    private static final int[] WIDTHS = {14, 5, 24, 9, 14, 5, 24, 9};

    /**
     * The checkable cables, counted per sheet, with the legs of their ports ({@link PortLegs}): rows are made as a
     * sheet is written, one cable at a time, so the per-copy list of a large cluster is never held.
     */
    private static final class Plan {
        private final DesignReport report;
        private final Catalog catalog;
        private final PortLegs legs;
        private final long[] rows = new long[SHEETS.size()];
        private long leftOut;
        private final Map<String, Map<String, Integer>> hcaNumbers = new HashMap<>();

        private Plan(DesignReport report, Catalog catalog) {
            this.report = report;
            this.catalog = catalog;
            this.legs = PortLegs.of(report.cables(), (r, copies) -> {
                Set<Protocol> f = fabric(catalog, r.a(), r.z());
                if (f.isEmpty()) {
                    leftOut += copies;
                    return false;
                }
                rows[SHEETS.indexOf(sheet(f))] += copies;
                return true;
            });
        }

        static Plan of(DesignReport report, Catalog catalog) {
            return new Plan(report, catalog);
        }

        long rows(String sheet) {
            return rows[SHEETS.indexOf(sheet)];
        }

        /** Rows {@code [from, to)} of a sheet, in schedule order. */
        <E extends Exception> void emit(String sheet, long from, long to, CsvExporter.CellSink<E> sink) throws E {
            long[] at = {0};
            legs.walk((c, ea, ez) -> {
                if (at[0] >= to || !sheet(fabric(catalog, c.run().a(), c.run().z())).equals(sheet)) {
                    return;
                }
                if (at[0]++ < from) {
                    return;
                }
                PortLegs.End a = ea;
                PortLegs.End z = ez;
                if (isSwitch(catalog, a.end()) && !isSwitch(catalog, z.end())) { // the host is the A side
                    a = ez;
                    z = ea;
                }
                for (PortLegs.End e : List.of(a, z)) {
                    cell(sink, c.rackName(e.end()));
                    cell(sink, e.end().u() == null ? "" : e.end().u().toString());
                    cell(sink, c.deviceName(e.end()));
                    cell(sink, port(e));
                }
                sink.endRow();
            });
        }

        private String port(PortLegs.End pe) {
            CableEnd e = pe.end();
            if (isSwitch(catalog, e)) {
                Matcher m = TRAILING_NUMBER.matcher(e.port());
                String n = m.find() ? m.group(1) : e.port();
                return pe.legs() > 1 ? n + "/" + (pe.leg() + 1) : n;
            }
            Map<String, Integer> numbers = hcaNumbers.computeIfAbsent(e.chassisId(), id -> hcaPorts(report, catalog, id));
            Integer n = numbers.get(e.componentId() + ":" + e.port());
            return n == null ? e.componentId() + ":" + e.port() : n.toString();
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    /** Numbers as numbers, as in NVIDIA's sample; any other text as text. */
    private static <E extends Exception> void cell(CsvExporter.CellSink<E> sink, String v) throws E {
        if (NUMBER.matcher(v).matches()) {
            sink.number(Long.parseLong(v));
        } else if (v.isEmpty()) {
            sink.empty();
        } else {
            sink.text(v);
        }
    }

    private static String sheet(Set<Protocol> fabric) {
        return fabric.size() == 2 ? EITHER : fabric.contains(Protocol.INFINIBAND) ? INFINIBAND : ETHERNET;
    }

    /** Fills {@code out} with the checkable links (a small design's rows, for tests); returns how many physical cables were left out. */
    static long rows(DesignReport report, Catalog catalog, List<P2pRow> out) {
        Plan plan = Plan.of(report, catalog);
        for (String sheet : SHEETS) {
            List<String> cells = new ArrayList<>();
            plan.emit(sheet, 0, Long.MAX_VALUE, new CsvExporter.CellSink<RuntimeException>() {
                @Override
                public void text(String v) {
                    cells.add(v);
                }

                @Override
                public void number(double v) {
                    cells.add(Long.toString((long) v));
                }

                @Override
                public void empty() {
                    cells.add("");
                }

                @Override
                public void endRow() {
                    out.add(new P2pRow(sheet, List.copyOf(cells)));
                    cells.clear();
                }
            });
        }
        return plan.leftOut;
    }

    /** The fabric protocols both ends' ports speak (InfiniBand and/or Ethernet), empty when the tool cannot check it. */
    static Set<Protocol> fabric(Catalog catalog, CableEnd a, CableEnd z) {
        Set<Protocol> s = EnumSet.of(Protocol.INFINIBAND, Protocol.ETHERNET);
        s.retainAll(protocols(catalog, a));
        s.retainAll(protocols(catalog, z));
        return s;
    }

    private static Set<Protocol> protocols(Catalog catalog, CableEnd e) {
        return catalog.find(e.componentPart()).flatMap(p -> p.port(e.port())).map(p -> (Set<Protocol>) p.spec().protocols())
                .orElse(Set.of());
    }

    static boolean isSwitch(Catalog catalog, CableEnd e) {
        return catalog.find(e.componentPart()).map(Part::family)
                .map(f -> f == Family.NETWORK_SWITCH || f == Family.SCALEUP_SWITCH).orElse(false);
    }

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

    /** A host's InfiniBand/Ethernet ports in component order, numbered from 1 (NVIDIA's default mlx5_N mapping). */
    static Map<String, Integer> hcaPorts(DesignReport report, Catalog catalog, String chassisId) {
        Map<String, Integer> out = new HashMap<>();
        Optional<Chassis> ch = report.project().chassis(chassisId);
        int n = 0;
        for (Component comp : ch.map(Chassis::components).orElse(List.of())) {
            Optional<Part> part = catalog.find(comp.partNumber());
            if (part.isEmpty()) {
                continue;
            }
            for (Port p : part.get().ports()) {
                if (p.spec().speaks(Protocol.INFINIBAND) || p.spec().speaks(Protocol.ETHERNET)) {
                    out.put(comp.id() + ":" + p.name(), ++n);
                }
            }
        }
        return out;
    }
}
