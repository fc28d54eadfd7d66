package org.podforge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.CatalogLoader;
import org.podforge.model.Project;
import org.podforge.rules.Thresholds;
import org.podforge.service.generate.ClusterGenerator;

/**
 * The streaming reader builds exactly what the whole-tree path builds, for every shipped example and a generated
 * cluster with a fabric, also when a file's keys come in an order the stream cannot follow (links before racks,
 * the fabric before the pods, the schema version after them), and its errors name the same place.
 */
class ProjectStreamTest {
    private static final ObjectMapper M = new ObjectMapper();
    private static final Catalog CATALOG = CatalogLoader.builtIn();

    private static String streamed(String json) throws Exception {
        return ProjectWriter.toJson(new ProjectReader(CATALOG).read("x.podforge.json", json.getBytes(StandardCharsets.UTF_8)).project());
    }

    private static String viaTree(String json) throws Exception {
        return ProjectWriter.toJson(new ProjectReader(CATALOG).readTree("x.podforge.json", M.readTree(json)).project());
    }

    private static List<String> examples() throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("docs/examples"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".podforge.json")).sorted().toList()) {
                out.add(Files.readString(p));
            }
        }
        Project cluster = new ClusterGenerator(CATALOG, Thresholds.builtIn()).generate(ClusterGenerator.sampleCluster(256, null)).project();
        out.add(ProjectWriter.toJson(cluster));
        return out;
    }

    @Test
    void streamingBuildsWhatTheTreeBuilds() throws Exception {
        List<String> files = examples();
        assertTrue(files.size() > 3, "examples: " + files.size());
        for (String json : files) {
            assertEquals(viaTree(json), streamed(json));
        }
    }

    /** Keys in reverse order in every object: nothing can be streamed early, everything still reads the same. */
    @Test
    void anyKeyOrderReadsTheSame() throws Exception {
        for (String json : examples()) {
            String reversed = M.writeValueAsString(reverse(M.readTree(json)));
            assertEquals(viaTree(json), streamed(reversed));
        }
    }

    private static JsonNode reverse(JsonNode n) {
        if (n.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            ObjectNode out = M.createObjectNode();
            for (int i = fields.size() - 1; i >= 0; i--) {
                out.set(fields.get(i).getKey(), reverse(fields.get(i).getValue()));
            }
            return out;
        }
        if (n.isArray()) {
            var out = M.createArrayNode();
            n.forEach(e -> out.add(reverse(e)));
            return out;
        }
        return n;
    }

    @Test
    void errorsInAStreamedElementNameItsPath() throws Exception {
        String json = Files.readString(Path.of("docs/examples/sample-8x8.podforge.json"));
        JsonNode tree = M.readTree(json);
        ((ObjectNode) tree.get("pods").get(0).get("links").get(3)).put("lanes", 0);
        String bad = M.writeValueAsString(tree);
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> streamed(bad));
        assertTrue(e.getMessage().contains("pods[0].links[3]") && e.getMessage().contains("lanes"), e.getMessage());
        ProjectFileException trailing = assertThrows(ProjectFileException.class, () -> streamed(json + " {}"));
        assertTrue(trailing.getMessage().contains("not valid JSON"), trailing.getMessage());
        ProjectFileException cut = assertThrows(ProjectFileException.class, () -> streamed(json.substring(0, json.length() / 2)));
        assertTrue(cut.getMessage().contains("truncated"), cut.getMessage());
    }
}
