package org.podforge.service.wiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Medium;
import org.podforge.model.Node;
import org.podforge.model.Part;
import org.podforge.model.Plural;
import org.podforge.model.Project;
import org.podforge.model.Rack;

/**
 * "Auto-wire": the wiring a chassis or rack part's catalog entry prescribes, planned with {@link BulkWiring}.
 * A part carries a reference wiring only when its catalog entry has the attribute {@value #ATTRIBUTE}: steps
 * separated by {@code ;}, each
 * <pre>SOURCE -> TARGET [next|every|rail|block] [xN] [medium=MEDIUM]</pre>
 * where SOURCE and TARGET name a slot group of the part ({@code gpu} holds gpu-1, gpu-2, ...), optionally
 * narrowed to a run of its slots ({@code pcie-1..8}) and to one port group of the parts in them
 * ({@code gpu/nvlink}, {@code board/port}: only the components whose part has that port group, so the PCIe
 * switches among a baseboard's board sites and not its retimers) and to some part numbers
 * ({@code switch[NVIDIA-NVLINK5-SWITCH]}: a rack wiring written for one generation of switch tray). {@code xN} makes N links per pair (default 1);
 * {@code medium=} sets the links' medium (default: a board trace inside a chassis, external copper between
 * chassis). A rack part's steps range over the slot groups of every chassis in the rack (the NVL72 spine:
 * every compute tray's GPUs to every switch tray's chips). Without that attribute there is no reference
 * wiring, and {@link #of} says so; nothing is guessed from the part's name or its free-text "reference"
 * attribute (which lists what a reference system holds, not how it is cabled).
 */
public final class ReferenceWiring {
    /** The catalog attribute that holds a part's reference wiring. */
    public static final String ATTRIBUTE = "referenceWiring";
    /** The catalog attribute that says in words what the reference wiring makes and what it leaves out, and why. */
    public static final String NOTE_ATTRIBUTE = "referenceWiringNote";

    private static final String FORM = "'SOURCE -> TARGET [next|every|rail|block] [xN] [medium=MEDIUM]'";
    private static final Pattern END = Pattern.compile("([A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z][A-Za-z0-9_]*)*)(?:-(\\d+)\\.\\.(\\d+))?(?:\\[([A-Za-z0-9_.,-]+)])?(?:/([A-Za-z0-9_-]+))?");
    private static final Pattern PER_PAIR = Pattern.compile("x(\\d+)");

    /**
     * One end of a step: slot group {@code group}, slots {@code from..to} of it (both 0: all of them), the part
     * numbers allowed in them ({@code parts}, empty: any; {@code switch[NVIDIA-NVLINK5-SWITCH]}), and the port group
     * {@code ports} to wire (null: any; else only the components that have it are in the end).
     */
    public record End(String group, int from, int to, List<String> parts, String ports) {
        public End {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        public static End of(String group) {
            return new End(group, 0, 0, List.of(), null);
        }

        /** True when {@code slot} ("pcie-3", or a single "gpu") is one of this end's slots. */
        boolean holds(String slot) {
            if (slot == null) {
                return false;
            }
            if (slot.equals(group)) {
                return from == 0;
            }
            if (!slot.startsWith(group + "-")) {
                return false;
            }
            String n = slot.substring(group.length() + 1);
            if (n.isEmpty() || !n.chars().allMatch(Character::isDigit) || n.length() > 6) {
                return false;
            }
            int i = Integer.parseInt(n);
            return from == 0 || (i >= from && i <= to);
        }

        @Override
        public String toString() {
            return group + (from == 0 ? "" : "-" + from + ".." + to) + (parts.isEmpty() ? "" : "[" + String.join(",", parts) + "]")
                    + (ports == null ? "" : "/" + ports);
        }
    }

    /** One step: components at the source end wired to those at the target end by a rule. */
    public record Step(End source, End target, BulkWiring.Rule rule, int perPair, Medium medium) {
        /** A step over whole slot groups, one link per pair, default medium. */
        public Step(String sourceGroup, String targetGroup, BulkWiring.Rule rule) {
            this(End.of(sourceGroup), End.of(targetGroup), rule, 1, null);
        }

        /** "gpu/nvlink → nvswitch/port: each to every target, 9 links per pair". */
        public String describe() {
            String how = switch (rule) {
                case NEXT_FREE -> "each to the next free port";
                case EVERY_TARGET -> "each to every target";
                case RAIL -> "source i to target i";
                case BLOCK -> "in equal runs";
            };
            return source + " \u2192 " + target + ": " + how + (perPair == 1 ? "" : ", " + perPair + " links per pair")
                    + (medium == null ? "" : ", " + medium.label());
        }
    }

