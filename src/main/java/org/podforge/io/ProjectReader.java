package org.podforge.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.podforge.catalog.Catalog;
import org.podforge.catalog.InvalidJsonException;
import org.podforge.catalog.JsonFields;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.LinkPattern;
import org.podforge.model.LinkPlace;
import org.podforge.model.MeshWiring;
import org.podforge.model.Plural;
import org.podforge.model.RailWiring;
import org.podforge.model.ReplicaLayout;
import org.podforge.model.Wiring;
import org.podforge.model.Family;
import org.podforge.model.Ids;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Reads {@code *.podforge.json}. Malformed JSON, a newer schema, a dangling link end or an impossible
 * value fail with a {@link ProjectFileException} naming file, line/column or JSON path, and the fix. A
 * part the catalog does not know loads, with a warning, and is kept as it is.
 */
public final class ProjectReader {
    /**
     * The streaming reader's: the same parser features, but a value read in the middle of the file (one rack) must not
     * count what follows it as trailing tokens; {@link ProjectStream} checks the end of the file itself.
     */
    private static final ObjectMapper STREAM_MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Catalog catalog;
    private final Migrations migrations;

    public ProjectReader(Catalog catalog) {
        this(catalog, Migrations.standard());
    }

    public ProjectReader(Catalog catalog, Migrations migrations) {
        this.catalog = catalog;
        this.migrations = migrations;
    }

