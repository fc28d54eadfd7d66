package org.podforge.model.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Node;
import org.podforge.model.Plural;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.ReplicaLayout;
import org.podforge.model.Rack;

/** Factory of property edits; each is an undoable {@link SetValueCommand}. */
public final class Edits {
    private Edits() {
    }

    public static SetValueCommand<String> rename(Project p, String id, String name) {
        Node n = Lookup.node(p, id);
        return new SetValueCommand<>("Rename " + n.label() + " to " + name, id + "#name", Set.of(id), false,
                pr -> Lookup.node(pr, id).name(), (pr, v) -> Lookup.node(pr, id).setName(v), name);
    }

    public static SetValueCommand<String> projectName(String name) {
        return new SetValueCommand<>("Rename project to " + name, "#project.name", Set.of(), false,
                Project::name, Project::setName, name);
    }

    public static SetValueCommand<String> projectDescription(String text) {
        return new SetValueCommand<>("Edit project description", "#project.description", Set.of(), false,
                Project::description, Project::setDescription, text);
    }

    public static SetValueCommand<Integer> replicas(Project p, String podId, int replicas) {
        if (replicas < 1) {
            throw new CommandException("A pod is deployed at least once; " + replicas + " replicas is not possible.");
        }
        Pod pod = Lookup.pod(p, podId);
        Set<String> podComponents = Set.copyOf(Subtree.componentIds(pod));
        for (Link l : p.fabric().links()) {
            for (var end : List.of(l.a(), l.b())) {
                if (end.replica() >= replicas && podComponents.contains(end.componentId())) {
                    throw new CommandException("Replica " + end.replica() + " of " + pod.label() + " is wired in the fabric (link "
                            + l.label() + " at " + end + "); delete or reconnect that link before deploying "
                            + Plural.of(replicas, "replica") + " of the pod.");
                }
            }
        }
        return new SetValueCommand<>("Set " + pod.label() + " replicas to " + replicas, podId + "#replicas", Set.of(podId), false,
                pr -> Lookup.pod(pr, podId).replicas(), (pr, v) -> Lookup.pod(pr, podId).setReplicas(v), replicas);
    }

    /** Replaces the wiring rule of a fabric pattern (e.g. more cables per switch pair); refused when it names what is not there. */
    public static SetValueCommand<org.podforge.model.Wiring> patternWiring(Project p, String patternId, org.podforge.model.Wiring wiring) {
        org.podforge.model.LinkPattern lp = p.pattern(patternId)
                .orElseThrow(() -> new CommandException("pattern " + patternId + " no longer exists"));
        List<String> problems = wiring.referenceProblems(p);
        if (!problems.isEmpty()) {
            throw new CommandException("Pattern " + lp.label() + " " + String.join("; ", problems) + ".");
        }
        Set<String> affected = new java.util.LinkedHashSet<>(lp.wiring().componentIds());
        affected.addAll(wiring.componentIds());
        affected.add(patternId);
        return new SetValueCommand<>("Rewire pattern " + lp.label(), patternId + "#wiring", affected, false,
                pr -> pr.pattern(patternId).orElseThrow().wiring(), (pr, v) -> pr.pattern(patternId).orElseThrow().setWiring(v), wiring);
    }

    /** The transceiver at end a (and at end b unless it has its own) or at end b of every cable of a fabric pattern. */
    public static SetValueCommand<String> patternTransceiver(Project p, String patternId, boolean endB, String part) {
        org.podforge.model.LinkPattern lp = p.pattern(patternId)
                .orElseThrow(() -> new CommandException("pattern " + patternId + " no longer exists"));
        return new SetValueCommand<>("Set the " + (endB ? "end b " : "") + "transceiver of pattern " + lp.label() + " to " + part,
                patternId + (endB ? "#transceiverB" : "#transceiver"), Set.of(patternId), false,
                pr -> endB ? pr.pattern(patternId).orElseThrow().transceiverPartB() : pr.pattern(patternId).orElseThrow().transceiverPart(),
                (pr, v) -> {
                    if (endB) {
                        pr.pattern(patternId).orElseThrow().setTransceiverPartB(v);
                    } else {
                        pr.pattern(patternId).orElseThrow().setTransceiverPart(v);
                    }
                }, part);
    }

