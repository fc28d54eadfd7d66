package org.podforge.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The workbook's document properties (File > Properties): title and subject from the design, author the person
 * exporting, application PodForge; written as the package's {@code docProps/core.xml} and {@code docProps/app.xml}.
 */
final class DocumentProperties {
    static final String APPLICATION = "PodForge";
    static final String SUBJECT = "Bill of materials, cost, cable schedule and findings";
    static final String KEYWORDS = "PodForge; BOM; quote";

    private final String title;
    private final String description;
    private final String author;
    private final Instant created;

    DocumentProperties(String designName, String priceBookName, Instant created) {
        String design = SafeText.xml(designName == null || designName.isBlank() ? "PodForge design" : designName);
        this.title = design + " - BOM and cost";
        this.description = "Priced with " + SafeText.xml(priceBookName == null ? "" : priceBookName);
        this.author = author();
        this.created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    /** {@code docProps/core.xml}. */
    String coreXml() {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ")
                .append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ")
                .append("xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        element(sb, "dc:title", title);
        element(sb, "dc:subject", SUBJECT);
        element(sb, "dc:creator", author);
        element(sb, "cp:keywords", KEYWORDS);
        element(sb, "dc:description", description);
        element(sb, "cp:lastModifiedBy", author);
        sb.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(created).append("</dcterms:created>")
                .append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(created).append("</dcterms:modified>")
                .append("</cp:coreProperties>");
        return sb.toString();
    }

    /** {@code docProps/app.xml}: the application, its version when the jar says it, no company. */
    String appXml() {
        StringBuilder sb = new StringBuilder(512);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" ")
                .append("xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
                .append("<Application>").append(APPLICATION).append("</Application>");
        String version = DocumentProperties.class.getPackage().getImplementationVersion();
        if (version != null) {
            sb.append("<AppVersion>").append(appVersion(version)).append("</AppVersion>");
        }
        sb.append("<Company></Company></Properties>");
        return sb.toString();
    }

    private static void element(StringBuilder sb, String name, String text) {
        sb.append('<').append(name).append('>');
        XlsxXml.escape(sb, text);
        sb.append("</").append(name).append('>');
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
