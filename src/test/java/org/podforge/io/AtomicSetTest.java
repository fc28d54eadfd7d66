package org.podforge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves and multi-file exports: whole or not at all, no debris, long names. */
class AtomicSetTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLongFileNameSavesBecauseTheTempNameIsCut() throws IOException {
        String name = "d".repeat(226) + ".podforge.json"; // 240 characters
        assertEquals(240, name.length());
        Path f = dir.resolve(name);
        AtomicFiles.write(f, os -> os.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("{}", Files.readString(f));
        String multibyte = "é".repeat(120) + ".json"; // 245 bytes in UTF-8
        AtomicFiles.write(dir.resolve(multibyte), os -> os.write(1));
        assertEquals(java.util.Set.of(multibyte, name), java.util.Set.copyOf(names()), "both saved, no temp file left");
        assertTrue(AtomicFiles.tempPrefix(name).getBytes(StandardCharsets.UTF_8).length <= AtomicFiles.NAME_BYTES_IN_TEMP + 2);
    }

    @Test
    void tempFilesOfDeadProcessesAreRemovedByTheNextWriteToTheSamePlace() throws IOException {
        Path f = dir.resolve("x.podforge.json");
        long ours = ProcessHandle.current().pid();
        Path dead = Files.writeString(dir.resolve(".x.podforge.json.2147483646.77.tmp"), "half");
        Path oldStyle = Files.writeString(dir.resolve(".x.podforge.json.8812345678901234.tmp"), "half");
        Path mine = Files.writeString(dir.resolve(".x.podforge.json." + ours + ".5.tmp"), "in flight");
        Path other = Files.writeString(dir.resolve(".y.podforge.json.2147483646.1.tmp"), "another target's");
        AtomicFiles.write(f, os -> os.write('1'));
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(oldStyle));
        assertTrue(Files.exists(mine), "a write of this process may be under way");
        assertTrue(Files.exists(other), "only the temp files of this target are touched");
    }

    @Test
    void whileItIsWrittenTheTempFileIsNewNamedForThisProcessAndOnlyTheOwnersToRead() throws IOException {
        Path f = dir.resolve("x.json");
        String start = ".x.json." + ProcessHandle.current().pid() + ".";
        List<List<String>> seen = new java.util.ArrayList<>();
        List<String> perms = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            AtomicFiles.write(f, os -> {
                List<String> now = names();
                seen.add(now);
                Path tmp = dir.resolve(now.stream().filter(n -> n.startsWith(start)).findFirst().orElseThrow());
                assertTrue(tmp.getFileName().toString().matches(java.util.regex.Pattern.quote(start) + "\\d+\\.tmp"), tmp.toString());
                if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    perms.add(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp)));
                }
                os.write('1');
            });
        }
        assertEquals(1, seen.get(0).size(), "only the temp file while the first write runs: " + seen);
        assertEquals(2, seen.get(1).size(), "the file and the temp file: " + seen);
        assertTrue(perms.stream().allMatch("rw-------"::equals), perms.toString());
        assertEquals(List.of("x.json"), names(), "no temp file left");
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @Test
    void aSetIsWrittenWholeWithAManifestOrNotAtAll() throws Exception {
        try (FileSet set = new FileSet(dir)) {
            set.add(dir.resolve("a.csv"), os -> os.write("old a".getBytes(StandardCharsets.UTF_8)));
            set.add(dir.resolve("sub/b.csv"), os -> os.write("old b".getBytes(StandardCharsets.UTF_8)));
            set.commit();
        }
        List<String> manifest = Files.readAllLines(dir.resolve(FileSet.MANIFEST));
        assertEquals(List.of(sha(dir.resolve("a.csv")) + "  a.csv", sha(dir.resolve("sub/b.csv")) + "  sub/b.csv"), manifest);

        // the second file fails: no file changes, no temp file stays, and no manifest claims a complete set
        assertThrows(IOException.class, () -> {
            try (FileSet set = new FileSet(dir)) {
                set.add(dir.resolve("a.csv"), os -> os.write("new a".getBytes(StandardCharsets.UTF_8)));
                set.add(dir.resolve("sub/b.csv"), os -> {
                    os.write("new b, half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                });
                set.commit();
            }
        });
        assertEquals("old a", Files.readString(dir.resolve("a.csv")));
        assertEquals("old b", Files.readString(dir.resolve("sub/b.csv")));
        assertEquals(List.of("a.csv", "sub"), names());
        try (Stream<Path> s = Files.list(dir.resolve("sub"))) {
            assertEquals(1, s.count());
        }
    }
}
