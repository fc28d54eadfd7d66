package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Fatal errors end with a clear message and exit 2, never a stack trace, a hang or exit 1. */
class FatalErrorCliTest {
    @TempDir
    Path dir;

    /** Runs the real launcher in a fresh JVM with the given heap. */
    static CliTest.Run fork(String xmx, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "org.podforge.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command finished");
        return new CliTest.Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void outOfMemoryExitsTwoWithAMessageNotAStackTrace() throws Exception {
        Path big = dir.resolve("big.podforge.json");
        // 32 separate pods written out (not replicas: a generated cluster of replicas is now too compact to run out)
        org.podforge.io.ProjectWriter.save(org.podforge.service.PodGenerator.cluster(2048), big);
        CliTest.Run r = fork("40m", "validate", big.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("ran out of Java heap memory") && r.err().contains("-Xmx") && r.err().contains("big.podforge.json"),
                r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), r.err());
    }

    /**
     * Every command that reads a design ends the same way when memory runs out: one message naming what ran out, the
     * option and the file, exit 2, no stack trace, and no half-written output left where one was asked for.
     */
    @Test
    void outOfMemoryInEveryCommandExitsTwoWithAMessage() throws Exception {
        Path big = dir.resolve("big.podforge.json");
        org.podforge.io.ProjectWriter.save(org.podforge.service.PodGenerator.cluster(2048), big);
        Path xlsx = dir.resolve("out.xlsx");
        Path pdf = dir.resolve("out.pdf");
        List<String[]> commands = List.of(new String[] {"info", big.toString()}, new String[] {"bom", big.toString()},
                new String[] {"export", big.toString(), "--xlsx", xlsx.toString(), "--csv", dir.resolve("csv").toString()},
                new String[] {"print", big.toString(), "--pdf", pdf.toString()},
                new String[] {"compare", big.toString(), big.toString()});
        for (String[] args : commands) {
            CliTest.Run r = fork("40m", args);
            String what = String.join(" ", args);
            assertEquals(2, r.code(), what + ": " + r.err());
            assertTrue(r.err().contains("ran out of Java heap memory") && r.err().contains("-Xmx") && r.err().contains("big.podforge.json"),
                    what + ": " + r.err());
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), what + ": " + r.err());
        }
        assertFalse(Files.exists(xlsx) || Files.exists(pdf) || Files.exists(dir.resolve("csv").resolve("cable-schedule.csv")),
                "nothing half-written");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devicesAndNamedPipesAreRefusedUpFront() throws Exception {
        CliTest.Run dev = CliTest.run("info", "/dev/zero");
        assertEquals(2, dev.code());
        assertTrue(dev.err().contains("not a regular file"), dev.err());
        Path fifo = dir.resolve("pipe.podforge.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mk.waitFor() == 0) {
            CliTest.Run pipe = CliTest.run("validate", fifo.toString()); // would block forever if opened
            assertEquals(2, pipe.code());
            assertTrue(pipe.err().contains("named pipe"), pipe.err());
        }
        CliTest.Run prices = CliTest.run("bom", CliTest.SAMPLE.toString(), "--prices", "/dev/zero");
        assertEquals(2, prices.code());
        assertTrue(prices.err().contains("not a regular file"), prices.err());
    }

    @Test
    void oversizedFilesAreRefusedBeforeReading() throws Exception {
        Path huge = dir.resolve("huge.podforge.json");
        try (var ch = java.nio.channels.FileChannel.open(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), org.podforge.io.InputFiles.MAX_PROJECT_BYTES); // sparse: no disk used
        }
        CliTest.Run r = CliTest.run("info", huge.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("PodForge reads files up to 1 GB"), r.err());
    }

    @Test
    void generateBoundsItsInput() {
        CliTest.Run r = CliTest.run("generate", "--gpus", "2147483584", dir.resolve("x.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("between 64 and 131072"), r.err());
        assertFalse(Files.exists(dir.resolve("x.json")));
    }
}
