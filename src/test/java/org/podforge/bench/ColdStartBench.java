package org.podforge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.podforge.service.StartupTrace;

/**
 * Cold start as a whole process (issue 9, item 6): launches the real app N times in a real X session (Xvfb
 * plus the openbox window manager, as {@code /work/shared/tools/ui-session.sh} starts them) and times each
 * launch from just before the process starts to the first frame with the design drawn, which the app marks
 * on standard error when started with {@code -Dpodforge.startup.trace=true} ({@link StartupTrace}: a rack
 * skin laid out in the pod canvas, plus two pulses so that frame was rendered). Also prints when the first
 * analysis reached the Problems tab, the process's CPU time at the first frame, and the median of each
 * start-up phase. Every launch gets a fresh settings directory (no recent files, no autosave to recover).
 *
 * <p>Variants, interleaved run by run so the machine's load falls on all of them alike:
 * {@code jar} = {@code java -jar podforge.jar} with the JDK's own CDS archive only; {@code jar+appcds} = the
 * same with {@code -XX:SharedArchiveFile=} the app's archive (docs/decisions/0021); {@code image} = the
 * jpackage launcher {@code bin/PodForge} (its .cfg carries the archive), {@code image-noappcds} = the same
 * launcher with {@code -Xshare:off} through {@code JAVA_TOOL_OPTIONS}; {@code before} = {@code java -jar} on the jar
 * given with {@code --before} (an older build that has the start-up trace). {@code --variant NAME=OPTIONS} adds {@code java
 * -jar} with the app's archive and those JVM options; {@code --variant NAME@DIR/podforge.jar=OPTIONS} does the same with
 * another build's jar and the archive beside it ({@code DIR/podforge.jsa}), for before/after pairs in one run.
 *
 * <pre>java -cp target/test-classes:target/classes org.podforge.bench.ColdStartBench [--runs 5] [--display 83]
 *     [--jar target/podforge.jar] [--cds target/podforge.jsa] [--image target/dist/PodForge] [--before OLD.jar] [--variants jar,jar+appcds]
 *     [--variant NAME[@JAR]=JVM-OPTIONS]... [--threads]
 *     DESIGN...</pre>
 * A design argument {@value #FIRST_START} (the default) starts the app with no file: a first start, which opens the
 * embedded sample. The first launch of each variant and design is a warm-up (the OS file cache) and is not counted.
 */
public final class ColdStartBench {
    private static final long TIMEOUT_MS = 600_000;
    /** As a design argument: start with no file, so the first start opens the embedded sample (the default). */
    static final String FIRST_START = "first-start";
    private static final List<String> PHASES = List.of("main", "preload-catalog", "preload-design", "fx-start", "catalog-loaded", "window-built", "shown",
            "design-installed", "design-laid-out", "first-frame", "analysis-shown");

    private ColdStartBench() {
    }

