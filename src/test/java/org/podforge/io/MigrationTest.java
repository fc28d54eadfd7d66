package org.podforge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;

/**
 * Schema 1 to 2 on every project file we ship or test with (docs/examples and src/test/resources): each
 * schema-1 file reads with an "upgraded" warning, keeps every pod, rack, chassis, component and link it had,
 * is written as schema 2, and reads back to the same bytes. Files already at schema 2 read without a
 * migration warning.
 */
class MigrationTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    @TestFactory
    Stream<DynamicTest> everyShippedAndFixtureFileMigrates() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("docs/examples"), Path.of("src/test/resources"))) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(f -> f.toString().endsWith(ProjectFormat.EXTENSION)).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 30, "fixtures found: " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f)));
    }

    private static void check(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode tree = M.readTree(bytes);
        int version = tree.get("schemaVersion").asInt();
        LoadResult r = new ProjectReader(CATALOG).read(file.toString(), bytes);
        if (version == 1) {
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("upgraded to 2")), r.warnings().toString());
        } else {
            assertFalse(r.warnings().stream().anyMatch(w -> w.contains("upgraded")), r.warnings().toString());
        }
        Project p = r.project();
        assertEquals(count(tree, "racks"), p.allRacks().size(), "racks");
        assertEquals(count(tree, "links"), p.allLinks().size(), "links");
        assertEquals(count(tree, "components"), p.allComponents().size(), "components");
        assertEquals(tree.get("pods").size(), p.pods().size(), "pods");
        String v2 = ProjectWriter.toJson(p);
        JsonNode written = M.readTree(v2);
        assertEquals(2, written.get("schemaVersion").asInt());
        // the upgrade changes the version only: every other field of a schema-1 file survives as it was
        ((com.fasterxml.jackson.databind.node.ObjectNode) written).put("schemaVersion", version);
        assertEquals(tree, written, "content kept through the upgrade");
        LoadResult again = new ProjectReader(CATALOG).read("again", v2.getBytes(StandardCharsets.UTF_8));
        assertEquals(v2, ProjectWriter.toJson(again.project()), "schema-2 round trip");
    }

    /** How many objects of the given list field the tree holds anywhere. */
    private static int count(JsonNode n, String field) {
        int c = 0;
        if (n.isObject()) {
            JsonNode list = n.get(field);
            if (list != null && list.isArray()) {
                c += list.size();
            }
            for (JsonNode child : n) {
                c += count(child, field);
            }
        } else if (n.isArray()) {
            for (JsonNode child : n) {
                c += count(child, field);
            }
        }
        return c;
    }
}
