package org.podforge.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Fabric;
import org.podforge.model.Family;
import org.podforge.model.Ids;
import org.podforge.model.Link;
import org.podforge.model.Node;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.PortRef;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.SlotSpec;
import org.podforge.model.command.AddCommand;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.CompositeCommand;
import org.podforge.model.command.Subtree;

/**
 * Copy, paste and duplicate of pods, racks, chassis and components, toolkit-free. Copy takes a deep
 * snapshot of the selected objects (later edits do not change what was copied) with the links that
 * run between them. Paste builds deep copies with fresh ids ({@link Project#newId}) and returns one
 * {@link CompositeCommand} of {@link AddCommand}s, so a paste is one undo step:
 * <ul>
 *   <li>a pod is added as a new pod;</li>
 *   <li>a rack goes into the selected pod (or the pod of the selected object, or its own pod), at the
 *       end of its row;</li>
 *   <li>a chassis goes into the selected rack (or the rack of the selected object, or its own rack), at
 *       the lowest free U where it fits;</li>
 *   <li>a component goes into the selected chassis (or the chassis of the selected component, or its
 *       own chassis), into the first free slot of its slot type.</li>
 * </ul>
 * When nothing fits, paste throws {@link CommandException} saying what is full.
 */
public final class Clipboard {
    private final List<Node> items = new ArrayList<>();
    private final Map<String, String> originalParent = new HashMap<>();
    private final List<Link> innerLinks = new ArrayList<>();
    /** The U a chassis paste goes to instead of the lowest free one (a drop at a given height), or null. */
    private Integer forcedU;

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** Number of top-level objects held. */
    public int size() {
        return items.size();
    }

    /**
     * Copies the objects with the given ids (objects inside another selected object are taken with it;
     * links are taken when both ends are copied). Returns the number of top-level objects copied; zero
     * leaves the clipboard unchanged.
     */
    public int copy(Project p, Collection<String> ids) {
        List<Node> tops = topLevel(p, ids);
        if (tops.isEmpty()) {
            return 0;
        }
        items.clear();
        originalParent.clear();
        innerLinks.clear();
        Set<String> comps = new HashSet<>();
        for (Node n : tops) {
            Node copy = deepCopy(n, id -> id);
            items.add(copy);
            originalParent.put(n.id(), parentId(n));
            if (!(n instanceof Pod)) {
                collectComponentIds(n, comps);
            }
        }
        Set<String> seen = new HashSet<>();
        for (String c : comps) {
            for (Link l : p.linksOf(c)) {
                if (comps.contains(l.a().componentId()) && comps.contains(l.b().componentId()) && seen.add(l.id())) {
                    innerLinks.add(l.copy(l.id(), l.a(), l.b()));
                }
            }
        }
        innerLinks.sort((x, y) -> x.id().compareTo(y.id()));
        return tops.size();
    }

    /** The command that pastes the clipboard near {@code selection} (see the class comment). */
    public Command paste(Project p, Catalog catalog, Collection<String> selection) {
        if (items.isEmpty()) {
            throw new CommandException("Nothing to paste: copy a pod, rack, chassis or component first.");
        }
        Node anchor = selection.stream().map(id -> p.find(id).orElse(null)).filter(n -> n != null).findFirst().orElse(null);
        return build(p, catalog, anchor, "Paste");
    }

    /** Copies the objects and pastes the copies beside the originals, as one command; the clipboard is untouched. */
    public static Command duplicate(Project p, Catalog catalog, Collection<String> ids) {
        Clipboard tmp = new Clipboard();
        if (tmp.copy(p, ids) == 0) {
            throw new CommandException("Nothing to duplicate: select a pod, rack, chassis or component.");
        }
        return tmp.build(p, catalog, null, "Duplicate");
    }

