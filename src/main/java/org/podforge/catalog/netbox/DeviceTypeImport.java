package org.podforge.catalog.netbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.podforge.catalog.CatalogException;
import org.podforge.catalog.UserCatalog;
import org.podforge.model.Part;

/**
 * Reads one device type from NetBox's device-type library (github.com/netbox-community/devicetype-library:
 * one YAML file per make and model, fields per its {@code schema/devicetype.json} and
 * {@code schema/components.json}) and turns it into PodForge catalog parts for the user catalog:
 * <ul>
 *   <li>with at least one interface PodForge can model (see {@link InterfaceTypes}): a switch box like the
 *       built-in ones, a 1-slot {@code CHASSIS} {@code <part>-BOX} of {@code u_height} units holding a
 *       {@code NETWORK_SWITCH} component with one port per interface;</li>
 *   <li>otherwise: a {@code CHASSIS} of {@code u_height} units with no slots (rack space only).</li>
 * </ul>
 * Fields read: {@code manufacturer}, {@code model}, {@code slug}, {@code part_number}, {@code u_height},
 * {@code is_full_depth}, {@code airflow}, {@code weight}/{@code weight_unit}, {@code description},
 * {@code comments}, {@code interfaces} ({@code name}, {@code type}, {@code mgmt_only}, {@code label}) and
 * {@code power-ports} ({@code maximum_draw}). The other component lists of the schema (console ports,
 * power outlets, front and rear ports, module and device bays, inventory items) are counted in the notes,
 * not imported. Every interface that is not imported is named in the notes, never dropped silently.
 * Each part says it was imported, from which file, in its description, its {@code attributes} and its sources.
 */
public final class DeviceTypeImport {
    /** The device-type schema's top-level fields (additionalProperties: false there). */
    static final Set<String> SCHEMA_FIELDS = Set.of("manufacturer", "model", "slug", "part_number", "u_height",
            "is_full_depth", "airflow", "weight", "weight_unit", "front_image", "rear_image", "subdevice_role", "is_powered",
            "console-ports", "console-server-ports", "power-ports", "power-outlets", "interfaces", "front-ports",
            "rear-ports", "module-bays", "device-bays", "inventory-items", "description", "comments");
    static final String LIBRARY_URL = "https://github.com/netbox-community/devicetype-library";
    private static final long MAX_BYTES = 4L << 20;
    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final ObjectMapper MAPPER = YAMLMapper.builder(YAML)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * One imported device type.
     *
     * @param fileName the user-catalog file to write it to ({@code netbox-<slug>.json})
     * @param partFile the part file's JSON ({@code {"parts": [...]}}), exactly what the catalog loader reads
     * @param parts    the parts as the catalog loader reads them back from {@code partFile}
     * @param notes    what was not imported or was inferred, one sentence each
     */
    public record Result(String source, String fileName, ObjectNode partFile, List<Part> parts, List<String> notes) {
        /** The part a design places: the box (chassis) when there is one. */
        public Part placeable() {
            return parts.get(0);
        }
    }

    private final String name;
    private final Map<String, Integer> lines;
    private final List<String> notes = new ArrayList<>();

    private DeviceTypeImport(String name, Map<String, Integer> lines) {
        this.name = name;
        this.lines = lines;
    }

