package org.podforge.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A chart's data from a range of cells, read as the cells hold them: a formula cell by its cached value (decision 0040).
 * POI's own cell-range sources ({@code XDDFDataSourcesFactory.fromStringCellRange} / {@code fromNumericCellRange})
 * evaluate every cell with a formula evaluator, which starts POI's whole formula engine (some 500 classes and 60
 * lambdas) in every export for two small charts. Our formula cells carry the model's values as their cached results,
 * proven equal to POI's evaluation (CachedFormulaValuesTest), so the chart's caches come out the same; the chart's
 * reference ({@code Summary!$H$5:$H$12}), point count and column are computed exactly as POI computes them.
 */
abstract class CachedCellRange<T> implements XDDFDataSource<T> {
    private final XSSFSheet sheet;
    private final CellRangeAddress range;

    private CachedCellRange(XSSFSheet sheet, CellRangeAddress range) {
        this.sheet = sheet;
        this.range = range.copy();
    }

    /** Text categories: a cell's text, or no point where it holds no text. */
    static XDDFCategoryDataSource strings(XSSFSheet sheet, CellRangeAddress range) {
        return new Strings(sheet, range);
    }

    /** Numbers: a cell's number, or no point where it holds none (a cached "n/a"). */
    static XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet, CellRangeAddress range) {
        return new Numbers(sheet, range);
    }

    private static final class Strings extends CachedCellRange<String> implements XDDFCategoryDataSource {
        Strings(XSSFSheet sheet, CellRangeAddress range) {
            super(sheet, range);
        }

        @Override
        public String getPointAt(int index) {
            Cell c = cell(index);
            return c != null && type(c) == CellType.STRING ? c.getStringCellValue() : null;
        }

        @Override
        public boolean isNumeric() {
            return false;
        }

        @Override
        public String getFormatCode() {
            return null;
        }
    }

    private static final class Numbers extends CachedCellRange<Double> implements XDDFNumericalDataSource<Double> {
        private String formatCode;

        Numbers(XSSFSheet sheet, CellRangeAddress range) {
            super(sheet, range);
        }

        @Override
        public Double getPointAt(int index) {
            Cell c = cell(index);
            return c != null && type(c) == CellType.NUMERIC ? c.getNumericCellValue() : null;
        }

        @Override
        public boolean isNumeric() {
            return true;
        }

        @Override
        public String getFormatCode() {
            return formatCode;
        }

        @Override
        public void setFormatCode(String formatCode) {
            this.formatCode = formatCode;
        }
    }

    @Override
    public int getPointCount() {
        return count();
    }

    @Override
    public boolean isLiteral() {
        return false;
    }

    @Override
    public boolean isCellRange() {
        return true;
    }

    @Override
    public boolean isReference() {
        return true;
    }

    @Override
    public int getColIndex() {
        return range.getFirstColumn();
    }

    @Override
    public String getDataRangeReference() {
        return reference();
    }

    private int count() {
        return range.getNumberOfCells();
    }

    private String reference() {
        return range.formatAsString(sheet.getSheetName(), true);
    }

    /** The index-th cell, row by row as POI counts them, or null where there is none. */
    Cell cell(int index) {
        if (index < 0 || index >= count()) {
            throw new IndexOutOfBoundsException("Index must be between 0 and " + (count() - 1) + " (inclusive), given: " + index);
        }
        int width = range.getLastColumn() - range.getFirstColumn() + 1;
        Row row = sheet.getRow(range.getFirstRow() + index / width);
        return row == null ? null : row.getCell(range.getFirstColumn() + index % width);
    }

    /** What an evaluator would say the cell holds: a formula by its cached result. */
    static CellType type(Cell c) {
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }
}
