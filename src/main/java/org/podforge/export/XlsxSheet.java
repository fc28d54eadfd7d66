package org.podforge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small sheet held in memory (the Summary, BOM, Cost per pod, Silicon content, Connectivity and Price book sheets:
 * a few thousand cells at most), written as SpreadsheetML by {@link XlsxPackage}: cells (text, number, or a formula
 * with its cached result), column widths, a frozen pane, tables, bar charts and the print titles. Rows and columns
 * are 0-based, as in POI. Texts are written as given (XML-safe): the caller makes them cell-safe ({@link SafeText}).
 */
final class XlsxSheet implements XlsxSheetPart {
    /** A cell: a text, a number, or a formula with its cached result (a number, or a text when {@code text != null}). */
    record Cell(String text, double number, String formula, XlsxStyle style) {
        boolean isNumber() {
            return text == null;
        }
    }

    private final String name;
    private final TreeMap<Integer, TreeMap<Integer, Cell>> rows = new TreeMap<>();
    private final TreeMap<Integer, Double> widths = new TreeMap<>();
    private final List<XlsxTable> tables = new ArrayList<>();
    private final List<XlsxChart> charts = new ArrayList<>();
    private int frozenCols;
    private int frozenRows;
    private int[] printTitles;
    /** Shared string index per text cell, in row and column order, once {@link #share} ran. */
    private int[] shared;

    XlsxSheet(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    // ---- cells

    void text(int row, int col, String v, XlsxStyle style) {
        put(row, col, new Cell(v == null ? "" : v, 0, null, style));
    }

    void number(int row, int col, double v, XlsxStyle style) {
        put(row, col, new Cell(null, v, null, style));
    }

    /** A formula (without "=") whose cached result is {@code cached}: a Number, else its text ("n/a" for null). */
    void formula(int row, int col, String formula, Object cached, XlsxStyle style) {
        if (cached instanceof Number n) {
            put(row, col, new Cell(null, n.doubleValue(), formula, style));
        } else {
            put(row, col, new Cell(cached == null ? "n/a" : cached.toString(), 0, formula, style));
        }
    }

    private void put(int row, int col, Cell c) {
        if (row < 0 || col < 0 || row >= SheetParts.EXCEL_ROWS || col >= SheetParts.EXCEL_COLUMNS) {
            throw new IllegalArgumentException("cell " + XlsxXml.col(Math.max(0, col)) + (row + 1) + " is outside a sheet");
        }
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, c);
        shared = null;
    }

    /** The cell at (row, col), or null. */
    Cell cell(int row, int col) {
        TreeMap<Integer, Cell> r = rows.get(row);
        return r == null ? null : r.get(col);
    }

    /** The last row holding a cell (0-based), -1 when none: POI's {@code getLastRowNum}. */
    int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    /** The last column holding a cell in any row, -1 when none. */
    int lastCol() {
        int last = -1;
        for (TreeMap<Integer, Cell> r : rows.values()) {
            if (!r.isEmpty()) {
                last = Math.max(last, r.lastKey());
            }
        }
        return last;
    }

    // ---- layout

    /** Column width in characters (Excel's unit). */
    void width(int col, double chars) {
        widths.put(col, chars);
    }

    /** Freezes the {@code cols} columns left of and the {@code rows} rows above the scrolling pane. */
    void freeze(int cols, int rows) {
        this.frozenCols = cols;
        this.frozenRows = rows;
    }

    /** Repeats rows {@code first..last} (0-based) at the top of every printed page. */
    void printTitles(int first, int last) {
        this.printTitles = new int[] {first, last};
    }

