package org.podforge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.podforge.catalog.Catalog;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;
import org.podforge.service.ProjectSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code podforge generate --gpus N OUT}: write the reference design at a given size. */
@Command(name = "generate", description = "Write a reference design: the sample pod, or a cluster of N accelerators "
        + "in pods of 8 servers x 8 (Scorpio X scale-up, Aries 6 retimers, NICs, SSDs, Leo).")
public final class GenerateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT", description = "the .podforge.json file to write")
    Path out;

    @Option(names = "--gpus", paramLabel = "N", description = "accelerators in the cluster, a multiple of 64; omit for the sample pod")
    Integer gpus;

    @Option(names = "--catalog", paramLabel = "DIR", description = "a catalog directory instead of the built-in catalog "
            + "(it must hold the parts the reference design uses)")
    Path catalogDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The largest cluster generate writes: 131,072 accelerators (2,048 pods of 64), the largest size PodForge is measured at. */
    static final int MAX_GPUS = 131_072;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog;
        try {
            catalog = Inputs.catalog(catalogDir);
            PodGenerator.requireParts(catalog);
        } catch (RuntimeException e) {
            err.println("podforge generate: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
        if (gpus != null && (gpus < 64 || gpus > MAX_GPUS)) {
            err.println("podforge generate: --gpus " + gpus + ": give between 64 and " + MAX_GPUS
                    + " accelerators (a multiple of 64); omit --gpus for the sample pod");
            return PodForgeCli.BAD_INPUT;
        }
        Project p;
        try {
            p = gpus == null ? PodGenerator.sample() : PodGenerator.cluster(gpus);
        } catch (IllegalArgumentException e) {
            err.println("podforge generate: --gpus " + gpus + ": " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
        try {
            ProjectWriter.save(p, out);
        } catch (IOException e) {
            err.println("podforge generate: cannot write " + out + ": " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
        ProjectSummary s = ProjectSummary.of(p, catalog);
        o.printf("Wrote %s: %d pods, %d accelerators, %d links%n", out, s.pods().size(), s.gpus(), s.links());
        return PodForgeCli.OK;
    }
}
