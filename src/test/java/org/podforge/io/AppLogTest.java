package org.podforge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The app's log file: created in the folder given, receives SLF4J and java.util.logging (JavaFX) messages. */
class AppLogTest {
    @Test
    void writesSlf4jAndJulMessagesToTheFileInTheGivenFolder(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("logs");
        Path file = AppLog.start(dir, "9.9.9-test").orElseThrow();
        assertEquals(dir.toAbsolutePath().resolve("podforge.log"), file);
        assertEquals(file, AppLog.currentFile().orElseThrow());
        LoggerFactory.getLogger("org.podforge.test").warn("slf4j warning for the file");
        LoggerFactory.getLogger("org.podforge.test").debug("debug stays out");
        Logger.getLogger("javafx.scene.test").warning("JUL warning for the file");
        String text = Files.readString(file);
        assertTrue(text.contains("PodForge 9.9.9-test started"), text);
        assertTrue(text.contains("slf4j warning for the file"), text);
        assertTrue(text.contains("JUL warning for the file"), text);
        assertTrue(!text.contains("debug stays out"), text);
        // a second start in the same folder keeps the same file
        assertEquals(file, AppLog.start(dir, "9.9.9-test").orElseThrow());
    }

    @Test
    void anUnwritableFolderMeansNoFileAndNoCrash(@TempDir Path tmp) throws Exception {
        Path blocker = tmp.resolve("not-a-dir");
        Files.writeString(blocker, "a file where the log folder should be");
        assertTrue(AppLog.start(blocker.resolve("logs"), "x").isEmpty());
    }
}