    /**
     * One launch: epoch ms of each phase relative to the launch, the CPU ms of the thread that marked it (the FX thread's
     * for the window's phases), and process CPU ms at the first frame.
     */
    record Launch(Map<String, Long> at, Map<String, Long> threadCpu, long cpuAtFirstFrame, String threads) {
        Long of(String phase) {
            return at.get(phase);
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        String display = "83";
        Path jar = Path.of("target/podforge.jar");
        Path cds = Path.of("target/podforge.jsa");
        Path image = Path.of("target/dist/PodForge");
        Path before = null;
        List<String> variants = null;
        Map<String, List<String>> extra = new LinkedHashMap<>();
        boolean threads = false;
        List<Path> designs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--display" -> display = args[++i];
                case "--jar" -> jar = Path.of(args[++i]);
                case "--cds" -> cds = Path.of(args[++i]);
                case "--image" -> image = Path.of(args[++i]);
                case "--before" -> before = Path.of(args[++i]);
                case "--variants" -> variants = List.of(args[++i].split(","));
                case "--variant" -> { // NAME[@JAR]=JVM OPTIONS: java -jar with the app's archive plus these options
                    String[] v = args[++i].split("=", 2);
                    extra.put(v[0], v[1].isBlank() ? List.of() : List.of(v[1].trim().split("\\s+")));
                }
                case "--threads" -> threads = true;
                default -> designs.add(Path.of(args[i]));
            }
        }
        if (designs.isEmpty()) {
            designs.add(Path.of(FIRST_START));
        }
        if (variants == null) {
            variants = new ArrayList<>();
            if (before != null) {
                variants.add("before");
            }
            variants.add("jar");
            if (Files.exists(cds)) {
                variants.add("jar+appcds");
            }
            if (Files.isExecutable(image.resolve("bin/PodForge")) && extra.isEmpty()) {
                variants.add("image");
                variants.add("image-noappcds");
            }
        }
        variants = new ArrayList<>(variants);
        for (String name : extra.keySet()) {
            if (!variants.contains(name)) {
                variants.add(name);
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %d CPU(s), load average %s; jar %s (%.1f MB), AppCDS archive %s%s; %d run(s) + 1 warm-up%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage(), jar,
                Files.size(jar) / 1e6, cds, Files.exists(cds) ? String.format(Locale.ROOT, " (%.1f MB)", Files.size(cds) / 1e6) : " (absent)", runs);

        List<Process> session = startX(display);
        Map<String, List<Launch>> results = new LinkedHashMap<>();
        try {
            for (int run = 0; run <= runs; run++) {
                for (Path design : designs) {
                    for (String variant : variants) {
                        int at = variant.indexOf('@');
                        Path variantJar = at > 0 ? Path.of(variant.substring(at + 1)) : variant.equals("before") ? before : jar;
                        Path variantCds = at > 0 ? variantJar.resolveSibling("podforge.jsa") : cds;
                        Launch l = launch(variant, extra.getOrDefault(variant, List.of()), design, display, variantJar, variantCds, image,
                                extra.containsKey(variant));
                        String key = design.getFileName() + "  " + variant;
                        if (l == null) {
                            continue;
                        }
                        System.out.printf(Locale.ROOT, "%s %-48s first frame %6.2f s  analysis %6.2f s  cpu %5.2f s  load %s%n",
                                run == 0 ? "warm-up" : "run " + run + "  ", key, sec(l.of("first-frame")), sec(l.of("analysis-shown")),
                                l.cpuAtFirstFrame / 1000.0, loadAverage());
                        if (threads && l.threads != null) {
                            System.out.println("    " + l.threads);
                        }
                        if (run > 0) {
                            results.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
                        }
                    }
                }
            }
        } finally {
            for (Process p : session) {
                p.destroy();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }
        System.out.printf(Locale.ROOT, "%nmedians of %d (ranges), load average at the end %s%n", runs, loadAverage());
        for (Map.Entry<String, List<Launch>> e : results.entrySet()) {
            List<Launch> ls = e.getValue();
            double[] ff = sorted(ls, "first-frame");
            double[] an = sorted(ls, "analysis-shown");
            double[] cpu = ls.stream().mapToDouble(l -> l.cpuAtFirstFrame / 1000.0).sorted().toArray();
            double[] fx = ls.stream().mapToDouble(l -> threadCpu(l.threads, "JavaFX_Applicat")).filter(v -> v >= 0).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-48s first frame %5.2f s [%5.2f .. %5.2f]  analysis shown %5.2f s [%5.2f .. %5.2f]  cpu at first frame %5.2f s"
                            + " [%5.2f .. %5.2f], FX thread %5.2f s%n",
                    e.getKey(), median(ff), ff[0], ff[ff.length - 1], median(an), an[0], an[an.length - 1], median(cpu), cpu[0], cpu[cpu.length - 1],
                    median(fx));
            StringBuilder phases = new StringBuilder("    phases (median s from launch):");
            for (String ph : PHASES) {
                double[] v = sorted(ls, ph);
                if (v.length > 0) {
                    phases.append(String.format(Locale.ROOT, " %s %.2f", ph, median(v)));
                }
            }
            System.out.println(phases);
            StringBuilder marking = new StringBuilder("    CPU of the marking thread (median s; FX thread from fx-start on):");
            for (String ph : PHASES) {
                double[] v = ls.stream().map(l -> l.threadCpu.get(ph)).filter(java.util.Objects::nonNull).mapToDouble(x -> x / 1000.0).sorted().toArray();
                if (v.length > 0) {
                    marking.append(String.format(Locale.ROOT, " %s %.2f", ph, median(v)));
                }
            }
            System.out.println(marking);
        }
    }

