package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads a catalog takes {@code --catalog DIR} and uses that directory's thresholds as well as
 * its parts (code-review section 3.7): validate, bom, export and compare judge, cost and measure a design alike.
 */
class CatalogThresholdsCliTest {
    @TempDir
    Path dir;

    /** A copy of the repository's catalog with two thresholds changed. */
    private Path catalogCopy() throws Exception {
        Path src = Path.of("catalog");
        Path dst = dir.resolve("catalog");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Path rack = dst.resolve("rules/rack.json");
        String json = Files.readString(rack, StandardCharsets.UTF_8);
        ObjectMapper m = new ObjectMapper();
        JsonNode root = m.readTree(json);
        for (JsonNode t : root.get("thresholds")) {
            String key = t.get("key").asText();
            if (key.equals("rack.power.overhead.air")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) t).put("value", 1.0);
            } else if (key.equals("geometry.slackFraction")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) t).put("value", 0.5);
            } else if (key.equals("rack.cooling.air.warnW")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) t).put("value", 10.0);
            }
        }
        Files.writeString(rack, m.writeValueAsString(root), StandardCharsets.UTF_8);
        return dst;
    }

    /**
     * Two racks: a JBOF with two 18 W SSDs (parts + the air-cooled overhead, no system maximum), and a server whose
     * NIC is cabled to a NIC in the first rack (a length from geometry).
     */
    private Path smallProject() throws Exception {
        Path f = dir.resolve("small.podforge.json");
        Files.writeString(f, """
                {"format": "podforge-project", "schemaVersion": 2, "name": "small", "pods": [{"id": "pod-1", "name": "P",
                 "racks": [{"id": "rack-1", "part": "RACK-EIA-42U", "row": 0, "position": 0, "chassis": [
                   {"id": "jbof-1", "part": "GENERIC-JBOF-2U", "u": 1, "components": [
                     {"id": "ssd-1", "part": "MICRON-9550-E3S", "slot": "e3s-1"},
                     {"id": "ssd-2", "part": "MICRON-9550-E3S", "slot": "e3s-2"}]},
                   {"id": "srv-1", "part": "GENERIC-HGX-8GPU-10U", "u": 10, "components": [
                     {"id": "nic-1", "part": "NVIDIA-CONNECTX-8", "slot": "pcie-1"}]}]},
                   {"id": "rack-2", "part": "RACK-EIA-42U", "row": 1, "position": 0, "chassis": [
                   {"id": "srv-2", "part": "GENERIC-HGX-8GPU-10U", "u": 1, "components": [
                     {"id": "nic-2", "part": "NVIDIA-CONNECTX-8", "slot": "pcie-1"}]}]}],
                 "links": [{"id": "link-1", "a": "nic-1/net", "b": "nic-2/net", "lanes": 4, "medium": "AOC",
                   "cable": "GENERIC-800G-AOC-30M"}], "replicas": 1}]}
                """, StandardCharsets.UTF_8);
        return f;
    }

    private static double rackPower(String bomJson) throws Exception {
        JsonNode j = new ObjectMapper().readTree(bomJson);
        return j.get("pods").get(0).get("racks").get(0).get("powerW").asDouble();
    }

    @Test
    void bomUsesTheThresholdsOfItsCatalogDirectory() throws Exception {
        Path cat = catalogCopy();
        Path project = smallProject();
        CliTest.Run builtIn = CliTest.run("bom", project.toString(), "--format", "json");
        assertEquals(0, builtIn.code(), builtIn.err());
        assertEquals(36 * 1.45 / 0.94 + 14_300 + 4, rackPower(builtIn.out()), 1e-6); // JBOF, server, half the AOC
        CliTest.Run copy = CliTest.run("bom", project.toString(), "--format", "json", "--catalog", cat.toString());
        assertEquals(0, copy.code(), copy.err());
        assertEquals(36 * 2.0 / 0.94 + 14_300 + 4, rackPower(copy.out()), 1e-6);
    }

    @Test
    void validateAndExportSeeTheSameThresholdsAsBom() throws Exception {
        Path cat = catalogCopy();
        Path project = smallProject();
        // the copy's air-cooling warning at 10 W fires on these racks; the built-in 40 kW does not
        CliTest.Run v = CliTest.run("validate", project.toString(), "--catalog", cat.toString());
        assertTrue(v.out().contains("rack.cooling"), v.out());
        assertTrue(!CliTest.run("validate", project.toString()).out().contains("rack.cooling"));
        // export's cable lengths follow the copy's cable slack (50% instead of 10%)
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CliTest.Run e1 = CliTest.run("export", project.toString(), "--csv", a.toString());
        CliTest.Run e2 = CliTest.run("export", project.toString(), "--csv", b.toString(), "--catalog", cat.toString());
        assertEquals(0, e1.code(), e1.err());
        assertEquals(0, e2.code(), e2.err());
        String s1 = Files.readString(a.resolve("cable-schedule.csv"));
        String s2 = Files.readString(b.resolve("cable-schedule.csv"));
        assertNotEquals(s1, s2, "cable lengths with 50% slack");
        assertTrue(s1.contains("link-1") || s1.contains("nic-1"), s1);
    }

    @Test
    void everyCommandThatReadsACatalogTakesTheOption() {
        for (String cmd : new String[] {"validate", "bom", "export", "compare", "info", "catalog", "generate", "print"}) {
            CliTest.Run r = CliTest.run(cmd, "--help");
            assertTrue(r.out().contains("--catalog"), cmd + " --help: " + r.out());
        }
    }
}
