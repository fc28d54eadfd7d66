package org.podforge.export;

/**
 * The workbook's cell styles, a fixed table: the index of each is its {@code s} attribute in the sheets'
 * XML ({@link #stylesXml}). Money is shown in the price book's currency ({@link #currencyFormat}).
 */
enum XlsxStyle {
    DEFAULT, HEADER, TITLE, BOLD, MONEY, MONEY_BOLD, INTEGER, DECIMAL, WRAP;

    /** The custom number format of money (built-in formats end at 163). */
    private static final int MONEY_FORMAT = 164;

    int id() {
        return ordinal();
    }

    /** Excel's format of a money amount in {@code currency} (an ISO code), red when negative. */
    static String currencyFormat(String currency) {
        switch (currency == null ? "" : currency) {
            case "USD":
                return "\"$\"#,##0.00;[Red]-\"$\"#,##0.00";
            case "EUR":
                return "#,##0.00 [$€-1];[Red]-#,##0.00 [$€-1]";
            case "GBP":
                return "\"£\"#,##0.00;[Red]-\"£\"#,##0.00";
            default:
                return "#,##0.00 \"" + currency.replace("\"", "") + "\";[Red]-#,##0.00 \"" + currency.replace("\"", "") + "\"";
        }
    }

    /**
     * The styles part: fonts (regular, bold, 14 pt bold title), fills (the two Excel reserves, then the header's grey),
     * borders (none, thin bottom) and one cell format per style, in {@link #values()} order.
     */
    static String stylesXml(String currency) {
        String money = XlsxXml.escape(currencyFormat(currency));
        int integer = 3; // built-in "#,##0"
        int decimal = 4; // built-in "#,##0.00"
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                .append("<numFmts count=\"1\"><numFmt numFmtId=\"").append(MONEY_FORMAT).append("\" formatCode=\"").append(money)
                .append("\"/></numFmts>")
                .append("<fonts count=\"3\">")
                .append("<font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>")
                .append("<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
                .append("<font><b/><sz val=\"14\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
                .append("</fonts>")
                .append("<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
                .append("<fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/></patternFill></fill></fills>")
                .append("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
                .append("<border><left/><right/><top/><bottom style=\"thin\"/><diagonal/></border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .append("<cellXfs count=\"").append(values().length).append("\">");
        for (XlsxStyle s : values()) {
            switch (s) {
                case DEFAULT -> xf(sb, 0, 0, 0, 0, "");
                case HEADER -> xf(sb, 0, 1, 2, 1, " applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"");
                case TITLE, BOLD -> xf(sb, 0, s == TITLE ? 2 : 1, 0, 0, " applyFont=\"1\"");
                case MONEY -> xf(sb, MONEY_FORMAT, 0, 0, 0, " applyNumberFormat=\"1\"");
                case MONEY_BOLD -> xf(sb, MONEY_FORMAT, 1, 0, 0, " applyNumberFormat=\"1\" applyFont=\"1\"");
                case INTEGER -> xf(sb, integer, 0, 0, 0, " applyNumberFormat=\"1\"");
                case DECIMAL -> xf(sb, decimal, 0, 0, 0, " applyNumberFormat=\"1\"");
                case WRAP -> sb.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">")
                        .append("<alignment wrapText=\"1\"/></xf>");
                default -> throw new IllegalStateException(s.name());
            }
        }
        sb.append("</cellXfs></styleSheet>");
        return sb.toString();
    }

    private static void xf(StringBuilder sb, int numFmt, int font, int fill, int border, String apply) {
        sb.append("<xf numFmtId=\"").append(numFmt).append("\" fontId=\"").append(font).append("\" fillId=\"").append(fill)
                .append("\" borderId=\"").append(border).append("\" xfId=\"0\"").append(apply).append("/>");
    }
}
