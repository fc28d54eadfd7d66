package org.podforge.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Several files written as one set (the CSV export folder). Every file is first written in full to its temp
 * file ({@link AtomicFiles#prepare}); only when all of them are written are they moved into place, one after
 * the other, and then a manifest is written last, listing each file with its SHA-256 in {@code sha256sum}
 * format. The manifest is removed before a new set is started, so:
 * <ul>
 *   <li>a failure while writing any file changes none of the old files;</li>
 *   <li>a set is complete exactly when its manifest is there and every checksum matches
 *       ({@code sha256sum -c podforge-set.sha256} in the folder);</li>
 *   <li>a run killed between the moves leaves no manifest, so a mixed set is never mistaken for a whole one,
 *       and its temp files are removed by the next export to the same folder.</li>
 * </ul>
 */
public final class FileSet implements AutoCloseable {
    public static final String MANIFEST = "podforge-set.sha256";

    private final Path dir;
    private final List<AtomicFiles.Staged> staged = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private boolean committed;

    /** Starts a set in {@code dir} (created if needed); an old manifest there is removed first. */
    public FileSet(Path dir) throws IOException {
        this.dir = dir.toAbsolutePath();
        Files.createDirectories(this.dir);
        Files.deleteIfExists(this.dir.resolve(MANIFEST));
    }

    /** Writes one file of the set (a path inside the set's folder) to its temp file. */
    public Path add(Path file, AtomicFiles.Body body) throws IOException {
        Path target = file.toAbsolutePath();
        if (!target.startsWith(dir)) {
            throw new IllegalArgumentException(file + " is not inside " + dir);
        }
        MessageDigest md = sha256();
        staged.add(AtomicFiles.prepare(target, os -> {
            DigestOutputStream d = new DigestOutputStream(os, md);
            body.writeTo(d);
            d.flush();
        }));
        lines.add(HexFormat.of().formatHex(md.digest()) + "  " + dir.relativize(target).toString().replace('\\', '/'));
        return target;
    }

    /** Moves every file into place, then writes the manifest that marks the set complete. */
    public void commit() throws IOException {
        for (AtomicFiles.Staged s : staged) {
            s.commit();
        }
        committed = true;
        AtomicFiles.write(dir.resolve(MANIFEST), os -> os.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Without a commit: deletes every temp file; the old files stay as they were. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            for (AtomicFiles.Staged s : staged) {
                s.discard();
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