    /**
     * The plan for a chassis or rack, or why there is none ({@code plan} null, {@code reason} set); {@code note} is
     * the parts' {@value #NOTE_ATTRIBUTE} ("" if none); {@code lines} the steps as the window lists them (per part
     * when a rack's chassis bring their own).
     */
    public record Result(BulkWiring.Plan plan, List<Step> steps, String reason, String note, List<String> lines) {
        public Result {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        public Result(BulkWiring.Plan plan, List<Step> steps, String reason) {
            this(plan, steps, reason, "", List.of());
        }

        public boolean found() {
            return plan != null;
        }
    }

    private ReferenceWiring() {
    }

    /** Parses the attribute text; a malformed step is an {@link IllegalArgumentException} naming it. */
    public static List<Step> parse(String text) {
        List<Step> out = new ArrayList<>();
        for (String raw : text.split(";")) {
            String s = raw.trim();
            if (s.isEmpty()) {
                continue;
            }
            String[] ends = s.split("->");
            if (ends.length != 2) {
                throw new IllegalArgumentException("reference wiring step '" + s + "' is not " + FORM);
            }
            String[] right = ends[1].trim().split("\\s+");
            End src = end(ends[0].trim(), s);
            End dst = end(right[0], s);
            BulkWiring.Rule rule = null;
            Integer perPair = null;
            Medium medium = null;
            for (int i = 1; i < right.length; i++) {
                String opt = right[i];
                String lower = opt.toLowerCase(Locale.ROOT);
                Matcher x = PER_PAIR.matcher(lower);
                if (x.matches()) {
                    int n = x.group(1).length() > 4 ? 0 : Integer.parseInt(x.group(1));
                    if (perPair != null || n < 1) {
                        throw new IllegalArgumentException("reference wiring step '" + s + "': '" + opt
                                + (n < 1 ? "' is not a number of links of 1 or more" : "' gives the links per pair twice"));
                    }
                    perPair = n;
                } else if (lower.startsWith("medium=")) {
                    if (medium != null) {
                        throw new IllegalArgumentException("reference wiring step '" + s + "' gives the medium twice");
                    }
                    medium = medium(opt.substring("medium=".length()), s);
                } else {
                    BulkWiring.Rule r = switch (lower) {
                        case "next" -> BulkWiring.Rule.NEXT_FREE;
                        case "every" -> BulkWiring.Rule.EVERY_TARGET;
                        case "rail" -> BulkWiring.Rule.RAIL;
                        case "block" -> BulkWiring.Rule.BLOCK;
                        default -> throw new IllegalArgumentException("reference wiring step '" + s + "': rule '" + opt
                                + "' is not one of next, every, rail, block (nor xN or medium=MEDIUM)");
                    };
                    if (rule != null) {
                        throw new IllegalArgumentException("reference wiring step '" + s + "' gives the rule twice");
                    }
                    rule = r;
                }
            }
            if (rule == null) {
                rule = BulkWiring.Rule.EVERY_TARGET;
            }
            if (perPair != null && perPair > 1 && rule == BulkWiring.Rule.NEXT_FREE) {
                throw new IllegalArgumentException("reference wiring step '" + s + "': 'next' gives each source one link, so "
                        + "x" + perPair + " does not apply (use every, rail or block)");
            }
            out.add(new Step(src, dst, rule, perPair == null ? 1 : perPair, medium));
        }
        return out;
    }

    private static End end(String text, String step) {
        Matcher m = END.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("reference wiring step '" + step + "': '" + text
                    + "' is not a slot group (gpu), optionally a run of its slots (pcie-1..8), its parts ([PART,PART]) and a port group "
                    + "(gpu/nvlink); the step is " + FORM);
        }
        int from = 0;
        int to = 0;
        if (m.group(2) != null) {
            if (m.group(2).length() > 6 || m.group(3).length() > 6) {
                throw new IllegalArgumentException("reference wiring step '" + step + "': slot run '" + text + "' is too long");
            }
            from = Integer.parseInt(m.group(2));
            to = Integer.parseInt(m.group(3));
            if (from < 1 || to < from) {
                throw new IllegalArgumentException("reference wiring step '" + step + "': slot run '" + text
                        + "' must go from 1 or more up to a slot at least as high");
            }
        }
        List<String> parts = m.group(4) == null ? List.of() : List.of(m.group(4).split(","));
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("reference wiring step '" + step + "': '" + text + "' has an empty part number");
        }
        return new End(m.group(1), from, to, parts, m.group(5));
    }

