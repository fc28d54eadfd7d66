package org.podforge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.podforge.catalog.Catalog;
import org.podforge.io.ProjectFileException;
import org.podforge.io.ProjectWriter;
import org.podforge.io.TemplateIndex;
import org.podforge.model.Cooling;
import org.podforge.model.FabricCables;
import org.podforge.model.Plural;
import org.podforge.model.Project;
import org.podforge.rules.Thresholds;
import org.podforge.service.PodGenerator;
import org.podforge.service.ProjectSummary;
import org.podforge.service.generate.ClusterGenerator;
import org.podforge.service.generate.FabricPlan;
import org.podforge.service.generate.GenerateRefused;
import org.podforge.service.generate.GenerateRequest;
import org.podforge.service.generate.ScaleUp;
import org.podforge.service.templates.TemplateRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code podforge generate}: the sample pod, a cluster of the sample pod ({@code --gpus N}) or a design
 * built from choices ({@code --gpu PART --servers N --scale-up ... --scale-out FAMILY --pods N ...}), with a
 * scale-out fabric sized from the switch radix. An impossible request exits 2 with the reason.
 */
@Command(name = "generate", description = "Write a generated design: the sample pod (no options), a cluster of N accelerators of "
        + "the sample pod (--gpus N), or a pod design from choices deployed --pods times, with a rail-optimised leaf/spine(/core) "
        + "fabric sized from the switch radix and oversubscription.")
