package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.DesignReport;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.model.Project;
import org.podforge.rules.Thresholds;
import org.podforge.service.generate.ClusterGenerator;

/**
 * The charts' data come from the cells' cached values (CachedCellRange, decision 0040), not from POI's evaluator: every
 * series of every chart, as written, must hold what POI's own evaluating cell-range source gives for the same range of
 * the written workbook (category texts and values, point by point), and name that range.
 */
class ChartCacheTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();
    private static final PriceBook PRICES = CatalogLoader.builtInPrices();

    @Test
    void theSamplesChartsHoldWhatPoiEvaluates() throws IOException {
        assertChartsAsEvaluated(DesignReport.of(BomFixtures.sample(), CATALOG, PRICES), 2);
    }

    @Test
    void aClustersChartsHoldWhatPoiEvaluates() throws IOException {
        Project cluster = new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(256, null)).project();
        assertChartsAsEvaluated(DesignReport.of(cluster, CATALOG, PRICES), 2);
    }

    private static void assertChartsAsEvaluated(DesignReport report, int charts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookExporter.write(report, out, SheetParts.EXCEL_DATA_ROWS);
        int seen = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFDrawing drawing = wb.getSheetAt(s).getDrawingPatriarch();
                if (drawing == null) {
                    continue;
                }
                for (XSSFChart chart : drawing.getCharts()) {
                    seen++;
                    for (XDDFChartData data : chart.getChartSeries()) {
                        for (int i = 0; i < data.getSeriesCount(); i++) {
                            XDDFChartData.Series series = data.getSeries(i);
                            XDDFDataSource<?> cats = series.getCategoryData();
                            XDDFDataSource<?> vals = series.getValuesData();
                            assertSame(cats, XDDFDataSourcesFactory.fromStringCellRange(sheet(wb, cats), range(cats)));
                            assertSame(vals, XDDFDataSourcesFactory.fromNumericCellRange(sheet(wb, vals), range(vals)));
                        }
                    }
                }
            }
        }
        assertEquals(charts, seen, "charts in the workbook");
    }

    private static void assertSame(XDDFDataSource<?> written, XDDFDataSource<?> evaluated) {
        assertEquals(evaluated.getDataRangeReference(), written.getDataRangeReference());
        assertEquals(evaluated.getPointCount(), written.getPointCount(), written.getDataRangeReference());
        assertTrue(written.getPointCount() > 0, written.getDataRangeReference());
        for (int p = 0; p < written.getPointCount(); p++) {
            Object e = evaluated.getPointAt(p);
            Object w = written.getPointAt(p);
            if (e instanceof Double d) {
                assertEquals(d, ((Number) w).doubleValue(), Math.abs(d) * 1e-12, written.getDataRangeReference() + " point " + p);
            } else {
                assertEquals(e, w, written.getDataRangeReference() + " point " + p);
            }
        }
    }

    private static XSSFSheet sheet(XSSFWorkbook wb, XDDFDataSource<?> source) {
        String ref = source.getDataRangeReference();
        String name = ref.substring(0, ref.lastIndexOf('!')).replaceAll("^'|'$", "").replace("''", "'");
        return wb.getSheet(name);
    }

    private static CellRangeAddress range(XDDFDataSource<?> source) {
        String ref = source.getDataRangeReference();
        return CellRangeAddress.valueOf(ref.substring(ref.lastIndexOf('!') + 1));
    }
}
