package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podforge.bom.BomFixtures;
import org.podforge.bom.BomLine;
import org.podforge.bom.DesignReport;
import org.podforge.bom.LinkFacts;
import org.podforge.bom.Validator;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;

class CsvExporterTest {
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @TempDir
    Path dir;

    /** A strict RFC 4180 reader for the test: CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
                i++;
                continue;
            }
            if (c == '"') {
                assertEquals(0, f.length(), "quote inside an unquoted field");
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', text.charAt(i + 1), "CR without LF");
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertFalse(c == '\n', "bare LF ends a record");
                f.append(c);
            }
            i++;
        }
        assertTrue(row.isEmpty() && f.length() == 0, "file must end with CRLF");
        return rows;
    }

    @Test
    void quotingFollowsRfc4180() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\" padded \"", Csv.field(" padded "));
        assertEquals("", Csv.field(null));
        assertEquals("1234.5", Csv.number(1234.5));
        assertEquals("12", Csv.number(12.0));
        assertEquals("", Csv.number(Double.NaN));
        assertEquals(List.of(List.of("a,b", "say \"hi\"", "x\ny")), parse("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\"\r\n"));
    }

    private DesignReport report() {
        Project p = BomFixtures.sample();
        return DesignReport.of(p, CATALOG, CatalogLoader.builtInPrices(), LinkFacts.nominal(p, CATALOG),
                Validator.unavailable("test"));
    }

    @Test
    void bomCsvHasTheColumnsAndOneRecordPerLine() throws IOException {
        DesignReport rep = report();
        List<Path> files = CsvExporter.exportAll(rep, dir.resolve("out"));
        assertEquals(2, files.size());
        List<List<String>> rows = parse(Files.readString(dir.resolve("out").resolve(CsvExporter.BOM_FILE), StandardCharsets.UTF_8));
        assertEquals(CsvExporter.BOM_COLUMNS, rows.get(0));
        assertEquals(rep.bom().lines().size() + 1, rows.size());
        int pn = CsvExporter.BOM_COLUMNS.indexOf("Part number");
        int desc = CsvExporter.BOM_COLUMNS.indexOf("Description");
        int ext = CsvExporter.BOM_COLUMNS.indexOf("Extended cost");
        double sum = 0;
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            assertEquals(CsvExporter.BOM_COLUMNS.size(), r.size());
            BomLine l = rep.bom().lines().get(i - 1);
            assertEquals(l.partNumber(), r.get(pn));
            assertEquals(l.description(), r.get(desc)); // descriptions with commas survive
            if (l.isPriced()) {
                sum += Double.parseDouble(r.get(ext));
            } else {
                assertEquals("unpriced", r.get(ext));
            }
        }
        assertEquals(rep.bom().totalCost(), sum, 1e-6);
        assertTrue(rep.bom().lines().stream().anyMatch(l -> l.description().contains(",")));
    }

    @Test
    void cableScheduleFile() throws IOException {
        DesignReport rep = report();
        CsvExporter.exportAll(rep, dir);
        List<List<String>> cables = parse(Files.readString(dir.resolve(CsvExporter.CABLES_FILE)));
        assertEquals(CsvExporter.CABLE_COLUMNS, cables.get(0));
        assertEquals(rep.cables().cableCount() + 1, cables.size());
        assertTrue(cables.stream().allMatch(r -> r.size() == CsvExporter.CABLE_COLUMNS.size()));
    }
}
