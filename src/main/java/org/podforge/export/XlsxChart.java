package org.podforge.export;

import java.util.List;

/**
 * A bar chart (columns) of one series over a range of a sheet, anchored over cells ({@code c1,r1} to {@code c2,r2},
 * 0-based). The series refers to its category and value ranges and carries their caches, taken from the cells' cached
 * values (so readers that never recalculate draw it; decision 0040): a point is left out where a cell holds no text
 * (categories) or no number (values). The bars have an explicit fill: without one LibreOffice draws them invisible.
 */
record XlsxChart(String title, String series, String categoryRef, List<String> categories, String valueRef, List<Double> values,
                 int c1, int r1, int c2, int r2) {
    static final String FILL = "2F6FB0";

    String xml() {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" ")
                .append("xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" ")
                .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:rPr lang=\"en-US\"/><a:t>");
        XlsxXml.escape(sb, title);
        sb.append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
                .append("<c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:varyColors val=\"0\"/>")
                .append("<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:v>");
        XlsxXml.escape(sb, series);
        sb.append("</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val=\"").append(FILL).append("\"/></a:solidFill></c:spPr>")
                .append("<c:cat><c:strRef><c:f>");
        XlsxXml.escape(sb, categoryRef);
        sb.append("</c:f><c:strCache><c:ptCount val=\"").append(categories.size()).append("\"/>");
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i) != null) {
                sb.append("<c:pt idx=\"").append(i).append("\"><c:v>");
                XlsxXml.escape(sb, categories.get(i));
                sb.append("</c:v></c:pt>");
            }
        }
        sb.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>");
        XlsxXml.escape(sb, valueRef);
        sb.append("</c:f><c:numCache><c:ptCount val=\"").append(values.size()).append("\"/>");
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v != null && Double.isFinite(v)) {
                sb.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(v).append("</c:v></c:pt>");
            }
        }
        sb.append("</c:numCache></c:numRef></c:val></c:ser>")
                .append("<c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>")
                .append("<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>")
                .append("<c:axPos val=\"b\"/><c:majorTickMark val=\"cross\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/>")
                .append("<c:auto val=\"0\"/></c:catAx>")
                .append("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/>")
                .append("<c:axPos val=\"l\"/>")
                .append("<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx></c:plotArea>")
                .append("<c:plotVisOnly val=\"1\"/></c:chart>")
                .append("<c:printSettings><c:headerFooter/><c:pageMargins b=\"0.75\" l=\"0.7\" r=\"0.7\" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
                .append("<c:pageSetup/></c:printSettings></c:chartSpace>");
        return sb.toString();
    }

    /** This chart's anchor in its sheet's drawing, referring to the chart part by {@code relId}. */
    void anchor(StringBuilder sb, int shapeId, String relId) {
        sb.append("<xdr:twoCellAnchor editAs=\"twoCell\">")
                .append("<xdr:from><xdr:col>").append(c1).append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(r1)
                .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>")
                .append("<xdr:to><xdr:col>").append(c2).append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(r2)
                .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>")
                .append("<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(shapeId).append("\" name=\"Chart ")
                .append(shapeId).append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>")
                .append("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>")
                .append("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">")
                .append("<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"").append(relId).append("\"/>")
                .append("</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>");
    }

    /** The drawing part holding {@code charts} of one sheet; chart i refers to relationship {@code rId(i+1)}. */
    static String drawingXml(List<XlsxChart> charts) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" ")
                .append("xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" ")
                .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).anchor(sb, i + 2, "rId" + (i + 1));
        }
        sb.append("</xdr:wsDr>");
        return sb.toString();
    }
}
