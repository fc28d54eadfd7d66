package org.podforge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.testutil.TestCatalog;

/** Nothing loads silently wrong: duplicates, overflows, unknown or out-of-range settings and truncation all fail with a place. */
class StrictFileTest {
    private final Catalog catalog = TestCatalog.catalog();

    private static String small() {
        return ProjectWriter.toJson(TestCatalog.smallProject());
    }

    private ProjectFileException fails(String text) {
        return assertThrows(ProjectFileException.class,
                () -> new ProjectReader(catalog).read("x.podforge.json", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String withSettings(String settings) {
        String s = small();
        int end = s.lastIndexOf('}');
        return s.substring(0, end).replaceAll("\\s+$", "") + ",\n  \"settings\" : " + settings + "\n}\n";
    }

    @Test
    void duplicateKeysAreAnErrorWithTheirPath() {
        ProjectFileException e = fails(small().replaceFirst("\"lanes\" : 16", "\"lanes\" : 16, \"lanes\" : 4"));
        assertTrue(e.getMessage().contains("'lanes' appears twice") && e.getMessage().contains("pods[0].links[0]")
                && e.getMessage().contains("line "), e.getMessage());
    }

    @Test
    void duplicateKeysInAPriceBookAreAnErrorToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path book = dir.resolve("prices.json");
        java.nio.file.Files.writeString(book, "{ \"name\" : \"a\", \"name\" : \"b\", \"currency\" : \"USD\", \"prices\" : [] }");
        org.podforge.catalog.CatalogException e = assertThrows(org.podforge.catalog.CatalogException.class,
                () -> org.podforge.catalog.CatalogLoader.loadPriceBook(book));
        assertTrue(e.getMessage().contains("Duplicate field 'name'") && e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void hugeSchemaVersionsAreNewerNotVersionOne() {
        ProjectFileException e = fails(small().replaceFirst("\"schemaVersion\" : \\d+", "\"schemaVersion\" : 4294967297"));
        assertTrue(e.getMessage().contains("schema version 4294967297") && e.getMessage().contains("newer PodForge"), e.getMessage());
        ProjectFileException neg = fails(small().replaceFirst("\"schemaVersion\" : \\d+", "\"schemaVersion\" : -4294967297"));
        assertTrue(neg.getMessage().contains("not a schema version"), neg.getMessage());
        ProjectFileException lanes = fails(small().replaceFirst("\"lanes\" : 16", "\"lanes\" : 4294967312"));
        assertTrue(lanes.getMessage().contains("pods[0].links[0].lanes"), lanes.getMessage());
    }

    @Test
    void settingsAreCheckedAtLoadWithPathAndAllowedRange() {
        ProjectFileException slack = fails(withSettings("{ \"thresholds\" : { \"geometry.rowPitchM\" : -1 } }"));
        assertTrue(slack.getMessage().contains("settings.thresholds.geometry.rowPitchM") && slack.getMessage().contains("0 or more"),
                slack.getMessage());
        ProjectFileException frac = fails(withSettings("{ \"thresholds\" : { \"geometry.slackFraction\" : 3 } }"));
        assertTrue(frac.getMessage().contains("0 to 1"), frac.getMessage());
        ProjectFileException unknown = fails(withSettings("{ \"thresholds\" : { \"geometry.rowPichM\" : 4 } }"));
        assertTrue(unknown.getMessage().contains("not a threshold") && unknown.getMessage().contains("geometry.rowPitchM"),
                unknown.getMessage());
        ProjectFileException rule = fails(withSettings("{ \"severity\" : { \"rack.powr\" : \"OFF\" } }"));
        assertTrue(rule.getMessage().contains("settings.severity.rack.powr") && rule.getMessage().contains("not a rule")
                && rule.getMessage().contains("rack.power"), rule.getMessage());
        ProjectFileException sev = fails(withSettings("{ \"severity\" : { \"rack.power\" : \"LOUD\" } }"));
        assertTrue(sev.getMessage().contains("ERROR, WARNING, INFO or OFF"), sev.getMessage());
        LoadResult ok = assertDoesNotThrowRead(withSettings(
                "{ \"severity\" : { \"rack.power\" : \"OFF\" }, \"thresholds\" : { \"geometry.rowPitchM\" : 3.5 } }"));
        assertEquals(3.5, ok.project().thresholdOverrides().get("geometry.rowPitchM"));
    }

    private LoadResult assertDoesNotThrowRead(String text) {
        try {
            return new ProjectReader(catalog).read("ok.podforge.json", text.getBytes(StandardCharsets.UTF_8));
        } catch (ProjectFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void everyTruncationSaysTruncatedAndWhere() {
        String text = small();
        int tested = 0;
        for (int cut = 1; cut < text.length() - 2; cut += Math.max(1, text.length() / 400)) {
            String head = text.substring(0, cut);
            if (head.isBlank()) {
                continue;
            }
            ProjectFileException e = fails(head);
            assertTrue(e.getMessage().contains("looks truncated") && e.getMessage().contains("line "),
                    "cut at " + cut + ": " + e.getMessage());
            tested++;
        }
        assertTrue(tested > 100);
    }

    @Test
    void deepNestingAndHugeNumbersAreRejectedWithAPosition() {
        String deep = small().replaceFirst("\"name\" :", "\"x\" : " + "[".repeat(5000) + "]".repeat(5000) + ", \"name\" :");
        ProjectFileException e = fails(deep);
        assertTrue(e.getMessage().contains("line "), e.getMessage());
        ProjectFileException num = fails(small().replaceFirst("\"lanes\" : 16", "\"lanes\" : 1" + "0".repeat(2000)));
        ProjectFileException longText = fails(small().replaceFirst("\"name\" : \"", "\"name\" : \"" + "n".repeat(21_000_000)));
        assertTrue(longText.getMessage().contains("line ") && longText.getMessage().contains("at name")
                && longText.getMessage().contains("beyond what PodForge reads"), longText.getMessage());
        assertTrue(num.getMessage().contains("line ") || num.getMessage().contains("pods[0].links[0].lanes"), num.getMessage());
    }

    @Test
    void racksSharingAPlaceAreFlagged() throws Exception {
        Catalog real = org.podforge.catalog.CatalogLoader.builtIn();
        String text = ProjectWriter.toJson(org.podforge.service.PodGenerator.sample());
        // put every rack at row 0, position 0
        String clash = text.replaceAll("\"row\" : \\d+", "\"row\" : 0").replaceAll("\"position\" : \\d+", "\"position\" : 0");
        LoadResult lr = new ProjectReader(real).read("x.podforge.json", clash.getBytes(StandardCharsets.UTF_8));
        assertTrue(lr.project().pods().get(0).racks().size() > 1, "the fixture has two racks");
        assertTrue(lr.warnings().stream().anyMatch(w -> w.contains("both at row 0, position 0")), lr.warnings().toString());
        LoadResult clean = new ProjectReader(real).read("x.podforge.json", text.getBytes(StandardCharsets.UTF_8));
        assertTrue(clean.warnings().stream().noneMatch(w -> w.contains("both at row")), clean.warnings().toString());
    }
}
