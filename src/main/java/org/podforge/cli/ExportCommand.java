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
import org.podforge.export.WorkbookExporter;
import org.podforge.export.netbox.NetBoxExporter;
import org.podforge.io.FileSet;
import org.podforge.io.LoadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podforge export FILE --xlsx OUT.xlsx [--csv DIR]}: the BOM workbook and CSV files. */
@Command(name = "export", description = "Write the BOM workbook (.xlsx) and/or the CSV files (BOM, cable schedule, "
        + "NVIDIA P2P layout) and the NetBox import set. Findings are included; exit 0 when written, 2 for bad input. "
        + "Files are written atomically: never half-written.")
public final class ExportCommand implements Callable<Integer> {
    /** Sub-directory of --csv DIR that holds the NetBox import set. */
    public static final String NETBOX_DIR = "netbox";

    @Mixin
    ProjectInput input;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "write the workbook here")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "DIR", description = "write bom.csv, cable-schedule.csv and cable-schedule-p2p.csv into DIR, and the NetBox "
            + "import set (01-sites.csv .. 08-cables.csv) into DIR/netbox")
    Path csvDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (xlsx == null && csvDir == null) {
            err.println("podforge export: nothing to write; give --xlsx OUT.xlsx and/or --csv DIR");
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
            DesignReport report = DesignReport.of(lr.project(), catalog, prices);
            // the CSV files first: they have no row limit and hold everything, whatever happens to the workbook
            if (csvDir != null) {
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
                out.println("wrote " + xlsx);
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