    private static Medium medium(String name, String step) {
        for (Medium m : Medium.values()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        List<String> names = new ArrayList<>();
        for (Medium m : Medium.values()) {
            names.add(m.name());
        }
        throw new IllegalArgumentException("reference wiring step '" + step + "': medium '" + name + "' is not one of "
                + String.join(", ", names));
    }

    /**
     * The reference wiring of a chassis or a rack (by id), planned over its current components; or why there is
     * none. A rack's is its own part's (spanning its chassis) followed by that of each of its chassis whose part
     * carries one, planned together (one port is never booked twice), so selecting a rack of servers wires them all.
     * A chassis without one whose rack has one is told so (select the rack).
     */
    public static Result of(Project project, Catalog catalog, String id) {
        Node node = project.find(id).orElse(null);
        if (!(node instanceof Chassis) && !(node instanceof Rack)) {
            return new Result(null, List.of(), "There is no chassis or rack '" + id + "'.");
        }
        String partNumber = node instanceof Chassis c ? c.partNumber() : ((Rack) node).partNumber();
        Optional<Part> part = catalog.find(partNumber);
        if (part.isEmpty()) {
            return new Result(null, List.of(), partNumber + " is not in the catalog, so it has no reference wiring.");
        }
        // the sections to plan: (scope, part) pairs
        record Section(List<Chassis> scope, Part part, String label) {
        }
        List<Section> sections = new ArrayList<>();
        if (has(part.get())) {
            sections.add(new Section(node instanceof Chassis c ? List.of(c) : ((Rack) node).chassis(), part.get(), node.label()));
        }
        if (node instanceof Rack r) {
            for (Chassis ch : r.chassis()) {
                catalog.find(ch.partNumber()).filter(ReferenceWiring::has).ifPresent(p -> sections.add(new Section(List.of(ch), p, ch.label())));
            }
        }
        if (sections.isEmpty()) {
            return new Result(null, List.of(), none(node, part.get(), catalog));
        }
        List<Step> allSteps = new ArrayList<>();
        List<BulkWiring.Planned> links = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<String> partNotes = new ArrayList<>();
        java.util.Map<String, List<String>> chassisByPart = new java.util.LinkedHashMap<>();
        for (Section sec : sections) {
            List<Step> steps;
            try {
                steps = parse(sec.part().attributes().get(ATTRIBUTE));
            } catch (IllegalArgumentException e) {
                return new Result(null, List.of(), sec.part().partNumber() + ": " + e.getMessage() + " (catalog attribute " + ATTRIBUTE + ").");
            }
            String prefix = sections.size() == 1 ? "" : sec.label() + ": ";
            for (Step step : steps) {
                plan(project, catalog, sec.scope(), step, links, notes, prefix);
            }
            boolean first = !chassisByPart.containsKey(sec.part().partNumber());
            chassisByPart.computeIfAbsent(sec.part().partNumber(), k -> new ArrayList<>()).add(sec.label());
            if (first) {
                allSteps.addAll(steps);
                String note = sec.part().attributes().getOrDefault(NOTE_ATTRIBUTE, "");
                if (!note.isBlank()) {
                    partNotes.add(note.endsWith(".") ? note : note + ".");
                }
            }
        }
        // one block of step lines per part, naming where it applies when a rack holds several
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Section sec : sections) {
            if (!shown.add(sec.part().partNumber())) {
                continue;
            }
            if (sections.size() > 1) {
                List<String> where = chassisByPart.get(sec.part().partNumber());
                lines.add(sec.part().name() + " (" + (where.size() > 6 ? where.size() + " of them" : String.join(", ", where)) + "):");
            }
            int i = 1;
            for (Step step : parse(sec.part().attributes().get(ATTRIBUTE))) {
                lines.add(i++ + ". " + step.describe());
            }
        }
        List<Chassis> whole = node instanceof Chassis c ? List.of(c) : ((Rack) node).chassis();
        List<String> idle = unwiredAfter(project, whole, links);
        if (!idle.isEmpty()) {
            notes.add("Still without a link after this reference wiring: " + Plural.of(idle.size(), "component") + ": "
                    + String.join(", ", idle.size() > 12 ? idle.subList(0, 12) : idle) + (idle.size() > 12 ? " and " + (idle.size() - 12) + " more" : "")
                    + ". Wire them by a rule (Edit > Wire Selection) or with the checks' fixes.");
        }
        BulkWiring.Rule rule = allSteps.size() == 1 ? allSteps.get(0).rule() : BulkWiring.Rule.EVERY_TARGET;
        return new Result(new BulkWiring.Plan(rule, links, notes), allSteps, "", String.join("\n", partNotes), lines);
    }