    /** The medium of every cable of a fabric pattern (fibre, copper, AOC...). */
    public static SetValueCommand<Medium> patternMedium(Project p, String patternId, Medium medium) {
        org.podforge.model.LinkPattern lp = p.pattern(patternId)
                .orElseThrow(() -> new CommandException("pattern " + patternId + " no longer exists"));
        return new SetValueCommand<>("Set the medium of pattern " + lp.label() + " to " + medium.label(), patternId + "#medium", Set.of(patternId), false,
                pr -> pr.pattern(patternId).orElseThrow().medium(), (pr, v) -> pr.pattern(patternId).orElseThrow().setMedium(v), medium);
    }

    /** The cable part of every cable of a fabric pattern (null: none named). */
    public static SetValueCommand<String> patternCable(Project p, String patternId, String part) {
        org.podforge.model.LinkPattern lp = p.pattern(patternId)
                .orElseThrow(() -> new CommandException("pattern " + patternId + " no longer exists"));
        return new SetValueCommand<>("Set the cable of pattern " + lp.label() + " to " + (part == null ? "none" : part), patternId + "#cable",
                Set.of(patternId), false, pr -> pr.pattern(patternId).orElseThrow().cablePart(),
                (pr, v) -> pr.pattern(patternId).orElseThrow().setCablePart(v), part);
    }

    /** Where a pod's replicas stand in the hall (null: all at the design's places). */
    public static SetValueCommand<ReplicaLayout> replicaLayout(Project p, String podId, ReplicaLayout layout) {
        Pod pod = Lookup.pod(p, podId);
        String what = layout == null ? "at the design's places"
                : layout.perRow() + " per row, every " + (layout.positionStep() == 1 ? "position" : layout.positionStep() + " positions") + ", rows "
                        + layout.rowStep() + " apart";
        return new SetValueCommand<>("Place the replicas of " + pod.label() + " " + what, podId + "#layout", Set.of(podId), false,
                pr -> Lookup.pod(pr, podId).layout(), (pr, v) -> Lookup.pod(pr, podId).setLayout(v), layout);
    }

    public static SetValueCommand<Integer> lanes(Project p, String linkId, int lanes) {
        if (lanes < 1) {
            throw new CommandException("A link has at least 1 lane; " + lanes + " is not possible.");
        }
        Link l = Lookup.link(p, linkId);
        return new SetValueCommand<>("Set " + l.label() + " to x" + lanes, linkId + "#lanes", linkScope(l), false,
                pr -> Lookup.link(pr, linkId).lanes(), (pr, v) -> Lookup.link(pr, linkId).setLanes(v), lanes);
    }

    public static SetValueCommand<Medium> medium(Project p, String linkId, Medium medium) {
        Link l = Lookup.link(p, linkId);
        return new SetValueCommand<>("Set " + l.label() + " medium to " + medium.label(), linkId + "#medium", linkScope(l), false,
                pr -> Lookup.link(pr, linkId).medium(), (pr, v) -> Lookup.link(pr, linkId).setMedium(v), medium);
    }

    public static SetValueCommand<String> cablePart(Project p, String linkId, String partNumber) {
        Link l = Lookup.link(p, linkId);
        return new SetValueCommand<>("Set " + l.label() + " cable to " + (partNumber == null ? "none" : partNumber),
                linkId + "#cable", linkScope(l), false,
                pr -> Lookup.link(pr, linkId).cablePart(), (pr, v) -> Lookup.link(pr, linkId).setCablePart(v), partNumber);
    }

    public static SetValueCommand<String> transceiverPart(Project p, String linkId, String partNumber) {
        Link l = Lookup.link(p, linkId);
        return new SetValueCommand<>("Set " + l.label() + " transceivers to " + (partNumber == null ? "none" : partNumber),
                linkId + "#transceiver", linkScope(l), false,
                pr -> Lookup.link(pr, linkId).transceiverPart(), (pr, v) -> Lookup.link(pr, linkId).setTransceiverPart(v), partNumber);
    }