    /**
     * Adds one new catalog part near the selection, placed like a paste (a rack at the end of the
     * selected pod's row, a chassis at the lowest free U of the selected rack, a component in the first
     * free slot of its type in the selected chassis), with a fresh id; one undoable command. A switch box comes
     * with its switch in its slot. This is what double-clicking a part in the palette does.
     */
    public static Command addPart(Project p, Catalog catalog, Part part, Collection<String> selection) {
        String prefix = Ids.prefixFor(part.family());
        Node fresh;
        if (part.family() == Family.RACK) {
            fresh = new Rack(prefix + "-0", "", part.partNumber(), 0, 0);
        } else if (part.family() == Family.CHASSIS) {
            Chassis box = new Chassis(prefix + "-0", "", part.partNumber(), 1);
            org.podforge.service.hall.NetworkRacks.fillBox(catalog, box, Ids.prefixFor(Family.NETWORK_SWITCH) + "-0");
            fresh = box;
        } else if (part.family().isComponent()) {
            fresh = new Component(prefix + "-0", "", part.partNumber(), null);
        } else {
            throw new CommandException(part.partNumber() + " is a " + part.family().label().toLowerCase(java.util.Locale.ROOT)
                    + ": pick it as a link's cable or transceivers in the inspector.");
        }
        Clipboard tmp = new Clipboard();
        tmp.items.add(fresh);
        Node anchor = selection.stream().map(id -> p.find(id).orElse(null)).filter(n -> n != null).findFirst().orElse(null);
        if (anchor == null && !(fresh instanceof Rack) && p.pods().stream().allMatch(pod -> pod.racks().isEmpty())) {
            throw new CommandException("Add a rack first, then select where " + part.partNumber() + " goes.");
        }
        if (anchor == null && fresh instanceof Component) {
            throw new CommandException("Select the chassis to add " + part.partNumber() + " to.");
        }
        Command c = tmp.build(p, catalog, anchor, "Add");
        return new CompositeCommand("Add " + part.partNumber(), ((CompositeCommand) c).parts());
    }

    /**
     * Copies chassis {@code chassisId} of {@code source} (another project: a template) with its components and
     * the links between them into rack {@code rackId} of {@code target} at U {@code u}, with fresh ids; one
     * undoable command described as {@code description}. This is what dropping a pre-wired server does.
     */
    public static Command copyChassisInto(Project source, String chassisId, Project target, Catalog catalog, String rackId, int u,
                                          String description) {
        Clipboard tmp = new Clipboard();
        if (tmp.copy(source, List.of(chassisId)) != 1 || !(tmp.items.get(0) instanceof Chassis)) {
            throw new CommandException("'" + chassisId + "' is not a chassis of " + source.name() + ".");
        }
        Rack rack = target.rack(rackId).orElseThrow(() -> new CommandException("There is no rack '" + rackId + "'."));
        tmp.forcedU = u;
        Command c = tmp.build(target, catalog, rack, "Add");
        return new CompositeCommand(description, ((CompositeCommand) c).parts());
    }

    // ---- paste ----------------------------------------------------------------------------------

    private Command build(Project p, Catalog catalog, Node anchor, String verb) {
        IdAllocator ids = new IdAllocator(p);
        Map<String, String> idMap = new HashMap<>();
        Placement place = new Placement(p, catalog);
        List<Command> adds = new ArrayList<>();
        List<Command> linkAdds = new ArrayList<>();
        for (Node item : items) {
            Node fresh = deepCopy(item, old -> idMap.computeIfAbsent(old, ids::next));
            if (fresh instanceof Pod pod) {
                pod.setName(pod.name().isEmpty() ? "" : pod.name() + " copy");
                adds.add(AddCommand.pod(pod));
                continue;
            }
            String parent;
            if (fresh instanceof Rack r) {
                Pod pod = targetPod(p, anchor, originalParent.get(item.id()));
                r.setPlace(r.row(), place.nextPosition(pod, r.row()));
                parent = pod.id();
            } else if (fresh instanceof Chassis c) {
                Rack rack = targetRack(p, anchor, originalParent.get(item.id()));
                c.setUPosition(forcedU != null ? forcedU : place.freeU(rack, c));
                parent = rack.id();
            } else {
                Component c = (Component) fresh;
                Chassis ch = targetChassis(p, anchor, originalParent.get(item.id()));
                c.setSlot(place.freeSlot(ch, c));
                parent = ch.id();
            }
            adds.add(new AddCommand(parent, fresh));
        }
        for (Link l : innerLinks) {
            String a = idMap.get(l.a().componentId());
            String b = idMap.get(l.b().componentId());
            if (a == null || b == null) {
                continue;
            }
            // the copy goes where its new ends belong (a pod design, or the fabric when the paste put them in two
            // pods); a link that cannot be placed fails the paste with the model's reason instead of vanishing
            Link nl = l.copy(ids.next(l.id()), new PortRef(a, l.a().port(), l.a().replica()), new PortRef(b, l.b().port(), l.b().replica()));
            linkAdds.add(AddCommand.link(nl));
        }
        adds.addAll(linkAdds);
        String what = items.size() == 1 ? kind(items.get(0)) + " " + items.get(0).label() : items.size() + " objects";
        return new CompositeCommand(verb + " " + what, adds);
    }

