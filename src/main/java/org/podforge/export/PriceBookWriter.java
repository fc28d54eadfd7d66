package org.podforge.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podforge.catalog.CatalogException;
import org.podforge.catalog.PriceBook;
import org.podforge.catalog.PriceBookJson;
import org.podforge.catalog.PriceTable;
import org.podforge.io.AtomicFiles;

/**
 * Saves a price book back to a file in the form it was loaded from, by extension: JSON (the catalog
 * format), CSV (the {@link PriceTable} layout) or xlsx. An existing workbook is updated in place: the
 * Unit price (and Estimate) of each part's row on its "Price book" sheet (else the first sheet with a
 * "Part number" header) is set and new parts are added below, so the buyer's other sheets, columns and
 * formulas stay as they were; a new workbook gets one Price book sheet. Every write is atomic.
 */
public final class PriceBookWriter {
    private PriceBookWriter() {
    }

    public static void save(PriceBook pb, Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".csv") || n.endsWith(".txt")) {
            AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                for (List<String> row : PriceTable.rows(pb)) {
                    Csv.row(w, row);
                }
                w.flush();
            });
        } else if (n.endsWith(".xlsx")) {
            saveXlsx(pb, file);
        } else if (n.endsWith(".json")) {
            byte[] bytes = PriceBookJson.toBytes(pb);
            AtomicFiles.write(file, out -> out.write(bytes));
        } else {
            throw new CatalogException(file + ": save a price book as .json, .csv or .xlsx");
        }
    }

    static void saveXlsx(PriceBook pb, Path file) throws IOException {
        XSSFWorkbook wb;
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                wb = new XSSFWorkbook(in);
            } catch (RuntimeException e) {
                throw new CatalogException(file + ": cannot read the workbook to update it (" + e.getMessage() + ")", e);
            }
        } else {
            wb = new XSSFWorkbook();
        }
        try (wb) {
            if (!update(wb, pb)) {
                Sheet s = wb.getSheet(WorkbookExporter.PRICES) == null ? wb.createSheet(WorkbookExporter.PRICES) : wb.getSheet(WorkbookExporter.PRICES);
                List<List<String>> rows = PriceTable.rows(pb);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = s.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        set(row.createCell(c), rows.get(r).get(c), r > rows.indexOf(PriceTable.COLUMNS) && numeric(c));
                    }
                }
            }
            AtomicFiles.write(file, wb::write);
        }
    }

    /** The columns written as numbers in a new sheet: unit price, lead time, MOQ, spares. */
    private static boolean numeric(int column) {
        String c = PriceTable.COLUMNS.get(column);
        return c.equals(PriceTable.PRICE) || c.equals(PriceTable.LEAD) || c.equals(PriceTable.MOQ) || c.equals(PriceTable.SPARES);
    }

    private static void set(Cell cell, String text, boolean number) {
        if (number && !text.isEmpty()) {
            cell.setCellValue(Double.parseDouble(text));
        } else {
            cell.setCellValue(SafeText.cell(text));
        }
    }

    /** Updates the price sheet of an existing workbook; false when it has none (no "Part number" header). */
    private static boolean update(XSSFWorkbook wb, PriceBook pb) {
        Sheet sheet = wb.getSheet(WorkbookExporter.PRICES);
        if (sheet == null && wb.getNumberOfSheets() > 0) {
            sheet = wb.getSheetAt(0);
        }
        if (sheet == null) {
            return false;
        }
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        int header = -1;
        for (int r = 0; r <= sheet.getLastRowNum() && header < 0; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && PriceBookFiles.text(row.getCell(0), fmt).strip().equalsIgnoreCase(PriceTable.PART)) {
                header = r;
            }
        }
        if (header < 0) {
            return false;
        }
        Map<String, Integer> cols = new HashMap<>();
        Row h = sheet.getRow(header);
        for (int c = 0; c < h.getLastCellNum(); c++) {
            String name = PriceBookFiles.text(h.getCell(c), fmt).strip().toLowerCase(Locale.ROOT);
            cols.putIfAbsent(name, c);
        }
        Integer priceCol = cols.get(PriceTable.PRICE.toLowerCase(Locale.ROOT));
        Integer estCol = cols.get(PriceTable.ESTIMATE.toLowerCase(Locale.ROOT));
        if (priceCol == null) {
            return false;
        }
        Set<String> done = new HashSet<>();
        int last = header;
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String pn = PriceBookFiles.text(row.getCell(0), fmt).strip();
            if (pn.isEmpty()) {
                continue;
            }
            last = r;
            PriceBook.Price p = pb.prices().get(pn);
            if (p == null) {
                continue; // a row the book no longer prices stays as the buyer wrote it
            }
            cell(row, priceCol).setCellValue(p.unitPrice());
            if (estCol != null) {
                cell(row, estCol).setCellValue(p.estimate() || pb.estimate() ? "estimate" : "quoted");
            }
            done.add(pn);
        }
        for (PriceBook.Price p : pb.prices().values()) {
            if (done.contains(p.partNumber())) {
                continue;
            }
            Row row = sheet.createRow(++last);
            row.createCell(0).setCellValue(SafeText.cell(p.partNumber()));
            row.createCell(priceCol).setCellValue(p.unitPrice());
            if (estCol != null) {
                row.createCell(estCol).setCellValue(p.estimate() || pb.estimate() ? "estimate" : "quoted");
            }
            Integer basis = cols.get(PriceTable.BASIS.toLowerCase(Locale.ROOT));
            if (basis != null) {
                row.createCell(basis).setCellValue(SafeText.cell(p.basis()));
            }
        }
        return true;
    }

    private static Cell cell(Row row, int c) {
        Cell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }
}
