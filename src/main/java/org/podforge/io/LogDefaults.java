package org.podforge.io;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * Logback's configuration before the app starts its log file ({@link AppLog}), and always for the command
 * line: warnings and errors to stderr only, so command output on stdout stays clean; PDFBox at ERROR (it warns
 * while it maps the standard PDF fonts to a system font: expected, not for the user, decision 0016).
 *
 * <p>Set in code rather than in a {@code logback.xml}: reading the XML loaded about 680 classes (Joran and the
 * JDK's XML parser) and cost about half a second of CPU at every start of the app and of each command
 * (docs/decisions/0021). Found by logback through {@code META-INF/services}. A configuration file given with
 * {@code -Dlogback.configurationFile} still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogDefaults extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ctx.getStatusManager().add(new NopStatusListener()); // logback's own status messages stay out of the terminal
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ThresholdFilter warn = new ThresholdFilter();
        warn.setLevel(Level.WARN.levelStr); // the log file (when the app starts one) takes INFO too; the terminal only warnings and errors
        warn.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(ctx);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.addFilter(warn);
        stderr.start();
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        ctx.getLogger("org.apache.pdfbox").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
