package org.podforge.export;

/**
 * Sheets longer than Excel allows (1,048,576 rows, so 1,048,575 data rows under a header) continue on
 * further sheets named {@code Cable schedule (2)}, {@code Cable schedule (3)}, ... placed right after the
 * first, each with its own header row, frozen pane and filter. Nothing is left out; the CSV files hold
 * the same rows in one file each.
 */
final class SheetParts {
    /** Excel's rows per sheet (2007 and later). */
    static final int EXCEL_ROWS = 1_048_576;
    /** Excel's columns per sheet (A to XFD). */
    static final int EXCEL_COLUMNS = 16_384;
    /** Data rows on one sheet: Excel's row limit minus the header row. */
    static final int EXCEL_DATA_ROWS = EXCEL_ROWS - 1;

    private SheetParts() {
    }

    static String name(String base, int part) {
        return part == 1 ? base : base + " (" + part + ")";
    }

    static int count(long rows, int rowsPerSheet) {
        return (int) Math.max(1, (rows + rowsPerSheet - 1) / rowsPerSheet);
    }
}
