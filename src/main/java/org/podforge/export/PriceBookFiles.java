package org.podforge.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podforge.catalog.CatalogException;
import org.podforge.catalog.CatalogLoader;
import org.podforge.catalog.PriceBook;
import org.podforge.catalog.PriceBookCsv;
import org.podforge.catalog.PriceTable;

/**
 * Loads a price book from the file a buyer has: JSON (the catalog format), CSV or an Excel workbook
 * (.xlsx), by its extension. The spreadsheet forms use the {@link PriceTable} layout; from a workbook
 * the sheet named "Price book" is read (the exported workbook's own sheet, so a buyer can edit its
 * prices and load the file back), else the first sheet. Reading xlsx needs POI, which lives in this
 * package only.
 */
public final class PriceBookFiles {
    private PriceBookFiles() {
    }

    public static PriceBook load(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv") || n.endsWith(".txt")) {
            return PriceBookCsv.load(file);
        }
        if (n.endsWith(".xlsx")) {
            return loadXlsx(file);
        }
        if (n.endsWith(".xls")) {
            throw new CatalogException(file + ": the old .xls format is not read; save the sheet as .xlsx or CSV");
        }
        return CatalogLoader.loadPriceBook(file);
    }

    static PriceBook loadXlsx(Path file) {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(WorkbookExporter.PRICES);
            if (sheet == null) {
                sheet = wb.getSheetAt(0);
            }
            List<List<String>> rows = new ArrayList<>();
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), fmt));
                    }
                }
                rows.add(cells);
            }
            String name = file.getFileName().toString().replaceFirst("(?i)\\.xlsx$", "");
            String where = file + " (sheet '" + sheet.getSheetName() + "')";
            return PriceTable.read(where, rows, file.toAbsolutePath().toString(), name,
                    c -> "column " + CellReference.convertNumToColString(c));
        } catch (IOException | RuntimeException e) {
            if (e instanceof CatalogException ce) {
                throw ce;
            }
            throw new CatalogException(file + ": cannot read the workbook (" + e.getMessage() + "); save it as .xlsx from "
                    + "Excel or LibreOffice, or as CSV", e);
        }
    }

    /** A cell as the text a reader expects: numbers plain (no currency format), dates as YYYY-MM-DD. */
    static String text(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (t) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                double d = cell.getNumericCellValue();
                return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                        : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "yes" : "no";
            case ERROR:
                return "#ERROR";
            default:
                return fmt.formatCellValue(cell);
        }
    }
}
