package org.podforge.io;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The app's log file: a rolling {@value #FILE_NAME} in the log directory (daily, and at
 * {@value #MAX_FILE_SIZE} per file; 7 days and {@value #TOTAL_CAP} kept), with everything at INFO and above from
 * PodForge, JavaFX and the JDK (java.util.logging routed in). Until {@link #start} runs, and always in the
 * command line, {@link LogDefaults} sends only warnings and errors to stderr. Logback stays in this package.
 */
public final class AppLog {
    public static final String FILE_NAME = "podforge.log";
    static final String MAX_FILE_SIZE = "10MB";
    static final String TOTAL_CAP = "50MB";
    private static volatile Path current;

    private AppLog() {
    }

    /**
     * Starts writing the log file in {@code dir} (created if missing). Returns the file, or empty when the
     * directory cannot be written (then the reason goes to stderr and the app runs without a log file).
     * A second call with the same directory does nothing.
     */
    public static synchronized Optional<Path> start(Path dir, String version) {
        Path file = dir.toAbsolutePath().resolve(FILE_NAME);
        if (file.equals(current)) {
            return Optional.of(file);
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return Optional.empty(); // another SLF4J backend is bound (a test harness): it decides where logs go
        }
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new IOException("not writable");
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("PodForge: cannot write the log folder " + dir + " (" + e.getMessage()
                    + "); logging to this terminal only");
            return Optional.empty();
        }
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName("FILE");
        appender.setFile(file.toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(appender);
        policy.setFileNamePattern(dir.toAbsolutePath().resolve("podforge.%d{yyyy-MM-dd}.%i.log.gz").toString());
        policy.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
        policy.setMaxHistory(7);
        policy.setTotalSizeCap(FileSize.valueOf(TOTAL_CAP));
        policy.start();
        appender.setRollingPolicy(policy);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();
        if (!appender.isStarted()) {
            System.err.println("PodForge: cannot open the log file " + file + "; logging to this terminal only");
            return Optional.empty();
        }
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.Appender<ILoggingEvent> previous = root.getAppender("FILE");
        if (previous != null) { // started before in another folder (tests): one file at a time
            root.detachAppender(previous);
            previous.stop();
        }
        root.addAppender(appender);
        root.setLevel(Level.INFO);
        routeJavaUtilLogging(ctx);
        current = file;
        Logger log = LoggerFactory.getLogger(AppLog.class);
        log.info("PodForge {} started; Java {} ({}), {} {} {}", version, System.getProperty("java.version"),
                System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"));
        return Optional.of(file);
    }

    /** The log file being written, or empty before {@link #start} (or when it could not start). */
    public static Optional<Path> currentFile() {
        return Optional.ofNullable(current);
    }

    /** JavaFX and the JDK log through java.util.logging: send it to the same file, at the same levels. */
    private static void routeJavaUtilLogging(LoggerContext ctx) {
        LevelChangePropagator propagator = new LevelChangePropagator();
        propagator.setContext(ctx);
        propagator.setResetJUL(true);
        propagator.start();
        ctx.addListener(propagator);
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
