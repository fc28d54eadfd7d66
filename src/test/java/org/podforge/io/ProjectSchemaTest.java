package org.podforge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.podforge.model.Medium;
import org.podforge.service.PodGenerator;
import org.podforge.testutil.TestCatalog;

/** docs/project.schema.json describes what ProjectWriter writes, and rejects what the reader rejects. */
class ProjectSchemaTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/project.schema.json")));
    }

    private static List<String> errors(String json) throws Exception {
        JsonNode n = M.readTree(json);
        return schema().validate(n).stream().map(Object::toString).collect(Collectors.toList());
    }

    @Test
    void writtenFilesConformToTheSchema() throws Exception {
        var p = TestCatalog.smallProject();
        p.setThresholdOverride("geometry.slackFraction", 0.3);
        p.setSeverityOverride("rack.power", "OFF");
        p.allLinks().get(0).setLengthOverrideM(1.5);
        p.allLinks().get(0).setCablePart("X");
        p.pods().get(0).setTopologyPosition(p.allComponents().get(0).id(), new org.podforge.model.Pod.TopologyPoint(12.5, -40));
        assertTrue(ProjectWriter.toJson(p).contains("\"topology\""));
        assertEquals(List.of(), errors(ProjectWriter.toJson(p)));
        assertEquals(List.of(), errors(ProjectWriter.toJson(PodGenerator.sample())));
    }

    @Test
    void schemaRejectsBadDocuments() throws Exception {
        String good = ProjectWriter.toJson(TestCatalog.smallProject());
        assertFalse(errors(good.replaceFirst("\"lanes\" : 16", "\"lanes\" : -4")).isEmpty());
        assertFalse(errors(good.replace("\"schemaVersion\" : 2", "\"schemaVersion\" : 3")).isEmpty());
        assertFalse(errors(good.replace("\"u\" : 5", "\"u\" : 0")).isEmpty());
        assertFalse(errors(good.replace("\"replicas\" : 2", "\"replicaz\" : 2")).isEmpty());
    }

    @Test
    void mediumEnumMatchesTheModel() throws Exception {
        JsonNode s = M.readTree(Files.readString(Path.of("docs/project.schema.json")));
        List<String> inSchema = M.convertValue(s.at("/$defs/link/properties/medium/enum"), List.class);
        List<String> inModel = Arrays.stream(Medium.values()).map(Enum::name).toList();
        assertEquals(inModel, inSchema);
        assertTrue(s.at("/properties/schemaVersion/const").asInt() == ProjectFormat.CURRENT_SCHEMA);
    }
}