    /**
     * A table over rows {@code firstRow} (its header: the texts already in that row name its columns) to {@code lastRow}
     * and columns A to {@code lastCol}.
     */
    void table(int id, String tableName, int firstRow, int lastRow, int lastCol) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c <= lastCol; c++) {
            Cell h = cell(firstRow, c);
            names.add(h == null ? "Column" + (c + 1) : h.isNumber() ? XlsxXml.numberText(h.number()) : h.text());
        }
        tables.add(new XlsxTable(id, tableName, firstRow, lastRow, lastCol, names));
    }

    /**
     * A bar chart of the values in rows {@code firstRow..lastRow} of column {@code valueCol} by the categories in the same
     * rows of {@code categoryCol}, anchored from ({@code c1}, {@code r1}) to ({@code c2}, {@code r2}). Its caches are the
     * cells' (cached) values: call after the cells are set.
     */
    void barChart(String title, String series, int firstRow, int lastRow, int categoryCol, int valueCol, int c1, int r1, int c2,
                  int r2) {
        List<String> cats = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            Cell c = cell(r, categoryCol);
            cats.add(c != null && !c.isNumber() ? c.text() : null);
            Cell v = cell(r, valueCol);
            vals.add(v != null && v.isNumber() ? v.number() : null);
        }
        charts.add(new XlsxChart(title, series, XlsxXml.range(name, firstRow, categoryCol, lastRow, categoryCol), cats,
                XlsxXml.range(name, firstRow, valueCol, lastRow, valueCol), vals, c1, r1, c2, r2));
    }

    // ---- the part

    @Override
    public int[] printTitles() {
        return printTitles;
    }

    /** What the sheet holds, charts included (as POI's print area over the used range and the drawings' anchors). */
    @Override
    public long printLastRow() {
        int last = Math.max(0, lastRow());
        for (XlsxChart c : charts) {
            last = Math.max(last, c.r2());
        }
        return last;
    }

    @Override
    public int printLastCol() {
        int last = Math.max(0, lastCol());
        for (XlsxChart c : charts) {
            last = Math.max(last, c.c2());
        }
        return last;
    }

    @Override
    public String filterArea() {
        return null;
    }

    @Override
    public List<XlsxTable> tables() {
        return tables;
    }

    @Override
    public List<XlsxChart> charts() {
        return charts;
    }

    @Override
    public void share(XlsxStrings strings) {
        List<Integer> idx = new ArrayList<>();
        for (TreeMap<Integer, Cell> r : rows.values()) {
            for (Cell c : r.values()) {
                if (c.formula() == null && !c.isNumber() && !c.text().isEmpty()) {
                    idx.add(strings.add(c.text()));
                }
            }
        }
        shared = idx.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void write(OutputStream out, XlsxStrings strings, SheetPrint print, boolean selected) throws IOException {
        if (shared == null) {
            throw new IllegalStateException("sheet " + name + " written before its texts were shared");
        }
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
                .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        int lastRow = Math.max(0, lastRow());
        int lastCol = Math.max(0, lastCol());
        sb.append("<dimension ref=\"A1");
        if (lastRow > 0 || lastCol > 0) {
            sb.append(':').append(XlsxXml.col(lastCol)).append(lastRow + 1);
        }
        sb.append("\"/>");
        XlsxSheetPart.views(sb, selected, frozenCols, frozenRows);
        sb.append("<sheetFormatPr defaultRowHeight=\"15\"/>");
        if (!widths.isEmpty()) {
            sb.append("<cols>");
            for (Map.Entry<Integer, Double> w : widths.entrySet()) {
                sb.append("<col min=\"").append(w.getKey() + 1).append("\" max=\"").append(w.getKey() + 1).append("\" width=\"");
                XlsxXml.number(sb, w.getValue());
                sb.append("\" customWidth=\"1\"/>");
            }
            sb.append("</cols>");
        }
        sb.append("<sheetData>");
        int next = 0;
        for (Map.Entry<Integer, TreeMap<Integer, Cell>> r : rows.entrySet()) {
            String rowNo = Integer.toString(r.getKey() + 1);
            sb.append("<row r=\"").append(rowNo).append("\">");
            for (Map.Entry<Integer, Cell> e : r.getValue().entrySet()) {
                Cell c = e.getValue();
                sb.append("<c r=\"").append(XlsxXml.col(e.getKey())).append(rowNo).append('"');
                if (c.style() != null && c.style() != XlsxStyle.DEFAULT) {
                    sb.append(" s=\"").append(c.style().id()).append('"');
                }
                if (c.formula() != null) {
                    boolean finite = !c.isNumber() || Double.isFinite(c.number());
                    sb.append(c.isNumber() ? (finite ? "" : " t=\"e\"") : " t=\"str\"").append("><f>");
                    XlsxXml.escape(sb, c.formula());
                    sb.append("</f><v>");
                    if (!c.isNumber()) {
                        XlsxXml.escape(sb, c.text());
                    } else if (finite) {
                        XlsxXml.number(sb, c.number());
                    } else {
                        sb.append("#NUM!");
                    }
                    sb.append("</v></c>");
                } else if (c.isNumber()) {
                    if (Double.isFinite(c.number())) {
                        sb.append("><v>");
                        XlsxXml.number(sb, c.number());
                        sb.append("</v></c>");
                    } else {
                        sb.append(" t=\"e\"><v>#NUM!</v></c>");
                    }
                } else if (c.text().isEmpty()) {
                    sb.append(" t=\"inlineStr\"><is><t></t></is></c>"); // an empty text cell (POI writes one too), not a blank
                } else {
                    sb.append(" t=\"s\"><v>").append(shared[next++]).append("</v></c>");
                }
            }
            sb.append("</row>");
            if (sb.length() > 1 << 16) {
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
            }
        }
        sb.append("</sheetData>");
        XlsxSheetPart.pageSetup(sb, print, name);
        if (!charts.isEmpty()) {
            sb.append("<drawing r:id=\"rId").append(tables.size() + 1).append("\"/>");
        }
        if (!tables.isEmpty()) {
            sb.append("<tableParts count=\"").append(tables.size()).append("\">");
            for (int i = 0; i < tables.size(); i++) {
                sb.append("<tablePart r:id=\"rId").append(i + 1).append("\"/>");
            }
            sb.append("</tableParts>");
        }
        sb.append("</worksheet>");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
