package org.podforge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook written as an Office Open XML package (.xlsx) by ourselves, without POI (decision 0043): the zip with its
 * content types and relationships, the workbook part (sheets in order, print titles and areas and the autofilters'
 * hidden names as defined names, full recalculation on load), the styles ({@link XlsxStyle}), the shared strings
 * ({@link XlsxStrings}), the document properties, and per sheet its worksheet, tables, drawing and charts. The sheets
 * are {@link XlsxSheet}s (small, in memory) and {@link XlsxStreamedSheet}s (written row by row into the zip).
 */
final class XlsxPackage {
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CT = "application/vnd.openxmlformats-officedocument.";

    private final String currency;
    private final SheetPrint print;
    private final DocumentProperties properties;
    private final List<XlsxSheetPart> sheets = new ArrayList<>();

    XlsxPackage(String currency, SheetPrint print, DocumentProperties properties) {
        this.currency = currency;
        this.print = print;
        this.properties = properties;
    }

    void add(XlsxSheetPart sheet) {
        for (XlsxSheetPart s : sheets) {
            if (s.name().equalsIgnoreCase(sheet.name())) {
                throw new IllegalArgumentException("two sheets named " + sheet.name());
            }
        }
        if (sheet.name().isEmpty() || sheet.name().length() > 31 || sheet.name().matches(".*[\\[\\]*?:/\\\\].*")) {
            throw new IllegalArgumentException("not a sheet name Excel allows: " + sheet.name());
        }
        sheets.add(sheet);
    }

    List<XlsxSheetPart> sheets() {
        return sheets;
    }

