package org.podforge.export;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.podforge.bom.Bom;
import org.podforge.bom.ConnectivityCost;
import org.podforge.bom.ConnectivityTier;
import org.podforge.bom.FabricBom;

/**
 * TEST ORACLE (with {@link PoiWorkbookOracle}): the Connectivity sheet and the document properties as POI wrote them
 * before decision 0043. The workbook's Connectivity sheet: cost by fabric (scale-up, scale-out, PCIe/CXL, compute and other), in total
 * and per GPU, then what the scale-out fabric counts (switches, cables, breakout cables, transceivers per part,
 * counted from its patterns by multiplication). Values are the BOM model's ({@link ConnectivityCost},
 * {@link FabricBom}); the lines they sum are on the BOM sheet (pod {@code fabric} for the fabric's own).
 */
final class PoiConnectivitySheet {
    static final String HEADER_TIER = ConnectivitySheet.HEADER_TIER;

    private PoiConnectivitySheet() {
    }

    /** Fills {@code s}; returns the index of its header row (the one repeated when printing). */
    static int write(XSSFSheet s, Bom bom, PoiStyles st) {
        ConnectivityCost c = bom.connectivity();
        int r = 0;
        text(s.createRow(r++), 0, HEADER_TIER, st.header, "Cost (all copies)", "Cost per GPU", "Unpriced units (not in the cost)");
        for (ConnectivityTier t : ConnectivityTier.values()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(t.label());
            money(row, 1, c.total().get(t), st.money);
            money(row, 2, c.perGpu(t), st.money);
            num(row, 3, c.unpricedQty().get(t), st.integer);
        }
        Row sum = s.createRow(r++);
        cell(sum, 0, "Connectivity (scale-up + scale-out + PCIe/CXL)", st.bold);
        money(sum, 1, c.connectivity(), st.moneyBold);
        money(sum, 2, c.connectivityPerGpu(), st.moneyBold);
        Row gpus = s.createRow(r++);
        gpus.createCell(0).setCellValue("GPUs");
        num(gpus, 1, c.gpus(), st.integer);
        FabricBom f = bom.fabric();
        if (!f.isEmpty()) {
            r++;
            cell(s.createRow(r++), 0, "Scale-out fabric (counted from its patterns, not expanded)", st.bold);
            text(s.createRow(r++), 0, "Part number", st.header, "Quantity", "Counted as");
            for (FabricBom.Item i : f.items()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(SafeText.name(i.partNumber()));
                num(row, 1, i.qty(), st.integer);
                row.createCell(2).setCellValue(i.role().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
            FabricBom.Power pw = f.power();
            r++;
            text(s.createRow(r++), 0, "Power of the fabric", st.header, "Watts (known)", "Budget (W)", "No power figure for");
            for (org.podforge.power.RackPower rp : pw.racks()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(SafeText.name("Network rack " + rp.rackId()));
                num(row, 1, Math.round(rp.totalW()), st.integer);
                num(row, 2, Math.round(rp.budget().watts()), st.integer);
                row.createCell(3).setCellValue(SafeText.name(rp.unknownList()));
            }
            Row po = s.createRow(r++);
            po.createCell(0).setCellValue("Server-end modules and active cables of the patterns");
            num(po, 1, Math.round(pw.patternW()), st.integer);
            Row pt = s.createRow(r++);
            cell(pt, 0, "Fabric total", st.bold);
            num(pt, 1, Math.round(pw.totalW()), st.integer);
        }
        s.setColumnWidth(0, 48 * 256);
        s.setColumnWidth(1, 18 * 256);
        s.setColumnWidth(2, 18 * 256);
        s.setColumnWidth(3, 30 * 256);
        return 0;
    }

    private static void text(Row row, int col, String first, CellStyle style, String... more) {
        cell(row, col, first, style);
        for (int i = 0; i < more.length; i++) {
            cell(row, col + 1 + i, more[i], style);
        }
    }

    private static void cell(Row row, int col, String v, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(style);
    }

    private static void money(Row row, int col, Double v, CellStyle style) {
        Cell c = row.createCell(col);
        if (v == null) {
            c.setCellValue("n/a");
        } else {
            c.setCellValue(v);
            c.setCellStyle(style);
        }
    }

    private static void num(Row row, int col, double v, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(v);
        c.setCellStyle(style);
    }

    static void setProperties(org.apache.poi.xssf.usermodel.XSSFWorkbook wb, String designName, String priceBookName) {
        String design = SafeText.xml(designName == null || designName.isBlank() ? "PodForge design" : designName);
        org.apache.poi.ooxml.POIXMLProperties props = wb.getProperties();
        org.apache.poi.ooxml.POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(design + " - BOM and cost");
        core.setSubjectProperty("Bill of materials, cost, cable schedule and findings");
        core.setCreator(DocumentProperties.author());
        core.setLastModifiedByUser(DocumentProperties.author());
        core.setKeywords("PodForge; BOM; quote");
        core.setDescription("Priced with " + SafeText.xml(priceBookName));
        var ext = props.getExtendedProperties().getUnderlyingProperties();
        String version = DocumentProperties.class.getPackage().getImplementationVersion();
        ext.setApplication(DocumentProperties.APPLICATION);
        if (version != null) {
            ext.setAppVersion(DocumentProperties.appVersion(version));
        }
        ext.setCompany("");
    }

}
