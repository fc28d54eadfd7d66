package org.podforge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.podforge.bom.Bom;
import org.podforge.model.Plural;
import org.podforge.print.DesignPdf;
import org.podforge.print.PrintOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code podforge print FILE --pdf OUT.pdf [--racks A,B] [--per-page N] [--paper a4|letter|a3] [--sheets racks|topology|both]}: rack
 * elevations and/or the topology of their pods as PDF.
 */
@Command(name = "print", description = "Write the front rack elevations of the design as a PDF: each chassis at its U with its name, "
        + "part and contents, N racks a page, a legend and a title block on every page; with --sheets topology or both, also the "
        + "logical topology of the racks' pods, a landscape page per pod design. Exit 0 when written, 2 for bad input. "
        + "The file is written atomically: never half-written.")
public final class PrintCommand implements Callable<Integer> {
    @Mixin
    ProjectInput input;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", required = true, description = "write the PDF here")
    Path pdf;

    @Option(names = "--racks", paramLabel = "RACK", split = ",", description = "only these racks: rack ids or names, or pod ids or names "
            + "(all the pod's racks), separated by commas; default: every rack")
    List<String> racks = new ArrayList<>();

    @Option(names = "--per-page", paramLabel = "N", defaultValue = "2", description = "racks on each page, 1 to " + PrintOptions.MAX_PER_PAGE
            + " (default ${DEFAULT-VALUE}; 1 or 2 print portrait, more landscape)")
    int perPage;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", description = "paper size: a4, letter or a3 (default ${DEFAULT-VALUE})")
    String paper;

    @Option(names = "--sheets", paramLabel = "WHAT", defaultValue = "racks", description = "racks (front elevations), topology (one page "
            + "per pod design of the chosen racks, as the Topology tab draws it) or both (default ${DEFAULT-VALUE})")
    String sheets;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!pdf.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            err.println("podforge print: --pdf " + pdf + ": the file name must end in .pdf");
            return PodForgeCli.BAD_INPUT;
        }
        PrintOptions.Paper size;
        try {
            size = PrintOptions.Paper.valueOf(paper.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("podforge print: --paper " + paper + ": unknown paper size; give a4, letter or a3");
            return PodForgeCli.BAD_INPUT;
        }
        PrintOptions.Sheets what;
        try {
            what = PrintOptions.Sheets.valueOf(sheets.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("podforge print: --sheets " + sheets + ": give racks, topology or both");
            return PodForgeCli.BAD_INPUT;
        }
        if (perPage < 1 || perPage > PrintOptions.MAX_PER_PAGE) {
            err.println("podforge print: --per-page " + perPage + ": give 1 to " + PrintOptions.MAX_PER_PAGE + " racks a page");
            return PodForgeCli.BAD_INPUT;
        }
        try {
            ProjectInput.Loaded in = input.load(err);
            String version = PodForgeCli.class.getPackage().getImplementationVersion();
            PrintOptions o = new PrintOptions(racks, perPage, size, input.file.getFileName().toString(), LocalDate.now(), version, what);
            Bom bom = Bom.of(in.result().project(), in.catalog(), in.prices(), in.thresholds());
            DesignPdf.Result r = DesignPdf.write(in.result().project(), in.catalog(), bom, o, pdf);
            int n = r.racksByPage().stream().mapToInt(List::size).sum();
            out.println("wrote " + pdf + " (" + Plural.of(r.pages(), "page") + ", " + Plural.of(n, "rack")
                    + (r.topologyPods().isEmpty() ? "" : ", topology of " + Plural.of(r.topologyPods().size(), "pod")) + ")");
            return PodForgeCli.OK;
        } catch (Inputs.BadInput e) {
            err.println("podforge print: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("podforge print: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        } catch (IOException e) {
            err.println("podforge print: cannot write " + (e.getMessage() == null ? e : e.getMessage())
                    + "; check that the directory exists and is writable (nothing was left half-written)");
            return PodForgeCli.BAD_INPUT;
        }
    }
}
