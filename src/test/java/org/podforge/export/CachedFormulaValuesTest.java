package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.CableScheduleRows;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.rules.Thresholds;
import org.podforge.service.PodGenerator;
import org.podforge.service.generate.ClusterGenerator;

/**
 * The workbook is written without POI evaluating its formulas: every formula cell carries the BOM model's value.
 * Here, on designs of the shapes the exports meet (a generated cluster: one pod design in replicas with a
 * three-tier fabric; separate pods), POI's evaluation of every formula must give the cached values, and every
 * text (the streamed sheets' shared strings follow POI's own) must read back.
 */
class CachedFormulaValuesTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @TempDir
    Path dir;

    @Test
    void aGeneratedClusterWithReplicasAndAFabric() throws IOException {
        Project p = new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(256, null)).project();
        DesignReport rep = DesignReport.of(p, CATALOG, PRICES);
        Path out = dir.resolve("cluster.xlsx");
        WorkbookExporter.export(rep, out);
        int texts = check(out, rep);
        assertTrue(texts > 1_000, "texts read back: " + texts);
    }

    @Test
    void separatePods() throws IOException {
        Project p = PodGenerator.cluster(256);
        DesignReport rep = DesignReport.of(p, CATALOG, PRICES);
        Path out = dir.resolve("pods.xlsx");
        WorkbookExporter.export(rep, out);
        check(out, rep);
    }

    /** Cached == evaluated for every formula; every text cell reads; the cable schedule holds every row. Returns the texts read. */
    private static int check(Path out, DesignReport rep) throws IOException {
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> cached = formulaValues(wb);
            assertTrue(cached.size() > 100, "formulas: " + cached.size());
            int texts = 0;
            Set<String> cableTexts = new HashSet<>();
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING) {
                            String v = c.getStringCellValue(); // a shared string index out of the table throws here
                            texts++;
                            if (s.getSheetName().equals(WorkbookExporter.CABLES)) {
                                cableTexts.add(v);
                            }
                        }
                    }
                }
            }
            Sheet cables = wb.getSheet(WorkbookExporter.CABLES);
            List<CableScheduleRows.Row> rows = CableScheduleRows.of(rep.cables());
            assertEquals(rows.size(), cables.getLastRowNum(), "one sheet row per multiplied cable row, under the header");
            List<String> first = new ArrayList<>();
            CableScheduleSheet.emit(rows.get(0), new CsvExporter.CellSink<RuntimeException>() {
                @Override
                public void text(String v) {
                    first.add(v);
                }

                @Override
                public void number(double v) {
                }

                @Override
                public void empty() {
                }

                @Override
                public void endRow() {
                }
            });
            for (String v : first) {
                if (v != null && !v.isEmpty()) {
                    assertTrue(cableTexts.contains(WorkbookExporter.fit(v)), "cable schedule text '" + v + "' reads back");
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertEquals(cached, formulaValues(wb));
            return texts;
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
