package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PodForgeCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonOutputOfADesignWithAnError() throws Exception {
        Run r = run("validate", "src/test/resources/rules/reach.segment/positive.podforge.json", "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode reach = null;
        for (JsonNode f : root.get("findings")) {
            if (f.get("ruleId").asText().equals("reach.segment")) {
                reach = f;
            }
        }
        assertEquals("ERROR", reach.get("severity").asText());
        assertTrue(reach.get("message").asText().contains("runs 3.00 m of passive copper"));
        assertEquals("link-2", reach.get("subjects").get(0).asText());
        assertEquals(1, reach.get("fixes").size(), "the smart cable; the PCIe optics demonstration is not offered");
        assertTrue(reach.get("source").asText().contains("B2, B3, B7"));
        JsonNode summary = root.get("summary");
        assertEquals(1, summary.get("errors").asInt());
        assertEquals(root.get("findings").size(), summary.get("shown").asInt());
    }

    @Test
    void minSeverityFiltersTheListNotTheExitCode() {
        Run r = run("validate", "src/test/resources/rules/link.generation/positive.podforge.json", "--min-severity", "warning");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("WARNING link.generation: gpu-1/host (Gen6) runs at Gen5"), r.out());
        assertTrue(!r.out().contains("INFO "), r.out());
        assertTrue(r.out().contains(": 0 errors, "), r.out());
        assertTrue(r.out().contains("    fix 1: Swap retimer-1 (PT5161L) for ASTERA-ARIES6-X16"), r.out());
    }

    @Test
    void theSampleHasNoErrors() {
        Run r = run("validate", "docs/examples/sample-8x8.podforge.json", "--min-severity", "error");
        assertEquals(0, r.code(), r.out() + r.err());
    }

    @Test
    void badInputExitsTwo() {
        Run r = run("validate", "no-such-file.podforge.json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-such-file"), r.err());
        assertEquals(2, run("validate", "x.json", "--format", "yaml").code());
    }
    /** A generated cluster of 4 replicas: a pod design's findings are reported once, "x 4 replicas", in text, JSON and CSV. */
    @Test
    void findingsOfAReplicatedPodSayXReplicasInEveryFormat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.podforge.catalog.Catalog catalog = org.podforge.catalog.CatalogLoader.builtIn();
        org.podforge.model.Project p = new org.podforge.service.generate.ClusterGenerator(catalog, org.podforge.rules.Thresholds.builtIn())
                .generate(org.podforge.service.generate.ClusterGenerator.sampleCluster(256, null)).project();
        java.nio.file.Path file = dir.resolve("c256.podforge.json");
        org.podforge.io.ProjectWriter.save(p, file);
        String pod = p.pods().get(0).label();

        Run text = run("validate", file.toString());
        assertTrue(text.out().contains("    where: " + pod + " x 4 replicas"), text.out());
        assertTrue(text.out().contains("    where: scale-out network"), text.out());

        JsonNode root = new ObjectMapper().readTree(run("validate", file.toString(), "--format", "json").out());
        boolean sawPod = false;
        for (JsonNode f : root.get("findings")) {
            JsonNode scope = f.get("scope");
            if (scope.get("level").asText().equals("pod")) {
                sawPod = true;
                assertEquals(4, scope.get("replicas").asInt());
                assertEquals(p.pods().get(0).id(), scope.get("pod").asText());
            }
        }
        assertTrue(sawPod);

        Run csv = run("validate", file.toString(), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        String[] lines = csv.out().split("\r\n");
        assertEquals("Rule,Severity,Where,Replicas,Message,Subjects,Fixes,Source", lines[0]);
        assertEquals(root.get("findings").size() + 1, lines.length, "one row per finding");
        assertTrue(java.util.Arrays.stream(lines).anyMatch(l -> l.contains("," + pod + " x 4 replicas,4,")), csv.out());
    }

    @Test
    void racksMissingTheSamePowerFiguresShareOneFindingInEveryFormat() throws Exception {
        // sample-8x8: two racks of one pod whose Scorpio X and PCIe-over-LPO cables publish no power: one cause, one finding
        String file = "docs/examples/sample-8x8.podforge.json";
        Run text = run("validate", file);
        assertEquals(1, text.out().split("WARNING rack.power:", -1).length - 1, text.out());
        assertTrue(text.out().contains("2 racks hold parts that publish no power figure (ASTERA-PCIE6-LPO-OSFPXD-50M, ASTERA-SCORPIO-X-320)"
                + " and are not in their totals: rack-1, rack-2 (each): 256 x ASTERA-PCIE6-LPO-OSFPXD-50M, 8 x ASTERA-SCORPIO-X-320"), text.out());
        JsonNode root = new ObjectMapper().readTree(run("validate", file, "--format", "json").out());
        java.util.List<JsonNode> power = new java.util.ArrayList<>();
        root.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals("rack.power")) {
                power.add(f);
            }
        });
        assertEquals(1, power.size(), power.toString());
        assertEquals("pod", power.get(0).get("scope").get("level").asText(), "still the pod design's finding");
        String csv = run("validate", file, "--format", "csv").out();
        assertEquals(1, java.util.Arrays.stream(csv.split("\r\n")).filter(l -> l.startsWith("rack.power,")).count(), csv);
    }
}
