package org.podforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every JSON output carries a formatVersion and conforms to its schema in docs/schemas/; the one JSON
 * writer (Jackson) escapes what a hand-made writer would get wrong.
 */
class JsonOutputSchemaTest {
    private static final ObjectMapper M = new ObjectMapper();

    private static List<String> errors(String schemaFile, String json) throws Exception {
        Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/schemas", schemaFile)));
        JsonNode n = M.readTree(json);
        return s.validate(n).stream().map(Object::toString).toList();
    }

    @Test
    void bomJsonHasItsFormatVersionAndFollowsItsSchema() throws Exception {
        CliTest.Run r = CliTest.run("bom", CliTest.SAMPLE.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, M.readTree(r.out()).get("formatVersion").asInt());
        assertEquals(List.of(), errors("bom.schema.json", r.out()));
    }

    @Test
    void validateJsonHasItsFormatVersionAndFollowsItsSchema() throws Exception {
        CliTest.Run r = CliTest.run("validate", CliTest.SAMPLE.toString(), "--format", "json");
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        JsonNode n = M.readTree(r.out());
        assertEquals(1, n.get("formatVersion").asInt());
        assertTrue(n.get("findings").size() > 0);
        assertEquals(List.of(), errors("validate.schema.json", r.out()));
    }

    @Test
    void theSchemasRejectAnOutputWithoutItsVersion() throws Exception {
        assertTrue(!errors("validate.schema.json", "{\"findings\":[],\"summary\":{\"errors\":0,\"warnings\":0,\"info\":0,"
                + "\"total\":0,\"shown\":0}}").isEmpty());
        assertTrue(!errors("bom.schema.json", "{\"formatVersion\":2}").isEmpty());
    }

    @Test
    void textThatBreaksHandMadeJsonSurvivesTheRoundTrip() throws Exception {
        String nasty = "quote \" backslash \\ newline \n tab \t nul \u0000 line-sep \u2028 emoji \uD83D\uDE80";
        String json = ValidateCommand.json(new org.podforge.model.Project("p"), List.of(new org.podforge.rules.Finding("r.x", org.podforge.rules.Severity.ERROR,
                nasty, List.of(nasty), List.of(), nasty)), java.util.Map.of(org.podforge.rules.Severity.ERROR, 1,
                org.podforge.rules.Severity.WARNING, 0, org.podforge.rules.Severity.INFO, 0), 1);
        JsonNode n = M.readTree(json);
        assertEquals(nasty, n.get("findings").get(0).get("message").asText());
        assertEquals(nasty, n.get("findings").get(0).get("subjects").get(0).asText());
    }
}
