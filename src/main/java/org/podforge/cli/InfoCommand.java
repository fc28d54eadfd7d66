package org.podforge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.podforge.catalog.Catalog;
import org.podforge.io.LoadResult;
import org.podforge.model.Family;
import org.podforge.model.Plural;
import org.podforge.service.ProjectSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code podforge info FILE}: what a project holds. */
@Command(name = "info", description = "Print the pods, replicas, racks, components by family and links of a project.")
public final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "a .podforge.json project file")
    Path file;

    @Option(names = "--catalog", paramLabel = "DIR", description = "a catalog directory instead of the built-in catalog")
    Path catalogDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Catalog catalog = Inputs.catalog(catalogDir);
            LoadResult lr = Inputs.project(file, catalog);
            org.podforge.service.StartupTrace.mark("loaded");
            for (String w : lr.warnings()) {
                err.println("warning: " + w);
            }
            print(out, ProjectSummary.of(lr.project(), catalog));
            return PodForgeCli.OK;
        } catch (Inputs.BadInput e) {
            err.println("podforge info: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
    }

    static void print(PrintWriter out, ProjectSummary s) {
        out.println("Project: " + s.projectName());
        out.printf("Pods: %s, %d deployed%n", Plural.of(s.pods().size(), "design"), s.deployedPods());
        for (ProjectSummary.PodSummary p : s.pods()) {
            out.printf("  %s (%s) x %d %s: %d racks, %d chassis, %d GPUs, %d links%n", p.name(), p.id(), p.replicas(),
                    p.replicas() == 1 ? "replica" : "replicas",
                    p.racks(), p.chassis(), p.gpus(), p.links());
            for (Map.Entry<Family, Integer> e : p.componentsByFamily().entrySet()) {
                out.printf("      %-36s %6d%n", e.getKey().label(), e.getValue());
            }
            for (Map.Entry<String, Integer> e : p.linksByMedium().entrySet()) {
                out.printf("      %-36s %6d%n", "links, " + e.getKey(), e.getValue());
            }
        }
        out.println("Totals (all replicas):");
        out.printf("  %-26s %8d%n", "Racks", s.racks());
        out.printf("  %-26s %8d%n", "Chassis", s.chassis());
        for (Family f : Family.values()) {
            Long n = s.componentsByFamily().get(f);
            if (n != null) {
                out.printf("  %-26s %8d%n", f.label(), n);
            }
        }
        out.printf("  %-26s %8d%n", "Links", s.links());
        out.printf("  %-26s %8d%n", "GPUs", s.gpus());
        if (!s.unknownParts().isEmpty()) {
            out.println("Unknown parts (kept, flagged): " + String.join(", ", s.unknownParts()));
        }
    }
}