    /** Sets the transceiver at one end of a link, keeping the other end's module as it is. */
    public static Command transceiverAt(Project p, String linkId, org.podforge.model.PortRef end, String partNumber) {
        Link l = Lookup.link(p, linkId);
        String atA = l.transceiverAt(l.a());
        String atB = l.transceiverAt(l.b());
        String newA = end.equals(l.a()) ? partNumber : atA;
        String newB = end.equals(l.a()) ? atB : partNumber;
        java.util.List<Command> parts = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(l.transceiverPart(), newA)) {
            parts.add(transceiverPart(p, linkId, newA));
        }
        String b = java.util.Objects.equals(newA, newB) ? null : newB;
        if (!java.util.Objects.equals(l.transceiverPartB(), b)) {
            parts.add(transceiverPartB(p, linkId, b));
        }
        return new CompositeCommand("Use " + partNumber + " at " + end + " on " + l.label(), parts);
    }

    /** Sets the transceiver at end b only (null: the same as end a's). */
    public static SetValueCommand<String> transceiverPartB(Project p, String linkId, String partNumber) {
        Link l = Lookup.link(p, linkId);
        return new SetValueCommand<>("Set the " + l.b() + " end of " + l.label() + " to " + (partNumber == null ? "the same transceiver as " + l.a() : partNumber),
                linkId + "#transceiverB", linkScope(l), false,
                pr -> Lookup.link(pr, linkId).transceiverPartB(), (pr, v) -> Lookup.link(pr, linkId).setTransceiverPartB(v), partNumber);
    }

    public static SetValueCommand<Double> lengthOverride(Project p, String linkId, Double metres) {
        if (metres != null && !(metres >= 0 && metres < 100_000)) {
            throw new CommandException("A link length must be between 0 and 100 km; " + metres + " m is not possible.");
        }
        Link l = Lookup.link(p, linkId);
        return new SetValueCommand<>(metres == null ? "Compute length of " + l.label() : "Set " + l.label() + " length to " + metres + " m",
                linkId + "#length", linkScope(l), false,
                pr -> Lookup.link(pr, linkId).lengthOverrideM(), (pr, v) -> Lookup.link(pr, linkId).setLengthOverrideM(v), metres);
    }

    /** Swaps the catalog part of a component, chassis or rack (e.g. an Aries 5 for an Aries 6). */
    public static SetValueCommand<String> partNumber(Project p, String id, String partNumber) {
        Node n = Lookup.node(p, id);
        Set<String> scope = new LinkedHashSet<>(Subtree.ids(n));
        for (String c : Subtree.componentIds(n)) {
            for (Link l : p.linksOf(c)) {
                scope.addAll(linkScope(l));
            }
        }
        return new SetValueCommand<>("Change " + n.label() + " to " + partNumber, id + "#part", scope, false,
                pr -> partOf(Lookup.node(pr, id)), (pr, v) -> setPartOf(Lookup.node(pr, id), v), partNumber);
    }

    public static SetValueCommand<int[]> rackPlace(Project p, String rackId, int row, int position) {
        if (row < 0 || position < 0) {
            throw new CommandException("Row and position start at 0; (" + row + ", " + position + ") is not possible.");
        }
        Rack r = Lookup.rack(p, rackId);
        Set<String> scope = new LinkedHashSet<>(Subtree.ids(r));
        for (String c : Subtree.componentIds(r)) {
            for (Link l : p.linksOf(c)) {
                scope.addAll(linkScope(l));
            }
        }
        return new SetValueCommand<>("Place " + r.label() + " at row " + row + ", position " + position, rackId + "#place", scope, false,
                pr -> new int[] {Lookup.rack(pr, rackId).row(), Lookup.rack(pr, rackId).position()},
                (pr, v) -> Lookup.rack(pr, rackId).setPlace(v[0], v[1]), new int[] {row, position});
    }

    public static SetValueCommand<Double> rackPowerBudget(Project p, String rackId, Double watts) {
        if (watts != null && !(watts > 0)) {
            throw new CommandException("A rack power budget must be positive; " + watts + " W is not possible.");
        }
        Rack r = Lookup.rack(p, rackId);
        return new SetValueCommand<>(watts == null ? "Use default power budget for " + r.label()
                : "Set " + r.label() + " power budget to " + watts + " W", rackId + "#budget", Set.of(rackId), false,
                pr -> Lookup.rack(pr, rackId).powerBudgetW(), (pr, v) -> Lookup.rack(pr, rackId).setPowerBudgetW(v), watts);
    }

    /** Declares how the hall cools a rack (null: derived from its part and contents). */
    public static SetValueCommand<org.podforge.model.Cooling> rackCooling(Project p, String rackId, org.podforge.model.Cooling cooling) {
        Rack r = Lookup.rack(p, rackId);
        return new SetValueCommand<>(cooling == null ? "Use default cooling for " + r.label()
                : "Set " + r.label() + " cooling to " + cooling.label(), rackId + "#cooling", Set.of(rackId), false,
                pr -> Lookup.rack(pr, rackId).cooling(), (pr, v) -> Lookup.rack(pr, rackId).setCooling(v), cooling);
    }

    public static SetValueCommand<String> severityOverride(String ruleId, String severity) {
        return new SetValueCommand<>(severity == null ? "Reset severity of " + ruleId : "Set " + ruleId + " to " + severity,
                "#severity." + ruleId, Set.of(), true,
                pr -> pr.severityOverrides().get(ruleId), (pr, v) -> pr.setSeverityOverride(ruleId, v), severity);
    }

    /**
     * Sets (or, with null, removes) the design's own power budget for a part that publishes no power figure (decision
     * 0035). Affects everything: every rack holding the part is re-judged.
     */
    public static SetValueCommand<org.podforge.model.PowerBudget> powerBudget(String partNumber, org.podforge.model.PowerBudget budget) {
        if (partNumber == null || partNumber.isBlank()) {
            throw new CommandException("A power budget needs a part number.");
        }
        return new SetValueCommand<>(budget == null ? "Remove the power budget of " + partNumber
                : "Budget " + partNumber + " at " + String.format(java.util.Locale.ROOT, "%,.0f W", budget.watts()),
                "#powerBudget." + partNumber, Set.of(), true,
                pr -> pr.powerBudgets().get(partNumber), (pr, v) -> pr.setPowerBudget(partNumber, v), budget);
    }

    /**
     * Reads "1700 W: AMD MI355X 1,400 W + 20%" (watts, then the basis after a colon, dash or space) into a budget; an
     * empty text removes it. Refuses a figure that is not a positive number, or one without its basis.
     */
    public static org.podforge.model.PowerBudget parsePowerBudget(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(?:W\\b)?\\s*[:\u2014\u2013-]?\\s*(.*)$",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL).matcher(t);
        if (!m.matches()) {
            throw new CommandException("Write the budget as watts, then its basis, e.g. \"1700 W: MI355X's 1,400 W + 20%\".");
        }
        double w = Double.parseDouble(m.group(1).replace(",", ""));
        String basis = m.group(2).strip();
        if (!(w > 0)) {
            throw new CommandException("A power budget must be a positive number of watts; " + m.group(1) + " W is not possible.");
        }
        if (basis.isEmpty()) {
            throw new CommandException("Say where " + m.group(1) + " W comes from after the figure, e.g. \"" + m.group(1)
                    + " W: vendor figure of a similar part + 20%\": a budget without its basis would be a guess nobody can check.");
        }
        return new org.podforge.model.PowerBudget(w, basis);
    }

    public static SetValueCommand<Double> thresholdOverride(String key, Double value) {
        return new SetValueCommand<>(value == null ? "Reset " + key : "Set " + key + " to " + value,
                "#threshold." + key, Set.of(), true,
                pr -> pr.thresholdOverrides().get(key), (pr, v) -> pr.setThresholdOverride(key, v), value);
    }

    private static Set<String> linkScope(Link l) {
        return Set.of(l.id(), l.a().componentId(), l.b().componentId());
    }

    private static String partOf(Node n) {
        if (n instanceof Component c) {
            return c.partNumber();
        } else if (n instanceof Chassis c) {
            return c.partNumber();
        } else if (n instanceof Rack r) {
            return r.partNumber();
        }
        throw new CommandException(n.label() + " has no catalog part to change.");
    }

    private static void setPartOf(Node n, String pn) {
        if (n instanceof Component c) {
            c.setPartNumber(pn);
        } else if (n instanceof Chassis c) {
            c.setPartNumber(pn);
        } else if (n instanceof Rack r) {
            r.setPartNumber(pn);
        } else {
            throw new CommandException(n.label() + " has no catalog part to change.");
        }
    }
}
