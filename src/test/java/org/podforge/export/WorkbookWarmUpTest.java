package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.service.generate.ClusterGenerator;
import org.podforge.rules.Thresholds;

/**
 * The warm-up (decision 0040) runs the real workbook export on the sample, so it must work end to end (a broken
 * warm-up would fail silently and only cost time), and a real export written while it runs on another thread must be
 * the same file, part by part, as one written alone: the two share no state.
 */
class WorkbookWarmUpTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @Test
    void theWarmUpWritesTheSamplesWholeWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookWarmUp.writeSample(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(WorkbookExporter.SHEETS, names);
        }
    }

    @Test
    void anExportWrittenDuringTheWarmUpIsTheSameAsOneWrittenAlone() throws Exception {
        Project cluster = new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(256, null)).project();
        DesignReport report = DesignReport.of(cluster, CATALOG, PRICES);
        Map<String, byte[]> alone = parts(write(report));
        for (int i = 0; i < 2; i++) {
            Thread warm = new Thread(WorkbookWarmUp::run);
            warm.start();
            Map<String, byte[]> during = parts(write(report));
            warm.join();
            assertEquals(alone.keySet(), during.keySet());
            for (Map.Entry<String, byte[]> e : alone.entrySet()) {
                if (!e.getKey().equals("docProps/core.xml")) { // holds the time it was written
                    assertArrayEquals(e.getValue(), during.get(e.getKey()), e.getKey());
                }
            }
        }
    }

    private static byte[] write(DesignReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.write(report, out, false, SheetParts.EXCEL_DATA_ROWS);
        return out.toByteArray();
    }

    private static Map<String, byte[]> parts(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
