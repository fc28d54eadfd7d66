package org.podforge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One worksheet of an {@link XlsxPackage}: an in-memory {@link XlsxSheet} or a {@link XlsxStreamedSheet}. The package
 * names its relationships by convention: its tables are {@code rId1..rIdN} in {@link #tables()} order, its drawing (all
 * its charts) {@code rId(N+1)}.
 */
interface XlsxSheetPart {
    String name();

    /** Rows repeated at the top of every printed page, 0-based {first, last}, or null. */
    int[] printTitles();

    /** The print area's last row (0-based; the area starts at A1). */
    long printLastRow();

    /** The print area's last column (0-based). */
    int printLastCol();

    /** The autofilter's area as {@code $A$1:$S$40} (the hidden {@code _xlnm._FilterDatabase} name), or null. */
    String filterArea();

    List<XlsxTable> tables();

    List<XlsxChart> charts();

    /** Adds this sheet's shared texts to {@code strings}: called for every sheet before any sheet is written. */
    void share(XlsxStrings strings) throws IOException;

    /** Writes the worksheet's XML; {@code selected} for the sheet the workbook opens on. */
    void write(OutputStream out, XlsxStrings strings, SheetPrint print, boolean selected) throws IOException;

    /** {@code <sheetPr>}, margins and print setup as every sheet of ours has them. */
    static void pageSetup(StringBuilder sb, SheetPrint print, String sheetName) {
        sb.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
        sb.append(print.pageSetupXml(sheetName));
    }

    /** The {@code <sheetViews>} element: the workbook's first sheet selected, panes frozen left of / above a cell. */
    static void views(StringBuilder sb, boolean selected, int frozenCols, int frozenRows) {
        sb.append("<sheetViews><sheetView");
        if (selected) {
            sb.append(" tabSelected=\"1\"");
        }
        sb.append(" workbookViewId=\"0\"");
        if (frozenCols <= 0 && frozenRows <= 0) {
            sb.append("/></sheetViews>");
            return;
        }
        String pane = frozenCols > 0 && frozenRows > 0 ? "bottomRight" : frozenRows > 0 ? "bottomLeft" : "topRight";
        String topLeft = XlsxXml.col(Math.max(0, frozenCols)) + (Math.max(0, frozenRows) + 1);
        sb.append("><pane");
        if (frozenCols > 0) {
            sb.append(" xSplit=\"").append(frozenCols).append('"');
        }
        if (frozenRows > 0) {
            sb.append(" ySplit=\"").append(frozenRows).append('"');
        }
        sb.append(" topLeftCell=\"").append(topLeft).append("\" activePane=\"").append(pane).append("\" state=\"frozen\"/>")
                .append("<selection pane=\"").append(pane).append("\" activeCell=\"").append(topLeft).append("\" sqref=\"")
                .append(topLeft).append("\"/></sheetView></sheetViews>");
    }
}