    private static Pod targetPod(Project p, Node anchor, String original) {
        if (anchor instanceof Pod pod) {
            return pod;
        }
        Pod fromAnchor = podOf(anchor);
        if (fromAnchor != null) {
            return fromAnchor;
        }
        return p.pod(original).or(() -> p.pods().stream().findFirst())
                .orElseThrow(() -> new CommandException("Nowhere to paste a rack: add a pod first."));
    }

    private static Rack targetRack(Project p, Node anchor, String original) {
        if (anchor instanceof Rack r) {
            return r;
        } else if (anchor instanceof Chassis c && c.rack() != null) {
            return c.rack();
        } else if (anchor instanceof Component c && c.chassis() != null) {
            return c.chassis().rack();
        }
        Optional<Rack> r = p.rack(original);
        if (r.isPresent()) {
            return r.get();
        }
        if (anchor instanceof Pod pod && !pod.racks().isEmpty()) {
            return pod.racks().get(0);
        }
        return p.pods().stream().flatMap(pod -> pod.racks().stream()).findFirst()
                .orElseThrow(() -> new CommandException("Nowhere to paste a chassis: add a rack first."));
    }

    private static Chassis targetChassis(Project p, Node anchor, String original) {
        if (anchor instanceof Chassis c) {
            return c;
        } else if (anchor instanceof Component c && c.chassis() != null) {
            return c.chassis();
        }
        return p.chassis(original)
                .orElseThrow(() -> new CommandException("Select the chassis to paste the component into."));
    }

    private static Pod podOf(Node n) {
        if (n instanceof Rack r) {
            return r.pod();
        } else if (n instanceof Chassis c) {
            return c.rack() == null ? null : c.rack().pod();
        } else if (n instanceof Component c) {
            return c.chassis() == null ? null : c.chassis().rack().pod();
        } else if (n instanceof Link l) {
            return l.pod();
        }
        return null;
    }

    /** Free positions, U ranges and slots, remembering what this paste already took. */
    private static final class Placement {
        private final Catalog catalog;
        private final Map<String, Integer> nextPos = new HashMap<>();
        private final Map<String, List<int[]>> takenU = new HashMap<>();
        private final Map<String, Set<String>> takenSlots = new HashMap<>();

        Placement(Project p, Catalog catalog) {
            this.catalog = catalog;
        }

        int nextPosition(Pod pod, int row) {
            String key = pod.id() + "#" + row;
            int next = nextPos.computeIfAbsent(key, k -> pod.racks().stream().filter(r -> r.row() == row)
                    .mapToInt(Rack::position).max().orElse(-1) + 1);
            nextPos.put(key, next + 1);
            return next;
        }

        int freeU(Rack rack, Chassis c) {
            int height = heightOf(c.partNumber());
            int rackHeight = catalog.find(rack.partNumber()).flatMap(Part::heightU).orElse(42);
            List<int[]> taken = takenU.computeIfAbsent(rack.id(), k -> {
                List<int[]> t = new ArrayList<>();
                for (Chassis other : rack.chassis()) {
                    t.add(new int[] {other.uPosition(), other.uPosition() + heightOf(other.partNumber()) - 1});
                }
                return t;
            });
            for (int u = 1; u + height - 1 <= rackHeight; u++) {
                int lo = u;
                int hi = u + height - 1;
                boolean free = taken.stream().noneMatch(t -> lo <= t[1] && t[0] <= hi);
                if (free) {
                    taken.add(new int[] {lo, hi});
                    return u;
                }
            }
            throw new CommandException("Rack " + rack.label() + " has no free " + height + " U for " + c.label()
                    + "; paste into another rack or make room first.");
        }

