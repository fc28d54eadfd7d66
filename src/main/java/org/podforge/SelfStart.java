package org.podforge;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts the jar again with its class-data archive and the C1 compiler only when it was started bare, as
 * {@code java -jar podforge.jar ...} (decision 0045). A JVM option cannot be set from a jar's manifest, and on our
 * 2-core machine the archive and C1 only make every start and every one-shot command about a third faster (the
 * archive holds the classes the app and the commands load, ready to map; C1 only spares C2's compiling, which does
 * not pay back in a burst of seconds: decision 0021). So a bare start that finds {@code podforge.jsa} beside its jar
 * runs the same command in a second JVM with those two options added, passes the terminal through (standard input,
 * output and error are the same files) and ends with its exit code.
 *
 * <p>It never starts a second JVM when the user chose how the JVM runs or when it cannot tell: the archive is not
 * beside the jar; the process is not a {@code java} started with {@code -jar} on this jar (the installed packages'
 * launchers, {@code mvn javafx:run}, tests and class-path starts run as they are); a JVM option names the archive,
 * class-data sharing, the compilers, an agent, a debugger or the JVM's own diagnostics ({@code -Xlog}, {@code -verbose},
 * a flight recording: both JVMs would log, and the recording would hold the idle first one), or comes from an
 * {@code @argfile} (also when {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS} holds such an option); the
 * arguments cannot be read (the JDK does not give them on every system); {@code -Dpodforge.selfstart=false}. If the second JVM cannot
 * be started, this one goes on by itself. Killing the first JVM stops the second: a signal that lets it shut down
 * stops the second first (which then shuts down as it would alone); when it is killed outright, the second notices
 * and halts, as one JVM killed that way would.
 */
final class SelfStart {
    /** Set on the second JVM: never start a third; the first JVM's process id, which the second watches. */
    static final String PROPERTY = "podforge.selfstart";
    static final String ARCHIVE = "podforge.jsa";

    /** JVM options after which the JVM runs as the user chose: no second start. */
    private static final List<String> USER_CHOSE = List.of("SharedArchiveFile", "-Xshare", "TieredStopAtLevel", "TieredCompilation",
            "ArchiveClassesAtExit", "DumpLoadedClassList", "SharedClassListFile", "-Xint", "-Xcomp", "-agentlib", "-agentpath",
            "-javaagent", "-Xrunjdwp", "-Xdebug", "-XX:Flags", "-XX:VMOptionsFile", "StartFlightRecording", "FlightRecorder", "-Xlog",
            "-verbose", PROPERTY + "=");

    private SelfStart() {
    }

    /**
     * The command of the second JVM, or empty when this start runs by itself.
     *
     * @param command   this process's executable (ProcessHandle's), if known
     * @param arguments this process's arguments after the executable (JVM options, {@code -jar}, the jar, the app's
     *                  arguments), if known
     * @param jar       the jar this class was loaded from (null when run from classes)
     * @param archive   true when a readable {@value #ARCHIVE} lies beside that jar
     * @param pid       this process's id, handed to the second JVM
     */
    static Optional<List<String>> command(Optional<String> command, Optional<String[]> arguments, Path jar, boolean archive, long pid) {
        if (jar == null || !archive || command.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        String exe = Path.of(command.get()).getFileName().toString().toLowerCase(Locale.ROOT);
        if (!exe.equals("java") && !exe.equals("java.exe")) {
            return Optional.empty();
        }
        List<String> args = List.of(arguments.get());
        int at = args.indexOf("-jar"); // the JVM's options come before it, the app's arguments after the jar
        if (at < 0 || at + 1 >= args.size() || !sameFile(Path.of(args.get(at + 1)), jar)) {
            return Optional.empty();
        }
        List<String> jvm = args.subList(0, at);
        if (jvm.stream().anyMatch(SelfStart::chosen)) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(args.size() + 4);
        out.add(command.get());
        out.addAll(jvm);
        out.add("-XX:SharedArchiveFile=" + jar.resolveSibling(ARCHIVE));
        out.add("-XX:TieredStopAtLevel=1");
        out.add("-D" + PROPERTY + "=" + pid);
        out.addAll(args.subList(at, args.size()));
        return Optional.of(out);
    }

    /** True when a JVM option says how the JVM is to run (see the class comment), so this start runs by itself. */
    private static boolean chosen(String option) {
        return option.startsWith("@") || USER_CHOSE.stream().anyMatch(option::contains);
    }

    /**
     * True when options from the environment ({@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}: the second JVM would
     * inherit them, but they are not in the process's arguments) say how the JVM is to run: an agent, a debugger, CDS.
     */
    static boolean chosenInEnvironment(String... values) {
        for (String v : values) {
            if (v != null && java.util.Arrays.stream(v.trim().split("\\s+")).anyMatch(o -> !o.isEmpty() && chosen(o))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the command in a second JVM when {@link #command} gives one; returns only when this JVM is to run the
     * command itself (otherwise it exits with the second JVM's exit code).
     */
    static void startIfBare() {
        String mark = System.getProperty(PROPERTY);
        if (mark != null) {
            watchFirst(mark);
            return;
        }
        Path jar = ownJar();
        if (jar == null || chosenInEnvironment(System.getenv("JAVA_TOOL_OPTIONS"), System.getenv("JDK_JAVA_OPTIONS"))) {
            return;
        }
        Process second;
        try {
            ProcessHandle.Info me = ProcessHandle.current().info();
            Optional<List<String>> cmd = command(me.command(), me.arguments(), jar, Files.isReadable(jar.resolveSibling(ARCHIVE)),
                    ProcessHandle.current().pid());
            if (cmd.isEmpty()) {
                return;
            }
            second = new ProcessBuilder(cmd.get()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return; // an argument that is no path, a JVM that cannot start: this JVM runs the command, only slower
        }
        Thread stop = new Thread(() -> {
            second.destroy(); // lets it shut down as it would alone
            try {
                second.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "podforge-selfstart-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = second.waitFor();
        } catch (InterruptedException e) {
            code = 130;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException stopping) {
            // this JVM was told to stop and its hook stopped the second one; exit waits for the hooks and the end
        }
        System.exit(code);
    }

    /** In the second JVM: halts when the first is gone (killed outright), as one JVM killed that way would stop. */
    private static void watchFirst(String mark) {
        long pid;
        try {
            pid = Long.parseLong(mark);
        } catch (NumberFormatException e) {
            return; // "false": the user turned the second start off
        }
        ProcessHandle.of(pid).ifPresentOrElse(first -> first.onExit().thenRun(() -> Runtime.getRuntime().halt(137)),
                () -> Runtime.getRuntime().halt(137));
    }

    /** The jar this class was loaded from, or null (classes, or a place that is not a file). */
    private static Path ownJar() {
        try {
            var src = SelfStart.class.getProtectionDomain().getCodeSource();
            if (src == null || src.getLocation() == null) {
                return null;
            }
            Path p = Path.of(src.getLocation().toURI());
            return p.getFileName() != null && p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
