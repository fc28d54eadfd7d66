package org.podforge.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Checks an input file before anything opens it: it must be a regular file (a named pipe would block the
 * reader forever, a device such as /dev/zero never ends) no larger than the reader supports. Refusing up
 * front gives a clear message instead of a hang or an out-of-memory error.
 */
public final class InputFiles {
    /** The largest project file PodForge reads: 1 GiB (the reader holds the whole file in memory). */
    public static final long MAX_PROJECT_BYTES = 1L << 30;

    private InputFiles() {
    }

    /** Why {@code file} cannot be read as an input of at most {@code maxBytes}, or empty when it can be tried. */
    public static Optional<String> problem(Path file, long maxBytes) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class); // follows symbolic links
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.of(file + ": no such file.");
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // let the read report it with its own message
        }
        if (a.isDirectory()) {
            return Optional.of(file + ": is a directory, not a file.");
        }
        if (!a.isRegularFile()) {
            return Optional.of(file + ": is not a regular file (a device, a named pipe or a socket); PodForge reads "
                    + "only ordinary files. Save the data to a file first.");
        }
        if (a.size() > maxBytes) {
            return Optional.of(file + ": is " + mb(a.size()) + "; PodForge reads files up to " + mb(maxBytes)
                    + ". This is larger than any design PodForge supports; check that it is the right file.");
        }
        return Optional.empty();
    }

    /** Throws a {@link ProjectFileException} when {@code file} is not a project file PodForge can try to read. */
    static void requireProjectFile(Path file) throws ProjectFileException {
        Optional<String> p = problem(file, MAX_PROJECT_BYTES);
        if (p.isPresent()) {
            throw new ProjectFileException(p.get());
        }
    }

    private static String mb(long bytes) {
        return bytes >= 1L << 30 && bytes % (1L << 30) == 0 ? (bytes >> 30) + " GB"
                : String.format(java.util.Locale.ROOT, "%,d bytes", bytes);
    }
}
