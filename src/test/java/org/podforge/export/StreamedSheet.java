package org.podforge.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podforge.bom.CableScheduleRows;
import org.podforge.bom.FindingRow;
import org.podforge.bom.ValidationStatus;

/**
 * The POI oracle's streamed sheets as the export wrote them before decision 0043 (test only: {@link PoiWorkbookOracle}).
 * A sheet written as SpreadsheetML straight into the zip entry of a placeholder sheet that POI created
 * (so workbook.xml, its relationships, the autofilter name and the styles are POI's). This is what
 * SXSSF does, minus its per-cell objects: hundreds of thousands of rows stream in constant memory at
 * millions of cells per second. Header row frozen, autofilter over the data.
 */
final class StreamedSheet {
    /** Emits the data rows through a sink. */
    interface Rows {
        void emit(CsvExporter.CellSink<IOException> sink) throws IOException;
    }


    private final List<String> cols;
    private final int[] widths;
    private final Rows source;
    private final int headerStyle;
    private final int decimalStyle;
    private final boolean[] decimalCols;
    private final long rows;
    private final PoiSheetPrint print;
    private final String sheetName;

    /** The workbook's repeated texts (null: every text of this sheet inline). */
    private final StreamedStrings shared;
    private final boolean[] sharedCol;

    /**
     * @param sharedColumns columns whose texts repeat (racks, chassis, ports, parts): written once in the shared
     *                      strings table and referenced, which halves the XML of a large cable schedule
     * @param strings       the shared strings of the streamed sheets, appended after POI's own when the workbook
     *                      is written (POI's table would make an XML object of each text); null without shared columns
     */
    private StreamedSheet(List<String> cols, int[] widths, long rows, List<String> decimalColumns, Rows source,
                          PoiStyles st, XSSFSheet placeholder, PoiSheetPrint print, List<String> sharedColumns,
                          StreamedStrings strings) throws IOException {
        this.sharedCol = new boolean[cols.size()];
        for (String c : sharedColumns) {
            sharedCol[cols.indexOf(c)] = true;
        }
        if (sharedColumns.isEmpty()) {
            this.shared = null;
        } else {
            // one pass to collect the repeated texts: the shared strings part is written before this sheet
            source.emit(new CsvExporter.CellSink<IOException>() {
                private int col;

                @Override
                public void text(String v) {
                    if (sharedCol[col] && v != null && !v.isEmpty()) {
                        strings.add(v);
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
            this.shared = strings;
        }
        this.cols = cols;
        this.widths = widths;
        this.rows = rows;
        this.source = source;
        this.headerStyle = st.header.getIndex();
        this.decimalStyle = st.decimal.getIndex();
        this.decimalCols = new boolean[cols.size()];
        for (String c : decimalColumns) {
            decimalCols[cols.indexOf(c)] = true;
        }
        placeholder.setAutoFilter(new CellRangeAddress(0, (int) Math.max(1, rows), 0, cols.size() - 1)); // the defined name
        this.print = print;
        this.sheetName = placeholder.getSheetName();
        print.applyStreamed(placeholder, cols.size() - 1, rows);
    }

    /** A sheet of plain rows: header frozen, autofilter, no decimal or shared columns. */
    static StreamedSheet plain(List<String> cols, int[] widths, long rows, Rows source, PoiStyles st,
                               XSSFSheet placeholder, PoiSheetPrint print) throws IOException {
        return new StreamedSheet(cols, widths, rows, List.of(), source, st, placeholder, print, List.of(), null);
    }

    /** The zip entry name of a sheet's part ({@code xl/worksheets/sheet6.xml}). */
    static String partName(XSSFSheet sheet) {
        return sheet.getPackagePart().getPartName().getName().substring(1);
    }

    /**
     * Writes {@code wb} to {@code os} with the XML of each placeholder sheet in {@code streamed} (by part name)
     * written in place of POI's, and {@code strings} (null for none) appended to POI's shared strings part.
     */
    static void writeWorkbook(XSSFWorkbook wb, Map<String, StreamedSheet> streamed, StreamedStrings strings, OutputStream os)
            throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
        wb.write(buf);
        byte[] skeleton = buf.toByteArray();
        String sstPart = null;
        if (strings != null) {
            org.apache.poi.xssf.model.SharedStringsTable sst = wb.getSharedStringSource();
            strings.follow(sst.getUniqueCount());
            sstPart = sst.getPackagePart().getPartName().getName().substring(1);
        }
        boolean sstWritten = false;
        ZipOutputStream zout = new ZipOutputStream(os);
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(skeleton))) {
            byte[] copy = new byte[1 << 16];
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                StreamedSheet sheet = streamed.get(e.getName());
                if (e.getName().equals(sstPart)) {
                    strings.writePart(zin.readAllBytes(), zout);
                    sstWritten = true;
                } else if (sheet != null) {
                    zout.setLevel(Deflater.BEST_SPEED);
                    sheet.writeXml(zout);
                    zout.setLevel(Deflater.DEFAULT_COMPRESSION);
                } else {
                    for (int n = zin.read(copy); n > 0; n = zin.read(copy)) {
                        zout.write(copy, 0, n);
                    }
                }
                zout.closeEntry();
            }
        }
        if (!sstWritten && strings != null && strings.size() > 0) {
            throw new IOException("internal error: the workbook has no shared strings part for the streamed sheets' texts");
        }
        zout.finish();
    }

