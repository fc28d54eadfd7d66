package org.podforge.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whole-process figures for generated clusters (issue 9): for each size, {@code podforge generate --gpus N}
 * writes the cluster (the sample pod as replicas plus its generated leaf/spine/core fabric), then
 * {@code info}, {@code validate} and {@code export --xlsx} run as separate JVMs at each heap, a few times
 * each. Prints the file size, and per command and heap the median, minimum and maximum wall time, the
 * median CPU time (user + system, from /usr/bin/time where present; the machine is shared, so CPU time
 * shows the work itself) and the largest resident set. Exit codes other than 0 (ok) and 1 (the design
 * has errors) are printed as failures, e.g. an out-of-memory exit 2.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=org.podforge.bench.ClusterScaleBench
 *     [-Dexec.args="4096,16384,65536,131072 1g,512m 3 [DIR [info,validate,export,percopy]]"]</pre>
 * {@code percopy} is {@code export --csv DIR --p2p P2P.xlsx}: every physical cable of every copy (the NetBox set,
 * cable-schedule.csv and the P2P workbook), streamed; it prints the bytes written too.
 *
 * <p>By default each command runs from the class path with no JVM flags. {@code -Dbench.jars=DIR[,DIR...]} runs the
 * packaged jar instead, the way the launchers and the README start it: {@code java -XX:SharedArchiveFile=DIR/podforge.jsa
 * -XX:TieredStopAtLevel=1 -jar DIR/podforge.jar} (decision 0021), where DIR is a {@code target} folder left by
 * {@code mvn package} (the archive only works for the jar it was made for, in that place). With several DIRs (two builds,
 * before and after) every run alternates them, so they meet the same load, and a line per DIR is printed, then per size
 * and heap the ratios of the medians to {@code info}'s (the issue's "within 2x of info"). A DIR may carry JVM options
 * after {@code @} ({@code target,target@-Dpodforge.export.trace=true}: the same build with the export's phases printed),
 * and a {@code plain:} prefix runs that jar bare, {@code java -Xmx.. -jar DIR/podforge.jar}, without the archive and with
 * both compilers, the way a user types it from the README's first lines ({@code target,plain:target}: both ways, alternating).
 */
public final class ClusterScaleBench {
    private ClusterScaleBench() {
    }

    record Timed(double wallS, double cpuS, long rssKb, int code, String tail) {
    }

    public static void main(String[] args) throws Exception {
        long[] sizes = Arrays.stream((args.length > 0 ? args[0] : "4096,16384,65536,131072").split(",")).mapToLong(Long::parseLong).toArray();
        String[] heaps = (args.length > 1 ? args[1] : "1g,512m").split(",");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("podforge-scale");
        List<String> commands = List.of((args.length > 4 ? args[4] : "info,validate,export").split(","));
        String cp = ExportBench.classPath();
        List<String> builds = System.getProperty("bench.jars", "").isBlank() ? java.util.Collections.singletonList(null)
                : List.of(System.getProperty("bench.jars").split(","));
        System.out.printf(Locale.ROOT, "java %s, %d CPU(s), load average %.1f; %d run(s) per figure; files in %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs, dir);
        for (long gpus : sizes) {
            Path file = dir.resolve("cluster-" + gpus + ".podforge.json");
            Timed gen = run(cp, null, "1g", "generate", "--gpus", Long.toString(gpus), "-o", file.toString());
            System.out.printf(Locale.ROOT, "%n== %,d GPUs: generate %.1f s (cpu %.1f s), file %.2f MB%n", gpus, gen.wallS, gen.cpuS,
                    Files.size(file) / 1e6);
            if (gen.code != 0) {
                System.out.println("generate failed: " + gen.tail);
                continue;
            }
            for (String heap : heaps) {
                java.util.Map<String, double[]> medians = new java.util.LinkedHashMap<>(); // build + command -> wall, cpu
                for (String command : commands) {
                    List<List<Timed>> t = new ArrayList<>();
                    builds.forEach(b -> t.add(new ArrayList<>()));
                    for (int i = 0; i < runs; i++) {
                        for (int b = 0; b < builds.size(); b++) {
                            String jvm = builds.get(b);
                            Path xlsx = dir.resolve("cluster-" + gpus + ".xlsx");
                            Path csv = dir.resolve("cluster-" + gpus + "-csv");
                            t.get(b).add(switch (command) {
                                case "info" -> run(cp, jvm, heap, "info", file.toString());
                                case "validate" -> run(cp, jvm, heap, "validate", file.toString(), "--min-severity", "error");
                                case "percopy" -> run(cp, jvm, heap, "export", file.toString(), "--csv", csv.toString(), "--p2p",
                                        dir.resolve("cluster-" + gpus + "-p2p.xlsx").toString());
                                default -> run(cp, jvm, heap, "export", file.toString(), "--xlsx", xlsx.toString());
                            });
                        }
                    }
                    for (int b = 0; b < builds.size(); b++) {
                        String label = builds.get(b) == null ? command : command + " " + builds.get(b);
                        medians.put(builds.get(b) + "\u0000" + command, print(gpus, heap, label, t.get(b)));
                    }
                    if (command.equals("percopy")) {
                        System.out.printf(Locale.ROOT, "%,9d GPUs  per-copy files: %.1f MB CSV, P2P %.2f MB%n", gpus,
                                size(dir.resolve("cluster-" + gpus + "-csv")) / 1e6,
                                size(dir.resolve("cluster-" + gpus + "-p2p.xlsx")) / 1e6);
                    }
                }
                for (String b : builds) {
                    double[] info = medians.get(b + "\u0000info");
                    for (String command : commands) {
                        double[] m = medians.get(b + "\u0000" + command);
                        if (info != null && !command.equals("info") && m != null) {
                            System.out.printf(Locale.ROOT, "%,9d GPUs  -Xmx%-5s %s / info: wall %.2fx, cpu %.2fx%s%n", gpus, heap, command,
                                    m[0] / info[0], m[1] / info[1], b == null ? "" : "  (" + b + ")");
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "          load average now %.1f%n",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    private static long size(Path p) throws java.io.IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        try (var s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Prints the command's figures; returns its median wall and CPU time. */
    private static double[] print(long gpus, String heap, String command, List<Timed> t) {
        double[] wall = t.stream().mapToDouble(Timed::wallS).sorted().toArray();
        double[] cpu = t.stream().mapToDouble(Timed::cpuS).sorted().toArray();
        long rss = t.stream().mapToLong(Timed::rssKb).max().orElse(0);
        List<Timed> bad = t.stream().filter(x -> x.code != 0 && x.code != 1).toList();
        System.out.printf(Locale.ROOT, "%,9d GPUs  -Xmx%-5s %-8s median %6.2f s  [%6.2f .. %6.2f]  cpu %6.2f s  rss %5.0f MB%s%n", gpus, heap,
                command, wall[wall.length / 2], wall[0], wall[wall.length - 1], cpu[cpu.length / 2], rss / 1024.0,
                bad.isEmpty() ? "" : "  FAILED exit " + bad.get(0).code + ": " + bad.get(0).tail);
        return new double[] {wall[wall.length / 2], cpu[cpu.length / 2]};
    }

    /** @param jars null: from the class path, no flags; else a target folder: its jar with the launchers' flags (none after plain:) */
    private static Timed run(String cp, String jars, String heap, String... podforgeArgs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>();
        boolean timeTool = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timeTool) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "PFTIME %U %S %M"));
        }
        if (jars == null) {
            cmd.addAll(List.of(java, "-Xmx" + heap, "-Djava.awt.headless=true", "-cp", cp, "org.podforge.Launcher"));
        } else {
            String[] parts = jars.split("@");
            boolean plain = parts[0].startsWith("plain:");
            Path target = Path.of(plain ? parts[0].substring("plain:".length()) : parts[0]).toAbsolutePath();
            cmd.addAll(List.of(java, "-Xmx" + heap, "-Djava.awt.headless=true"));
            if (!plain) {
                cmd.addAll(List.of("-XX:SharedArchiveFile=" + target.resolve("podforge.jsa"), "-XX:TieredStopAtLevel=1"));
            }
            cmd.addAll(Arrays.asList(parts).subList(1, parts.length));
            cmd.addAll(List.of("-jar", target.resolve("podforge.jar").toString()));
        }
        cmd.addAll(List.of(podforgeArgs));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = Double.NaN;
        long rss = 0;
        String tail = "";
        for (String l : lines) {
            if (l.startsWith("PFTIME ")) {
                String[] f = l.split(" ");
                cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
                rss = Long.parseLong(f[3]);
            } else if (!l.isBlank()) {
                tail = l;
            }
        }
        return new Timed(wall, cpu, rss, code, tail);
    }
}
