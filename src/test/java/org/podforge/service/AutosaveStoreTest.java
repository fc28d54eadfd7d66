package org.podforge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveStoreTest {
    @TempDir
    Path dir;

    @Test
    void aSnapshotOfADeadProcessIsOfferedAndACleanExitLeavesNothing() throws Exception {
        AutosaveStore crashed = new AutosaveStore(dir, 4242);
        crashed.write("{\"name\":\"x\"}\n", Path.of("/tmp/a.podforge.json"), "My pod", Instant.parse("2026-11-22T05:00:00Z"));
        AutosaveStore running = new AutosaveStore(dir, 77);
        running.write("{}\n", null, "Other", Instant.parse("2026-11-22T05:01:00Z"));

        AutosaveStore next = new AutosaveStore(dir, 99);
        List<AutosaveStore.Recoverable> found = next.findRecoverable(pid -> pid == 77);
        assertEquals(1, found.size(), "the live process 77 is not offered");
        AutosaveStore.Recoverable r = found.get(0);
        assertEquals(4242, r.pid());
        assertEquals("My pod", r.projectName());
        assertTrue(r.originalFile().endsWith("a.podforge.json"));
        assertEquals("{\"name\":\"x\"}\n", Files.readString(r.snapshot()));

        AutosaveStore.discard(r);
        assertTrue(next.findRecoverable(pid -> pid == 77).isEmpty());
        running.discard();
        assertFalse(Files.exists(running.snapshotFile()));
        assertFalse(Files.exists(running.lockFile()));
    }

    @Test
    void aMissingDirectoryOrAGarbledLockIsIgnored() throws Exception {
        assertTrue(new AutosaveStore(dir.resolve("none"), 1).findRecoverable(pid -> false).isEmpty());
        Files.writeString(dir.resolve("autosave-5.lock"), "pid=abc\n");
        Files.writeString(dir.resolve("autosave-5.podforge.json"), "{}");
        assertTrue(new AutosaveStore(dir, 1).findRecoverable(pid -> false).isEmpty());
    }
}
