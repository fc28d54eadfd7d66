package org.podforge.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.LongPredicate;
import org.podforge.io.ProjectWriter;

/**
 * Autosave and crash recovery, toolkit-free. A running app writes its unsaved design to
 * {@code autosave-<pid>.podforge.json} beside a {@code autosave-<pid>.lock} that records the pid, the
 * time and the file the design belongs to. A clean exit (or a save) discards both. On the next start,
 * snapshots whose process is no longer alive are offered for recovery; a recovered design opens as an
 * untitled copy, so the original file is never overwritten without the user choosing to.
 */
public final class AutosaveStore {
    private static final String PREFIX = "autosave-";
    private static final String LOCK = ".lock";
    private static final String DATA = ".podforge.json";

    /** A snapshot left behind by a process that did not exit cleanly. */
    public record Recoverable(Path snapshot, Path lock, long pid, Instant savedAt, String originalFile, String projectName) {
    }

    private final Path dir;
    private final long pid;

    public AutosaveStore(Path dir) {
        this(dir, ProcessHandle.current().pid());
    }

    public AutosaveStore(Path dir, long pid) {
        this.dir = dir;
        this.pid = pid;
    }

    public Path dir() {
        return dir;
    }

    public Path snapshotFile() {
        return dir.resolve(PREFIX + pid + DATA);
    }

    public Path lockFile() {
        return dir.resolve(PREFIX + pid + LOCK);
    }

    /**
     * Writes the snapshot (the project file text) and its lock, both atomically. Safe to call from a
     * background thread: it touches only the given text.
     */
    public void write(String projectJson, Path originalFile, String projectName, Instant when) throws IOException {
        ProjectWriter.writeAtomically(snapshotFile(), projectJson.getBytes(StandardCharsets.UTF_8));
        writeLock(originalFile, projectName, when);
    }

    /**
     * Writes the project itself as the snapshot, streamed to the file (no copy of its text in memory), and its
     * lock: the emergency autosave after an out-of-memory error, on the thread that owns the project.
     */
    public void writeNow(org.podforge.model.Project project, Path originalFile, Instant when) throws IOException {
        org.podforge.io.AtomicFiles.write(snapshotFile(), out -> ProjectWriter.write(project, out));
        writeLock(originalFile, project.name(), when);
    }

    private void writeLock(Path originalFile, String projectName, Instant when) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("savedAt", when.toString());
        p.setProperty("originalFile", originalFile == null ? "" : originalFile.toAbsolutePath().toString());
        p.setProperty("projectName", projectName == null ? "" : projectName);
        StringWriter w = new StringWriter();
        p.store(w, "PodForge autosave lock");
        ProjectWriter.writeAtomically(lockFile(), w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes this process's snapshot and lock (clean exit, or the design was saved). */
    public void discard() throws IOException {
        Files.deleteIfExists(snapshotFile());
        Files.deleteIfExists(lockFile());
    }

    /** Snapshots of processes that are no longer alive, newest first. */
    public List<Recoverable> findRecoverable() {
        return findRecoverable(other -> other != pid && ProcessHandle.of(other).map(ProcessHandle::isAlive).orElse(false));
    }

    /** As {@link #findRecoverable()}, with the liveness test given (for tests). */
    public List<Recoverable> findRecoverable(LongPredicate alive) {
        List<Recoverable> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, PREFIX + "*" + LOCK)) {
            for (Path lock : ds) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(lock)) {
                    p.load(in);
                } catch (IOException e) {
                    continue;
                }
                long other;
                Instant at;
                try {
                    other = Long.parseLong(p.getProperty("pid", ""));
                    at = Instant.parse(p.getProperty("savedAt", ""));
                } catch (RuntimeException e) {
                    continue;
                }
                if (other == pid || alive.test(other)) {
                    continue;
                }
                Path snap = dir.resolve(PREFIX + other + DATA);
                if (Files.isRegularFile(snap)) {
                    out.add(new Recoverable(snap, lock, other, at, p.getProperty("originalFile", ""), p.getProperty("projectName", "")));
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(Comparator.comparing(Recoverable::savedAt).reversed());
        return out;
    }

    /** Deletes a recoverable snapshot (the user declined it, or it was recovered and opened). */
    public static void discard(Recoverable r) throws IOException {
        Files.deleteIfExists(r.snapshot());
        Files.deleteIfExists(r.lock());
    }
}
