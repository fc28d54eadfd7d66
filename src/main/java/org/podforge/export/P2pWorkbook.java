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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podforge.bom.CableEnd;
import org.podforge.bom.CableSchedule;
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
        List<P2pRow> rows = new ArrayList<>();
        long leftOut = rows(report, catalog, rows);
        Map<String, Integer> counts = new LinkedHashMap<>();
        AtomicFiles.write(out, os -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                WorkbookExporter.Styles st = new WorkbookExporter.Styles(wb);
                Map<String, XSSFSheet> sheets = new LinkedHashMap<>();
                for (String name : List.of(INFINIBAND, ETHERNET, EITHER)) {
                    if (rows.stream().anyMatch(r -> r.sheet().equals(name))) {
                        sheets.put(name, wb.createSheet(name));
                    }
                }
                if (sheets.isEmpty()) {
                    sheets.put(INFINIBAND, wb.createSheet(INFINIBAND)); // the tool needs a sheet; the header says the layout
                }
                SheetPrint print = new SheetPrint(report.project().name(), java.time.LocalDate.now());
                for (Map.Entry<String, XSSFSheet> e : sheets.entrySet()) {
                    XSSFSheet s = e.getValue();
                    Row h = s.createRow(0);
                    for (int c = 0; c < COLUMNS.size(); c++) {
                        h.createCell(c).setCellValue(COLUMNS.get(c));
                        h.getCell(c).setCellStyle(st.header);
                    }
                    int n = 1;
                    for (P2pRow r : rows) {
                        if (r.sheet().equals(e.getKey())) {
                            Row x = s.createRow(n++);
                            for (int c = 0; c < r.cells().size(); c++) {
                                String v = r.cells().get(c);
                                if (v.matches("\\d{1,9}")) {
                                    x.createCell(c).setCellValue(Long.parseLong(v)); // numbers as numbers, as in NVIDIA's sample
                                } else {
                                    x.createCell(c).setCellValue(SafeText.cell(v));
                                }
                            }
                        }
                    }
                    counts.put(e.getKey(), n - 1);
                    s.createFreezePane(0, 1);
                    s.setAutoFilter(new CellRangeAddress(0, Math.max(1, n - 1), 0, COLUMNS.size() - 1));
                    int[] widths = {14, 5, 24, 9, 14, 5, 24, 9};
                    for (int c = 0; c < widths.length; c++) {
                        s.setColumnWidth(c, widths[c] * 256);
                    }
                    print.apply(s, 1);
                }
                DocumentProperties.set(wb, report.project().name(), "NVIDIA cable validation P2P");
                wb.write(os);
            }
        });
        return new Result(counts, leftOut);
    }

    /** Fills {@code out} with the checkable links; returns how many physical cables were left out. */
    static long rows(DesignReport report, Catalog catalog, List<P2pRow> out) {
        Map<String, Map<String, Integer>> hcaNumbers = new HashMap<>();
        Map<String, List<String>> cablesOnSwitchPort = new LinkedHashMap<>();
        List<Object[]> kept = new ArrayList<>();
        long[] leftOut = {0};
        report.cables().forEachCable(c -> {
            Set<Protocol> fabric = fabric(catalog, c.run().a(), c.run().z());
            if (fabric.isEmpty()) {
                leftOut[0]++;
                return;
            }
            CableEnd a = c.run().a();
            CableEnd z = c.run().z();
            if (isSwitch(catalog, a) && !isSwitch(catalog, z)) { // the host is the A side
                CableEnd t = a;
                a = z;
                z = t;
            }
            for (CableEnd e : List.of(a, z)) {
                if (isSwitch(catalog, e)) {
                    cablesOnSwitchPort.computeIfAbsent(c.deviceName(e) + "\u0000" + e.componentId() + ":" + e.port(),
                            k -> new ArrayList<>()).add(c.label());
                }
            }
            kept.add(new Object[] {c, a, z, fabric});
        });
        for (Object[] k : kept) {
            CableSchedule.Cable c = (CableSchedule.Cable) k[0];
            CableEnd a = (CableEnd) k[1];
            CableEnd z = (CableEnd) k[2];
            @SuppressWarnings("unchecked")
            Set<Protocol> fabric = (Set<Protocol>) k[3];
            String sheet = fabric.size() == 2 ? EITHER : fabric.contains(Protocol.INFINIBAND) ? INFINIBAND : ETHERNET;
            out.add(new P2pRow(sheet, List.of(c.rackName(a), a.u() == null ? "" : a.u().toString(), c.deviceName(a),
                    port(report, catalog, c, a, hcaNumbers, cablesOnSwitchPort), c.rackName(z),
                    z.u() == null ? "" : z.u().toString(), c.deviceName(z), port(report, catalog, c, z, hcaNumbers, cablesOnSwitchPort))));
        }
        return leftOut[0];
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

    private static String port(DesignReport report, Catalog catalog, CableSchedule.Cable c, CableEnd e,
                               Map<String, Map<String, Integer>> hcaNumbers, Map<String, List<String>> onSwitchPort) {
        if (isSwitch(catalog, e)) {
            Matcher m = TRAILING_NUMBER.matcher(e.port());
            String n = m.find() ? m.group(1) : e.port();
            List<String> cables = onSwitchPort.get(c.deviceName(e) + "\u0000" + e.componentId() + ":" + e.port());
            return cables.size() > 1 ? n + "/" + (cables.indexOf(c.label()) + 1) : n;
        }
        Map<String, Integer> numbers = hcaNumbers.computeIfAbsent(e.chassisId(), id -> hcaPorts(report, catalog, id));
        Integer n = numbers.get(e.componentId() + ":" + e.port());
        return n == null ? e.componentId() + ":" + e.port() : n.toString();
    }

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