    private static Launch launch(String variant, List<String> options, Path design, String display, Path jar, Path cds, Path image,
                                 boolean withArchive) throws Exception {
        Path settings = Files.createTempDirectory("podforge-coldstart");
        List<String> cmd = new ArrayList<>();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        String trace = "-D" + StartupTrace.PROPERTY + "=true";
        String dirs = "-Dpodforge.settings.dir=" + settings;
        if (variant.startsWith("image")) {
            cmd.add(image.resolve("bin/PodForge").toString());
            pb.environment().put("JAVA_TOOL_OPTIONS", trace + " " + dirs + (variant.equals("image-noappcds") ? " -Xshare:off" : ""));
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (variant.equals("jar+appcds") || withArchive) {
                cmd.add("-XX:SharedArchiveFile=" + cds);
            }
            cmd.addAll(options);
            cmd.addAll(List.of(trace, dirs, "-jar", jar.toString()));
        }
        if (!design.toString().equals(FIRST_START)) {
            cmd.add(design.toAbsolutePath().toString());
        }
        pb.environment().put("DISPLAY", ":" + display);
        long t0 = System.currentTimeMillis();
        Process p = pb.start();
        java.util.concurrent.CompletableFuture.delayedExecutor(TIMEOUT_MS, TimeUnit.MILLISECONDS).execute(p::destroyForcibly);
        Map<String, Long> at = new LinkedHashMap<>();
        Map<String, Long> threadCpuAt = new LinkedHashMap<>();
        long cpu = -1;
        String threadTimes = null;
        StringBuilder tail = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("podforge-startup-threads")) {
                    threadTimes = line;
                    continue;
                }
                int i = line.indexOf(StartupTrace.PREFIX);
                if (i < 0) {
                    tail.append(line).append('\n');
                    continue;
                }
                String[] f = line.substring(i + StartupTrace.PREFIX.length()).split(" ");
                at.putIfAbsent(f[0], Long.parseLong(f[1]) - t0);
                if (f.length > 4 && f[4].startsWith("thread=")) {
                    threadCpuAt.putIfAbsent(f[0], Long.parseLong(f[4].substring("thread=".length())));
                }
                if (f[0].equals("first-frame")) {
                    cpu = Long.parseLong(f[3].substring("cpu=".length()));
                }
                if (at.containsKey("first-frame") && at.containsKey("analysis-shown")) {
                    break;
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            deleteTree(settings);
        }
        if (!at.containsKey("first-frame")) {
            System.out.println(variant + " " + design + ": no first frame within " + TIMEOUT_MS / 1000 + " s; output:\n" + tail);
            return null;
        }
        return new Launch(at, threadCpuAt, cpu, threadTimes);
    }

    private static List<Process> startX(String display) throws Exception {
        Process x = new ProcessBuilder("Xvfb", ":" + display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(1000);
        ProcessBuilder wm = new ProcessBuilder("openbox").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        wm.environment().put("DISPLAY", ":" + display);
        Process o = wm.start();
        Thread.sleep(500);
        if (!x.isAlive() || !o.isAlive()) {
            throw new IllegalStateException("Xvfb :" + display + " or openbox did not start (display taken? installed?)");
        }
        return List.of(o, x);
    }

    /** A thread's CPU seconds from the {@code podforge-startup-threads} line, or -1. */
    private static double threadCpu(String threads, String name) {
        if (threads != null) {
            for (String f : threads.split(" ")) {
                if (f.startsWith(name + "=")) {
                    return Long.parseLong(f.substring(name.length() + 1)) / 1000.0;
                }
            }
        }
        return -1;
    }

    private static double[] sorted(List<Launch> ls, String phase) {
        return ls.stream().map(l -> l.of(phase)).filter(java.util.Objects::nonNull).mapToDouble(v -> v / 1000.0).sorted().toArray();
    }

    private static double median(double[] v) {
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double sec(Long ms) {
        return ms == null ? Double.NaN : ms / 1000.0;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
