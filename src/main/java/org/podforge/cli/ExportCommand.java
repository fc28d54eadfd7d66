package org.podforge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.PriceBook;
import org.podforge.export.CsvExporter;
import org.podforge.export.P2pWorkbook;
import org.podforge.export.WorkbookExporter;
import org.podforge.export.netbox.NetBoxExporter;
import org.podforge.io.FileSet;
import org.podforge.io.LoadResult;
import org.podforge.model.Plural;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podforge export FILE [--xlsx OUT.xlsx] [--csv DIR] [--p2p OUT.xlsx]}: the BOM workbook, CSV files and NVIDIA P2P. */
@Command(name = "export", description = "Write the BOM workbook (.xlsx), the CSV files (BOM, cable schedule, "
        + "NetBox import set) and/or the P2P workbook of NVIDIA's cable validation tool. Findings are included; exit 0 when written, 2 for bad input. "
        + "Files are written atomically: never half-written.")
public final class ExportCommand implements Callable<Integer> {
    /** Sub-directory of --csv DIR that holds the NetBox import set. */
    public static final String NETBOX_DIR = "netbox";

    /** From this many physical cables the size of the per-copy CSV set is said before it is written. */
    static final long LARGE_PER_COPY = 1_000_000;
    /**
     * Bytes of the per-copy CSV files per cable (cable-schedule.csv 145, 07-interfaces.csv 243, 08-cables.csv 310),
     * measured on the generated 1,024-GPU cluster: an estimate for the notice, not a limit.
     */
    static final double CSV_BYTES_PER_CABLE = 700;

    @Mixin
    ProjectInput input;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "write the workbook here")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "DIR", description = "write bom.csv and cable-schedule.csv into DIR, and the NetBox "
            + "import set (01-sites.csv .. 08-cables.csv) into DIR/netbox")
    Path csvDir;

    @Option(names = "--p2p", paramLabel = "OUT.xlsx", description = "write the P2P workbook of NVIDIA's UFM Cable Validation "
            + "Tool here: the InfiniBand and Ethernet links, ports as numbers or split ports")
    Path p2p;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (xlsx == null && csvDir == null && p2p == null) {
            err.println("podforge export: nothing to write; give --xlsx OUT.xlsx, --csv DIR and/or --p2p OUT.xlsx");
            return PodForgeCli.BAD_INPUT;
        }
        if (p2p != null && !p2p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println("podforge export: --p2p " + p2p + ": NVIDIA's P2P file is an Excel workbook; the name must end in .xlsx");
            return PodForgeCli.BAD_INPUT;
        }
        if (xlsx != null && !xlsx.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println("podforge export: --xlsx " + xlsx + ": the workbook file name must end in .xlsx");
            return PodForgeCli.BAD_INPUT;
        }
        try {
            ProjectInput.Loaded in = input.load(err);
            Catalog catalog = in.catalog();
            PriceBook prices = in.prices();
            LoadResult lr = in.result();
            org.podforge.service.StartupTrace.mark("loaded");
            DesignReport report = DesignReport.of(lr.project(), catalog, prices, in.thresholds());
            org.podforge.service.StartupTrace.mark("report");
            // the CSV files first: they have no row limit and hold everything, whatever happens to the workbook
            if (csvDir != null) {
                long cables = report.cables().cableCount();
                if (cables >= LARGE_PER_COPY) {
                    err.printf(java.util.Locale.ROOT, "podforge export: the CSV set lists every physical cable of every copy: %,d cables "
                            + "(cable-schedule.csv and netbox/08-cables.csv one row each, netbox/07-interfaces.csv one row per port), "
                            + "about %.1f GB; the workbook's Cable schedule (--xlsx) is the same list multiplied, one row per cable "
                            + "of each pod design%n", cables, cables * CSV_BYTES_PER_CABLE / 1e9);
                }
                List<Path> files = new java.util.ArrayList<>();
                NetBoxExporter.Result netbox;
                try (FileSet set = new FileSet(csvDir)) {
                    files.addAll(CsvExporter.exportAll(report, csvDir, set));
                    netbox = NetBoxExporter.exportAll(report, catalog, csvDir.resolve(NETBOX_DIR), set);
                    files.addAll(netbox.files());
                    set.commit();
                }
                for (Path p : files) {
                    out.println("wrote " + p);
                }
                out.println("wrote " + csvDir.toAbsolutePath().resolve(FileSet.MANIFEST) + " (the set is complete; check with sha256sum -c)");
                for (String w : netbox.warnings()) {
                    err.println("podforge export: NetBox: " + w);
                }
            }
            if (xlsx != null) {
                WorkbookExporter.export(report, xlsx);
                org.podforge.service.StartupTrace.mark("workbook");
                out.println("wrote " + xlsx);
            }
            if (p2p != null) {
                P2pWorkbook.Result r = P2pWorkbook.write(report, catalog, p2p);
                out.println("wrote " + p2p + " " + r.rowsBySheet() + "; " + Plural.of(r.leftOut(), "cable")
                        + " left out: not InfiniBand or Ethernet, which the cable validation tool cannot check");
            }
            out.println("validation: " + report.validation().summary());
            return PodForgeCli.OK;
        } catch (Inputs.BadInput e) {
            err.println("podforge export: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        } catch (IOException e) {
            err.println("podforge export: cannot write " + (e.getMessage() == null ? e : e.getMessage())
                    + "; check that the directory exists and is writable (nothing was left half-written)");
            return PodForgeCli.BAD_INPUT;
        }
    }
}
