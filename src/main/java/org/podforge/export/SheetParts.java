package org.podforge.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sheets longer than Excel allows (1,048,576 rows, so 1,048,575 data rows under a header) continue on
 * further sheets named {@code Cable schedule (2)}, {@code Cable schedule (3)}, ... placed right after the
 * first, each with its own header row, frozen pane and filter. Nothing is left out; the CSV files hold
 * the same rows in one file each.
 */
final class SheetParts {
    /** Data rows on one sheet: Excel's row limit minus the header row. */
    static final int EXCEL_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private SheetParts() {
    }

    static String name(String base, int part) {
        return part == 1 ? base : base + " (" + part + ")";
    }

    static int count(long rows, int rowsPerSheet) {
        return (int) Math.max(1, (rows + rowsPerSheet - 1) / rowsPerSheet);
    }

    /** The placeholder sheets for {@code n} parts of {@code base} (which exists): the continuations are created after it, in order. */
    static List<XSSFSheet> placeholders(XSSFWorkbook wb, String base, int n) {
        List<XSSFSheet> out = new ArrayList<>();
        XSSFSheet first = wb.getSheet(base);
        out.add(first);
        int at = wb.getSheetIndex(first);
        for (int part = 2; part <= n; part++) {
            String name = name(base, part);
            out.add(wb.createSheet(name));
            wb.setSheetOrder(name, at + part - 1);
        }
        return out;
    }
}
