package org.podforge.export;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.podforge.bom.CableScheduleRows;
import org.podforge.bom.FindingRow;
import org.podforge.bom.ValidationStatus;

/**
 * A sheet of many rows (the cable schedule, the findings, the P2P file's links) written as SpreadsheetML straight into
 * its zip entry while its rows are made: no object per cell, hundreds of thousands of rows in constant memory. Header
 * row frozen and repeated when printing, autofilter over the data, decimal columns styled, and the texts of the
 * columns whose values repeat (racks, chassis, ports, parts) written once in the shared strings and referred to, which
 * halves the XML of a large cable schedule.
 */
final class XlsxStreamedSheet implements XlsxSheetPart {
    /** Emits the data rows through a sink (it may be asked twice: once to share texts, once to write). */
    interface Rows {
        void emit(CsvExporter.CellSink<IOException> sink) throws IOException;
    }

    private final String name;
    private final List<String> cols;
    private final int[] widths;
    private final long rows;
    private final Rows source;
    private final boolean[] decimalCol;
    private final boolean[] sharedCol;
    private final boolean anyShared;

    /**
     * @param decimalColumns columns whose numbers are shown with two decimals
     * @param sharedColumns  columns whose texts repeat, written once in the shared strings
     */
    XlsxStreamedSheet(String name, List<String> cols, int[] widths, long rows, List<String> decimalColumns,
                      List<String> sharedColumns, Rows source) {
        this.name = name;
        this.cols = cols;
        this.widths = widths;
        this.rows = rows;
        this.source = source;
        this.decimalCol = flags(cols, decimalColumns);
        this.sharedCol = flags(cols, sharedColumns);
        this.anyShared = !sharedColumns.isEmpty();
    }

    private static boolean[] flags(List<String> cols, List<String> named) {
        boolean[] f = new boolean[cols.size()];
        for (String c : named) {
            int i = cols.indexOf(c);
            if (i < 0) {
                throw new IllegalArgumentException("no column " + c);
            }
            f[i] = true;
        }
        return f;
    }

    /** A sheet of plain rows: no decimal or shared columns. */
    static XlsxStreamedSheet plain(String name, List<String> cols, int[] widths, long rows, Rows source) {
        return new XlsxStreamedSheet(name, cols, widths, rows, List.of(), List.of(), source);
    }

    /** Rows of the multiplied cable schedule, on one sheet (see {@link SheetParts}). */
    static XlsxStreamedSheet cables(String name, List<CableScheduleRows.Row> part) {
        return new XlsxStreamedSheet(name, CableScheduleSheet.COLUMNS, CableScheduleSheet.WIDTHS, part.size(), CableScheduleSheet.DECIMAL,
                CableScheduleSheet.SHARED, sink -> {
                    for (CableScheduleRows.Row r : part) {
                        CableScheduleSheet.emit(r, sink);
                    }
                });
    }

