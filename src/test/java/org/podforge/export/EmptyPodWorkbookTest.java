package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.Bom;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.service.PodGenerator;

/** The workbook's per-pod figures leave out a pod that holds only racks, in the formulas as in the model. */
class EmptyPodWorkbookTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @TempDir
    Path dir;

    @Test
    void anEmptyPodIsLeftOutOfPerPodFiguresAndTheFormulasAgree() throws IOException {
        Project p = BomFixtures.sample();
        Bom before = Bom.of(p, CATALOG, PRICES);
        double alone = before.costPerPod();
        Pod empty = new Pod("pod-empty", "Pod B", 1);
        empty.addRack(new Rack("rack-empty", "", PodGenerator.RACK, 0, 5));
        p.addPod(p.pods().size(), empty);
        DesignReport rep = DesignReport.of(p, CATALOG, PRICES, LinkFacts.nominal(p, CATALOG), Validator.unavailable("test"));
        assertEquals(alone, rep.bom().costPerPod(), 1e-6);
        Path out = dir.resolve("empty-pod.xlsx");
        WorkbookExporter.export(rep, out); // cache the model's numbers, then let POI recompute the formulas
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> cached = formulaValues(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertEquals(cached, formulaValues(wb));
            assertEquals(alone, WorkbookExporterTest.summary(wb, WorkbookExporter.COST_PER_POD_LABEL).getNumericCellValue(), 1e-6);
            assertEquals(before.deployedPods() + 1, WorkbookExporterTest.summary(wb, "Deployed pods").getNumericCellValue(), 0,
                    "the empty pod is still deployed, just not averaged in");
            assertTrue(cached.size() > 100);
        }
    }

    private static List<String> formulaValues(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        out.add(s.getSheetName() + "!" + c.getAddress() + "=" + (c.getCachedFormulaResultType() == CellType.NUMERIC
                                ? String.format(java.util.Locale.ROOT, "%.6f", c.getNumericCellValue())
                                : c.getCachedFormulaResultType() + ":" + c.getStringCellValue()));
                    }
                }
            }
        }
        return out;
    }
}
