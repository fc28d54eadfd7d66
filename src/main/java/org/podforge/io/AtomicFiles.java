package org.podforge.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file atomically, streaming: into
 * a temp file beside the target, forced to disk, then moved over the target (keeping the permissions of
 * the file it replaces). A failure at any point
 * deletes the temp file and leaves the previous target (or none) untouched: never a half-written file.
 * <p>
 * Temp files are named {@code .NAME.PID.RANDOM.tmp} (NAME cut so the whole name fits the usual 255-byte
 * file-name limit, so a 240-character file name still saves). A process killed mid-write (kill -9, power
 * loss) cannot delete its temp file: the next write to the same target removes the temp files of
 * processes that no longer run.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the body of a file to a stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path file, Body body) throws IOException {
        prepare(file, body).commit();
    }

    /** A file written in full to its temp file, waiting to be moved over its target. */
    public static final class Staged {
        private final Path tmp;
        private final Path target;
        private boolean done;

        private Staged(Path tmp, Path target) {
            this.tmp = tmp;
            this.target = target;
        }

        public Path target() {
            return target;
        }

        /** Moves the temp file over the target (atomically where the file system can). */
        public void commit() throws IOException {
            try {
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                done = true;
            } finally {
                if (!done) {
                    discard();
                }
            }
        }

        /** Deletes the temp file; the target stays as it was. */
        public void discard() throws IOException {
            done = true;
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes the body to a temp file beside {@code file}, forced to disk, without touching {@code file}: several
     * files can be prepared and then committed together, so a failure while writing any of them changes none.
     */
    public static Staged prepare(Path file, Body body) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        String prefix = tempPrefix(target.getFileName().toString());
        removeStale(dir, prefix);
        Path tmp = Files.createTempFile(dir, prefix + ProcessHandle.current().pid() + ".", ".tmp");
        boolean written = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream raw = Channels.newOutputStream(ch);
                BufferedOutputStream out = new BufferedOutputStream(new NonClosing(raw), 1 << 16);
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            permissions(tmp, target);
            written = true;
            return new Staged(tmp, target);
        } finally {
            if (!written) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Bytes of the target's name kept in its temp names: with the PID, a random number and ".tmp" they stay under 255. */
    static final int NAME_BYTES_IN_TEMP = 190;

    /** {@code .NAME.} with NAME cut to {@link #NAME_BYTES_IN_TEMP} UTF-8 bytes (on a character boundary). */
    static String tempPrefix(String name) {
        byte[] b = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (b.length <= NAME_BYTES_IN_TEMP) {
            return "." + name + ".";
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + n > NAME_BYTES_IN_TEMP) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return "." + sb + ".";
    }

    /** Deletes {@code prefix + PID + ...tmp} files left by processes that no longer run (a kill -9 mid-write). */
    static void removeStale(Path dir, String prefix) {
        if (dir == null) {
            return;
        }
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path p : ds) {
                String rest = p.getFileName().toString().substring(prefix.length());
                int dot = rest.indexOf('.');
                if (dot <= 0) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(rest.substring(0, dot));
                } catch (NumberFormatException e) {
                    continue; // not one of ours
                }
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue; // another PodForge is writing this target right now
                }
                if (pid == ProcessHandle.current().pid()) {
                    continue; // this process: a concurrent write of its own
                }
                Files.deleteIfExists(p);
            }
        } catch (IOException | SecurityException e) {
            // cleaning up is best effort; the write itself goes on
        }
    }

    /**
     * Temp files are created owner-only; an export is a normal document: keep the permissions of the file
     * it replaces, else rw-r--r-- (where the file system has POSIX permissions).
     */
    private static void permissions(Path tmp, Path target) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (Windows): the default ACLs apply
        }
    }

    /** Keeps a body (POI closes streams it is given) from closing the channel before it is forced. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
