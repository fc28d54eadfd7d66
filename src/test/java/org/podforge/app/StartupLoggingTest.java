package org.podforge.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.Launcher;
import org.podforge.service.StartupTrace;

/**
 * Logging starts on the read-ahead thread, in parallel with JavaFX's start (docs/decisions/0021): the classes the
 * launcher's main thread initialises before JavaFX runs must not start it there. A static SLF4J logger does: its
 * initialiser sets up logback (~0.1 s, seen in a stack sample of the main thread as PodForgeApp's static initialiser).
 */
class StartupLoggingTest {
    @Test
    void classesInitialisedBeforeJavaFxStartsHoldNoStaticLogger() {
        for (Class<?> c : List.of(Launcher.class, PodForgeApp.class, StartupPreload.class, StartupFonts.class, StartupTrace.class)) {
            List<String> loggers = Arrays.stream(c.getDeclaredFields())
                    .filter(f -> Modifier.isStatic(f.getModifiers()) && org.slf4j.Logger.class.isAssignableFrom(f.getType()))
                    .map(Field::getName).toList();
            assertTrue(loggers.isEmpty(), c.getSimpleName() + " starts logging when it is initialised: " + loggers);
        }
    }
}
