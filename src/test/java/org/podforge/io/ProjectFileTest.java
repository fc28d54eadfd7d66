package org.podforge.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;
import org.podforge.testutil.TestCatalog;

class ProjectFileTest {
    @TempDir
    Path dir;

    private final Catalog catalog = TestCatalog.catalog();

    private static String readSmall() {
        return ProjectWriter.toJson(TestCatalog.smallProject());
    }

    @Test
    void roundTripIsByteIdenticalAndDeterministic() throws Exception {
        Project p = TestCatalog.smallProject();
        p.setThresholdOverride("geometry.slackFraction", 0.5);
        p.setSeverityOverride("rack.power", "WARNING");
        Path f = dir.resolve("a.podforge.json");
        ProjectWriter.save(p, f);
        byte[] first = Files.readAllBytes(f);
        LoadResult lr = new ProjectReader(catalog).read(f);
        assertTrue(lr.warnings().isEmpty(), lr.warnings().toString());
        ProjectWriter.save(lr.project(), f);
        assertArrayEquals(first, Files.readAllBytes(f), "saving an unchanged project rewrites the same bytes");
        String text = new String(first, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), "LF line ends only");
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.indexOf("\"format\"") < text.indexOf("\"name\"") && text.indexOf("\"name\"") < text.indexOf("\"pods\""),
                "keys are sorted");
    }

    @Test
    void sampleInDocsIsWhatTheGeneratorBuildsAndLoadsWithoutWarnings() throws Exception {
        Catalog real = CatalogLoader.builtIn();
        Path sample = Path.of("docs/examples/sample-8x8.podforge.json");
        assertEquals(ProjectWriter.toJson(PodGenerator.sample()), Files.readString(sample),
                "docs/examples/sample-8x8.podforge.json is stale: regenerate it with "
                        + "'java -jar target/podforge.jar generate docs/examples/sample-8x8.podforge.json'");
        LoadResult lr = new ProjectReader(real).read(sample);
        assertEquals(List.of(), lr.warnings());
        try (var in = ProjectFileTest.class.getResourceAsStream("/examples/sample-8x8.podforge.json")) {
            assertTrue(in != null, "the sample is embedded in the jar");
            assertEquals(Files.readString(sample), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void unknownPartLoadsFlaggedAndIsKept() throws Exception {
        String text = readSmall().replace("\"part\" : \"T-GPU\"", "\"part\" : \"ACME-GPU-9000\"");
        LoadResult lr = new ProjectReader(catalog).read("x.podforge.json", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(java.util.Set.of("ACME-GPU-9000"), lr.unknownParts());
        assertTrue(lr.warnings().get(0).contains("ACME-GPU-9000"));
        assertEquals(text, ProjectWriter.toJson(lr.project()), "nothing is dropped");
    }

    private ProjectFileException fails(String text) {
        return assertThrows(ProjectFileException.class,
                () -> new ProjectReader(catalog).read("bad.podforge.json", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void truncatedFileNamesLineAndSaysTruncated() {
        String text = readSmall();
        String cut = text.substring(0, text.length() / 2);
        ProjectFileException e = fails(cut);
        long lines = cut.chars().filter(c -> c == '\n').count() + 1;
        assertTrue(e.getMessage().contains("line " + lines), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void notJsonSaysSo() {
        ProjectFileException e = fails("this is not json");
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("not valid JSON"), e.getMessage());
        assertTrue(fails("").getMessage().contains("empty"));
        assertTrue(fails("[1,2]").getMessage().contains("expected a PodForge project"));
    }

    @Test
    void newerSchemaIsRefusedWithAClearMessage() {
        ProjectFileException e = fails(readSmall().replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 99"));
        assertTrue(e.getMessage().contains("schema version 99") && e.getMessage().contains("newer PodForge"), e.getMessage());
        ProjectFileException missing = fails(readSmall().replace("\"schemaVersion\" : 2", "\"version\" : 2"));
        assertTrue(missing.getMessage().contains("schemaVersion: missing"), missing.getMessage());
    }

    @Test
    void danglingLinkEndNamesTheLinkAndTheMissingComponent() {
        ProjectFileException e = fails(readSmall().replace("\"b\" : \"gpu-12/host\"", "\"b\" : \"gpu-99/host\""));
        assertTrue(e.getMessage().contains("pods[0].links[1].b"), e.getMessage());
        assertTrue(e.getMessage().contains("gpu-99") && e.getMessage().contains("dangling"), e.getMessage());
        ProjectFileException port = fails(readSmall().replace("\"b\" : \"gpu-12/host\"", "\"b\" : \"gpu-12/nvlink-7\""));
        assertTrue(port.getMessage().contains("no port 'nvlink-7'") && port.getMessage().contains("[host]"), port.getMessage());
    }

    @Test
    void impossibleValuesAreRejectedWithTheirPath() {
        ProjectFileException lanes = fails(readSmall().replaceFirst("\"lanes\" : 16", "\"lanes\" : -4"));
        assertTrue(lanes.getMessage().contains("pods[0].links[0].lanes") && lanes.getMessage().contains("-4"), lanes.getMessage());
        ProjectFileException high = fails(readSmall().replace("\"u\" : 5", "\"u\" : 40"));
        assertTrue(high.getMessage().contains("pods[0].racks[0].chassis[1].u"), high.getMessage());
        assertTrue(high.getMessage().contains("beyond the 42U") && high.getMessage().contains("U39"), high.getMessage());
        ProjectFileException replicas = fails(readSmall().replace("\"replicas\" : 2", "\"replicas\" : 0"));
        assertTrue(replicas.getMessage().contains("pods[0].replicas"), replicas.getMessage());
        ProjectFileException dup = fails(readSmall().replace("\"id\" : \"gpu-12\"", "\"id\" : \"gpu-11\""));
        assertTrue(dup.getMessage().contains("gpu-11") && dup.getMessage().contains("unique"), dup.getMessage());
        ProjectFileException typo = fails(readSmall().replace("\"replicas\" : 2", "\"replicaz\" : 2"));
        assertTrue(typo.getMessage().contains("unknown field 'replicaz'"), typo.getMessage());
        ProjectFileException medium = fails(readSmall().replaceFirst("\"medium\" : \"PCB\"", "\"medium\" : \"WIFI\""));
        assertTrue(medium.getMessage().contains("'WIFI' is not one of"), medium.getMessage());
        ProjectFileException slot = fails(readSmall().replace("\"slot\" : \"gpu-2\"", "\"slot\" : \"gpu-9\""));
        assertTrue(slot.getMessage().contains("no slot 'gpu-9'"), slot.getMessage());
    }

    @Test
    void migrationsRunInOrderBeforeReading() throws Exception {
        // Pretend a future schema 3 renames "replicas" to "copies". With that migration registered, a v2 file
        // is migrated before reading; this build's reader does not know "copies", which proves the tree it
        // read came out of the migration.
        String v2 = readSmall();
        Migrations m = new Migrations(3).step(2, tree -> {
            tree.put("schemaVersion", 3);
            tree.withArray("pods").forEach(pod -> {
                var o = (com.fasterxml.jackson.databind.node.ObjectNode) pod;
                o.set("copies", o.remove("replicas"));
            });
            return tree;
        });
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> new ProjectReader(catalog, m).read("v2.podforge.json", v2.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("unknown field 'copies'"), "the migration ran: " + e.getMessage());
        ProjectFileException gap = assertThrows(ProjectFileException.class,
                () -> new ProjectReader(catalog, new Migrations(4)).read("v2.podforge.json", v2.getBytes(StandardCharsets.UTF_8)));
        assertTrue(gap.getMessage().contains("no migration from 2 to 3"), gap.getMessage());
    }

    @Test
    void failedSaveLeavesTheOldFileIntactAndNoTempFile() throws IOException {
        Path target = dir.resolve("keep.podforge.json");
        Files.writeString(target, "old content");
        // a non-empty directory stands where the file should go: the final move fails
        Path asDir = dir.resolve("isdir.podforge.json");
        Files.createDirectories(asDir.resolve("child"));
        assertThrows(IOException.class, () -> ProjectWriter.save(TestCatalog.smallProject(), asDir));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left behind");
        }
        assertTrue(Files.isDirectory(asDir.resolve("child")));
        assertEquals("old content", Files.readString(target));
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        ProjectWriter.save(TestCatalog.smallProject(), target);
        assertTrue(Files.readString(target).startsWith("{"));
        assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)),
                "a save keeps the permissions of the file it replaces");
        Path fresh = dir.resolve("fresh.podforge.json");
        ProjectWriter.save(TestCatalog.smallProject(), fresh);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                "a new file is readable by others like any document, not owner-only like a temp file");
    }
}
