package org.podforge.export;

import java.util.List;

/**
 * A table (Insert > Table) over a sheet's header row and the data rows below it: {@code TableStyleMedium2}, striped
 * rows, an autofilter on the header. Its column names are the header cells' texts, as Excel requires.
 *
 * @param id       the workbook-wide table number (its part is {@code xl/tables/table<id>.xml})
 * @param firstRow 0-based header row
 * @param lastRow  0-based last data row
 */
record XlsxTable(int id, String name, int firstRow, int lastRow, int lastCol, List<String> columns) {
    String ref() {
        return "A" + (firstRow + 1) + ":" + XlsxXml.col(lastCol) + (lastRow + 1);
    }

    String xml() {
        StringBuilder sb = new StringBuilder(1024);
        String ref = ref();
        String n = XlsxXml.escape(name);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<table xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" id=\"").append(id)
                .append("\" name=\"").append(n).append("\" displayName=\"").append(n).append("\" ref=\"").append(ref).append("\">")
                .append("<autoFilter ref=\"").append(ref).append("\"/>")
                .append("<tableColumns count=\"").append(columns.size()).append("\">");
        for (int i = 0; i < columns.size(); i++) {
            sb.append("<tableColumn id=\"").append(i + 1).append("\" name=\"");
            XlsxXml.escape(sb, columns.get(i).replace("\n", "_x000a_").replace("\r", "_x000d_"));
            sb.append("\"/>");
        }
        sb.append("</tableColumns><tableStyleInfo name=\"TableStyleMedium2\" showRowStripes=\"1\"/></table>");
        return sb.toString();
    }
}
