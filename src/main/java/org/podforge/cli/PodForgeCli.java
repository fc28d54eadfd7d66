package org.podforge.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.podforge.service.FatalErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless command line: {@code podforge <command> ...}. Exit codes: 0 ok, 1 findings (errors in the
 * design), 2 bad input (unreadable file, unknown option, an input too large: out of memory), with the
 * message on stderr.
 */
@Command(name = "podforge", mixinStandardHelpOptions = true, versionProvider = PodForgeCli.Version.class,
        description = "Design AI pods: validate, cost and export PodForge project files.",
        subcommands = {InfoCommand.class, CatalogCommand.class, GenerateCommand.class, BomCommand.class, ValidateCommand.class, CompareCommand.class, PrintCommand.class,
                ExportCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class PodForgeCli implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * True when the arguments ask for a command rather than the window. No arguments, or an existing
     * file (or a name ending in .json), open the app; anything else is a command, so a mistyped command
     * gets picocli's "Unknown subcommand" message instead of a window.
     */
    public static boolean isCliInvocation(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (first.endsWith(".json") && !first.startsWith("-")) {
            return false; // a design to open (no command name ends in .json): decided without building the parser
        }
        if (first.startsWith("-") || commandNames().contains(first)) {
            return true;
        }
        return !(first.endsWith(".json") || java.nio.file.Files.isRegularFile(java.nio.file.Path.of(first)));
    }

    /**
     * The top-level command names and aliases, read from the annotations. Building a {@link CommandLine} to ask it
     * costs a few hundred milliseconds of reflection, and {@link #run} builds one anyway: the launcher decided
     * "command or window" by building the whole command tree twice on every command-line run.
     */
    static Set<String> commandNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> sub : PodForgeCli.class.getAnnotation(Command.class).subcommands()) {
            Command c = sub.getAnnotation(Command.class);
            names.add(c.name());
            names.addAll(Arrays.asList(c.aliases()));
        }
        return names;
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /**
     * Runs one command. Everything it prints passes through a {@link TerminalSafeWriter}: control and bidi
     * characters from names in a design are shown escaped, never sent raw to the terminal.
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = new PrintWriter(new TerminalSafeWriter(rawOut), true);
        PrintWriter err = new PrintWriter(new TerminalSafeWriter(rawErr), true);
        CommandLine cl = new CommandLine(new PodForgeCli());
        // every command answers -h/--help and -V/--version, without each command having to say so
        cl.getSubcommands().forEach((name, sub) -> {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
        });
        cl.setOut(out);
        cl.setErr(err);
        // invalid options already exit with picocli's USAGE code, 2 (= BAD_INPUT)
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("podforge: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return BAD_INPUT;
        });
        int code;
        org.podforge.service.StartupTrace.mark("cli-parsed");
        try {
            code = cl.execute(args);
        } catch (VirtualMachineError e) {
            code = fatal(e, args, err);
        }
        out.flush();
        err.flush();
        org.podforge.service.StartupTrace.mark("cli-done");
        org.podforge.service.StartupTrace.threads();
        return code;
    }

    /**
     * Out of memory (or another failure of the JVM itself) anywhere in a command: one message saying what
     * ran out and how to raise it, exit 2 (bad input: the input is too large for this heap), never 1 (which
     * means the design has errors) and never a stack trace.
     */
    static int fatal(VirtualMachineError e, String[] args, PrintWriter err) {
        FatalErrors.releaseReserve();
        String cmd = String.join(" ", args);
        if (cmd.length() > 200) {
            cmd = cmd.substring(0, 200) + "…";
        }
        err.println("podforge: " + FatalErrors.describe(e, "running 'podforge " + cmd + "'", "java -Xmx? -jar podforge.jar " + cmd));
        return BAD_INPUT;
    }

    /** Version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"PodForge " + org.podforge.service.AppInfo.version()};
        }
    }
}
