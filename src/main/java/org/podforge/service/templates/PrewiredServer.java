package org.podforge.service.templates;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.podforge.catalog.Catalog;
import org.podforge.io.ProjectFileException;
import org.podforge.io.TemplateIndex;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Part;
import org.podforge.model.Project;
import org.podforge.model.command.Command;
import org.podforge.service.Clipboard;

/**
 * A server offered in the palette ready-made: the one chassis of a template marked {@code "palette": true},
 * with its components and board links. Dropping it copies that chassis into a rack with fresh ids as one
 * undoable command (the same copy a paste makes), so the server arrives wired, not as an empty box.
 *
 * @param templateId  the registry entry
 * @param name        the template design's name ("DGX B200-class server (8 x B200, fully wired)")
 * @param source      the template design (never edited; each drop copies from it)
 * @param chassisId   its chassis
 * @param chassisPart the chassis part number
 * @param heightU     the chassis height
 * @param components  components in the chassis
 * @param gpus        GPUs among them
 * @param links       links between them
 */
public record PrewiredServer(String templateId, String name, Project source, String chassisId, String chassisPart, int heightU,
                             int components, int gpus, int links) {
    /** What the palette's drag carries for a pre-wired server: this prefix and the template id. */
    public static final String DRAG_PREFIX = "template:";

    private static final Map<String, PrewiredServer> CACHE = new ConcurrentHashMap<>();

    /** The pre-wired servers of the built-in registry that the catalog can build, in index order. */
    public static List<PrewiredServer> all(Catalog catalog) {
        return TemplateRegistry.builtIn().paletteEntries().stream().map(e -> of(e.id(), catalog)).flatMap(Optional::stream).toList();
    }

    /** The pre-wired server of template {@code templateId}, or empty when it is not a one-chassis palette template. */
    public static Optional<PrewiredServer> of(String templateId, Catalog catalog) {
        String key = templateId + "@" + System.identityHashCode(catalog);
        PrewiredServer cached = CACHE.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        TemplateIndex.Entry e = TemplateRegistry.builtIn().find(templateId).filter(TemplateIndex.Entry::palette).orElse(null);
        if (e == null) {
            return Optional.empty();
        }
        try {
            Project p = TemplateRegistry.builtIn().read(e, catalog).project();
            List<Chassis> chassis = p.pods().stream().flatMap(pod -> pod.racks().stream()).flatMap(r -> r.chassis().stream()).toList();
            if (chassis.size() != 1) {
                return Optional.empty();
            }
            Chassis c = chassis.get(0);
            int gpus = (int) c.components().stream()
                    .filter(x -> catalog.find(x.partNumber()).map(Part::family).orElse(null) == Family.GPU).count();
            java.util.Set<String> ids = new java.util.HashSet<>();
            c.components().stream().map(Component::id).forEach(ids::add);
            int links = (int) p.allLinks().stream().filter(l -> ids.contains(l.a().componentId()) && ids.contains(l.b().componentId())).count();
            int h = catalog.find(c.partNumber()).flatMap(Part::heightU).orElse(1);
            PrewiredServer s = new PrewiredServer(templateId, p.name(), p, c.id(), c.partNumber(), h, c.components().size(), gpus, links);
            CACHE.put(key, s);
            return Optional.of(s);
        } catch (ProjectFileException ex) {
            return Optional.empty();
        }
    }

    /** "8 GPUs, 46 components and 65 links in a 10U chassis". */
    public String summary() {
        return gpus + " GPUs, " + components + " components and " + links + " links in a " + heightU + "U chassis";
    }

    /** The command that puts a copy of the server into rack {@code rackId} of {@code target} at U {@code u}. */
    public Command addTo(Project target, Catalog catalog, String rackId, int u) {
        String rack = target.rack(rackId).map(r -> r.label()).orElse(rackId);
        return Clipboard.copyChassisInto(source, chassisId, target, catalog, rackId, u, "Add " + name + " to " + rack + " at U" + u);
    }
}