    /** Writes the package to {@code os} (not closed). */
    void write(OutputStream os) throws IOException {
        XlsxStrings strings = new XlsxStrings();
        for (XlsxSheetPart s : sheets) {
            s.share(strings);
        }
        ZipOutputStream zip = new ZipOutputStream(os, StandardCharsets.UTF_8);
        entry(zip, "[Content_Types].xml", contentTypes());
        entry(zip, "_rels/.rels", rels(new String[][] {
                {"officeDocument", "xl/workbook.xml", REL + "officeDocument"},
                {"", "docProps/app.xml", REL + "extended-properties"},
                {"", "docProps/core.xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"}}));
        entry(zip, "docProps/app.xml", properties.appXml());
        entry(zip, "docProps/core.xml", properties.coreXml());
        entry(zip, "xl/workbook.xml", workbookXml());
        List<String[]> wbRels = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            wbRels.add(new String[] {"", "worksheets/sheet" + (i + 1) + ".xml", REL + "worksheet"});
        }
        wbRels.add(new String[] {"", "styles.xml", REL + "styles"});
        wbRels.add(new String[] {"", "sharedStrings.xml", REL + "sharedStrings"});
        entry(zip, "xl/_rels/workbook.xml.rels", rels(wbRels.toArray(new String[0][])));
        entry(zip, "xl/styles.xml", XlsxStyle.stylesXml(currency));
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        strings.write(zip);
        zip.closeEntry();
        int drawing = 0;
        int chart = 0;
        for (int i = 0; i < sheets.size(); i++) {
            XlsxSheetPart s = sheets.get(i);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
            boolean big = s instanceof XlsxStreamedSheet;
            if (big) {
                zip.setLevel(Deflater.BEST_SPEED);
            }
            s.write(zip, strings, print, i == 0);
            zip.closeEntry();
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            List<String[]> sheetRels = new ArrayList<>();
            for (XlsxTable t : s.tables()) {
                sheetRels.add(new String[] {"", "../tables/table" + t.id() + ".xml", REL + "table"});
                entry(zip, "xl/tables/table" + t.id() + ".xml", t.xml());
            }
            if (!s.charts().isEmpty()) {
                drawing++;
                sheetRels.add(new String[] {"", "../drawings/drawing" + drawing + ".xml", REL + "drawing"});
                entry(zip, "xl/drawings/drawing" + drawing + ".xml", XlsxChart.drawingXml(s.charts()));
                List<String[]> drawingRels = new ArrayList<>();
                for (XlsxChart c : s.charts()) {
                    chart++;
                    drawingRels.add(new String[] {"", "../charts/chart" + chart + ".xml", REL + "chart"});
                    entry(zip, "xl/charts/chart" + chart + ".xml", c.xml());
                }
                entry(zip, "xl/drawings/_rels/drawing" + drawing + ".xml.rels", rels(drawingRels.toArray(new String[0][])));
            }
            if (!sheetRels.isEmpty()) {
                entry(zip, "xl/worksheets/_rels/sheet" + (i + 1) + ".xml.rels", rels(sheetRels.toArray(new String[0][])));
            }
        }
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A relationships part: rows of {unused, target, type}, numbered rId1, rId2, ... in order. */
    private static String rels(String[][] rows) {
        StringBuilder sb = new StringBuilder(512);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < rows.length; i++) {
            sb.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(rows[i][2]).append("\" Target=\"");
            XlsxXml.escape(sb, rows[i][1]);
            sb.append("\"/>");
        }
        sb.append("</Relationships>");
        return sb.toString();
    }

    private String contentTypes() {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        override(sb, "/xl/workbook.xml", CT + "spreadsheetml.sheet.main+xml");
        override(sb, "/xl/styles.xml", CT + "spreadsheetml.styles+xml");
        override(sb, "/xl/sharedStrings.xml", CT + "spreadsheetml.sharedStrings+xml");
        override(sb, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override(sb, "/docProps/app.xml", CT + "extended-properties+xml");
        int drawing = 0;
        int chart = 0;
        for (int i = 0; i < sheets.size(); i++) {
            XlsxSheetPart s = sheets.get(i);
            override(sb, "/xl/worksheets/sheet" + (i + 1) + ".xml", CT + "spreadsheetml.worksheet+xml");
            for (XlsxTable t : s.tables()) {
                override(sb, "/xl/tables/table" + t.id() + ".xml", CT + "spreadsheetml.table+xml");
            }
            if (!s.charts().isEmpty()) {
                override(sb, "/xl/drawings/drawing" + (++drawing) + ".xml", CT + "drawing+xml");
                for (int c = 0; c < s.charts().size(); c++) {
                    override(sb, "/xl/charts/chart" + (++chart) + ".xml", CT + "drawingml.chart+xml");
                }
            }
        }
        sb.append("</Types>");
        return sb.toString();
    }

    private static void override(StringBuilder sb, String part, String type) {
        sb.append("<Override PartName=\"").append(part).append("\" ContentType=\"").append(type).append("\"/>");
    }

    /** The workbook part: the sheets, their print titles, print areas and filters as defined names, recalculation on load. */
    private String workbookXml() {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
                .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<workbookPr date1904=\"0\"/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            sb.append("<sheet name=\"");
            XlsxXml.escape(sb, sheets.get(i).name());
            sb.append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        sb.append("</sheets><definedNames>");
        for (int i = 0; i < sheets.size(); i++) {
            XlsxSheetPart s = sheets.get(i);
            String ref = XlsxXml.sheetRef(s.name());
            if (s.filterArea() != null) {
                name(sb, "_xlnm._FilterDatabase", i, true, ref + "!" + s.filterArea());
            }
            int[] titles = s.printTitles();
            if (titles != null) {
                name(sb, "_xlnm.Print_Titles", i, false, ref + "!$" + (titles[0] + 1) + ":$" + (titles[1] + 1));
            }
            name(sb, "_xlnm.Print_Area", i, false, XlsxXml.area(s.name(), 0, 0, s.printLastRow(), s.printLastCol()));
        }
        sb.append("</definedNames><calcPr fullCalcOnLoad=\"1\"/></workbook>");
        return sb.toString();
    }

    private static void name(StringBuilder sb, String name, int sheet, boolean hidden, String formula) {
        sb.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheet).append('"');
        if (hidden) {
            sb.append(" hidden=\"1\"");
        }
        sb.append('>');
        XlsxXml.escape(sb, formula);
        sb.append("</definedName>");
    }
}
