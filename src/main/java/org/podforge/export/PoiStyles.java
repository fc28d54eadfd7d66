package org.podforge.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook styles ({@link XlsxStyle}) as POI cell styles, for the workbooks still written with POI (the
 * comparison workbook): header, title, money in a currency, bold money, integer, decimal, bold, wrapped.
 */
final class PoiStyles {
    final CellStyle header;
    final CellStyle title;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle bold;
    final CellStyle wrap;

    PoiStyles(Workbook wb) {
        this(wb, "USD");
    }

    PoiStyles(Workbook wb, String currency) {
        DataFormat df = wb.createDataFormat();
        Font bf = wb.createFont();
        bf.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bf);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        Font tf = wb.createFont();
        tf.setBold(true);
        tf.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(tf);
        bold = wb.createCellStyle();
        bold.setFont(bf);
        money = wb.createCellStyle();
        money.setDataFormat(df.getFormat(currencyFormat(currency)));
        moneyBold = wb.createCellStyle();
        moneyBold.cloneStyleFrom(money);
        moneyBold.setFont(bf);
        integer = wb.createCellStyle();
        integer.setDataFormat(df.getFormat("#,##0"));
        decimal = wb.createCellStyle();
        decimal.setDataFormat(df.getFormat("#,##0.00"));
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
    }

    static String currencyFormat(String currency) {
        return XlsxStyle.currencyFormat(currency);
    }
}
