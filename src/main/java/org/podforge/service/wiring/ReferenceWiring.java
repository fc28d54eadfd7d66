package org.podforge.service.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Part;
import org.podforge.model.Project;

/**
 * "Auto-wire chassis": the wiring a chassis part's catalog entry prescribes, planned with
 * {@link BulkWiring}. A part carries a reference wiring only when its catalog entry has the attribute
 * {@value #ATTRIBUTE}: steps separated by {@code ;}, each {@code SOURCE-GROUP -> TARGET-GROUP [next|every|rail]}
 * over the part's slot groups (e.g. {@code "gpu -> nvswitch every"}: each component in a gpu slot to
 * every component in an nvswitch slot). Without that attribute there is no reference wiring, and
 * {@link #of} says so; nothing is guessed from the part's name or its free-text "reference" attribute
 * (which lists what a reference system holds, not how it is cabled).
 */
public final class ReferenceWiring {
    /** The catalog attribute that holds a part's reference wiring. */
    public static final String ATTRIBUTE = "referenceWiring";

    /** One step: components in the source slot group wired to those in the target group by a rule. */
    public record Step(String sourceGroup, String targetGroup, BulkWiring.Rule rule) {
    }

    /** The plan for a chassis, or why there is none ({@code plan} null, {@code reason} set). */
    public record Result(BulkWiring.Plan plan, List<Step> steps, String reason) {
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
                throw new IllegalArgumentException("reference wiring step '" + s + "' is not 'SOURCE -> TARGET [next|every|rail]'");
            }
            String src = ends[0].trim();
            String[] right = ends[1].trim().split("\\s+");
            if (src.isEmpty() || right[0].isEmpty() || right.length > 2) {
                throw new IllegalArgumentException("reference wiring step '" + s + "' is not 'SOURCE -> TARGET [next|every|rail]'");
            }
            BulkWiring.Rule rule = BulkWiring.Rule.EVERY_TARGET;
            if (right.length == 2) {
                rule = switch (right[1].toLowerCase(Locale.ROOT)) {
                    case "next" -> BulkWiring.Rule.NEXT_FREE;
                    case "every" -> BulkWiring.Rule.EVERY_TARGET;
                    case "rail" -> BulkWiring.Rule.RAIL;
                    default -> throw new IllegalArgumentException("reference wiring step '" + s + "': rule '" + right[1]
                            + "' is not one of next, every, rail");
                };
            }
            out.add(new Step(src, right[0], rule));
        }
        return out;
    }

    /** The reference wiring of a chassis, planned over its current components; or why there is none. */
    public static Result of(Project project, Catalog catalog, String chassisId) {
        Chassis chassis = project.chassis(chassisId).orElse(null);
        if (chassis == null) {
            return new Result(null, List.of(), "There is no chassis '" + chassisId + "'.");
        }
        Optional<Part> part = catalog.find(chassis.partNumber());
        if (part.isEmpty()) {
            return new Result(null, List.of(), chassis.partNumber() + " is not in the catalog, so it has no reference wiring.");
        }
        String text = part.get().attributes().get(ATTRIBUTE);
        if (text == null || text.isBlank()) {
            return new Result(null, List.of(), "The catalog carries no reference wiring for " + part.get().name() + " ("
                    + part.get().partNumber() + "): its entry says what the part holds, not how it is cabled, and "
                    + "PodForge does not invent one. Wire its components by a rule instead.");
        }
        List<Step> steps;
        try {
            steps = parse(text);
        } catch (IllegalArgumentException e) {
            return new Result(null, List.of(), part.get().partNumber() + ": " + e.getMessage() + " (catalog attribute " + ATTRIBUTE + ").");
        }
        BulkWiring wiring = new BulkWiring(project, catalog);
        List<BulkWiring.Planned> links = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Step step : steps) {
            List<String> src = inGroup(chassis, step.sourceGroup());
            List<String> dst = inGroup(chassis, step.targetGroup());
            if (src.isEmpty() || dst.isEmpty()) {
                notes.add(step.sourceGroup() + " \u2192 " + step.targetGroup() + ": no component in the "
                        + (src.isEmpty() ? step.sourceGroup() : step.targetGroup()) + " slots yet.");
                continue;
            }
            BulkWiring.Plan p = wiring.plan(step.rule(), src, dst, links);
            links.addAll(p.links());
            notes.addAll(p.notes());
        }
        BulkWiring.Rule rule = steps.size() == 1 ? steps.get(0).rule() : BulkWiring.Rule.EVERY_TARGET;
        return new Result(new BulkWiring.Plan(rule, links, notes), steps, "");
    }

    /** Ids of the chassis' components in slot group {@code group} ("gpu" holds gpu-1, gpu-2, ... or a single "gpu"). */
    private static List<String> inGroup(Chassis chassis, String group) {
        List<String> out = new ArrayList<>();
        for (Component c : chassis.components()) {
            String slot = c.slot();
            if (slot != null && (slot.equals(group) || (slot.startsWith(group + "-") && slot.substring(group.length() + 1).chars().allMatch(Character::isDigit)))) {
                out.add(c.id());
            }
        }
        return out;
    }
}
