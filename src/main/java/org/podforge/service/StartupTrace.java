package org.podforge.service;

/**
 * Start-up trace for the cold-start benchmark ({@code bench.ColdStartBench}, docs/performance.md "Cold
 * start"). Off unless the system property {@value #PROPERTY} is {@code true}; then each {@link #mark}
 * prints one line to standard error: {@code podforge-startup PHASE EPOCH_MS +MS_SINCE_JVM_START cpu=PROCESS_CPU_MS
 * thread=THREAD_CPU_MS THREAD_NAME} (the process's CPU time, and the marking thread's on Linux), which
 * the benchmark reads to time the whole process from its own launch to the first frame with the design drawn.
 */
public final class StartupTrace {
    public static final String PROPERTY = "podforge.startup.trace";
    public static final String PREFIX = "podforge-startup ";
    /** With the trace on, exit once the first frame and the first analysis are shown (the CDS training run). */
    public static final String EXIT_PROPERTY = "podforge.startup.exit";
    private static final boolean ON = Boolean.getBoolean(PROPERTY);

    private StartupTrace() {
    }

    public static boolean enabled() {
        return ON;
    }

    public static boolean exitWhenShown() {
        return ON && Boolean.getBoolean(EXIT_PROPERTY);
    }

    /**
     * Prints the CPU time of each of the process's threads, largest first (Linux: from /proc; elsewhere
     * nothing), as one {@code podforge-startup-threads} line: where the start-up's CPU went.
     */
    public static void threads() {
        if (!ON) {
            return;
        }
        java.nio.file.Path tasks = java.nio.file.Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return;
        }
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (java.util.stream.Stream<java.nio.file.Path> ts = java.nio.file.Files.list(tasks)) {
            for (java.nio.file.Path t : ts.toList()) {
                try {
                    String stat = java.nio.file.Files.readString(t.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replace(' ', '_');
                    String[] f = stat.substring(close + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
                    byName.merge(name.replaceAll("[0-9]+$", "#"), ticks * 10, Long::sum); // 100 Hz clock ticks
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return;
        }
        StringBuilder sb = new StringBuilder("podforge-startup-threads");
        byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> e.getValue() > 0).forEach(e -> sb.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        System.err.println(sb);
        System.err.flush();
    }

    /** The calling thread's CPU time in ms (Linux, from /proc/thread-self; -1 elsewhere). */
    private static long threadCpuMs() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime, 100 Hz clock ticks
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Prints the phase with the wall-clock time (epoch ms) and the milliseconds since the JVM started. */
    public static void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.currentTimeMillis();
        ProcessHandle.Info info = ProcessHandle.current().info();
        long since = info.startInstant().map(i -> now - i.toEpochMilli()).orElse(-1L);
        long cpu = info.totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
        // concatenated, not String.format: the first format call initialises Formatter and the locale's number symbols, ~20-40 ms
        // the trace added to the launcher's main thread, on the start's critical path
        System.err.println(PREFIX + phase + " " + now + " +" + since + " cpu=" + cpu + " thread=" + threadCpuMs() + " "
                + Thread.currentThread().getName());
        System.err.flush();
    }
}