    public LoadResult read(Path file) throws ProjectFileException {
        InputFiles.requireProjectFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file + ": no such file.");
        } catch (IOException e) {
            throw new ProjectFileException(file + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** Reads a project from a stream, streaming: see {@link ProjectStream} (no tree of the whole file is built). */
    public LoadResult read(String name, InputStream in) throws ProjectFileException {
        try (JsonParser parser = STREAM_MAPPER.createParser(in)) {
            return new ProjectStream(this, name, parser).read();
        } catch (IOException e) {
            throw new ProjectFileException(name + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    public LoadResult read(String name, byte[] bytes) throws ProjectFileException {
        try (JsonParser parser = STREAM_MAPPER.createParser(bytes)) {
            return new ProjectStream(this, name, parser).read();
        } catch (IOException e) {
            throw new ProjectFileException(name + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * The whole-tree path: a file whose version needs a migration (migrations rewrite trees), whose top-level keys
     * come in an order the stream cannot follow, or that is not an object at all.
     */
    LoadResult readTree(String name, JsonNode tree) throws ProjectFileException {
        if (!tree.isObject()) {
            throw new ProjectFileException(name + ": expected a PodForge project (a JSON object), found "
                    + JsonFields.describe(tree) + ".");
        }
        ObjectNode root = (ObjectNode) tree;
        int version = schemaVersion(name, root);
        List<String> warnings = new ArrayList<>();
        if (version < migrations.target()) {
            root = migrations.apply(root.deepCopy(), version, name);
            warnings.add("The file uses schema version " + version + "; it was upgraded to " + migrations.target()
                    + " and will be saved in the new version.");
        }
        try {
            Build b = new Build(name);
            JsonFields rf = new JsonFields(name, "", root);
            rf.allowOnly(ROOT_FIELDS);
            for (JsonFields pf : rf.objects("pods")) {
                b.pod(pf);
            }
            return b.finish(rf, warnings, version);
        } catch (InvalidJsonException e) {
            throw new ProjectFileException(e.getMessage(), e);
        }
    }

    static final Set<String> ROOT_FIELDS = Set.of("format", "schemaVersion", "name", "description", "pods", "fabric", "notes",
            "powerBudgets", "settings");
    static final Set<String> POD_FIELDS = Set.of("id", "name", "replicas", "layout", "racks", "links", "topology");
    static final Set<String> FABRIC_FIELDS = Set.of("racks", "links", "patterns");

    /** The schema version a file may be streamed at: the current one (older files go through the migrations). */
    int streamableVersion() {
        return migrations.target();
    }

    int schemaVersion(String name, ObjectNode root) throws ProjectFileException {
        JsonNode f = root.get("format");
        if (f != null && !ProjectFormat.FORMAT_ID.equals(f.asText())) {
            throw new ProjectFileException(name + " at format: expected \"" + ProjectFormat.FORMAT_ID + "\", found "
                    + JsonFields.describe(f) + "; this is not a PodForge project file.");
        }
        JsonNode v = root.get("schemaVersion");
        if (v == null || !v.isIntegralNumber()) {
            throw new ProjectFileException(name + " at schemaVersion: " + (v == null ? "missing" : "expected a whole number, found "
                    + JsonFields.describe(v)) + "; every PodForge project names its schema version.");
        }
        if (!v.canConvertToInt()) {
            if (v.bigIntegerValue().signum() < 0) {
                throw new ProjectFileException(name + " at schemaVersion: " + v.asText() + " is not a schema version (they start at 1).");
            }
            throw newer(name, v.asText());
        }
        int version = v.asInt();
        if (version > migrations.target()) {
            throw newer(name, Integer.toString(version));
        }
        if (version < 1) {
            throw new ProjectFileException(name + " at schemaVersion: " + version + " is not a schema version (they start at 1).");
        }
        return version;
    }

    private ProjectFileException newer(String name, String version) {
        return new ProjectFileException(name + " at schemaVersion: the file uses schema version " + version
                + ", written by a newer PodForge; this version reads up to " + migrations.target()
                + ". Open it with a newer PodForge.");
    }

    /**
     * One project being read, element by element: pods (whole, or a pod's racks and links one at a time from the
     * stream), the fabric, the settings. The tree path and {@link ProjectStream} share it, so every check and every
     * message is the same whichever way a file is read.
     */
    final class Build {
        final String name;
        final Project project = new Project("");
        final Set<String> unknown = new TreeSet<>();
        final Map<String, String> seenIds = new HashMap<>();
        final Map<String, Component> allComps = new HashMap<>();

        Build(String name) {
            this.name = name;
            seenIds.put(Fabric.ID, "the fabric (a reserved id)");
        }

        /** A whole pod from its tree. */
        void pod(JsonFields pf) {
            Map<String, Component> comps = new HashMap<>();
            Pod pod = startPod(pf);
            for (JsonFields rf : pf.objects("racks")) {
                rack(pod, rf, comps);
            }
            finishPod(pod, pf, comps);
        }

        /** A pod's id (checked and registered first, as in the file), before its racks and links arrive. */
        Pod startPod(JsonFields pf) {
            pf.allowOnly(POD_FIELDS);
            return new Pod(id(pf, seenIds), "", 1);
        }

        void rack(Pod pod, JsonFields rf, Map<String, Component> comps) {
            pod.addRack(ProjectReader.this.rack(rf, seenIds, unknown, comps));
        }

        void link(Pod pod, JsonFields lf, Map<String, Component> comps) {
            pod.addLink(ProjectReader.this.link(lf, seenIds, unknown, comps, false));
        }

        /** The pod's other fields (name, replicas, layout, links still in {@code pf}, topology); adds it to the project. */
        void finishPod(Pod pod, JsonFields pf, Map<String, Component> comps) {
            pf.allowOnly(POD_FIELDS);
            int replicas = pf.has("replicas") ? pf.integer("replicas") : 1;
            if (replicas < 1) {
                throw pf.error("replicas", "a pod is deployed at least once; " + replicas + " replicas is not possible");
            }
            pod.setReplicas(replicas);
            pod.setName(pf.optText("name"));
            if (pf.has("layout")) {
                pod.setLayout(layout(pf.object("layout")));
            }
            for (JsonFields lf : pf.objects("links")) {
                link(pod, lf, comps);
            }
            if (pf.has("topology")) {
                topology(pf.object("topology"), pod, comps);
            }
            project.addPod(pod);
            allComps.putAll(comps);
        }

        void fabricRack(JsonFields rf, Map<String, Component> comps) {
            project.fabric().addRack(ProjectReader.this.rack(rf, seenIds, unknown, comps));
        }

        void fabricLink(JsonFields lf, Map<String, Component> comps) {
            ProjectReader.this.fabricLink(lf, project, seenIds, unknown, comps);
        }

        void pattern(JsonFields pf) {
            project.fabric().addPattern(ProjectReader.this.pattern(pf, project, seenIds, unknown));
        }

        /** The top level's small fields, the fabric (when it was not streamed), the settings and the warnings. */
        LoadResult finish(JsonFields root, List<String> warnings, int fileVersion) {
            root.allowOnly(ROOT_FIELDS);
            project.setName(root.has("name") ? root.text("name") : "");
            if (root.has("description")) {
                project.setDescription(root.text("description"));
            }
            if (root.has("fabric")) {
                fabric(root.object("fabric"), this);
            }
            if (root.has("notes")) {
                notes(root, project);
            }
            if (root.has("powerBudgets")) {
                powerBudgets(root.object("powerBudgets"), project);
            }
            if (root.has("settings")) {
                JsonFields s = root.object("settings");
                s.allowOnly(Set.of("severity", "thresholds"));
                if (s.has("severity")) {
                    JsonFields sev = s.object("severity");
                    sev.node().fieldNames().forEachRemaining(id -> project.setSeverityOverride(id, SettingsCheck.severity(sev, id)));
                }
                if (s.has("thresholds")) {
                    JsonFields th = s.object("thresholds");
                    th.node().fieldNames().forEachRemaining(k -> project.setThresholdOverride(k, SettingsCheck.threshold(th, k)));
                }
            }
            warnings.addAll(PlacementCheck.sharedPlaces(name, project));
            for (String pn : unknown) {
                warnings.add("Part '" + pn + "' is not in the catalog; it is kept as it is and flagged. Add it to the catalog "
                        + "or swap it for a known part.");
            }
            return new LoadResult(project, warnings, unknown, fileVersion);
        }
    }

    private static ReplicaLayout layout(JsonFields lf) {
        lf.allowOnly(Set.of("perRow", "rowStep", "positionStep"));
        int perRow = lf.integer("perRow");
        if (perRow < 1) {
            throw lf.error("perRow", "a row holds at least 1 replica; " + perRow + " is not possible");
        }
        int rowStep = lf.has("rowStep") ? lf.integer("rowStep") : 1;
        int positionStep = lf.integer("positionStep");
        if (rowStep < 0 || positionStep < 0) {
            throw lf.error(rowStep < 0 ? "rowStep" : "positionStep", "steps are counted from 0; a negative step is not possible");
        }
        return new ReplicaLayout(perRow, rowStep, positionStep);
    }

    /**
     * The design's own power budgets (decision 0035): part number -> {watts, basis}; watts a positive number, basis a
     * non-blank text. A bad entry is an error naming the part and the field.
     */
    private static void powerBudgets(JsonFields pb, Project project) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        pb.node().fieldNames().forEachRemaining(parts::add);
        for (String pn : parts) {
            if (pn.isBlank()) {
                throw pb.error("a power budget needs a part number");
            }
            JsonFields b = pb.object(pn);
            b.allowOnly(Set.of("watts", "basis"));
            double w = b.number("watts");
            if (!(w > 0) || Double.isInfinite(w)) {
                throw b.error("watts", "the power budget of " + pn + " must be a positive number of watts; " + w + " is not possible");
            }
            String basis = b.text("basis");
            if (basis.isBlank()) {
                throw b.error("basis", "the power budget of " + pn + " needs its basis: say where the figure comes from");
            }
            project.setPowerBudget(pn, new org.podforge.model.PowerBudget(w, basis));
        }
    }

    /** Canvas notes: {id, text, x, y}; ids unique among notes; a bad note is an error naming it and the field. */
    private static void notes(JsonFields root, Project project) {
        for (JsonFields nf : root.objects("notes")) {
            nf.allowOnly(Set.of("id", "text", "x", "y"));
            String id = nf.text("id");
            if (!org.podforge.model.Ids.isValid(id)) {
                throw nf.error("id", "'" + id + "' is not a valid id: use 1-100 letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
            }
            if (project.note(id).isPresent()) {
                throw nf.error("id", "note '" + id + "' appears twice; give each note its own id");
            }
            String text = nf.text("text");
            if (text.length() > org.podforge.model.Note.MAX_TEXT) {
                throw nf.error("text", "holds " + text.length() + " characters; a note holds at most " + org.podforge.model.Note.MAX_TEXT);
            }
            double x = nf.number("x");
            double y = nf.number("y");
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw nf.error(Double.isFinite(x) ? "y" : "x", "must be a finite number");
            }
            project.putNote(-1, new org.podforge.model.Note(id, text, x, y));
        }
    }

    /** Topology-view positions: component id -> [x, y]; an id not in the pod is an error naming it. */
    private static void topology(JsonFields tf, Pod pod, Map<String, Component> comps) {
        var names = tf.node().fieldNames();
        while (names.hasNext()) {
            String id = names.next();
            var v = tf.node().get(id);
            if (!comps.containsKey(id)) {
                throw tf.error(id, "is not a component of this pod; remove the entry (it only places a node in the topology view)");
            }
            if (v == null || !v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()
                    || !Double.isFinite(v.get(0).asDouble()) || !Double.isFinite(v.get(1).asDouble())) {
                throw tf.error(id, "must be [x, y], two numbers, not " + JsonFields.describe(v));
            }
            pod.setTopologyPosition(id, new Pod.TopologyPoint(v.get(0).asDouble(), v.get(1).asDouble()));
        }
    }

    /** The fabric from its tree: racks, then links, then patterns. */
    private static void fabric(JsonFields ff, Build b) {
        ff.allowOnly(FABRIC_FIELDS);
        Map<String, Component> comps = new HashMap<>(b.allComps);
        for (JsonFields rf : ff.objects("racks")) {
            b.fabricRack(rf, comps);
        }
        for (JsonFields lf : ff.objects("links")) {
            b.fabricLink(lf, comps);
        }
        for (JsonFields pf : ff.objects("patterns")) {
            b.pattern(pf);
        }
    }

    private void fabricLink(JsonFields lf, Project project, Map<String, String> seen, Set<String> unknown, Map<String, Component> comps) {
        Link l = link(lf, seen, unknown, comps, true);
        LinkPlace place;
        try {
            place = project.place(l.a(), l.b());
        } catch (IllegalArgumentException e) {
            throw lf.error("a", e.getMessage());
        }
        if (!place.inFabric()) {
            throw lf.error("a", "link " + l.id() + " joins two ports of pod " + place.owner().id()
                    + "'s design; move it into that pod's links (a fabric link leaves a pod or names a replica)");
        }
        if (!place.a().equals(l.a()) || !place.b().equals(l.b())) {
            throw lf.error("a", "link " + l.id() + " leaves a pod deployed once: write its end as " + place.a() + " / " + place.b());
        }
        project.fabric().addLink(l);
    }

    private LinkPattern pattern(JsonFields pf, Project project, Map<String, String> seen, Set<String> unknown) {
        pf.allowOnly(Set.of("id", "name", "lanes", "medium", "cable", "transceiver", "transceiverB", "rail", "mesh"));
        String id = id(pf, seen);
        Wiring wiring;
        if (pf.has("rail") == pf.has("mesh")) {
            throw pf.error("pattern " + id + " is either a \"rail\" or a \"mesh\" pattern; give exactly one of them");
        }
        try {
            if (pf.has("rail")) {
                JsonFields rf = pf.object("rail");
                rf.allowOnly(Set.of("pod", "rails", "leaves", "replicasPerUnit", "leafPort", "leafFirstPort", "leafLegs"));
                List<List<PortRef>> rails = new ArrayList<>();
                JsonNode railsNode = rf.node().get("rails");
                if (railsNode == null || !railsNode.isArray()) {
                    throw rf.error("rails", "expected a list of rails, each a list of component/port ends of the pod design");
                }
                for (int i = 0; i < railsNode.size(); i++) {
                    JsonNode rail = railsNode.get(i);
                    if (!rail.isArray()) {
                        throw rf.error("rails[" + i + "]", "expected a list of component/port ends, found " + JsonFields.describe(rail));
                    }
                    List<PortRef> ends = new ArrayList<>();
                    for (JsonNode e : rail) {
                        try {
                            ends.add(PortRef.parse(e.asText()));
                        } catch (IllegalArgumentException ex) {
                            throw rf.error("rails[" + i + "]", ex.getMessage());
                        }
                    }
                    rails.add(ends);
                }
                int legs = rf.has("leafLegs") ? rf.integer("leafLegs") : 1;
                if (legs < 1) {
                    throw rf.error("leafLegs", "cables per leaf port is at least 1 (2: a twin-port module feeding two NICs), not " + legs);
                }
                wiring = new RailWiring(rf.text("pod"), rails, rf.textList("leaves"), rf.integer("replicasPerUnit"),
                        rf.has("leafPort") ? rf.text("leafPort") : "port-", rf.integer("leafFirstPort"), legs);
            } else {
                JsonFields mf = pf.object("mesh");
                mf.allowOnly(Set.of("lower", "upper", "groups", "linksPerPair", "lowerPort", "lowerFirstPort", "upperPort",
                        "upperFirstPort"));
                wiring = new MeshWiring(mf.textList("lower"), mf.textList("upper"), mf.has("groups") ? mf.integer("groups") : 1,
                        mf.has("linksPerPair") ? mf.integer("linksPerPair") : 1, mf.has("lowerPort") ? mf.text("lowerPort") : "port-",
                        mf.integer("lowerFirstPort"), mf.has("upperPort") ? mf.text("upperPort") : "port-", mf.integer("upperFirstPort"));
            }
        } catch (IllegalArgumentException e) {
            throw pf.error(pf.has("rail") ? "rail" : "mesh", e.getMessage());
        }
        int lanes = pf.integer("lanes");
        if (lanes < 1) {
            throw pf.error("lanes", "a link has at least 1 lane; " + lanes + " is not possible");
        }
        LinkPattern lp = new LinkPattern(id, pf.optText("name"), wiring, lanes, pf.enumValue("medium", Medium.class));
        lp.setCablePart(medium(pf, "cable", pf.optText("cable"), unknown, false));
        lp.setTransceiverPart(medium(pf, "transceiver", pf.optText("transceiver"), unknown, true));
        lp.setTransceiverPartB(medium(pf, "transceiverB", pf.optText("transceiverB"), unknown, true));
        List<String> problems = wiring.referenceProblems(project);
        if (!problems.isEmpty()) {
            throw pf.error(pf.has("rail") ? "rail" : "mesh", "pattern " + id + " " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + Plural.of(problems.size() - 1, "more problem") + ")" : ""));
        }
        return lp;
    }

    /** A cable or transceiver part number of a link or pattern, checked against the catalog; null stays null. */
    private String medium(JsonFields f, String field, String pn, Set<String> unknown, boolean transceiver) {
        if (pn == null) {
            return null;
        }
        Part part = catalog.find(pn).orElse(null);
        if (part == null) {
            unknown.add(pn);
        } else if (transceiver && part.family() != Family.TRANSCEIVER) {
            throw f.error(field, "'" + pn + "' is a " + part.family().label() + ", not a transceiver");
        } else if (!transceiver && !part.family().isLinkMedium()) {
            throw f.error(field, "'" + pn + "' is a " + part.family().label() + ", not a cable or smart cable module");
        }
        return pn;
    }

    private static String id(JsonFields f, Map<String, String> seen) {
        String id = f.text("id");
        if (!Ids.isValid(id)) {
            throw f.error("id", "'" + id + "' is not a valid id: use letters, digits, '.', '_', ':' or '-'");
        }
        String prev = seen.put(id, f.path());
        if (prev != null) {
            throw f.error("id", "the id '" + id + "' is also used at " + prev + "; ids must be unique");
        }
        return id;
    }

    /** The catalog part, or null (recorded as unknown) when the catalog does not have it. */
    private Part known(JsonFields f, String pn, Set<String> unknown, Family expected) {
        Part part = catalog.find(pn).orElse(null);
        if (part == null) {
            unknown.add(pn);
            return null;
        }
        if (part.family() != expected) {
            throw f.error("part", "'" + pn + "' is a " + part.family().label() + "; expected a " + expected.label());
        }
        return part;
    }

    private Rack rack(JsonFields rf, Map<String, String> seen, Set<String> unknown, Map<String, Component> comps) {
        rf.allowOnly(Set.of("id", "name", "part", "row", "position", "powerBudgetW", "cooling", "chassis"));
        String id = id(rf, seen);
        String pn = rf.text("part");
        Part rackPart = known(rf, pn, unknown, Family.RACK);
        int row = rf.has("row") ? rf.integer("row") : 0;
        int position = rf.has("position") ? rf.integer("position") : 0;
        if (row < 0) {
            throw rf.error("row", "rows are counted from 0; " + row + " is not possible");
        }
        if (position < 0) {
            throw rf.error("position", "positions in a row are counted from 0; " + position + " is not possible");
        }
        Rack rack = new Rack(id, rf.optText("name"), pn, row, position);
        Double budget = rf.optNumber("powerBudgetW");
        if (budget != null && budget <= 0) {
            throw rf.error("powerBudgetW", "a power budget must be positive; " + budget + " W is not possible");
        }
        rack.setPowerBudgetW(budget);
        rack.setCooling(rf.optEnum("cooling", org.podforge.model.Cooling.class));
        Integer rackHeight = rackPart == null ? null : rackPart.heightU().orElse(null);
        for (JsonFields cf : rf.objects("chassis")) {
            cf.allowOnly(Set.of("id", "name", "part", "u", "components"));
            String cid = id(cf, seen);
            String cpn = cf.text("part");
            Part chassisPart = known(cf, cpn, unknown, Family.CHASSIS);
            int u = cf.integer("u");
            if (u < 1) {
                throw cf.error("u", "rack units are counted from 1 at the bottom; U" + u + " is not possible");
            }
            if (rackHeight != null) {
                int h = chassisPart == null ? 1 : chassisPart.heightU().orElse(1);
                if (u + h - 1 > rackHeight) {
                    throw cf.error("u", "chassis " + cid + " (" + h + "U) at U" + u + " reaches U" + (u + h - 1)
                            + ", beyond the " + rackHeight + "U of rack " + id + "; lower it to U" + Math.max(1, rackHeight - h + 1)
                            + " or below");
                }
            }
            Chassis chassis = new Chassis(cid, cf.optText("name"), cpn, u);
            for (JsonFields pf : cf.objects("components")) {
                pf.allowOnly(Set.of("id", "name", "part", "slot"));
                String pid = id(pf, seen);
                String ppn = pf.text("part");
                Part part = catalog.find(ppn).orElse(null);
                if (part == null) {
                    unknown.add(ppn);
                } else if (!part.family().isComponent()) {
                    throw pf.error("part", "'" + ppn + "' is a " + part.family().label()
                            + "; a chassis holds GPUs, CPUs, NICs, SSDs, retimers, switches and CXL controllers");
                }
                String slot = pf.optText("slot");
                if (slot != null && chassisPart != null && !chassisPart.slotNames().contains(slot)) {
                    throw pf.error("slot", "chassis " + cid + " (" + cpn + ") has no slot '" + slot + "'; its slots are "
                            + chassisPart.slotNames());
                }
                Component comp = new Component(pid, pf.optText("name"), ppn, slot);
                chassis.addComponent(comp);
                comps.put(pid, comp);
            }
            rack.addChassis(chassis);
        }
        return rack;
    }

    private Link link(JsonFields lf, Map<String, String> seen, Set<String> unknown, Map<String, Component> comps, boolean inFabric) {
        lf.allowOnly(Set.of("id", "name", "a", "b", "lanes", "medium", "cable", "transceiver", "transceiverB", "lengthM"));
        String id = id(lf, seen);
        PortRef a = end(lf, "a", comps, inFabric);
        PortRef b = end(lf, "b", comps, inFabric);
        if (a.equals(b)) {
            throw lf.error("b", "link " + id + " joins port " + a + " to itself");
        }
        int lanes = lf.integer("lanes");
        if (lanes < 1) {
            throw lf.error("lanes", "a link has at least 1 lane; " + lanes + " is not possible");
        }
        Medium medium = lf.enumValue("medium", Medium.class);
        Link link = new Link(id, a, b, lanes, medium);
        if (lf.has("name")) {
            link.setName(lf.text("name"));
        }
        link.setCablePart(medium(lf, "cable", lf.optText("cable"), unknown, false));
        link.setTransceiverPart(medium(lf, "transceiver", lf.optText("transceiver"), unknown, true));
        link.setTransceiverPartB(medium(lf, "transceiverB", lf.optText("transceiverB"), unknown, true));
        Double len = lf.optNumber("lengthM");
        if (len != null && (len < 0 || len >= 100_000)) {
            throw lf.error("lengthM", "a link length must be between 0 and 100 km; " + len + " m is not possible");
        }
        link.setLengthOverrideM(len);
        return link;
    }

    private PortRef end(JsonFields lf, String field, Map<String, Component> comps, boolean inFabric) {
        String text = lf.text(field);
        PortRef ref;
        try {
            ref = PortRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw lf.error(field, "'" + text + "' is not a port reference; write component-id/port-name, e.g. gpu-1/host"
                    + (inFabric ? " (and @N for replica N of a replicated pod)" : ""));
        }
        if (!inFabric && ref.addressesReplica()) {
            throw lf.error(field, "the link end " + text + " names a replica, but a pod's own links are the same in every replica; "
                    + "a link of one replica belongs in the fabric's links");
        }
        Component c = comps.get(ref.componentId());
        if (c == null) {
            throw lf.error(field, "the link end " + text + " names component '" + ref.componentId()
                    + "', which is not in " + (inFabric ? "the project" : "this pod") + " (a dangling link end); fix the id or delete the link");
        }
        Part part = catalog.find(c.partNumber()).orElse(null);
        if (part != null && part.port(ref.port()).isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            part.ports().forEach(p -> names.add(p.name()));
            throw lf.error(field, "component " + c.id() + " (" + c.partNumber() + ") has no port '" + ref.port()
                    + "'; its ports are " + names);
        }
        return ref;
    }
}