    private static boolean has(Part p) {
        String t = p.attributes().get(ATTRIBUTE);
        return t != null && !t.isBlank();
    }

    /** Why a chassis or rack has no reference wiring (and, for a chassis, whether its rack has one). */
    private static String none(Node node, Part part, Catalog catalog) {
        String rackHint = "";
        if (node instanceof Chassis c && c.rack() != null) {
            Part rackPart = catalog.find(c.rack().partNumber()).orElse(null);
            if (rackPart != null && has(rackPart)) {
                rackHint = " Its rack " + c.rack().label() + " (" + rackPart.name() + ") carries one: select the rack and Auto-wire it.";
            }
        }
        return "The catalog carries no reference wiring for " + part.name() + " (" + part.partNumber() + ")"
                + (node instanceof Rack ? " nor for any chassis in it" : "") + ": its entry says what the part holds, not how it is "
                + "cabled, and PodForge does not invent one. Wire its components by a rule instead." + rackHint;
    }

    /** Plans one step over {@code scope} after {@code links}, adding its links and notes. */
    private static void plan(Project project, Catalog catalog, List<Chassis> scope, Step step, List<BulkWiring.Planned> links,
            List<String> notes, String prefix) {
        List<String> src = at(project, catalog, scope, step.source());
        List<String> dst = at(project, catalog, scope, step.target());
        if (src.isEmpty() || dst.isEmpty()) {
            End missing = src.isEmpty() ? step.source() : step.target();
            notes.add(prefix + step.source() + " \u2192 " + step.target() + ": no component at " + missing + " yet"
                    + (missing.ports() == null ? "." : " (none with '" + missing.ports() + "' ports)."));
            return;
        }
        BulkWiring wiring = new BulkWiring(project, catalog).sourcePorts(step.source().ports()).targetPorts(step.target().ports())
                .linksPerPair(step.perPair()).medium(step.medium()).inGivenOrder();
        BulkWiring.Plan p = wiring.plan(step.rule(), src, dst, links);
        links.addAll(p.links());
        for (String n : p.notes()) {
            notes.add(prefix + step.source() + " \u2192 " + step.target() + ": " + n);
        }
    }

    /**
     * Ids of the components of {@code scope} at {@code end}, in scope order (chassis as listed, then slot number
     * within a chassis, so board-2 comes before board-10 whatever the order they were dropped in).
     */
    private static List<String> at(Project project, Catalog catalog, List<Chassis> scope, End end) {
        record Hit(int chassis, int slot, String id) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int ci = 0; ci < scope.size(); ci++) {
            for (Component c : scope.get(ci).components()) {
                if (!end.holds(c.slot()) || (!end.parts().isEmpty() && !end.parts().contains(c.partNumber()))) {
                    continue;
                }
                if (end.ports() != null && catalog.find(c.partNumber())
                        .map(p -> p.portSpecs().stream().noneMatch(s -> s.name().equals(end.ports()))).orElse(true)) {
                    continue;
                }
                hits.add(new Hit(ci, slotNumber(c.slot()), c.id()));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::chassis).thenComparingInt(Hit::slot));
        return hits.stream().map(Hit::id).toList();
    }

    /** Ids of the scope's components that have no link in the design and none in {@code planned}, in scope order. */
    private static List<String> unwiredAfter(Project project, List<Chassis> scope, List<BulkWiring.Planned> planned) {
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (BulkWiring.Planned p : planned) {
            linked.add(p.a().componentId());
            linked.add(p.b().componentId());
        }
        List<String> out = new ArrayList<>();
        for (Chassis ch : scope) {
            for (Component c : ch.components()) {
                if (!linked.contains(c.id()) && project.linksOf(c.id()).isEmpty()) {
                    out.add(c.id());
                }
            }
        }
        return out;
    }

    private static int slotNumber(String slot) {
        int dash = slot.lastIndexOf('-');
        if (dash < 0) {
            return 0;
        }
        String n = slot.substring(dash + 1);
        return !n.isEmpty() && n.length() <= 6 && n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : 0;
    }
}
