package org.podforge.export;

import java.time.LocalDate;

/**
 * How every sheet of the workbook prints: landscape, scaled to one page wide (as many pages tall as it takes), the
 * header rows repeated on every page, a print area over what the sheet holds (charts included), and a header and
 * footer with the design's name, the sheet, the export date and "Page N of M". The sheets write the page setup
 * ({@link #pageSetupXml}); the print titles and areas are the workbook's defined names ({@link XlsxPackage}).
 */
final class SheetPrint {
    /** Excel allows 255 characters per header or footer section; the design name is cut well below. */
    static final int MAX_NAME_IN_HEADER = 80;

    private final String design;
    private final String date;
    private final LocalDate day;

    SheetPrint(String designName, LocalDate date) {
        this.design = headerText(designName == null || designName.isBlank() ? "PodForge design" : designName);
        this.date = date.toString();
        this.day = date;
    }

    /** The export date printed in the headers. */
    LocalDate date() {
        return day;
    }

    /** The header's left part: the design's name, made a header text. */
    String design() {
        return design;
    }

    /** {@code <pageSetup>} and {@code <headerFooter>} of a sheet, after its {@code <pageMargins>}. */
    String pageSetupXml(String sheetName) {
        return "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
                + "<headerFooter><oddHeader>" + XlsxXml.escape("&L" + design + "&C" + headerText(sheetName) + "&R" + date)
                + "</oddHeader><oddFooter>" + XlsxXml.escape("&LPodForge&CPage &P of &N") + "</oddFooter></headerFooter>";
    }

    /** Header text: '&' is a code in headers, so a literal one is doubled; XML-safe; cut to fit. */
    static String headerText(String s) {
        String t = SafeText.xml(s);
        if (t.length() > MAX_NAME_IN_HEADER) {
            t = t.substring(0, MAX_NAME_IN_HEADER - 1) + "…";
        }
        return t.replace("&", "&&");
    }
}
