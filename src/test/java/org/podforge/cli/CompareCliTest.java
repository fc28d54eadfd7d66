package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.export.CompareWorkbook;
import org.podforge.io.ProjectWriter;
import org.podforge.model.Project;
import org.podforge.service.PodGenerator;

/** {@code podforge compare}: text, csv, json (with its schema) and the Compare sheet, figures from each design's own bom. */
class CompareCliTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static Path half(Path dir) throws Exception {
        Project p = new Project("Half pod");
        p.addPod(PodGenerator.pod("pod-1", "Pod H", 4, 2, 0, ""));
        Path f = dir.resolve("half.podforge.json");
        ProjectWriter.save(p, f);
        return f;
    }

    @Test
    void jsonFollowsItsSchemaAndEqualsEachDesignsBomJson(@TempDir Path dir) throws Exception {
        Path b = half(dir);
        CliTest.Run r = CliTest.run("compare", CliTest.SAMPLE.toString(), b.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/schemas/compare.schema.json")));
        JsonNode n = M.readTree(r.out());
        assertEquals(List.of(), schema.validate(n).stream().map(Object::toString).toList());
        JsonNode bomA = M.readTree(CliTest.run("bom", CliTest.SAMPLE.toString(), "--format", "json").out()).get("totals");
        JsonNode bomB = M.readTree(CliTest.run("bom", b.toString(), "--format", "json").out()).get("totals");
        JsonNode perGpu = row(n, "Cost per GPU");
        assertEquals(bomA.get("costPerGpu").asDouble(), perGpu.get("values").get(0).asDouble(), 1e-6);
        assertEquals(bomB.get("costPerGpu").asDouble(), perGpu.get("values").get(1).asDouble(), 1e-6);
        JsonNode total = row(n, "Total cost");
        assertEquals(bomB.get("totalCost").asDouble() - bomA.get("totalCost").asDouble(), total.get("deltas").get(1).asDouble(), 1e-6);
        assertTrue(total.get("differs").asBoolean());
    }

    private static JsonNode row(JsonNode n, String metric) {
        for (JsonNode r : n.get("rows")) {
            if (r.get("metric").asText().equals(metric)) {
                return r;
            }
        }
        throw new AssertionError("no row " + metric);
    }

    @Test
    void textMarksDifferencesAndCsvHasAColumnPerDesign(@TempDir Path dir) throws Exception {
        Path b = half(dir);
        CliTest.Run t = CliTest.run("compare", CliTest.SAMPLE.toString(), b.toString());
        assertEquals(0, t.code(), t.err());
        // both have 64 GPUs; one pod against two replicas of a half pod
        assertTrue(t.out().lines().anyMatch(l -> l.startsWith("  GPUs")), t.out());
        assertTrue(t.out().lines().anyMatch(l -> l.startsWith("* Pods deployed")), t.out());
        CliTest.Run c = CliTest.run("compare", CliTest.SAMPLE.toString(), b.toString(), "--format", "csv");
        String header = c.out().lines().findFirst().orElseThrow();
        assertEquals("Section,Metric,Unit,Differs,sample-8x8.podforge.json,half.podforge.json,half.podforge.json - sample-8x8.podforge.json", header);
    }

    @Test
    void theCompareSheetHoldsTheValuesAndLiveDeltas(@TempDir Path dir) throws Exception {
        Path b = half(dir);
        Path x = dir.resolve("cmp.xlsx");
        CliTest.Run r = CliTest.run("compare", CliTest.SAMPLE.toString(), b.toString(), "--xlsx", x.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(new FileInputStream(x.toFile()))) {
            XSSFSheet s = wb.getSheet(CompareWorkbook.SHEET);
            var eval = wb.getCreationHelper().createFormulaEvaluator();
            boolean found = false;
            for (Row row : s) {
                Cell m = row.getCell(1);
                if (m != null && "GPUs".equals(m.getStringCellValue())) {
                    assertEquals(64, row.getCell(CompareWorkbook.FIRST_VALUE_COL).getNumericCellValue(), 0);
                    assertEquals(64, row.getCell(CompareWorkbook.FIRST_VALUE_COL + 1).getNumericCellValue(), 0);
                    assertEquals(0, eval.evaluate(row.getCell(CompareWorkbook.FIRST_VALUE_COL + 2)).getNumberValue(), 0);
                    found = true;
                }
            }
            assertTrue(found);
        }
    }

    @Test
    void oneFileIsBadInput() {
        CliTest.Run r = CliTest.run("compare", CliTest.SAMPLE.toString());
        assertEquals(2, r.code());
    }
}
