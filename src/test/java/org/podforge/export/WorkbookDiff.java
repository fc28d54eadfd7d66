package org.podforge.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFColorPreset;
import org.apache.poi.xddf.usermodel.XDDFColorRgbBinary;
import org.apache.poi.xddf.usermodel.XDDFColorRgbPercent;
import org.apache.poi.xddf.usermodel.XDDFColorSchemeBased;
import org.apache.poi.xddf.usermodel.XDDFFillProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Compares two xlsx workbooks as a reader sees them, read with POI (XSSF): the list of human-readable differences,
 * empty when they are equivalent. It exists to prove a workbook writer equal to another (the POI-built BOM workbook
 * against a SpreadsheetML writer of our own), so it compares resolved content, not bytes:
 * <ul>
 * <li>compared: sheet names and order, visibility, the active sheet; every row's presence (and a set height or
 * hidden flag); every cell's type, string / numeric / boolean / error value, formula text, cached formula result
 * and its type, and its resolved style (data format string, font: bold, italic, underline, strikeout, height, name,
 * colour; fill pattern and colours; wrap, alignment, indent, rotation; the four borders and their colours;
 * locked/hidden); column widths and hidden columns, default column width and row height; freeze panes; merged
 * regions; the sheet's autofilter; tables (name, display name, area, style name and stripes, autofilter ref, header
 * and totals rows, column names); drawings (each shape's type and anchor) and their charts (title, title overlay,
 * axes, chart types, bar direction and grouping, vary colours, each series' title, category and value reference
 * formulas, format codes and cached points, fill); print setup (landscape, fit width/height, fit to page,
 * autobreaks, paper size, scale, margins) and header/footer (left, center, right); the workbook's defined names
 * (name, sheet scope, formula, hidden); document properties (core title, subject, creator, last modified by,
 * keywords, description, category; extended application, app version, company); the force-recalculation flag.</li>
 * <li>ignored: style, font and string indexes as numbers (styles are compared resolved, strings as text whether
 * shared or inline), zip entry order, XML formatting, the document's created/modified times; a fill's colour when
 * neither side fills, a border's colour when neither side has that border; a missing cell and a blank cell of the
 * default style (index 0) are the same.</li>
 * </ul>
 * The first workbook's value is written first: {@code sheet 'BOM' cell D5: numeric value 12.0 vs 13.0}. At most
 * {@link #DEFAULT_MAX} differences are listed, then one line with the count of the rest.
 * <p>From the command line: {@code java -cp target/test-classes:target/classes:target/lib/* org.podforge.export.WorkbookDiff
 * a.xlsx b.xlsx} prints the differences and exits 1 when there are any.
 */
public final class WorkbookDiff {
    public static final int DEFAULT_MAX = 1000;
    private static final int MAX_TEXT = 200;

    private final List<String> out = new ArrayList<>();
    private final int max;
    private long more;
    private final StyleCache stylesA;
    private final StyleCache stylesB;

    private WorkbookDiff(XSSFWorkbook a, XSSFWorkbook b, int max) {
        this.max = max;
        this.stylesA = new StyleCache(a);
        this.stylesB = new StyleCache(b);
    }

    public static List<String> diff(Path a, Path b) throws IOException {
        return diff(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    public static List<String> diff(byte[] a, byte[] b) throws IOException {
        return diff(a, b, DEFAULT_MAX);
    }

    public static List<String> diff(byte[] a, byte[] b, int max) throws IOException {
        try (XSSFWorkbook wa = read(a); XSSFWorkbook wb = read(b)) {
            return diff(wa, wb, max);
        }
    }

    public static List<String> diff(XSSFWorkbook a, XSSFWorkbook b) {
        return diff(a, b, DEFAULT_MAX);
    }

    public static List<String> diff(XSSFWorkbook a, XSSFWorkbook b, int max) {
        WorkbookDiff d = new WorkbookDiff(a, b, max);
        d.workbook(a, b);
        if (d.more > 0) {
            d.out.add("... and " + d.more + " more differences");
        }
        return d.out;
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return new XSSFWorkbook(in);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WorkbookDiff A.xlsx B.xlsx   (prints the differences, exit 1 when any)");
            System.exit(2);
        }
        List<String> d = diff(Path.of(args[0]), Path.of(args[1]));
        d.forEach(System.out::println);
        System.out.println(d.isEmpty() ? "equivalent" : d.size() + " difference line(s)");
        System.exit(d.isEmpty() ? 0 : 1);
    }

    // ---- reporting --------------------------------------------------------------------------------

    private void report(String line) {
        if (out.size() < max) {
            out.add(line);
        } else {
            more++;
        }
    }

    private void eq(String where, String what, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            report(where + ": " + what + " " + show(a) + " vs " + show(b));
        }
    }

    private void num(String where, String what, double a, double b) {
        if (!(a == b || Double.isNaN(a) && Double.isNaN(b))) {
            report(where + ": " + what + " " + a + " vs " + b);
        }
    }

    private static String show(Object o) {
        if (o == null) {
            return "(none)";
        }
        if (o instanceof String s) {
            String t = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "...(" + s.length() + " chars)" : s;
            return "\"" + t + "\"";
        }
        return String.valueOf(o);
    }

    private static String sheet(String name) {
        return "sheet '" + name + "'";
    }

    // ---- workbook ---------------------------------------------------------------------------------

    private void workbook(XSSFWorkbook a, XSSFWorkbook b) {
        List<String> namesA = sheetNames(a);
        List<String> namesB = sheetNames(b);
        eq("workbook", "sheets", namesA, namesB);
        eq("workbook", "active sheet", activeSheet(a), activeSheet(b));
        eq("workbook", "force formula recalculation", a.getForceFormulaRecalculation(), b.getForceFormulaRecalculation());
        properties(a.getProperties(), b.getProperties());
        definedNames(a, b);
        for (String name : namesA) {
            if (namesB.contains(name)) {
                sheet(a, b, a.getSheet(name), b.getSheet(name));
            }
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        return names;
    }

    private static String activeSheet(XSSFWorkbook wb) {
        return wb.getNumberOfSheets() == 0 ? null : wb.getSheetName(wb.getActiveSheetIndex());
    }

    private void properties(POIXMLProperties a, POIXMLProperties b) {
        POIXMLProperties.CoreProperties ca = a.getCoreProperties();
        POIXMLProperties.CoreProperties cb = b.getCoreProperties();
        String w = "document properties";
        eq(w, "title", ca.getTitle(), cb.getTitle());
        eq(w, "subject", ca.getSubject(), cb.getSubject());
        eq(w, "creator", ca.getCreator(), cb.getCreator());
        eq(w, "last modified by", ca.getLastModifiedByUser(), cb.getLastModifiedByUser());
        eq(w, "keywords", ca.getKeywords(), cb.getKeywords());
        eq(w, "description", ca.getDescription(), cb.getDescription());
        eq(w, "category", ca.getCategory(), cb.getCategory());
        var ea = a.getExtendedProperties().getUnderlyingProperties();
        var eb = b.getExtendedProperties().getUnderlyingProperties();
        eq(w, "application", ea.getApplication(), eb.getApplication());
        eq(w, "app version", ea.getAppVersion(), eb.getAppVersion());
        eq(w, "company", ea.getCompany(), eb.getCompany());
    }

    private void definedNames(XSSFWorkbook a, XSSFWorkbook b) {
        Map<String, CTDefinedName> na = names(a);
        Map<String, CTDefinedName> nb = names(b);
        TreeSet<String> keys = new TreeSet<>(na.keySet());
        keys.addAll(nb.keySet());
        for (String k : keys) {
            CTDefinedName x = na.get(k);
            CTDefinedName y = nb.get(k);
            String where = "defined name " + k;
            if (x == null || y == null) {
                report(where + ": " + (x == null ? "absent vs present (" + show(y.getStringValue()) + ")"
                        : "present (" + show(x.getStringValue()) + ") vs absent"));
                continue;
            }
            eq(where, "formula", x.getStringValue(), y.getStringValue());
            eq(where, "hidden", x.isSetHidden() && x.getHidden(), y.isSetHidden() && y.getHidden());
        }
    }

    /** Defined names by "name (scope)": "name (workbook)" or "name (sheet 'BOM')". */
    private static Map<String, CTDefinedName> names(XSSFWorkbook wb) {
        Map<String, CTDefinedName> m = new TreeMap<>();
        if (wb.getCTWorkbook().isSetDefinedNames()) {
            for (CTDefinedName n : wb.getCTWorkbook().getDefinedNames().getDefinedNameArray()) {
                String scope = n.isSetLocalSheetId() ? sheet(wb.getSheetName((int) n.getLocalSheetId())) : "workbook";
                m.put(n.getName() + " (" + scope + ")", n);
            }
        }
        return m;
    }

    // ---- sheet ------------------------------------------------------------------------------------

    private void sheet(XSSFWorkbook wa, XSSFWorkbook wb, XSSFSheet a, XSSFSheet b) {
        String where = sheet(a.getSheetName());
        eq(where, "visibility", wa.getSheetVisibility(wa.getSheetIndex(a)), wb.getSheetVisibility(wb.getSheetIndex(b)));
        eq(where, "default column width", a.getDefaultColumnWidth(), b.getDefaultColumnWidth());
        eq(where, "default row height", a.getDefaultRowHeightInPoints(), b.getDefaultRowHeightInPoints());
        eq(where, "freeze panes", panes(a.getPaneInformation()), panes(b.getPaneInformation()));
        eq(where, "merged regions", merged(a), merged(b));
        eq(where, "autofilter", a.getCTWorksheet().isSetAutoFilter() ? a.getCTWorksheet().getAutoFilter().getRef() : null,
                b.getCTWorksheet().isSetAutoFilter() ? b.getCTWorksheet().getAutoFilter().getRef() : null);
        print(where, a, b);
        columns(where, a, b);
        rows(where, a, b);
        tables(where, a, b);
        drawings(where, a, b);
    }

    private static String panes(PaneInformation p) {
        if (p == null) {
            return null;
        }
        return (p.isFreezePane() ? "frozen" : "split") + " at column " + p.getVerticalSplitPosition() + ", row "
                + p.getHorizontalSplitPosition() + ", top row " + p.getHorizontalSplitTopRow() + ", left column "
                + p.getVerticalSplitLeftColumn() + ", active pane " + p.getActivePaneType();
    }

    private static List<String> merged(XSSFSheet s) {
        List<String> m = new ArrayList<>();
        for (CellRangeAddress r : s.getMergedRegions()) {
            m.add(r.formatAsString());
        }
        m.sort(null);
        return m;
    }

    private void print(String where, XSSFSheet a, XSSFSheet b) {
        PrintSetup pa = a.getPrintSetup();
        PrintSetup pb = b.getPrintSetup();
        eq(where, "print landscape", pa.getLandscape(), pb.getLandscape());
        eq(where, "print fit width", pa.getFitWidth(), pb.getFitWidth());
        eq(where, "print fit height", pa.getFitHeight(), pb.getFitHeight());
        eq(where, "print paper size", pa.getPaperSize(), pb.getPaperSize());
        eq(where, "print scale", pa.getScale(), pb.getScale());
        eq(where, "fit to page", a.getFitToPage(), b.getFitToPage());
        eq(where, "autobreaks", a.getAutobreaks(), b.getAutobreaks());
        for (org.apache.poi.ss.usermodel.PageMargin m : org.apache.poi.ss.usermodel.PageMargin.values()) {
            num(where, "margin " + m.name().toLowerCase(java.util.Locale.ROOT), a.getMargin(m), b.getMargin(m));
        }
        headerFooter(where + " header", a.getHeader(), b.getHeader());
        headerFooter(where + " footer", a.getFooter(), b.getFooter());
    }

    private void headerFooter(String where, HeaderFooter a, HeaderFooter b) {
        eq(where, "left", a.getLeft(), b.getLeft());
        eq(where, "center", a.getCenter(), b.getCenter());
        eq(where, "right", a.getRight(), b.getRight());
    }

    private void columns(String where, XSSFSheet a, XSSFSheet b) {
        int last = Math.max(lastColumn(a), lastColumn(b));
        for (int c = 0; c <= last; c++) {
            String w = where + " column " + CellReference.convertNumToColString(c);
            eq(w, "width", a.getColumnWidth(c), b.getColumnWidth(c));
            eq(w, "hidden", a.isColumnHidden(c), b.isColumnHidden(c));
        }
    }

    /** The last 0-based column a sheet defines (a {@code <col>}) or holds a cell in; -1 for none. */
    private static int lastColumn(XSSFSheet s) {
        int last = -1;
        for (CTCols cols : s.getCTWorksheet().getColsArray()) {
            for (CTCol col : cols.getColArray()) {
                last = Math.max(last, (int) col.getMax() - 1);
            }
        }
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            XSSFRow row = s.getRow(r);
            if (row != null) {
                last = Math.max(last, row.getLastCellNum() - 1);
            }
        }
        return last;
    }

    private void rows(String where, XSSFSheet a, XSSFSheet b) {
        int last = Math.max(a.getLastRowNum(), b.getLastRowNum());
        for (int r = 0; r <= last; r++) {
            XSSFRow ra = a.getRow(r);
            XSSFRow rb = b.getRow(r);
            String w = where + " row " + (r + 1);
            if (ra == null || rb == null) {
                if (ra != rb) {
                    report(w + ": " + (ra == null ? "absent vs present (" + rb.getPhysicalNumberOfCells() + " cells)"
                            : "present (" + ra.getPhysicalNumberOfCells() + " cells) vs absent"));
                }
                continue;
            }
            eq(w, "height", ra.getCTRow().isSetHt() ? ra.getHeightInPoints() : null,
                    rb.getCTRow().isSetHt() ? rb.getHeightInPoints() : null);
            eq(w, "hidden", ra.getZeroHeight(), rb.getZeroHeight());
            int cells = Math.max(ra.getLastCellNum(), rb.getLastCellNum());
            for (int c = 0; c < cells; c++) {
                cell(where + " cell " + new CellReference(r, c).formatAsString(false), ra.getCell(c), rb.getCell(c));
            }
        }
    }

    // ---- cell -------------------------------------------------------------------------------------

    private void cell(String where, XSSFCell a, XSSFCell b) {
        CellType ta = a == null ? CellType.BLANK : a.getCellType();
        CellType tb = b == null ? CellType.BLANK : b.getCellType();
        if (ta != tb) {
            report(where + ": cell type " + ta + " " + value(a) + " vs " + tb + " " + value(b));
        } else {
            switch (ta) {
                case STRING -> eq(where, "string value", a.getStringCellValue(), b.getStringCellValue());
                case NUMERIC -> num(where, "numeric value", a.getNumericCellValue(), b.getNumericCellValue());
                case BOOLEAN -> eq(where, "boolean value", a.getBooleanCellValue(), b.getBooleanCellValue());
                case ERROR -> eq(where, "error value", a.getErrorCellString(), b.getErrorCellString());
                case FORMULA -> formula(where, a, b);
                default -> {
                }
            }
        }
        Map<String, String> sa = stylesA.of(a);
        Map<String, String> sb = stylesB.of(b);
        for (Map.Entry<String, String> e : sa.entrySet()) {
            eq(where, e.getKey(), e.getValue(), sb.get(e.getKey()));
        }
    }

    private void formula(String where, XSSFCell a, XSSFCell b) {
        eq(where, "formula", a.getCellFormula(), b.getCellFormula());
        CellType ca = a.getCachedFormulaResultType();
        CellType cb = b.getCachedFormulaResultType();
        if (ca != cb) {
            report(where + ": cached result type " + ca + " " + cached(a) + " vs " + cb + " " + cached(b));
            return;
        }
        switch (ca) {
            case STRING -> eq(where, "cached string result", a.getStringCellValue(), b.getStringCellValue());
            case NUMERIC -> num(where, "cached numeric result", a.getNumericCellValue(), b.getNumericCellValue());
            case BOOLEAN -> eq(where, "cached boolean result", a.getBooleanCellValue(), b.getBooleanCellValue());
            case ERROR -> eq(where, "cached error result", a.getErrorCellString(), b.getErrorCellString());
            default -> {
            }
        }
    }

    private static String value(XSSFCell c) {
        if (c == null) {
            return "(no cell)";
        }
        return switch (c.getCellType()) {
            case STRING -> show(c.getStringCellValue());
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            case ERROR -> c.getErrorCellString();
            case FORMULA -> "=" + c.getCellFormula() + " (cached " + cached(c) + ")";
            default -> "";
        };
    }

    private static String cached(XSSFCell c) {
        return switch (c.getCachedFormulaResultType()) {
            case STRING -> show(c.getStringCellValue());
            case NUMERIC -> String.valueOf(c.getNumericCellValue());
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            case ERROR -> c.getErrorCellString();
            default -> "";
        };
    }

    /** A workbook's styles resolved to named attributes, by style index (a missing cell has the default, index 0). */
    private static final class StyleCache {
        private final XSSFWorkbook wb;
        private final Map<Integer, Map<String, String>> byIndex = new java.util.HashMap<>();

        StyleCache(XSSFWorkbook wb) {
            this.wb = wb;
        }

        Map<String, String> of(XSSFCell c) {
            XSSFCellStyle s = c == null ? wb.getCellStyleAt(0) : c.getCellStyle();
            return byIndex.computeIfAbsent((int) s.getIndex(), i -> resolve(s));
        }

        private static Map<String, String> resolve(XSSFCellStyle s) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("data format", s.getDataFormatString());
            XSSFFont f = s.getFont();
            m.put("bold", String.valueOf(f.getBold()));
            m.put("italic", String.valueOf(f.getItalic()));
            m.put("underline", String.valueOf(f.getUnderline()));
            m.put("strikeout", String.valueOf(f.getStrikeout()));
            m.put("font height", String.valueOf(f.getFontHeight() / 20.0));
            m.put("font name", f.getFontName());
            m.put("font colour", color(f.getXSSFColor()));
            FillPatternType pattern = s.getFillPattern();
            m.put("fill pattern", String.valueOf(pattern));
            boolean filled = pattern != null && pattern != FillPatternType.NO_FILL;
            m.put("fill colour", filled ? color(s.getFillForegroundXSSFColor()) : "-");
            m.put("fill background colour", filled ? color(s.getFillBackgroundXSSFColor()) : "-");
            m.put("wrap", String.valueOf(s.getWrapText()));
            m.put("horizontal alignment", String.valueOf(s.getAlignment()));
            m.put("vertical alignment", String.valueOf(s.getVerticalAlignment()));
            m.put("indent", String.valueOf(s.getIndention()));
            m.put("rotation", String.valueOf(s.getRotation()));
            border(m, "bottom border", s.getBorderBottom(), s.getBottomBorderXSSFColor());
            border(m, "top border", s.getBorderTop(), s.getTopBorderXSSFColor());
            border(m, "left border", s.getBorderLeft(), s.getLeftBorderXSSFColor());
            border(m, "right border", s.getBorderRight(), s.getRightBorderXSSFColor());
            m.put("locked", String.valueOf(s.getLocked()));
            m.put("hidden", String.valueOf(s.getHidden()));
            return m;
        }

        private static void border(Map<String, String> m, String what, BorderStyle style, XSSFColor colour) {
            m.put(what, String.valueOf(style));
            m.put(what + " colour", style == null || style == BorderStyle.NONE ? "-" : color(colour));
        }
    }

    /** A colour resolved to ARGB where it can be (an indexed or theme colour compares by what it shows). */
    private static String color(XSSFColor c) {
        if (c == null) {
            return "none";
        }
        String s;
        String argb = c.getARGBHex();
        if (argb != null) {
            s = argb;
        } else if (c.isAuto()) {
            s = "auto";
        } else if (c.isThemed()) {
            s = "theme " + c.getTheme();
        } else if (c.isIndexed()) {
            s = "indexed " + c.getIndexed();
        } else {
            s = "unset";
        }
        return c.hasTint() ? s + " tint " + c.getTint() : s;
    }

    // ---- tables -----------------------------------------------------------------------------------

    private void tables(String where, XSSFSheet a, XSSFSheet b) {
        Map<String, XSSFTable> ta = tables(a);
        Map<String, XSSFTable> tb = tables(b);
        TreeSet<String> keys = new TreeSet<>(ta.keySet());
        keys.addAll(tb.keySet());
        for (String k : keys) {
            XSSFTable x = ta.get(k);
            XSSFTable y = tb.get(k);
            String w = where + " table '" + k + "'";
            if (x == null || y == null) {
                report(w + ": " + (x == null ? "absent vs present at " + y.getArea().formatAsString()
                        : "present at " + x.getArea().formatAsString() + " vs absent"));
                continue;
            }
            eq(w, "display name", x.getDisplayName(), y.getDisplayName());
            eq(w, "area", x.getArea().formatAsString(), y.getArea().formatAsString());
            eq(w, "style name", x.getStyleName(), y.getStyleName());
            eq(w, "row stripes", stripes(x, true), stripes(y, true));
            eq(w, "column stripes", stripes(x, false), stripes(y, false));
            eq(w, "autofilter", x.getCTTable().isSetAutoFilter() ? x.getCTTable().getAutoFilter().getRef() : null,
                    y.getCTTable().isSetAutoFilter() ? y.getCTTable().getAutoFilter().getRef() : null);
            eq(w, "header rows", x.getHeaderRowCount(), y.getHeaderRowCount());
            eq(w, "totals rows", x.getTotalsRowCount(), y.getTotalsRowCount());
            eq(w, "columns", columnNames(x), columnNames(y));
        }
    }

    private static Map<String, XSSFTable> tables(XSSFSheet s) {
        Map<String, XSSFTable> m = new TreeMap<>();
        for (XSSFTable t : s.getTables()) {
            m.put(t.getName(), t);
        }
        return m;
    }

    private static Boolean stripes(XSSFTable t, boolean rows) {
        CTTableStyleInfo i = t.getCTTable().getTableStyleInfo();
        if (i == null) {
            return null;
        }
        return rows ? (i.isSetShowRowStripes() ? i.getShowRowStripes() : null)
                : (i.isSetShowColumnStripes() ? i.getShowColumnStripes() : null);
    }

    private static List<String> columnNames(XSSFTable t) {
        List<String> n = new ArrayList<>();
        for (XSSFTableColumn c : t.getColumns()) {
            n.add(c.getName());
        }
        return n;
    }

    // ---- drawings and charts ----------------------------------------------------------------------

    private void drawings(String where, XSSFSheet a, XSSFSheet b) {
        List<XSSFShape> sa = shapes(a);
        List<XSSFShape> sb = shapes(b);
        eq(where, "drawing shapes", sa.size(), sb.size());
        for (int i = 0; i < Math.min(sa.size(), sb.size()); i++) {
            XSSFShape x = sa.get(i);
            XSSFShape y = sb.get(i);
            XSSFChart cx = chartOf(x);
            XSSFChart cy = chartOf(y);
            String w = where + " " + (cx != null ? "chart " : "shape ") + (i + 1)
                    + (cx != null && cx.getTitleText() != null ? " ('" + cx.getTitleText() + "')" : "");
            eq(w, "shape", kind(x, cx), kind(y, cy));
            eq(w, "anchor", anchor(x), anchor(y));
            if (cx != null && cy != null) {
                chart(w, cx, cy);
            }
        }
    }

    private static List<XSSFShape> shapes(XSSFSheet s) {
        XSSFDrawing d = s.getDrawingPatriarch();
        return d == null ? List.of() : d.getShapes();
    }

    private static String kind(XSSFShape s, XSSFChart chart) {
        return chart != null ? "chart" : s.getClass().getSimpleName();
    }

    private static String anchor(XSSFShape s) {
        if (!(s.getAnchor() instanceof XSSFClientAnchor a)) {
            return String.valueOf(s.getAnchor());
        }
        String from = new CellReference(a.getRow1(), a.getCol1()).formatAsString(false);
        String to = new CellReference(a.getRow2(), a.getCol2()).formatAsString(false);
        String offsets = a.getDx1() == 0 && a.getDy1() == 0 && a.getDx2() == 0 && a.getDy2() == 0 ? ""
                : " offsets " + a.getDx1() + "," + a.getDy1() + "," + a.getDx2() + "," + a.getDy2();
        return from + ":" + to + offsets + " (" + a.getAnchorType() + ")";
    }

    private static final QName REL_ID = new QName("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");

    /** The chart a graphic frame shows (through its relationship id), or null for any other shape. */
    private static XSSFChart chartOf(XSSFShape s) {
        if (!(s instanceof XSSFGraphicFrame f)) {
            return null;
        }
        try (XmlCursor c = f.getCTGraphicalObjectFrame().getGraphic().getGraphicData().newCursor()) {
            if (!c.toFirstChild()) {
                return null;
            }
            String id = c.getAttributeText(REL_ID);
            POIXMLDocumentPart p = id == null ? null : f.getDrawing().getRelationById(id);
            return p instanceof XSSFChart chart ? chart : null;
        }
    }

    private void chart(String where, XSSFChart a, XSSFChart b) {
        eq(where, "title", text(a), text(b));
        eq(where, "title overlay", a.getTitleOverlay(), b.getTitleOverlay());
        eq(where, "auto title deleted", a.getCTChart().isSetAutoTitleDeleted() ? a.getCTChart().getAutoTitleDeleted().getVal() : null,
                b.getCTChart().isSetAutoTitleDeleted() ? b.getCTChart().getAutoTitleDeleted().getVal() : null);
        eq(where, "axes", axes(a), axes(b));
        List<XDDFChartData> da = a.getChartSeries();
        List<XDDFChartData> db = b.getChartSeries();
        eq(where, "plots", da.size(), db.size());
        int barA = 0;
        int barB = 0;
        for (int i = 0; i < Math.min(da.size(), db.size()); i++) {
            XDDFChartData x = da.get(i);
            XDDFChartData y = db.get(i);
            String w = where + (da.size() > 1 || db.size() > 1 ? " plot " + (i + 1) : "");
            eq(w, "chart type", x.getClass().getSimpleName(), y.getClass().getSimpleName());
            if (x instanceof XDDFBarChartData bx && y instanceof XDDFBarChartData by) {
                CTBarChart cx = a.getCTChart().getPlotArea().getBarChartArray(barA++);
                CTBarChart cy = b.getCTChart().getPlotArea().getBarChartArray(barB++);
                eq(w, "bar direction", bx.getBarDirection(), by.getBarDirection());
                eq(w, "bar grouping", bx.getBarGrouping(), by.getBarGrouping());
                eq(w, "vary colours", cx.isSetVaryColors() ? cx.getVaryColors().getVal() : null,
                        cy.isSetVaryColors() ? cy.getVaryColors().getVal() : null);
            } else {
                barA += x instanceof XDDFBarChartData ? 1 : 0;
                barB += y instanceof XDDFBarChartData ? 1 : 0;
            }
            eq(w, "series count", x.getSeriesCount(), y.getSeriesCount());
            for (int s = 0; s < Math.min(x.getSeriesCount(), y.getSeriesCount()); s++) {
                series(w + " series " + (s + 1), x.getSeries(s), y.getSeries(s));
            }
        }
    }

    private static String text(XSSFChart c) {
        return c.getTitleText() == null ? null : c.getTitleText().getString();
    }

    private static List<String> axes(XSSFChart c) {
        List<String> l = new ArrayList<>();
        for (XDDFChartAxis ax : c.getAxes()) {
            l.add(ax.getClass().getSimpleName().replace("XDDF", "") + " " + ax.getPosition() + " crosses " + ax.getCrosses()
                    + (ax.isVisible() ? "" : " hidden"));
        }
        return l;
    }

    private void series(String where, XDDFChartData.Series a, XDDFChartData.Series b) {
        eq(where, "title", seriesTitle(a), seriesTitle(b));
        source(where + " categories", a.getCategoryData(), b.getCategoryData());
        source(where + " values", a.getValuesData(), b.getValuesData());
        eq(where, "fill", fill(a.getShapeProperties()), fill(b.getShapeProperties()));
    }

    private static String seriesTitle(XDDFChartData.Series s) {
        if (!(s instanceof XDDFBarChartData.Series bar)) {
            return "(" + s.getClass().getName() + ": title not read)";
        }
        CTBarSer ct = bar.getCTBarSer();
        if (!ct.isSetTx()) {
            return null;
        }
        CTSerTx tx = ct.getTx();
        if (tx.isSetStrRef()) {
            var ref = tx.getStrRef();
            String cachedText = ref.isSetStrCache() && ref.getStrCache().sizeOfPtArray() > 0 ? ref.getStrCache().getPtArray(0).getV() : null;
            return "reference " + ref.getF() + " (cached " + show(cachedText) + ")";
        }
        return tx.isSetV() ? tx.getV() : null;
    }

    private void source(String where, XDDFDataSource<?> a, XDDFDataSource<?> b) {
        if (a == null || b == null) {
            eq(where, "data", a == null ? null : "present", b == null ? null : "present");
            return;
        }
        eq(where, "kind", kind(a), kind(b));
        eq(where, "reference", a.isReference() ? a.getDataRangeReference() : null, b.isReference() ? b.getDataRangeReference() : null);
        eq(where, "format code", a.getFormatCode(), b.getFormatCode());
        eq(where, "cached point count", a.getPointCount(), b.getPointCount());
        for (int p = 0; p < Math.min(a.getPointCount(), b.getPointCount()); p++) {
            Object x = a.getPointAt(p);
            Object y = b.getPointAt(p);
            if (x instanceof Number nx && y instanceof Number ny) {
                num(where, "cached point " + (p + 1), nx.doubleValue(), ny.doubleValue());
            } else {
                eq(where, "cached point " + (p + 1), x, y);
            }
        }
    }

    private static String kind(XDDFDataSource<?> s) {
        return (s.isNumeric() ? "numeric" : "text") + (s.isLiteral() ? " literal" : "");
    }

    private static String fill(XDDFShapeProperties p) {
        if (p == null) {
            return null;
        }
        XDDFFillProperties f = p.getFillProperties();
        if (f == null) {
            return null;
        }
        if (f instanceof XDDFSolidFillProperties s) {
            return "solid " + color(s.getColor());
        }
        if (f instanceof XDDFNoFillProperties) {
            return "no fill";
        }
        return f.getClass().getSimpleName();
    }

    private static String color(XDDFColor c) {
        if (c == null) {
            return "none";
        }
        if (c instanceof XDDFColorRgbBinary rgb) {
            return rgb.toRGBHex();
        }
        if (c instanceof XDDFColorPreset preset) {
            return "preset " + preset.getValue();
        }
        if (c instanceof XDDFColorSchemeBased scheme) {
            return "scheme " + scheme.getValue();
        }
        if (c instanceof XDDFColorRgbPercent pct) {
            return "rgb% " + pct.getRed() + "," + pct.getGreen() + "," + pct.getBlue();
        }
        return c.getClass().getSimpleName();
    }
}
