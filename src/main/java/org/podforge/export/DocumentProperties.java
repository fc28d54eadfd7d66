package org.podforge.export;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's document properties (File > Properties): title and subject from the design, author
 * and application PodForge (POI would otherwise sign every file "Apache POI").
 */
final class DocumentProperties {
    static final String APPLICATION = "PodForge";

    private DocumentProperties() {
    }

    static void set(XSSFWorkbook wb, String designName, String priceBookName) {
        String design = SafeText.xml(designName == null || designName.isBlank() ? "PodForge design" : designName);
        POIXMLProperties props = wb.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(design + " - BOM and cost");
        core.setSubjectProperty("Bill of materials, cost, cable schedule and findings");
        core.setCreator(author());
        core.setLastModifiedByUser(author());
        core.setKeywords("PodForge; BOM; quote");
        core.setDescription("Priced with " + SafeText.xml(priceBookName));
        var ext = props.getExtendedProperties().getUnderlyingProperties();
        String version = DocumentProperties.class.getPackage().getImplementationVersion();
        ext.setApplication(APPLICATION);
        if (version != null) {
            ext.setAppVersion(appVersion(version));
        }
        ext.setCompany("");
    }

    /** The person exporting (the OS account name), else PodForge. */
    static String author() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? APPLICATION : SafeText.xml(user);
    }

    /** Office's AppVersion is "XX.YYYY": major and minor digits only. */
    static String appVersion(String version) {
        String[] p = version.split("[^0-9]+");
        int major = p.length > 0 && !p[0].isEmpty() ? Integer.parseInt(p[0]) : 0;
        int minor = p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) : 0;
        return String.format(java.util.Locale.ROOT, "%02d.%04d", major, minor);
    }
}
