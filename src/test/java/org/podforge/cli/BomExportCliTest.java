package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.export.CsvExporter;
import org.podforge.export.SampleCostTestAccess;

class BomExportCliTest {
    static final String SAMPLE = CliTest.SAMPLE.toString();

    @TempDir
    Path dir;

    @Test
    void bomTextShowsTotalsAndSilicon() {
        CliTest.Run r = CliTest.run("bom", SAMPLE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Total cost"), r.out());
        assertTrue(r.out().contains("Connectivity silicon per GPU"), r.out());
        assertTrue(r.out().contains("ASTERA-ARIES6-X16"), r.out());
        assertTrue(r.out().contains("Scorpio X"), r.out());
    }

    @Test
    void bomJsonTotalsEqualTheHandComputedSum() throws Exception {
        CliTest.Run r = CliTest.run("bom", SAMPLE, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        double[] hand = SampleCostTestAccess.handComputed();
        assertEquals(hand[1], j.get("totals").get("totalCost").asDouble(), 1e-6);
        assertEquals(64, j.get("totals").get("gpus").asInt());
        assertTrue(j.get("lines").size() > 5);
        assertEquals("Illustrative default prices (estimates)", j.get("priceBook").get("label").asText());
        assertTrue(j.get("connectivitySiliconByProductLine").size() >= 4);
    }

    @Test
    void bomCsvStartsWithTheHeader() {
        CliTest.Run r = CliTest.run("bom", SAMPLE, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(String.join(",", CsvExporter.BOM_COLUMNS) + "\r\n"), r.out());
    }

    @Test
    void exportWritesWorkbookAndCsvFiles() throws Exception {
        Path x = dir.resolve("out.xlsx");
        Path csv = dir.resolve("csv");
        CliTest.Run r = CliTest.run("export", SAMPLE, "--xlsx", x.toString(), "--csv", csv.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("validation: "), r.out());
        try (InputStream in = Files.newInputStream(x); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(org.podforge.export.WorkbookExporter.SHEETS.size(), wb.getNumberOfSheets());
        }
        for (String f : List.of(CsvExporter.BOM_FILE, CsvExporter.CABLES_FILE, "netbox/01-sites.csv",
                "netbox/08-cables.csv")) {
            assertTrue(Files.size(csv.resolve(f)) > 0, f);
        }
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path x = dir.resolve("out.xlsx");
        CliTest.Run missing = CliTest.run("export", dir.resolve("nope.podforge.json").toString(), "--xlsx", x.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("podforge export:"), missing.err());
        String text = Files.readString(CliTest.SAMPLE);
        Path cut = dir.resolve("cut.podforge.json");
        Files.writeString(cut, text.substring(0, text.length() / 2));
        assertEquals(2, CliTest.run("export", cut.toString(), "--xlsx", x.toString()).code());
        assertEquals(2, CliTest.run("bom", cut.toString()).code());
        assertEquals(2, CliTest.run("export", SAMPLE).code()); // nothing to write
        assertEquals(2, CliTest.run("export", SAMPLE, "--xlsx", dir.resolve("out.txt").toString()).code());
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        CliTest.Run unwritable = CliTest.run("export", SAMPLE, "--xlsx", blocker.resolve("sub/out.xlsx").toString());
        assertEquals(2, unwritable.code());
        assertTrue(unwritable.err().contains("cannot write"), unwritable.err());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("cut.podforge.json", "file"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertFalse(Files.exists(x));
    }

    @Test
    void aDesignWithFindingsIsStillExportedWithItsStatus() throws Exception {
        Path design = dir.resolve("fixture.podforge.json");
        org.podforge.io.ProjectWriter.save(org.podforge.bom.BomFixtures.sample(), design);
        Path x = dir.resolve("fixture.xlsx");
        CliTest.Run r = CliTest.run("export", design.toString(), "--xlsx", x.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("ACME-WIDGET"), "the unknown part is warned about: " + r.err());
        String status = r.out().substring(r.out().indexOf("validation: ") + "validation: ".length()).trim();
        assertTrue(status.contains("error") && status.contains("warning"), status);
        try (InputStream in = Files.newInputStream(x); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(status, org.podforge.export.WorkbookExporterTestAccess.summaryText(wb, "Validation status"));
            assertTrue(wb.getSheet("Findings").getLastRowNum() > 0);
        }
    }
}
