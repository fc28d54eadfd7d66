package org.podforge.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.podforge.catalog.InvalidJsonException;
import org.podforge.catalog.JsonFields;
import org.podforge.model.Component;
import org.podforge.model.Pod;

/**
 * Reads a project file as a stream of tokens (issue 9): no tree of the whole file is built. The big parts of a
 * file, each pod's racks and links and the fabric's racks, links and patterns, are read one element at a time
 * (one rack, one link: a small tree each) and built into the model at once; only the small fields (names, ids,
 * replicas, layout, settings) wait in a small tree until their object ends. Every element goes through the same
 * {@link ProjectReader.Build} as the whole-tree path, so checks, JSON paths and messages are the same.
 *
 * <p>What cannot be streamed falls back to the whole tree, never to a different result: a file of an older schema
 * (the migrations rewrite trees), a file whose {@code schemaVersion} comes after its pods, and within a pod or the
 * fabric, links (or patterns) that come before the racks they need are kept as trees and built at the object's
 * end. {@link ProjectWriter} writes the streamable order.
 */
final class ProjectStream {
    private final ProjectReader reader;
    private final String name;
    private final JsonParser p;
    private ProjectReader.Build build;

    ProjectStream(ProjectReader reader, String name, JsonParser parser) {
        this.reader = reader;
        this.name = name;
        this.p = parser;
    }

    LoadResult read() throws ProjectFileException {
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new ProjectFileException(name + ": the file is empty; it is not a PodForge project.");
            }
            if (t != JsonToken.START_OBJECT) {
                JsonNode tree = p.readValueAsTree();
                end();
                return reader.readTree(name, tree);
            }
            ObjectNode rest = JsonNodeFactory.instance.objectNode();
            int version = -1;
            boolean podsStreamed = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("pods") && v == JsonToken.START_ARRAY && streamable(rest)) {
                    version = reader.schemaVersion(name, rest);
                    build = reader.new Build(name);
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        pod("pods[" + i++ + "]");
                    }
                    podsStreamed = true;
                } else if (field.equals("fabric") && v == JsonToken.START_OBJECT && podsStreamed) {
                    fabric();
                } else {
                    rest.set(field, p.readValueAsTree());
                }
            }
            end();
            if (!podsStreamed) {
                return reader.readTree(name, rest);
            }
            return build.finish(new JsonFields(name, "", rest), new ArrayList<>(), version);
        } catch (JsonProcessingException e) {
            throw JsonErrors.of(name, e, p);
        } catch (InvalidJsonException e) {
            throw new ProjectFileException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectFileException(name + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** True when the top level read so far names the current schema version (checked: a bad or newer one fails here). */
    private boolean streamable(ObjectNode rest) throws ProjectFileException {
        return rest.has("schemaVersion") && reader.schemaVersion(name, rest) == reader.streamableVersion();
    }

    /** Nothing may follow the project's object (as the tree path's FAIL_ON_TRAILING_TOKENS). */
    private void end() throws IOException {
        JsonToken after = p.nextToken();
        if (after != null) {
            throw new JsonParseException(p, "Trailing token (of type " + after + ") found after the project's object");
        }
    }

    /** One pod: its racks as they come, its links once its racks are in, the rest at its end. */
    private void pod(String path) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            build.pod(new JsonFields(name, path, p.readValueAsTree()));
            return;
        }
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        Map<String, Component> comps = new HashMap<>();
        Pod pod = null;
        boolean racksIn = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (field.equals("racks") && v == JsonToken.START_ARRAY && head.has("id")) {
                pod = pod != null ? pod : build.startPod(new JsonFields(name, path, head));
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    build.rack(pod, element(path + ".racks[" + i++ + "]"), comps);
                }
                racksIn = true;
            } else if (field.equals("links") && v == JsonToken.START_ARRAY && racksIn && !head.has("links")) {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    build.link(pod, element(path + ".links[" + i++ + "]"), comps);
                }
            } else {
                head.set(field, p.readValueAsTree());
            }
        }
        JsonFields pf = new JsonFields(name, path, head);
        if (pod == null) {
            build.pod(pf); // no racks streamed (none, or before the pod's id): the pod's tree is small or it is the tree path
        } else {
            build.finishPod(pod, pf, comps);
        }
    }

    /** The fabric: racks as they come; links and patterns once the racks are in (else at the fabric's end). */
    private void fabric() throws IOException {
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        Map<String, Component> comps = new HashMap<>(build.allComps);
        boolean racksIn = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if (field.equals("racks") && v == JsonToken.START_ARRAY) {
                new JsonFields(name, "fabric", head).allowOnly(ProjectReader.FABRIC_FIELDS);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    build.fabricRack(element("fabric.racks[" + i++ + "]"), comps);
                }
                racksIn = true;
            } else if (field.equals("links") && v == JsonToken.START_ARRAY && racksIn) {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    build.fabricLink(element("fabric.links[" + i++ + "]"), comps);
                }
            } else if (field.equals("patterns") && v == JsonToken.START_ARRAY && racksIn && !head.has("links")) {
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    build.pattern(element("fabric.patterns[" + i++ + "]"));
                }
            } else {
                head.set(field, p.readValueAsTree());
            }
        }
        JsonFields ff = new JsonFields(name, "fabric", head);
        ff.allowOnly(ProjectReader.FABRIC_FIELDS);
        for (JsonFields rf : ff.objects("racks")) {
            build.fabricRack(rf, comps);
        }
        for (JsonFields lf : ff.objects("links")) {
            build.fabricLink(lf, comps);
        }
        for (JsonFields pf : ff.objects("patterns")) {
            build.pattern(pf);
        }
    }

    /** The element the parser is at, as a small tree with its JSON path. */
    private JsonFields element(String path) throws IOException {
        return new JsonFields(name, path, p.readValueAsTree());
    }
}