public final class GenerateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "OUT", description = "the .podforge.json file to write (or -o)")
    Path outArg;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the .podforge.json file to write")
    Path outOpt;

    @Option(names = "--gpus", paramLabel = "N", description = "a cluster of N accelerators (a multiple of 64) of the sample pod, with a generated fabric")
    Long gpus;

    @Option(names = "--gpu", paramLabel = "PART", description = "GPU part (default " + GenerateRequest.DEFAULT_GPU + ")")
    String gpu;

    @Option(names = "--gpus-per-server", paramLabel = "N", description = "GPUs per server (default 8; a chassis with that many GPU slots)")
    Integer gpusPerServer;

    @Option(names = "--servers", paramLabel = "N", description = "servers per pod (default 8)")
    Integer servers;

    @Option(names = "--scale-up", paramLabel = "FABRIC", description = "nvlink, ualink, ethernet, scorpio-x or none (default: the GPU's own)")
    String scaleUp;

    @Option(names = "--domain", paramLabel = "N", description = "GPUs per scale-up domain (default: the pod for scorpio-x, else one server)")
    Integer domain;

    @Option(names = "--scale-out", paramLabel = "FAMILY", description = "switch part or product line from the catalog, or none (default: the first that reaches the size)")
    String scaleOut;

    @Option(names = "--speed", paramLabel = "GBPS", description = "scale-out Gb/s per NIC port (default: the fastest both ends allow)")
    Double speed;

    @Option(names = "--rails", paramLabel = "N", description = "rails per server (default: one per NIC)")
    Integer rails;

    @Option(names = "--oversubscription", paramLabel = "N[:1]", description = "leaf down:up ratio, e.g. 1 or 2:1 (default 1, non-blocking)")
    String oversubscription;

    @Option(names = "--nics-per-gpu", paramLabel = "N", description = "scale-out NICs per GPU (default 1)")
    Integer nicsPerGpu;

    @Option(names = "--nic", paramLabel = "PART", description = "NIC part (default: the first, orderable first, that speaks the switch's protocol and carries --speed)")
    String nic;

    @Option(names = "--cpu", paramLabel = "PART", description = "CPU part, two per server (default " + GenerateRequest.DEFAULT_CPU + ")")
    String cpu;

    @Option(names = "--cxl-per-cpu", paramLabel = "N", description = "Leo CXL memory controllers per CPU (default 0; 2 with --gpus)")
    Integer cxlPerCpu;

    @Option(names = "--ssds", paramLabel = "N", description = "E1.S SSDs per server, even (default: one per GPU where the chassis has the slots)")
    Integer ssds;

    @Option(names = "--cooling", paramLabel = "air|rear-door|liquid", description = "how the hall cools the racks, written on them "
            + "(default: as the rack part and its contents say)")
    String cooling;

    @Option(names = "--template", paramLabel = "NAME", description = "write a reference template instead (see docs/templates.md); "
            + "--template list prints the names")
    String template;

    @Option(names = "--pods", paramLabel = "N", description = "pod replicas (default 1)")
    Integer pods;

    @Option(names = "--rack", paramLabel = "TYPE", description = "rack part (default " + GenerateRequest.DEFAULT_RACK + ")")
    String rack;

    @Option(names = "--rack-budget", paramLabel = "W", description = "power budget per rack in W (default: the rack part's)")
    Double rackBudget;

    @Option(names = "--media", paramLabel = "copper|optics", description = "copper where it reaches (default) or optics everywhere")
    String media;

    @Option(names = "--catalog", paramLabel = "DIR", description = "a catalog directory instead of the built-in catalog "
            + "(it must hold the parts the reference design uses)")
    Path catalogDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outArg != null && outOpt != null && !outArg.equals(outOpt)) {
            err.println("podforge generate: give the output file once (OUT or -o), not both");
            return PodForgeCli.BAD_INPUT;
        }
        Path out = outOpt != null ? outOpt : outArg;
        if ("list".equalsIgnoreCase(template)) {
            TemplateRegistry.builtIn().entries().forEach(e -> o.printf(Locale.ROOT, "%-28s %s%n", e.id(), e.group()));
            return PodForgeCli.OK;
        }
        if (out == null) {
            err.println("podforge generate: give the file to write: podforge generate -o FILE [options]");
            return PodForgeCli.BAD_INPUT;
        }
        Catalog catalog;
        try {
            catalog = Inputs.catalog(catalogDir);
            PodGenerator.requireParts(catalog);
        } catch (RuntimeException e) {
            err.println("podforge generate: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
        boolean choices = gpu != null || gpusPerServer != null || servers != null || scaleUp != null || domain != null || speed != null
                || rails != null || oversubscription != null || nicsPerGpu != null || nic != null || cpu != null || cxlPerCpu != null
                || pods != null || rack != null || rackBudget != null || media != null || ssds != null || cooling != null;
        if (template != null) {
            if (choices || gpus != null || scaleOut != null) {
                err.println("podforge generate: --template writes a reference design as it is; give it alone with -o");
                return PodForgeCli.BAD_INPUT;
            }
            return writeTemplate(catalog, out, o, err);
        }
        Project p;
        ClusterGenerator.Result result = null;
        try {
            if (gpus == null && !choices && scaleOut == null) {
                p = PodGenerator.sample();
            } else {
                if (gpus != null && choices) {
                    err.println("podforge generate: --gpus builds a cluster of the sample pod; give either --gpus N (with --scale-out) "
                            + "or the design choices (--gpu, --servers, --pods, ...), not both");
                    return PodForgeCli.BAD_INPUT;
                }
                GenerateRequest req = gpus != null ? ClusterGenerator.sampleCluster(gpus, scaleOut) : request();
                result = new ClusterGenerator(catalog, thresholds()).generate(req);
                p = result.project();
            }
        } catch (GenerateRefused e) {
            err.println("podforge generate: cannot generate this design: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("podforge generate: " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
        try {
            ProjectWriter.save(p, out);
        } catch (IOException e) {
            err.println("podforge generate: cannot write " + out + ": " + e.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
        ProjectSummary s = ProjectSummary.of(p, catalog);
        o.printf(Locale.ROOT, "Wrote %s: %s, %s, %s%n", out, Plural.of(s.pods().size(), "pod design"), Plural.of(s.gpus(), "accelerator"),
                Plural.of(s.links(), "link"));
        if (result != null && result.fabric() != null) {
            FabricPlan f = result.fabric();
            o.printf(Locale.ROOT, "Scale-out: %s, %s; %,d network racks, %,d fabric cables%n", result.switchPart(),
                    f.describe(ratio()), p.fabric().racks().size(), FabricCables.count(p));
        }
        if (result != null) {
            for (String n : result.notes()) {
                o.println("note: " + n);
            }
        }
        return PodForgeCli.OK;
    }

    private double ratio() {
        return oversubscription == null ? 1 : parseRatio(oversubscription);
    }

    private GenerateRequest request() {
        GenerateRequest.Builder b = GenerateRequest.builder();
        if (gpu != null) {
            b.gpuPart(gpu);
        }
        if (gpusPerServer != null) {
            b.gpusPerServer(gpusPerServer);
        }
        if (servers != null) {
            b.serversPerPod(servers);
        }
        if (scaleUp != null) {
            ScaleUp su = ScaleUp.parse(scaleUp);
            if (su == null) {
                throw new GenerateRefused("scale-up", "'" + scaleUp + "' is not one of nvlink, ualink, ethernet, scorpio-x, none");
            }
            b.scaleUp(su);
        }
        b.domainGpus(domain).scaleOutFamily(scaleOut).speedGbps(speed).rails(rails).nicPart(nic).rackBudgetW(rackBudget).ssdsPerServer(ssds);
        if (cooling != null) {
            b.cooling(parseCooling(cooling));
        }
        if (oversubscription != null) {
            b.oversubscription(parseRatio(oversubscription));
        }
        if (nicsPerGpu != null) {
            b.nicsPerGpu(nicsPerGpu);
        }
        if (cpu != null) {
            b.cpuPart(cpu);
        }
        if (cxlPerCpu != null) {
            b.cxlPerCpu(cxlPerCpu);
        }
        if (pods != null) {
            b.pods(pods);
        }
        if (rack != null) {
            b.rackPart(rack);
        }
        if (media != null) {
            String m = media.trim().toUpperCase(Locale.ROOT);
            if (!m.equals("COPPER") && !m.equals("OPTICS")) {
                throw new GenerateRefused("media", "give copper or optics, not '" + media + "'");
            }
            b.media(GenerateRequest.MediaPreference.valueOf(m));
        }
        return b.build();
    }

    /** air, rear-door or liquid. */
    static Cooling parseCooling(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "air" -> Cooling.AIR;
            case "rear-door", "reardoor", "rear_door" -> Cooling.REAR_DOOR;
            case "liquid" -> Cooling.LIQUID;
            default -> throw new GenerateRefused("cooling", "give air, rear-door or liquid, not '" + text + "'");
        };
    }

    /** --template NAME: the reference design from the registry, written as it is (every template validates clean: TemplatesTest). */
    private int writeTemplate(Catalog catalog, Path out, PrintWriter o, PrintWriter err) {
        TemplateRegistry reg = TemplateRegistry.builtIn();
        TemplateIndex.Entry e = reg.find(template).orElse(null);
        if (e == null) {
            err.println("podforge generate: no template '" + template + "'; the templates are: "
                    + String.join(", ", reg.entries().stream().map(TemplateIndex.Entry::id).toList()));
            return PodForgeCli.BAD_INPUT;
        }
        Project p;
        try {
            p = reg.read(e, catalog).project();
            ProjectWriter.save(p, out);
        } catch (ProjectFileException ex) {
            err.println("podforge generate: cannot read the template " + e.id() + ": " + ex.getMessage());
            return PodForgeCli.BAD_INPUT;
        } catch (IOException ex) {
            err.println("podforge generate: cannot write " + out + ": " + ex.getMessage());
            return PodForgeCli.BAD_INPUT;
        }
        ProjectSummary s = ProjectSummary.of(p, catalog);
        o.printf(Locale.ROOT, "Wrote %s: the template %s (%s): %,d accelerators, %,d links%n", out, e.id(), p.name(), s.gpus(), s.links());
        return PodForgeCli.OK;
    }

    /** "2", "2:1" or "1.5:1" to the down:up ratio. */
    static double parseRatio(String text) {
        String t = text.trim();
        if (t.endsWith(":1")) {
            t = t.substring(0, t.length() - 2);
        }
        try {
            double v = Double.parseDouble(t);
            if (!(v >= 1) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new GenerateRefused("oversubscription", "give a down:up ratio of at least 1, e.g. 1, 2 or 3:1, not '" + text + "'");
        }
    }

    private static Thresholds thresholds() {
        return Thresholds.builtIn();
    }
}
