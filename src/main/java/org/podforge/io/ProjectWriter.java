package org.podforge.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Container;
import org.podforge.model.Fabric;
import org.podforge.model.LinkPattern;
import org.podforge.model.MeshWiring;
import org.podforge.model.PortRef;
import org.podforge.model.RailWiring;
import org.podforge.model.Link;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * Writes {@code *.podforge.json}: keys sorted, two-space indent, LF line ends, lists in model order, a
 * final newline. Saving an unchanged project gives a byte-identical file. Saving is atomic: the file is
 * written beside the target, flushed to disk, then moved over it, so a failure leaves the old file.
 */
public final class ProjectWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    private ProjectWriter() {
    }

    /** The file's text. */
    public static String toJson(Project p) {
        try {
            return MAPPER.writeValueAsString(toTree(p)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize project", e);
        }
    }

    /**
     * Writes the file's text to {@code out} as it is produced (the same bytes as {@link #toJson}), without
     * holding the whole text in memory: the emergency autosave after an out-of-memory error uses it.
     */
    public static void write(Project p, java.io.OutputStream out) throws IOException {
        MAPPER.writeValue(out, toTree(p));
        out.write('\n');
    }

    /** Atomically replaces {@code file} with the project. On failure the previous file is untouched. */
    public static void save(Project p, Path file) throws IOException {
        byte[] bytes = toJson(p).getBytes(StandardCharsets.UTF_8);
        writeAtomically(file, bytes);
    }

    /** Writes bytes atomically (see {@link AtomicFiles}): the old file survives any failure. */
    public static void writeAtomically(Path file, byte[] bytes) throws IOException {
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    static Map<String, Object> toTree(Project p) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", ProjectFormat.FORMAT_ID);
        root.put("schemaVersion", ProjectFormat.CURRENT_SCHEMA);
        root.put("name", p.name());
        if (!p.description().isEmpty()) {
            root.put("description", p.description());
        }
        List<Object> pods = new ArrayList<>();
        for (Pod pod : p.pods()) {
            pods.add(pod(pod));
        }
        root.put("pods", pods);
        if (!p.fabric().isEmpty()) {
            root.put("fabric", fabric(p.fabric()));
        }
        if (!p.notes().isEmpty()) {
            List<Object> notes = new ArrayList<>();
            for (org.podforge.model.Note n : p.notes()) {
                Map<String, Object> m = new TreeMap<>();
                m.put("id", n.id());
                m.put("text", n.text());
                m.put("x", n.x());
                m.put("y", n.y());
                notes.add(m);
            }
            root.put("notes", notes);
        }
        if (!p.powerBudgets().isEmpty()) {
            Map<String, Object> budgets = new TreeMap<>();
            p.powerBudgets().forEach((pn, b) -> {
                Map<String, Object> m = new TreeMap<>();
                m.put("watts", b.watts());
                m.put("basis", b.basis());
                budgets.put(pn, m);
            });
            root.put("powerBudgets", budgets);
        }
        if (!p.severityOverrides().isEmpty() || !p.thresholdOverrides().isEmpty()) {
            Map<String, Object> settings = new TreeMap<>();
            if (!p.severityOverrides().isEmpty()) {
                settings.put("severity", new TreeMap<>(p.severityOverrides()));
            }
            if (!p.thresholdOverrides().isEmpty()) {
                settings.put("thresholds", new TreeMap<>(p.thresholdOverrides()));
            }
            root.put("settings", settings);
        }
        return root;
    }

    private static Map<String, Object> pod(Pod pod) {
        Map<String, Object> m = node(pod.id(), pod.name());
        m.put("replicas", pod.replicas());
        if (pod.layout() != null) {
            Map<String, Object> lay = new TreeMap<>();
            lay.put("perRow", pod.layout().perRow());
            lay.put("rowStep", pod.layout().rowStep());
            lay.put("positionStep", pod.layout().positionStep());
            m.put("layout", lay);
        }
        racksAndLinks(pod, m);
        // topology-view positions of components still in the pod (a removed component's is dropped)
        Map<String, Object> topo = new TreeMap<>();
        for (Map.Entry<String, Pod.TopologyPoint> e : pod.topologyPositions().entrySet()) {
            if (pod.project() == null || pod.project().component(e.getKey()).isPresent()) {
                topo.put(e.getKey(), List.of(e.getValue().x(), e.getValue().y()));
            }
        }
        if (!topo.isEmpty()) {
            m.put("topology", topo);
        }
        return m;
    }

    private static void racksAndLinks(Container box, Map<String, Object> m) {
        List<Object> racks = new ArrayList<>();
        for (Rack r : box.racks()) {
            racks.add(rack(r));
        }
        m.put("racks", racks);
        List<Object> links = new ArrayList<>();
        for (Link l : box.links()) {
            links.add(link(l));
        }
        m.put("links", links);
    }

    private static Map<String, Object> fabric(Fabric f) {
        Map<String, Object> m = new TreeMap<>();
        racksAndLinks(f, m);
        List<Object> patterns = new ArrayList<>();
        for (LinkPattern lp : f.patterns()) {
            patterns.add(pattern(lp));
        }
        m.put("patterns", patterns);
        return m;
    }

    private static Map<String, Object> pattern(LinkPattern lp) {
        Map<String, Object> m = node(lp.id(), lp.name());
        m.put("lanes", lp.lanes());
        m.put("medium", lp.medium().name());
        if (lp.cablePart() != null) {
            m.put("cable", lp.cablePart());
        }
        if (lp.transceiverPart() != null) {
            m.put("transceiver", lp.transceiverPart());
        }
        if (lp.transceiverPartB() != null) {
            m.put("transceiverB", lp.transceiverPartB());
        }
        Map<String, Object> w = new TreeMap<>();
        if (lp.wiring() instanceof RailWiring rw) {
            w.put("pod", rw.podId());
            List<Object> rails = new ArrayList<>();
            for (List<PortRef> rail : rw.rails()) {
                rails.add(rail.stream().map(PortRef::toString).toList());
            }
            w.put("rails", rails);
            w.put("leaves", rw.leaves());
            w.put("replicasPerUnit", rw.replicasPerUnit());
            w.put("leafPort", rw.leafPortPrefix());
            w.put("leafFirstPort", rw.leafFirstPort());
            if (rw.leafLegs() != 1) {
                w.put("leafLegs", rw.leafLegs());
            }
            m.put("rail", w);
        } else if (lp.wiring() instanceof MeshWiring mw) {
            w.put("lower", mw.lower());
            w.put("upper", mw.upper());
            w.put("groups", mw.groups());
            w.put("linksPerPair", mw.linksPerPair());
            w.put("lowerPort", mw.lowerPortPrefix());
            w.put("lowerFirstPort", mw.lowerFirstPort());
            w.put("upperPort", mw.upperPortPrefix());
            w.put("upperFirstPort", mw.upperFirstPort());
            m.put("mesh", w);
        }
        return m;
    }

    private static Map<String, Object> rack(Rack r) {
        Map<String, Object> m = node(r.id(), r.name());
        m.put("part", r.partNumber());
        m.put("row", r.row());
        m.put("position", r.position());
        if (r.powerBudgetW() != null) {
            m.put("powerBudgetW", r.powerBudgetW());
        }
        if (r.cooling() != null) {
            m.put("cooling", r.cooling().name());
        }
        List<Object> chassis = new ArrayList<>();
        for (Chassis c : r.chassis()) {
            chassis.add(chassis(c));
        }
        m.put("chassis", chassis);
        return m;
    }

    private static Map<String, Object> chassis(Chassis c) {
        Map<String, Object> m = node(c.id(), c.name());
        m.put("part", c.partNumber());
        m.put("u", c.uPosition());
        List<Object> comps = new ArrayList<>();
        for (Component comp : c.components()) {
            Map<String, Object> cm = node(comp.id(), comp.name());
            cm.put("part", comp.partNumber());
            if (comp.slot() != null) {
                cm.put("slot", comp.slot());
            }
            comps.add(cm);
        }
        m.put("components", comps);
        return m;
    }

    private static Map<String, Object> link(Link l) {
        Map<String, Object> m = node(l.id(), l.name());
        m.put("a", l.a().toString());
        m.put("b", l.b().toString());
        m.put("lanes", l.lanes());
        m.put("medium", l.medium().name());
        if (l.cablePart() != null) {
            m.put("cable", l.cablePart());
        }
        if (l.transceiverPart() != null) {
            m.put("transceiver", l.transceiverPart());
        }
        if (l.transceiverPartB() != null) {
            m.put("transceiverB", l.transceiverPartB());
        }
        if (l.lengthOverrideM() != null) {
            m.put("lengthM", l.lengthOverrideM());
        }
        return m;
    }

    private static Map<String, Object> node(String id, String name) {
        Map<String, Object> m = new TreeMap<>();
        m.put("id", id);
        if (name != null && !name.isEmpty()) {
            m.put("name", name);
        }
        return m;
    }
}
