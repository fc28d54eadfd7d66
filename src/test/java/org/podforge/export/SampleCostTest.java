package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.CatalogLoader;
import org.podforge.io.ProjectReader;

/**
 * The sample pod's cost per pod, computed here straight from the two JSON files (project and default
 * price book) without the model, equals the BOM and the exported workbook after re-evaluation.
 */
class SampleCostTest {
    static final Path SAMPLE = Path.of("docs/examples/sample-8x8.podforge.json");
    static final Path PRICES = Path.of("catalog/prices/default.json");

    @TempDir
    Path dir;

    /** Sum of qty x price over one copy of each pod, read from raw JSON: racks, chassis, components, cables, 2 optics per link. */
    static double[] handComputed() throws IOException {
        ObjectMapper m = new ObjectMapper();
        Map<String, Double> price = new HashMap<>();
        for (JsonNode p : m.readTree(PRICES.toFile()).get("prices")) {
            price.put(p.get("partNumber").asText(), p.get("unitPrice").asDouble());
        }
        JsonNode project = m.readTree(SAMPLE.toFile());
        double perPod = 0;
        double total = 0;
        long pods = 0;
        for (JsonNode pod : project.get("pods")) {
            Map<String, Long> qty = new HashMap<>();
            for (JsonNode rack : pod.get("racks")) {
                qty.merge(rack.get("part").asText(), 1L, Long::sum);
                for (JsonNode ch : rack.get("chassis")) {
                    qty.merge(ch.get("part").asText(), 1L, Long::sum);
                    for (JsonNode c : ch.get("components")) {
                        qty.merge(c.get("part").asText(), 1L, Long::sum);
                    }
                }
            }
            for (JsonNode l : pod.get("links")) {
                if (l.has("cable")) {
                    qty.merge(l.get("cable").asText(), 1L, Long::sum);
                }
                if (l.has("transceiver")) {
                    qty.merge(l.get("transceiver").asText(), 2L, Long::sum);
                }
            }
            double cost = 0;
            for (var e : qty.entrySet()) {
                Double p = price.get(e.getKey());
                if (p != null) {
                    cost += e.getValue() * p;
                }
            }
            int replicas = pod.has("replicas") ? pod.get("replicas").asInt() : 1;
            perPod = cost;
            total += cost * replicas;
            pods += replicas;
        }
        return new double[] {perPod, total, pods};
    }

    @Test
    void samplePodCostEqualsHandComputedSumInTheModelAndTheWorkbook() throws Exception {
        double[] hand = handComputed();
        assertTrue(hand[0] > 1_000_000, "the sample pod costs millions, not " + hand[0]);
        var lr = new ProjectReader(CatalogLoader.builtIn()).read(SAMPLE);
        DesignReport rep = DesignReport.of(lr.project(), CatalogLoader.builtIn(), CatalogLoader.builtInPrices());
        assertEquals(1, rep.bom().pods().size());
        assertEquals(hand[0], rep.bom().pods().get(0).costPerPod(), 1e-6);
        assertEquals(hand[1], rep.bom().totalCost(), 1e-6);

        Path out = dir.resolve("sample.xlsx");
        WorkbookExporter.export(rep, out);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(hand[0], WorkbookExporterTest.summary(wb, "Cost per pod").getNumericCellValue(), 1e-6, "cached value");
            var ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.clearAllCachedResultValues();
            ev.evaluateAll();
            assertEquals(hand[1], WorkbookExporterTest.summary(wb, "Total cost").getNumericCellValue(), 1e-6);
            assertEquals(hand[1] / hand[2], WorkbookExporterTest.summary(wb, "Cost per pod").getNumericCellValue(), 1e-6);
            assertEquals(hand[1], WorkbookExporterTest.bomSumQtyTimesPrice(wb, ev), 1e-6);
            assertEquals(64, WorkbookExporterTest.summary(wb, "GPU count").getNumericCellValue());
            assertEquals(hand[1] / 64, WorkbookExporterTest.summary(wb, "Cost per GPU").getNumericCellValue(), 1e-6);
        }
    }
}