    /** Reads a device-type YAML file. Bad input: a {@link CatalogException} naming the file, the line and the fix. */
    public static Result read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CatalogException(file + ": " + Files.size(file) + " bytes is far larger than any device type "
                        + "(at most " + (MAX_BYTES >> 20) + " MB); is this the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CatalogException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CatalogException(file + ": not UTF-8 text; save the YAML file as UTF-8 and import it again");
        }
        return read(file.toString(), text);
    }

    /** Reads device-type YAML text; {@code source} names it in messages and in the parts' sources. */
    public static Result read(String source, String text) {
        Map<String, Integer> lines = new HashMap<>();
        JsonNode root;
        try {
            try (JsonParser p = YAML.createParser(text)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                        lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                    }
                }
            }
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new CatalogException(source + (loc == null ? "" : ", line " + loc.getLineNr()) + ": not valid YAML ("
                    + firstLine(e.getOriginalMessage()) + "). Check the indentation and quoting there; a device-type file is "
                    + "a YAML mapping like the ones in the NetBox device-type library");
        } catch (IOException e) {
            throw new CatalogException("cannot read " + source + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new CatalogException(source + ": the file is empty; expected a NetBox device type (manufacturer, model, slug, "
                    + "u_height, interfaces)");
        }
        if (!root.isObject()) {
            throw new CatalogException(source + ", line 1: expected a YAML mapping (manufacturer: ..., model: ...), found "
                    + root.getNodeType().toString().toLowerCase(Locale.ROOT) + "; is this a NetBox device-type file?");
        }
        return new DeviceTypeImport(source, lines).convert((ObjectNode) root);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    // ---- conversion ---------------------------------------------------------------------------------

    private Result convert(ObjectNode y) {
        List<String> unknown = new ArrayList<>();
        y.fieldNames().forEachRemaining(f -> {
            if (!SCHEMA_FIELDS.contains(f)) {
                unknown.add(f);
            }
        });
        if (!unknown.isEmpty()) {
            notes.add("ignored " + (unknown.size() == 1 ? "field " : "fields ") + String.join(", ", unknown)
                    + ": not in the device-type library schema");
        }
        String manufacturer = requiredText(y, "manufacturer", "the maker, e.g. manufacturer: NVIDIA");
        String model = requiredText(y, "model", "the model name, e.g. model: SN5600");
        String slug = requiredText(y, "slug", "a lower-case id, e.g. slug: nvidia-sn5600");
        if (!slug.matches("[-a-z0-9_]+")) {
            throw error("/slug", "slug '" + slug + "' may only hold lower-case letters, digits, '-' and '_' (the library's pattern)");
        }
        int heightU = heightU(y);
        String pn = y.hasNonNull("part_number") && !y.get("part_number").asText().isBlank()
                ? y.get("part_number").asText().trim() : slug.toUpperCase(Locale.ROOT);
        String origin = "NetBox device type " + manufacturer + " " + model + " (" + fileOf(name) + ")";

        List<ObjectNode> ports = interfaces(y);
        String power = power(y);
        countOthers(y);

        List<ObjectNode> parts = new ArrayList<>();
        String description = text(y, "description");
        ObjectNode box = JSON.objectNode();
        if (ports.isEmpty()) {
            box.put("partNumber", pn);
            box.put("name", manufacturer + " " + model);
        } else {
            box.put("partNumber", pn + "-BOX");
            box.put("name", manufacturer + " " + model + " (switch box)");
        }
        box.put("vendor", manufacturer);
        box.put("family", "CHASSIS");
        box.put("description", ports.isEmpty()
                ? "Imported from " + origin + ": rack space only (no interface PodForge models)."
                : "Imported from " + origin + ": the box holding the switch " + pn + "; dropped on a rack it arrives with the switch in its slot.");
        box.put("heightU", heightU);
        if (!ports.isEmpty()) {
            ArrayNode slots = box.putArray("slots");
            slots.addObject().put("id", "asic").put("type", "NETWORK_SWITCH").put("count", 1);
        }
        ObjectNode boxAttrs = attributes(box, origin);
        if (y.has("is_full_depth")) {
            boxAttrs.put("fullDepth", y.get("is_full_depth").asText());
        }
        if (y.hasNonNull("airflow")) {
            boxAttrs.put("airflow", y.get("airflow").asText());
        }
        if (y.hasNonNull("weight")) {
            boxAttrs.put("weight", y.get("weight").asText() + " " + text(y, "weight_unit"));
        }
        if (power != null) {
            boxAttrs.put("netboxPowerPorts", power);
        }
        ArrayNode boxSources = box.putArray("sources");
        source(boxSources, List.of("heightU"), "u_height " + y.get("u_height").asText() + " in " + origin, heightEstimate);
        if (!ports.isEmpty()) {
            source(boxSources, List.of("slots"), "one switch per box: the box is a 1-slot chassis holding the switch component "
                    + "(PodForge convention)", true);
        }
        parts.add(box);

        if (!ports.isEmpty()) {
            ObjectNode sw = JSON.objectNode();
            sw.put("partNumber", pn);
            sw.put("name", manufacturer + " " + model);
            sw.put("vendor", manufacturer);
            sw.put("family", "NETWORK_SWITCH");
            sw.put("description", description != null && !description.isBlank() ? description + " (imported from " + origin + ")"
                    : "Imported from " + origin + ".");
            sw.put("slotType", "NETWORK_SWITCH");
            ArrayNode portArray = sw.putArray("ports");
            ports.forEach(portArray::add);
            ObjectNode attrs = attributes(sw, origin);
            attrs.put("powerNote", "not imported: NetBox gives maximum_draw per power supply, not the switch's power; "
                    + "add powerW with its source by hand");
            if (cagesMissing) {
                attrs.put("cageUnknown", "some interfaces have a form factor PodForge does not model, or none "
                        + "(InfiniBand types): their ports have no cage");
            }
            ArrayNode src = sw.putArray("sources");
            source(src, List.of("ports"), "interfaces and their types in " + origin + "; speed and cage from NetBox's "
                    + "interface type" + (lanesEstimated ? "; lanes and lane rate are PodForge's reading of the type "
                    + "(100G per lane where the type allows two readings)" : ""), lanesEstimated);
            parts.add(sw);
        }

        ObjectNode file = JSON.objectNode();
        file.put("comment", "Imported from " + origin + " by podforge catalog import-netbox. Edit freely; "
                + "every spec needs a source (docs/catalog.md).");
        ArrayNode arr = file.putArray("parts");
        parts.forEach(arr::add);
        List<Part> read = UserCatalog.readParts(name, file);
        return new Result(name, "netbox-" + slug + ".json", file, read, List.copyOf(notes));
    }

    private boolean heightEstimate;
    private boolean cagesMissing;
    private boolean lanesEstimated;

    private int heightU(ObjectNode y) {
        JsonNode h = y.get("u_height");
        if (h == null || h.isNull()) {
            throw error("", "u_height is missing: give the rack units the device takes, e.g. u_height: 2");
        }
        if (!h.isNumber()) {
            throw error("/u_height", "u_height '" + h.asText() + "' is not a number; write e.g. u_height: 2");
        }
        double u = h.asDouble();
        if (u <= 0) {
            throw error("/u_height", "u_height " + h.asText() + " is a device that takes no rack space; PodForge places "
                    + "rack-mounted devices only (give the rack units, e.g. u_height: 1)");
        }
        int whole = (int) Math.ceil(u - 1e-9);
        if (whole != u) {
            heightEstimate = true;
            notes.add("u_height " + h.asText() + " rounded up to " + whole + " U: PodForge places chassis in whole units");
        }
        return whole;
    }

    private List<ObjectNode> interfaces(ObjectNode y) {
        List<ObjectNode> out = new ArrayList<>();
        JsonNode list = y.get("interfaces");
        if (list == null || list.isNull()) {
            notes.add("no interfaces: imported as rack space only");
            return out;
        }
        if (!list.isArray()) {
            throw error("/interfaces", "interfaces must be a list (- name: ..., type: ...)");
        }
        Map<String, List<String>> skipped = new TreeMap<>();
        Map<String, Integer> mappedCounts = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        List<String> renamed = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/interfaces/" + i;
            JsonNode itf = list.get(i);
            if (!itf.isObject()) {
                throw error(at, "each interface is a mapping with name and type");
            }
            String iname = itf.hasNonNull("name") ? itf.get("name").asText().trim() : "";
            if (iname.isEmpty()) {
                throw error(at, "interface " + (i + 1) + " has no name; give each interface name: and type:");
            }
            if (!itf.hasNonNull("type") || itf.get("type").asText().isBlank()) {
                throw error(at, "interface '" + iname + "' has no type; give NetBox's interface type, e.g. type: 800gbase-x-osfp");
            }
            String type = itf.get("type").asText().trim();
            if (itf.path("mgmt_only").asBoolean(false)) {
                skipped.computeIfAbsent("management-only (mgmt_only: true; PodForge models the data fabrics)", k -> new ArrayList<>())
                        .add(iname);
                continue;
            }
            var m = InterfaceTypes.of(type);
            if (m.isEmpty()) {
                skipped.computeIfAbsent("type " + type + " (not a fabric port type PodForge maps)", k -> new ArrayList<>()).add(iname);
                continue;
            }
            InterfaceTypes.Mapping map = m.get();
            String portName = iname.replaceAll("[/@\\s]+", "_");
            if (!portName.equals(iname)) {
                renamed.add(iname + " -> " + portName);
            }
            if (!names.add(portName)) {
                throw error(at, "two interfaces are named '" + portName + "'" + (portName.equals(iname) ? "" : " (after replacing / @ "
                        + "and spaces with _)") + "; give each interface its own name");
            }
            ObjectNode port = JSON.objectNode();
            port.put("name", portName);
            port.put("role", "NETWORK");
            port.putArray("protocols").add(map.protocol().name());
            num(port, "speedGbps", map.speedGbps());
            port.put("lanes", map.lanes());
            num(port, "laneRateGbps", map.laneRateGbps());
            if (map.cage() != null) {
                port.put("cage", map.cage().name());
            } else {
                cagesMissing = true;
            }
            lanesEstimated |= map.lanesEstimate();
            out.add(port);
            String label = map.type() + " -> " + fmt(map.speedGbps()) + "G " + (map.protocol().name().equals("INFINIBAND")
                    ? "InfiniBand" : "Ethernet") + ", " + map.lanes() + " x " + fmt(map.laneRateGbps()) + "G, "
                    + (map.cage() != null ? "cage " + map.cage().name()
                    : map.formFactor() != null ? "no cage (PodForge does not model " + map.formFactor() + ")" : "no cage (the type names none)")
                    + (map.lanesEstimate() ? ", lanes estimated" : "");
            mappedCounts.merge(label, 1, Integer::sum);
        }
        mappedCounts.forEach((label, n) -> notes.add("imported " + n + " interface" + (n == 1 ? "" : "s") + ": " + label));
        skipped.forEach((why, list2) -> notes.add("not imported: " + list2.size() + " interface" + (list2.size() == 1 ? "" : "s")
                + " of " + why + ": " + abbreviate(list2)));
        if (!renamed.isEmpty()) {
            notes.add("renamed " + renamed.size() + " port" + (renamed.size() == 1 ? "" : "s") + " (PodForge port references use / "
                    + "and @): " + abbreviate(renamed));
        }
        if (!out.isEmpty()) {
            notes.add("breakouts are not in NetBox's data: add bifurcations (e.g. [\"1x8\", \"2x4\"]) to a port that splits");
        }
        return out;
    }

    private String power(ObjectNode y) {
        JsonNode pp = y.get("power-ports");
        if (pp == null || !pp.isArray() || pp.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode p : pp) {
            parts.add(p.path("name").asText("?") + (p.hasNonNull("maximum_draw") ? " max " + p.get("maximum_draw").asText() + " W" : ""));
        }
        notes.add("power not imported: NetBox's maximum_draw is per power supply (" + pp.size() + " listed), not the device's "
                + "draw; add powerW with its source by hand");
        return String.join("; ", parts);
    }

    private void countOthers(ObjectNode y) {
        List<String> others = new ArrayList<>();
        for (String f : List.of("console-ports", "console-server-ports", "power-outlets", "front-ports", "rear-ports",
                "module-bays", "device-bays", "inventory-items")) {
            JsonNode n = y.get(f);
            if (n != null && n.isArray() && !n.isEmpty()) {
                others.add(n.size() + " " + f);
            }
        }
        if (!others.isEmpty()) {
            notes.add("not imported (PodForge has no counterpart): " + String.join(", ", others));
        }
    }

    private static String abbreviate(List<String> items) {
        if (items.size() <= 6) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, 3)) + " ... " + items.get(items.size() - 1) + " (" + items.size() + ")";
    }

    private ObjectNode attributes(ObjectNode part, String origin) {
        ObjectNode a = part.putObject("attributes");
        a.put("importedFrom", origin);
        a.put("importedOn", java.time.LocalDate.now().toString());
        return a;
    }

    private void source(ArrayNode sources, List<String> fields, String note, boolean estimate) {
        ObjectNode s = sources.addObject();
        ArrayNode f = s.putArray("fields");
        fields.forEach(f::add);
        s.put("url", LIBRARY_URL);
        s.put("note", note);
        s.put("estimate", estimate);
    }

    private String requiredText(ObjectNode y, String field, String example) {
        JsonNode n = y.get(field);
        if (n == null || n.isNull() || n.asText().isBlank()) {
            throw error("", field + " is missing: give " + example);
        }
        if (!n.isValueNode()) {
            throw error("/" + field, field + " must be plain text, e.g. " + example);
        }
        return n.asText().trim();
    }

    private static String text(ObjectNode y, String field) {
        return y.hasNonNull(field) ? y.get(field).asText() : null;
    }

    private CatalogException error(String pointer, String what) {
        Integer line = lines.get(pointer);
        return new CatalogException(name + (line == null ? "" : ", line " + line) + ": " + what);
    }

    private static String fileOf(String source) {
        int i = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return i < 0 ? source : source.substring(i + 1);
    }

    private static void num(ObjectNode o, String key, double d) {
        if (d == Math.rint(d)) {
            o.put(key, (long) d);
        } else {
            o.put(key, d);
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