    /** The findings, or one row saying validation did not run. */
    static XlsxStreamedSheet findings(String name, ValidationStatus v) {
        long n = v.findings().size() + (v.ran() ? 0 : 1);
        return new XlsxStreamedSheet(name, FindingsTable.COLUMNS, FindingsTable.WIDTHS, n, List.of(), List.of(), sink -> {
            if (!v.ran()) {
                sink.text("(none)");
                sink.empty();
                sink.empty();
                sink.empty();
                sink.text("Validation did not run: " + v.note());
                sink.empty();
                sink.endRow();
            }
            for (FindingRow f : v.findings()) {
                FindingsTable.emit(f, sink);
            }
        });
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int[] printTitles() {
        return new int[] {0, 0};
    }

    @Override
    public long printLastRow() {
        return Math.max(1, Math.min(rows, Integer.MAX_VALUE - 1));
    }

    @Override
    public int printLastCol() {
        return cols.size() - 1;
    }

    @Override
    public String filterArea() {
        return "$A$1:$" + XlsxXml.col(cols.size() - 1) + "$" + (Math.max(1, rows) + 1);
    }

    @Override
    public List<XlsxTable> tables() {
        return List.of();
    }

    @Override
    public List<XlsxChart> charts() {
        return List.of();
    }

    @Override
    public void share(XlsxStrings strings) throws IOException {
        if (!anyShared) {
            return;
        }
        source.emit(new CsvExporter.CellSink<IOException>() {
            private int col;

            @Override
            public void text(String v) {
                if (sharedCol[col] && v != null && !v.isEmpty()) {
                    strings.add(WorkbookExporter.fit(v));
                }
                col++;
            }

            @Override
            public void number(double v) {
                col++;
            }

            @Override
            public void empty() {
                col++;
            }

            @Override
            public void endRow() {
                col = 0;
            }
        });
    }

    @Override
    public void write(OutputStream zip, XlsxStrings strings, SheetPrint print, boolean selected) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the zip entry stays open
            }
        }, StandardCharsets.UTF_8), 1 << 16);
        String lastCol = XlsxXml.col(cols.size() - 1);
        long lastRow = Math.max(2, rows + 1);
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
                .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                .append("<dimension ref=\"A1:").append(lastCol).append(lastRow).append("\"/>");
        XlsxSheetPart.views(sb, selected, 0, 1);
        sb.append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < widths.length; i++) {
            sb.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"").append(widths[i])
                    .append("\" customWidth=\"1\"/>");
        }
        sb.append("</cols><sheetData>");
        String[] letters = new String[cols.size()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = XlsxXml.col(i);
        }
        sb.append("<row r=\"1\">");
        for (int i = 0; i < cols.size(); i++) {
            sb.append("<c r=\"").append(letters[i]).append("1\" s=\"").append(XlsxStyle.HEADER.id()).append("\" t=\"inlineStr\"><is><t>");
            XlsxXml.escape(sb, cols.get(i));
            sb.append("</t></is></c>");
        }
        sb.append("</row>");
        w.append(sb);
        RowSink sink = new RowSink(w, letters, decimalCol, anyShared ? strings : null, sharedCol);
        source.emit(sink);
        sink.flush();
        sb.setLength(0);
        sb.append("</sheetData><autoFilter ref=\"A1:").append(lastCol).append(lastRow).append("\"/>");
        XlsxSheetPart.pageSetup(sb, print, name);
        sb.append("</worksheet>");
        w.append(sb);
        w.flush();
    }

    /** Appends one row's cells as they come into a buffer flushed to the writer in large chunks. */
    private static final class RowSink implements CsvExporter.CellSink<IOException> {
        private final Writer w;
        private final String[] letters;
        private final boolean[] decimalCol;
        private final String decimalStyle = Integer.toString(XlsxStyle.DECIMAL.id());
        private final XlsxStrings shared;
        private final boolean[] sharedCol;
        private final StringBuilder sb = new StringBuilder(1 << 16);
        private long row = 1;
        private String rowText = "1";
        private int col;

        RowSink(Writer w, String[] letters, boolean[] decimalCol, XlsxStrings shared, boolean[] sharedCol) {
            this.w = w;
            this.letters = letters;
            this.decimalCol = decimalCol;
            this.shared = shared;
            this.sharedCol = sharedCol;
        }

        private void start() {
            if (col == 0) {
                row++;
                rowText = Long.toString(row);
                sb.append("<row r=\"").append(rowText).append("\">");
            }
        }

        private void ref() {
            sb.append("<c r=\"").append(letters[col]).append(rowText).append('"');
        }

        @Override
        public void text(String v) {
            start();
            if (v != null && !v.isEmpty()) {
                // a shared text was added cell-safe; a text that is safe already (any name) is found as it is
                int idx = shared != null && sharedCol[col] ? shared.index(v) : -1;
                String t = idx >= 0 ? v : WorkbookExporter.fit(v);
                if (idx < 0 && shared != null && sharedCol[col]) {
                    idx = shared.index(t);
                }
                ref();
                if (idx >= 0) {
                    sb.append(" t=\"s\"><v>").append(idx).append("</v></c>");
                } else {
                    sb.append(" t=\"inlineStr\"><is><t>");
                    XlsxXml.escape(sb, t);
                    sb.append("</t></is></c>");
                }
            }
            col++;
        }

        @Override
        public void number(double v) {
            start();
            ref();
            if (decimalCol[col]) {
                sb.append(" s=\"").append(decimalStyle).append('"');
            }
            if (Double.isFinite(v)) {
                sb.append("><v>");
                XlsxXml.number(sb, v);
                sb.append("</v></c>");
            } else {
                sb.append(" t=\"e\"><v>#NUM!</v></c>");
            }
            col++;
        }

        @Override
        public void empty() {
            start();
            col++;
        }

        @Override
        public void endRow() throws IOException {
            start();
            sb.append("</row>");
            col = 0;
            if (sb.length() > 60_000) {
                flush();
            }
        }

        void flush() throws IOException {
            w.append(sb);
            sb.setLength(0);
        }
    }
}
