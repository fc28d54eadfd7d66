package org.podforge.export;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Lets tests in other packages read Summary values. */
public final class WorkbookExporterTestAccess {
    private WorkbookExporterTestAccess() {
    }

    public static String summaryText(XSSFWorkbook wb, String label) {
        return WorkbookExporterTest.summary(wb, label).getStringCellValue();
    }
}
