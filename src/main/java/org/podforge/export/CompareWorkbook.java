package org.podforge.export;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podforge.bom.Comparison;
import org.podforge.io.AtomicFiles;

/**
 * The "Compare" sheet: designs side by side, one row per figure, a value column per design and a delta
 * column per other design as a live formula against the first; rows where the designs differ are shaded.
 * Written as a workbook of its own ({@code podforge compare --xlsx}, and the compare view's export).
 */
public final class CompareWorkbook {
    public static final String SHEET = "Compare";
    /** Row (0-based) of the table header; data rows follow. */
    public static final int HEADER_ROW = 3;
    /** Column (0-based) of the first design's values. */
    public static final int FIRST_VALUE_COL = 3;

    private CompareWorkbook() {
    }

    public static void write(Comparison c, Path out) throws IOException {
        AtomicFiles.write(out, os -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                sheet(c, wb);
                wb.write(os);
            }
        });
    }

    /** Adds the Compare sheet to {@code wb}. */
    public static XSSFSheet sheet(Comparison c, XSSFWorkbook wb) {
        PoiStyles st = new PoiStyles(wb, c.currency());
        XSSFSheet s = wb.createSheet(SHEET);
        int n = c.designs().size();
        Cell t = s.createRow(0).createCell(0);
        t.setCellValue(SafeText.cell("Compare: " + String.join(" vs ", c.designs().stream().map(Comparison.Design::name).toList())));
        t.setCellStyle(st.title);
        Row status = s.createRow(1);
        status.createCell(0).setCellValue("Validation");
        Row prices = s.createRow(2);
        prices.createCell(0).setCellValue(c.mixedCurrencies()
                ? "Price books in different currencies: money rows do not compare" : "Prices");
        for (int i = 0; i < n; i++) {
            status.createCell(FIRST_VALUE_COL + i).setCellValue(SafeText.cell(c.designs().get(i).report().validation().summary()));
            prices.createCell(FIRST_VALUE_COL + i).setCellValue(SafeText.cell(c.designs().get(i).report().bom().priceBookLabel()));
        }
        Row h = s.createRow(HEADER_ROW);
        String[] fixed = {"Section", "Metric", "Unit"};
        for (int k = 0; k < fixed.length; k++) {
            h.createCell(k).setCellValue(fixed[k]);
        }
        for (int i = 0; i < n; i++) {
            h.createCell(FIRST_VALUE_COL + i).setCellValue(SafeText.cell(c.designs().get(i).name()));
        }
        for (int i = 1; i < n; i++) {
            h.createCell(FIRST_VALUE_COL + n + i - 1).setCellValue(SafeText.cell("Δ " + c.designs().get(i).name()));
        }
        h.createCell(FIRST_VALUE_COL + 2 * n - 1).setCellValue("Differs");
        for (Cell hc : h) {
            hc.setCellStyle(st.header);
        }
        CellStyle shade = wb.createCellStyle();
        shade.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        shade.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle moneyShade = wb.createCellStyle();
        moneyShade.cloneStyleFrom(st.money);
        moneyShade.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        moneyShade.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle decShade = wb.createCellStyle();
        decShade.cloneStyleFrom(st.decimal);
        decShade.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        decShade.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        int r = HEADER_ROW + 1;
        for (Comparison.Row row : c.rows()) {
            Row x = s.createRow(r);
            boolean diff = row.differs();
            x.createCell(0).setCellValue(row.section());
            x.createCell(1).setCellValue(SafeText.cell(row.metric()));
            x.createCell(2).setCellValue(CompareCsv.unit(c, row));
            CellStyle num = row.unit() == Comparison.Unit.MONEY ? (diff ? moneyShade : st.money) : (diff ? decShade : st.decimal);
            for (int i = 0; i < n; i++) {
                Cell cell = x.createCell(FIRST_VALUE_COL + i);
                Double v = row.values().get(i);
                if (v != null && !v.isNaN() && !v.isInfinite()) {
                    cell.setCellValue(v);
                }
                cell.setCellStyle(num);
            }
            String base = new CellReference(r, FIRST_VALUE_COL, false, false).formatAsString();
            for (int i = 1; i < n; i++) {
                Cell cell = x.createCell(FIRST_VALUE_COL + n + i - 1);
                if (row.delta(i) != null) {
                    String other = new CellReference(r, FIRST_VALUE_COL + i, false, false).formatAsString();
                    cell.setCellFormula(other + "-" + base);
                }
                cell.setCellStyle(num);
            }
            Cell d = x.createCell(FIRST_VALUE_COL + 2 * n - 1);
            d.setCellValue(diff ? "yes" : "no");
            if (diff) {
                d.setCellStyle(shade);
            }
            r++;
        }
        s.createFreezePane(FIRST_VALUE_COL, HEADER_ROW + 1);
        s.setColumnWidth(0, 36 * 256);
        s.setColumnWidth(1, 52 * 256);
        s.setColumnWidth(2, 14 * 256);
        for (int i = 0; i < 2 * n; i++) {
            s.setColumnWidth(FIRST_VALUE_COL + i, 20 * 256);
        }
        return s;
    }
}
