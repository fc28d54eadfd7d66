package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.FileSet;
import org.podforge.io.ProjectReader;

/**
 * kill -9 at random moments while a forked PodForge saves a project or exports a CSV set: the old file is
 * always intact (or the new one complete), a set is either marked complete by a manifest that matches
 * every file or not marked at all, and the next write to the same place leaves no debris. Seeded and bounded
 * ({@value #DEFAULT_KILLS} kills of each kind); more with -Dpodforge.kill.runs=N -Dpodforge.kill.seed=S.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class KillDuringWriteTest {
    static final int DEFAULT_KILLS = 3;

    @TempDir
    Path dir;

    private final Random rnd = new Random(Long.getLong("podforge.kill.seed", 12L));
    private final int kills = Integer.getInteger("podforge.kill.runs", DEFAULT_KILLS);

    private static Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.podforge.Launcher"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Starts the command and kills it (SIGKILL) after a random delay, or lets it finish when it is faster. */
    private void killSomewhere(long maxDelayMs, String... args) throws Exception {
        Process p = start(args);
        long delay = 200 + (long) (rnd.nextDouble() * maxDelayMs);
        if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL on Linux and macOS
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    }

    private static List<Path> debris(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void killedSavesNeverCorruptTheFileAndTheNextSaveLeavesNoDebris() throws Exception {
        Path f = dir.resolve("design.podforge.json");
        assertEquals(0, CliTest.run("generate", f.toString()).code());
        byte[] old = Files.readAllBytes(f);
        int sawOld = 0;
        for (int i = 0; i < kills; i++) {
            killSomewhere(4000, "generate", "--gpus", "4096", f.toString());
            byte[] now = Files.readAllBytes(f);
            if (java.util.Arrays.equals(now, old)) {
                sawOld++;
            } else {
                // the move happened: the new file is complete
                var p = new ProjectReader(CatalogLoader.builtIn()).read(f).project();
                assertEquals(64, p.pods().stream().mapToInt(org.podforge.model.Pod::replicas).sum(),
                        "kill " + i + ": a complete 4,096-accelerator design (64 pods, as replicas)");
                assertEquals(false, p.fabric().isEmpty(), "kill " + i + ": with its generated fabric");
                old = now;
            }
        }
        System.out.printf("kill -9 during save: %d kills, the old file stood %d times, the new file was complete the others%n",
                kills, sawOld);
        assertEquals(0, CliTest.run("generate", f.toString()).code());
        assertEquals(List.of(), debris(dir), "the next save to the same place removed the killed runs' temp files");
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    /** The set is either marked complete by a manifest whose every checksum matches, or not marked at all. */
    private static boolean completeSet(Path csv) throws Exception {
        Path m = csv.resolve(FileSet.MANIFEST);
        if (!Files.exists(m)) {
            return false;
        }
        List<String> lines = Files.readAllLines(m);
        assertTrue(lines.size() >= 3, lines.toString());
        for (String line : lines) {
            String[] parts = line.split(" {2}", 2);
            assertEquals(parts[0], sha(csv.resolve(parts[1])), "the manifest matches " + parts[1]);
        }
        return true;
    }

    @Test
    void killedExportsNeverLeaveAMixedSetMarkedCompleteABrokenWorkbookNorDebris() throws Exception {
        Path big = dir.resolve("big.podforge.json");
        assertEquals(0, CliTest.run("generate", "--gpus", "1024", big.toString()).code());
        Path csv = dir.resolve("out");
        assertEquals(0, CliTest.run("export", CliTest.SAMPLE.toString(), "--csv", csv.toString()).code());
        assertTrue(completeSet(csv));
        Path xlsx = dir.resolve("out.xlsx");
        assertEquals(0, CliTest.run("export", CliTest.SAMPLE.toString(), "--xlsx", xlsx.toString()).code());
        int complete = 0;
        for (int i = 0; i < Math.max(1, kills - 1); i++) {
            killSomewhere(4500, "export", big.toString(), "--csv", csv.toString(), "--xlsx", xlsx.toString());
            if (completeSet(csv)) {
                complete++;
            }
            try (var in = Files.newInputStream(xlsx); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
                assertTrue(wb.getNumberOfSheets() >= 7, "kill " + i + ": the workbook, old or new, opens");
            }
        }
        System.out.printf("kill -9 during export: %d kills, %d left a complete CSV set, the others no manifest%n",
                Math.max(1, kills - 1), complete);
        assertEquals(0, CliTest.run("export", CliTest.SAMPLE.toString(), "--csv", csv.toString()).code());
        assertTrue(completeSet(csv));
        assertEquals(List.of(), debris(dir.resolve("out")), "the next export to the same folder removed the temp files");
        assertEquals(0, CliTest.run("export", CliTest.SAMPLE.toString(), "--xlsx", xlsx.toString()).code());
        assertEquals(List.of(), debris(dir), "and the next workbook export removed the workbook's");
    }
}