    /** Rows of the multiplied cable schedule, on one sheet (see {@link SheetParts}). */
    static StreamedSheet cables(List<CableScheduleRows.Row> part, PoiStyles st, XSSFSheet placeholder, PoiSheetPrint print,
                                StreamedStrings strings) throws IOException {
        Rows rows = sink -> {
            for (CableScheduleRows.Row r : part) {
                CableScheduleSheet.emit(r, sink);
            }
        };
        return new StreamedSheet(CableScheduleSheet.COLUMNS, CableScheduleSheet.WIDTHS, part.size(), CableScheduleSheet.DECIMAL, rows,
                st, placeholder, print, CableScheduleSheet.SHARED, strings);
    }

    static StreamedSheet findings(ValidationStatus v, PoiStyles st, XSSFSheet placeholder, PoiSheetPrint print)
            throws IOException {
        long n = v.findings().size() + (v.ran() ? 0 : 1);
        return new StreamedSheet(FindingsTable.COLUMNS, FindingsTable.WIDTHS, n, List.of(), sink -> {
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
        }, st, placeholder, print, List.of(), null);
    }

    void writeXml(java.io.OutputStream zip) throws IOException {
        java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(new java.io.FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // the zip entry stays open
            }
        }, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
        String lastCol = CellReference.convertNumToColString(cols.size() - 1);
        long lastRow = Math.max(2, rows + 1);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        w.write(PoiSheetPrint.sheetPrXml());
        w.write("<dimension ref=\"A1:" + lastCol + lastRow + "\"/>");
        w.write("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                + "state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>");
        w.write("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < widths.length; i++) {
            w.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + widths[i] + "\" customWidth=\"1\"/>");
        }
        w.write("</cols><sheetData>");
        String[] letters = new String[cols.size()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = CellReference.convertNumToColString(i);
        }
        w.write("<row r=\"1\">");
        for (int i = 0; i < cols.size(); i++) {
            w.write("<c r=\"" + letters[i] + "1\" s=\"" + headerStyle + "\" t=\"inlineStr\"><is><t>");
            escape(w, cols.get(i));
            w.write("</t></is></c>");
        }
        w.write("</row>");
        RowSink sink = new RowSink(w, letters, decimalCols, decimalStyle, shared, sharedCol);
        source.emit(sink);
        sink.flush();
        w.write("</sheetData>");
        w.write("<autoFilter ref=\"A1:" + lastCol + lastRow + "\"/>");
        w.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        w.write(print.pageSetupXml(sheetName));
        w.write("</worksheet>");
        w.flush();
    }

    /** Appends one row's cells as they come into a buffer flushed to the writer in large chunks. */
    private static final class RowSink implements CsvExporter.CellSink<IOException> {
        private final java.io.Writer w;
        private final String[] letters;
        private final boolean[] lengthCols;
        private final String lengthStyle;
        private final StringBuilder sb = new StringBuilder(1 << 16);
        private long row = 1;
        private String rowText = "1";
        private int col;

        private final StreamedStrings shared;
        private final boolean[] sharedCol;

        RowSink(java.io.Writer w, String[] letters, boolean[] lengthCols, int lengthStyle, StreamedStrings shared,
                boolean[] sharedCol) {
            this.shared = shared;
            this.sharedCol = sharedCol;
            this.w = w;
            this.letters = letters;
            this.lengthCols = lengthCols;
            this.lengthStyle = Integer.toString(lengthStyle);
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
            int idx = shared != null && sharedCol[col] && v != null ? shared.index(v) : -1;
            if (idx >= 0) {
                ref();
                sb.append(" t=\"s\"><v>").append(idx).append("</v></c>");
            } else if (v != null && !v.isEmpty()) {
                ref();
                sb.append(" t=\"inlineStr\"><is><t>");
                escape(sb, WorkbookExporter.fit(v));
                sb.append("</t></is></c>");
            }
            col++;
        }

        @Override
        public void number(double v) {
            start();
            ref();
            if (lengthCols[col]) {
                sb.append(" s=\"").append(lengthStyle).append('"');
            }
            sb.append("><v>");
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                sb.append((long) v);
            } else {
                sb.append(v);
            }
            sb.append("</v></c>");
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

    static void escape(java.io.Writer w, String s) throws IOException {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(sb, s);
        w.append(sb);
    }

    /** XML text escaping; characters XML 1.0 cannot carry are replaced by U+FFFD ({@link SafeText#xml}). */
    static void escape(StringBuilder sb, String raw) {
        String s = SafeText.xml(raw);
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c < 0x20) {
                break;
            }
            i++;
        }
        if (i == n) {
            sb.append(s);
            return;
        }
        sb.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                default:
                    sb.append(c);
            }
        }
    }

    /** The placeholder sheets for {@code n} parts of {@code base} (which exists): the continuations are created after it, in order. */
    static List<XSSFSheet> placeholders(XSSFWorkbook wb, String base, int n) {
        List<XSSFSheet> out = new java.util.ArrayList<>();
        XSSFSheet first = wb.getSheet(base);
        out.add(first);
        int at = wb.getSheetIndex(first);
        for (int part = 2; part <= n; part++) {
            String name = SheetParts.name(base, part);
            out.add(wb.createSheet(name));
            wb.setSheetOrder(name, at + part - 1);
        }
        return out;
    }
}