        String freeSlot(Chassis ch, Component c) {
            Part chassisPart = catalog.find(ch.partNumber()).orElse(null);
            Part part = catalog.find(c.partNumber()).orElse(null);
            if (chassisPart == null || part == null) {
                throw new CommandException("Cannot place " + c.label() + " in " + ch.label() + ": part "
                        + (chassisPart == null ? ch.partNumber() : c.partNumber()) + " is not in the catalog.");
            }
            String type = part.slotType().orElse(null);
            Set<String> taken = takenSlots.computeIfAbsent(ch.id(), k -> {
                Set<String> t = new HashSet<>();
                ch.components().forEach(o -> {
                    if (o.slot() != null) {
                        t.add(o.slot());
                    }
                });
                return t;
            });
            for (SlotSpec s : chassisPart.slots()) {
                if (type != null && !s.type().equals(type)) {
                    continue;
                }
                for (String name : s.slotNames()) {
                    if (taken.add(name)) {
                        return name;
                    }
                }
            }
            throw new CommandException(ch.label() + " has no free " + (type == null ? "" : type + " ") + "slot for "
                    + c.label() + "; select another chassis and paste there.");
        }

        private int heightOf(String pn) {
            return catalog.find(pn).flatMap(Part::heightU).orElse(1);
        }
    }

    // ---- copying --------------------------------------------------------------------------------

    /** The selected nodes without those inside another selected node; links only when selected alone are dropped. */
    static List<Node> topLevel(Project p, Collection<String> ids) {
        Set<String> selected = new LinkedHashSet<>(ids);
        List<Node> out = new ArrayList<>();
        for (String id : selected) {
            Node n = p.find(id).orElse(null);
            if (n == null || n instanceof Link) {
                continue;
            }
            boolean inside = false;
            for (Node a = n.parent(); a != null; a = a.parent()) {
                if (selected.contains(a.id())) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(n);
            }
        }
        return out;
    }

    private static String parentId(Node n) {
        Node parent = n.parent();
        return parent == null ? null : parent.id();
    }

    private static String kind(Node n) {
        if (n instanceof Pod) {
            return "pod";
        } else if (n instanceof Rack) {
            return "rack";
        } else if (n instanceof Chassis) {
            return "chassis";
        }
        return "component";
    }

    private static void collectComponentIds(Node n, Collection<String> out) {
        if (!(n instanceof Fabric)) {
            out.addAll(Subtree.componentIds(n));
        }
    }

    /** A detached deep copy; {@code ids} maps each old id to the copy's id. A pod takes its links along. */
    static Node deepCopy(Node n, java.util.function.UnaryOperator<String> ids) {
        if (n instanceof Component c) {
            return c.copy(ids.apply(c.id()));
        } else if (n instanceof Chassis ch) {
            Chassis out = new Chassis(ids.apply(ch.id()), ch.name(), ch.partNumber(), ch.uPosition());
            for (Component c : ch.components()) {
                out.addComponent(c.copy(ids.apply(c.id())));
            }
            return out;
        } else if (n instanceof Rack r) {
            Rack out = new Rack(ids.apply(r.id()), r.name(), r.partNumber(), r.row(), r.position());
            out.setPowerBudgetW(r.powerBudgetW());
            out.setCooling(r.cooling());
            for (Chassis ch : r.chassis()) {
                out.addChassis((Chassis) deepCopy(ch, ids));
            }
            return out;
        } else if (n instanceof Pod pod) {
            Pod out = new Pod(ids.apply(pod.id()), pod.name(), pod.replicas());
            for (Rack r : pod.racks()) {
                out.addRack((Rack) deepCopy(r, ids));
            }
            for (Link l : pod.links()) {
                out.addLink(l.copy(ids.apply(l.id()), new PortRef(ids.apply(l.a().componentId()), l.a().port()),
                        new PortRef(ids.apply(l.b().componentId()), l.b().port())));
            }
            return out;
        }
        throw new IllegalArgumentException("cannot copy " + n);
    }

    /** Fresh ids "prefix-N" from the project's numbering, never handing out the same id twice. */
    static final class IdAllocator {
        private final Project project;
        private final Set<String> handedOut = new HashSet<>();
        private final Map<String, Integer> next = new LinkedHashMap<>();

        IdAllocator(Project project) {
            this.project = project;
        }

        String next(String oldId) {
            String prefix = prefixOf(oldId);
            int n = next.computeIfAbsent(prefix, k -> {
                String first = project.newId(k);
                return Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
            });
            String id = prefix + "-" + n;
            while (project.containsId(id) || handedOut.contains(id)) {
                id = prefix + "-" + (++n);
            }
            next.put(prefix, n + 1);
            handedOut.add(id);
            return id;
        }

        static String prefixOf(String id) {
            int dash = id.lastIndexOf('-');
            if (dash > 0 && dash < id.length() - 1 && id.substring(dash + 1).chars().allMatch(Character::isDigit)) {
                return id.substring(0, dash);
            }
            return id;
        }
    }
}
