package org.podforge.export;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The POI oracle's copy of the print settings as the export wrote them before decision 0043 (test only: {@link PoiWorkbookOracle}).
 * How every sheet of the workbook prints: landscape, scaled to one page wide (as many pages tall as it
 * takes), the header rows repeated on every page, a print area over what the sheet holds (charts
 * included), and a header and footer with the design's name, the sheet, the export date and "Page N of
 * M". POI-built sheets get it through POI; the streamed sheets write the same settings as SpreadsheetML
 * ({@link #sheetPrXml()}, {@link #pageSetupXml}), and their print titles and area are defined names
 * set here on the placeholder sheet.
 */
final class PoiSheetPrint {
    /** Excel allows 255 characters per header or footer section; the design name is cut well below. */
    static final int MAX_NAME_IN_HEADER = 80;

    private final String design;
    private final String date;
    private final LocalDate day;

    PoiSheetPrint(String designName, LocalDate date) {
        this.design = headerText(designName == null || designName.isBlank() ? "PodForge design" : designName);
        this.date = date.toString();
        this.day = date;
    }

    /** The export date printed in the headers. */
    LocalDate date() {
        return day;
    }

    /**
     * @param headerRows rows repeated at the top of each page (1 = the first row; 0 = none); for a header
     *                   row further down use {@link #apply(XSSFSheet, int, int)}
     */
    void apply(XSSFSheet sheet, int headerRows) {
        apply(sheet, headerRows > 0 ? 0 : -1, headerRows > 0 ? headerRows - 1 : -1);
    }

    /** @param firstTitleRow first 0-based row repeated on every page, -1 for none */
    void apply(XSSFSheet sheet, int firstTitleRow, int lastTitleRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (firstTitleRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(firstTitleRow, lastTitleRow, -1, -1));
        }
        CellRangeAddress area = usedArea(sheet);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), area.getFirstColumn(),
                area.getLastColumn(), area.getFirstRow(), area.getLastRow());
        Header h = sheet.getHeader();
        h.setLeft(design);
        h.setCenter(headerText(sheet.getSheetName()));
        h.setRight(date);
        Footer f = sheet.getFooter();
        f.setLeft("PodForge");
        f.setCenter("Page &P of &N");
    }

    /** Print titles (row 1) and the print area of a streamed sheet, set on its POI placeholder. */
    void applyStreamed(XSSFSheet placeholder, int lastCol, long dataRows) {
        placeholder.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        int lastRow = (int) Math.max(1, Math.min(dataRows, Integer.MAX_VALUE - 1));
        placeholder.getWorkbook().setPrintArea(placeholder.getWorkbook().getSheetIndex(placeholder), 0, lastCol, 0, lastRow);
    }

    /** {@code <sheetPr>} for a streamed sheet: fit to page. */
    static String sheetPrXml() {
        return "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>";
    }

    /** {@code <pageSetup>} and {@code <headerFooter>} for a streamed sheet, after its {@code <pageMargins>}. */
    String pageSetupXml(String sheetName) {
        return "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
                + "<headerFooter><oddHeader>" + xml("&L" + design + "&C" + headerText(sheetName) + "&R" + date)
                + "</oddHeader><oddFooter>" + xml("&LPodForge&CPage &P of &N") + "</oddFooter></headerFooter>";
    }

    /** The cells and drawings a sheet holds, from A1. */
    static CellRangeAddress usedArea(XSSFSheet sheet) {
        int lastRow = Math.max(0, sheet.getLastRowNum());
        int lastCol = 0;
        for (Row r : sheet) {
            lastCol = Math.max(lastCol, r.getLastCellNum() - 1);
        }
        XSSFDrawing d = sheet.getDrawingPatriarch();
        if (d != null) {
            for (XSSFShape s : d.getShapes()) {
                if (s.getAnchor() instanceof XSSFClientAnchor a) {
                    lastRow = Math.max(lastRow, a.getRow2());
                    lastCol = Math.max(lastCol, a.getCol2());
                }
            }
        }
        return new CellRangeAddress(0, lastRow, 0, Math.max(0, lastCol));
    }

    /** Header text: '&' is a code in headers, so a literal one is doubled; XML-safe; cut to fit. */
    static String headerText(String s) {
        String t = SafeText.xml(s);
        if (t.length() > MAX_NAME_IN_HEADER) {
            t = t.substring(0, MAX_NAME_IN_HEADER - 1) + "…";
        }
        return t.replace("&", "&&");
    }

    private static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        XlsxXml.escape(sb, s);
        return sb.toString();
    }
}
