package org.podforge.app.inspector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.Catalog;
import org.podforge.model.Chassis;
import org.podforge.model.Component;
import org.podforge.model.Family;
import org.podforge.model.Link;
import org.podforge.model.Medium;
import org.podforge.model.Node;
import org.podforge.model.Part;
import org.podforge.model.Pod;
import org.podforge.model.Project;
import org.podforge.model.Rack;
import org.podforge.model.SlotSpec;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.model.command.Edits;
import org.podforge.model.command.MoveChassisCommand;
import org.podforge.model.command.MoveComponentCommand;
import org.podforge.service.ProjectSummary;

/**
 * The inspector's state: the properties of the selected object (or of the project when nothing is
 * selected) as {@link PropertyRow}s, and {@link #apply} which turns an edit into the matching undoable
 * command ({@code Edits.*}, a move) executed on the session. No Node references.
 */
public final class InspectorViewModel {
    public static final String NONE = "(none)";
    public static final String SAME = "(same as the other end)";
    /** The rack cooling choice that leaves it to the rack part and contents. */
    public static final String DEFAULT_COOLING = "(from the rack and its contents)";
    public static final String COMPUTED = "";

    private final DocumentModel doc;
    private final ObservableList<PropertyRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Map<String, Function<String, Command>> editors = new HashMap<>();
    private String subjectId;
    private ComputedFacts computed;
    /** Set while an edit typed here is applied: the rows are shown anew even when equal (the field shows the value, not the typing). */
    private boolean rebuildNext;

    public InspectorViewModel(DocumentModel doc) {
        this.doc = doc;
        // a refused edit's reason is about the rows it was typed in: another object, an undo or any other change of the
        // design shows other values, so the reason goes (an edit applied here sets its own outcome after this)
        doc.selectionProperty().addListener((o, a, b) -> {
            error.set("");
            refresh();
        });
        doc.revisionProperty().addListener((o, a, b) -> {
            error.set("");
            refresh();
        });
        refresh();
    }

    /**
     * Also shows computed values (a link's length and negotiated speed, a rack's draw against its budget)
     * from each analysis of the current design; without it those rows are absent.
     */
    public InspectorViewModel(DocumentModel doc, javafx.beans.value.ObservableValue<org.podforge.app.Analysis> analysis) {
        this(doc);
        this.computed = new ComputedFacts(doc, analysis);
        analysis.addListener((o, a, b) -> {
            if (subjectId != null) {
                refresh();
            }
        });
        refresh();
    }

    public ObservableList<PropertyRow> rows() { return rows; }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    /** Why the last edit was refused; "" after a good one, and once the selection or the design changed. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** Id of the object shown, or null for the project. */
    public String subjectId() { return subjectId; }

    public PropertyRow row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * Applies an edit typed or picked by the user. Returns true when a command was executed (or the
     * value was unchanged); false with {@link #errorProperty()} saying why otherwise.
     */
    public boolean apply(String key, String text) {
        rebuildNext = true;
        Function<String, Command> f = editors.get(key);
        PropertyRow row = row(key);
        if (f == null || row == null || !row.editable()) {
            error.set(key + " cannot be edited.");
            return false;
        }
        if (row.value().equals(text == null ? "" : text.trim())) {
            error.set("");
            return true;
        }
        Command c;
        try {
            c = f.apply(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            error.set(row.label() + ": '" + text + "' is not a number.");
            refresh();
            return false;
        } catch (CommandException | IllegalArgumentException e) {
            error.set(e.getMessage());
            refresh();
            return false;
        }
        boolean ok = doc.execute(c);
        error.set(ok ? "" : doc.messageProperty().get());
        if (!ok) {
            refresh();
        }
        return ok;
    }

    /** Rebuilds the rows for the current selection and design. */
    public void refresh() {
        editors.clear();
        List<PropertyRow> out = new ArrayList<>();
        Set<String> sel = doc.selectionProperty().get();
        Project p = doc.getSession().project();
        Catalog cat = doc.getSession().catalog();
        if (sel.size() > 1) {
            subjectId = null;
            heading.set(sel.size() + " objects selected");
            out.add(PropertyRow.readOnly("count", "Selection", "Selected", sel.size()));
            show(out);
            return;
        }
        Node n = sel.isEmpty() ? null : p.find(sel.iterator().next()).orElse(null);
        subjectId = n == null ? null : n.id();
        if (n == null) {
            heading.set("Project");
            projectRows(p, cat, out);
        } else {
            heading.set(kind(n) + " " + n.label());
            out.add(PropertyRow.readOnly("id", "General", "Id", n.id()));
            if (!(n instanceof Link)) {
                text(out, "name", "General", "Name", n.name(), v -> Edits.rename(p, n.id(), v));
            }
            if (n instanceof Pod pod) {
                integer(out, "replicas", "General", "Replicas", pod.replicas(), "How many copies of this pod are deployed",
                        v -> Edits.replicas(p, pod.id(), Integer.parseInt(v)));
                out.add(PropertyRow.readOnly("racks", "Contents", "Racks", pod.racks().size()));
                out.add(PropertyRow.readOnly("components", "Contents", "Components", pod.allComponents().size()));
                out.add(PropertyRow.readOnly("links", "Contents", "Links", pod.links().size()));
            } else if (n instanceof Rack r) {
                partChoice(out, cat, Family.RACK, r.partNumber(), v -> Edits.partNumber(p, r.id(), v));
                integer(out, "row", "Placement", "Row", r.row(), "Row in the hall, from 0",
                        v -> Edits.rackPlace(p, r.id(), Integer.parseInt(v), r.position()));
                integer(out, "position", "Placement", "Position in row", r.position(), "Place in the row, from 0",
                        v -> Edits.rackPlace(p, r.id(), r.row(), Integer.parseInt(v)));
                Double def = cat.find(r.partNumber()).flatMap(Part::rack).map(rs -> rs.powerBudgetW()).orElse(null);
                number(out, "budget", "Power", "Power budget (W)", r.powerBudgetW(),
                        "Empty = the rack part's default" + (def == null ? "" : " (" + fmt(def) + " W)"),
                        v -> Edits.rackPowerBudget(p, r.id(), v.isEmpty() ? null : Double.parseDouble(v)));
                if (computed != null) {
                    out.add(PropertyRow.readOnly("draw", "Power", "Draw", computed.rackDraw(r.id())));
                }
                org.podforge.power.RackPower rp = new org.podforge.power.PowerModel(p, cat, org.podforge.rules.Thresholds.builtIn()).rack(r);
                List<String> coolings = new ArrayList<>();
                Map<String, String> coolingShown = new HashMap<>();
                coolings.add(DEFAULT_COOLING);
                // the default says what it comes to ("Automatic: direct liquid"); the basis is the help
                coolingShown.put(DEFAULT_COOLING, "Automatic: " + (r.cooling() == null ? rp.cooling().cooling().label()
                        : "from the rack and its contents"));
                for (org.podforge.model.Cooling c : org.podforge.model.Cooling.values()) {
                    coolings.add(c.name());
                    coolingShown.put(c.name(), Character.toUpperCase(c.label().charAt(0)) + c.label().substring(1));
                }
                choice(out, "cooling", "Power", "Cooling", r.cooling() == null ? DEFAULT_COOLING : r.cooling().name(), coolings,
                        rp.cooling().cooling().label() + " (" + rp.cooling().basis() + ")", coolingShown,
                        v -> Edits.rackCooling(p, r.id(), DEFAULT_COOLING.equals(v) ? null : org.podforge.model.Cooling.valueOf(v)));
                out.add(PropertyRow.readOnly("chassis", "Contents", "Chassis", r.chassis().size()));
            } else if (n instanceof Chassis c) {
                partChoice(out, cat, Family.CHASSIS, c.partNumber(), v -> Edits.partNumber(p, c.id(), v));
                out.add(PropertyRow.readOnly("rack", "Placement", "Rack", c.rack() == null ? "" : c.rack().label()));
                integer(out, "u", "Placement", "Lowest U", c.uPosition(), "Rack unit counted from 1 at the bottom",
                        v -> new MoveChassisCommand(c.id(), c.rack().id(), Integer.parseInt(v)));
                cat.find(c.partNumber()).flatMap(Part::heightU).ifPresent(h -> out.add(PropertyRow.readOnly("height", "Placement", "Height (U)", h)));
                out.add(PropertyRow.readOnly("components", "Contents", "Components", c.components().size()));
                Part chPart = cat.find(c.partNumber()).orElse(null);
                if (chPart != null) {
                    chPart.systemMaxW().ifPresent(w -> out.add(PropertyRow.readOnly("systemPower", "Power", "System power (W)",
                            fmt(w) + (chPart.isEstimate("systemMaxW") ? " (estimate, not a published maximum)" : " (vendor maximum)"))));
                    String note = chPart.attributes().get("powerNote");
                    if (note != null && !note.isBlank()) {
                        out.add(PropertyRow.readOnly("powerNote", "Power", "Power note", note));
                    }
                }
                budgetRow(out, p, chPart, c.partNumber(), "powerBudget", "Power budget (this design)",
                        " A budget for a chassis stands for the whole populated chassis: its parts are not added again.");
            } else if (n instanceof Component c) {
                Part part = cat.find(c.partNumber()).orElse(null);
                Family fam = part == null ? null : part.family();
                if (fam != null) {
                    partChoice(out, cat, fam, c.partNumber(), v -> Edits.partNumber(p, c.id(), v));
                } else {
                    out.add(PropertyRow.readOnly("part", "Part", "Part number", c.partNumber() + " (not in the catalog)"));
                }
                Chassis ch = c.chassis();
                List<String> slots = new ArrayList<>();
                Part chPart = ch == null ? null : cat.find(ch.partNumber()).orElse(null);
                if (chPart != null) {
                    for (SlotSpec s : chPart.slots()) {
                        if (part == null || part.slotType().isEmpty() || part.slotType().get().equals(s.type())) {
                            slots.addAll(s.slotNames());
                        }
                    }
                }
                choice(out, "slot", "Placement", "Slot", c.slot() == null ? "" : c.slot(), slots, "Free slots of the right type",
                        v -> new MoveComponentCommand(c.id(), ch.id(), v));
                out.add(PropertyRow.readOnly("chassis", "Placement", "Chassis", ch == null ? "" : ch.label()));
                if (part != null) {
                    partFacts(out, part);
                }
                budgetRow(out, p, part, c.partNumber(), "powerBudget", "Power budget (this design)", "");
                out.add(PropertyRow.readOnly("linkCount", "Connections", "Links", p.linksOf(c.id()).size()));
                if (computed != null && fam != null && (fam == Family.GPU || fam == Family.SCALEUP_SWITCH)) {
                    out.add(PropertyRow.readOnly("domain", "Connections", "Scale-up domain", computed.domain(c.id())));
                }
            } else if (n instanceof Link l) {
                out.add(PropertyRow.readOnly("a", "Ends", "A end", l.a().toString()));
                out.add(PropertyRow.readOnly("b", "Ends", "B end", l.b().toString()));
                integer(out, "lanes", "Link", "Lanes", l.lanes(), "Lane count (x16 = 16)",
                        v -> Edits.lanes(p, l.id(), Integer.parseInt(v)));
                List<String> media = new ArrayList<>();
                Map<String, String> mediaShown = new HashMap<>();
                for (Medium m : Medium.values()) {
                    media.add(m.name());
                    mediaShown.put(m.name(), m.label());
                }
                choice(out, "medium", "Link", "Medium", l.medium().name(), media, l.medium().label(), mediaShown,
                        v -> Edits.medium(p, l.id(), Medium.valueOf(v)));
                List<String> cables = new ArrayList<>();
                cables.add(NONE);
                cat.byFamily(Family.CABLE).forEach(x -> cables.add(x.partNumber()));
                cat.byFamily(Family.SMART_CABLE_MODULE).forEach(x -> cables.add(x.partNumber()));
                choice(out, "cable", "Link", "Cable part", l.cablePart() == null ? NONE : l.cablePart(), cables, "", partNames(cat, cables),
                        v -> Edits.cablePart(p, l.id(), NONE.equals(v) ? null : v));
                transceiverRows(out, p, cat, l);
                java.util.LinkedHashSet<String> powered = new java.util.LinkedHashSet<>();
                for (String pn : new String[] {l.cablePart(), l.transceiverPart(), l.transceiverPartB()}) {
                    if (pn != null) {
                        powered.add(pn);
                    }
                }
                int i = 0;
                for (String pn : powered) {
                    Part part = cat.find(pn).orElse(null);
                    boolean opticsInside = part != null && (part.protocols().contains(org.podforge.model.Protocol.PCIE)
                            || part.protocols().contains(org.podforge.model.Protocol.CXL));
                    if (part != null && part.family() == Family.CABLE && !part.medium().map(Medium::isActive).orElse(false)
                            && !opticsInside && p.powerBudgets().get(pn) == null) {
                        continue; // passive copper and bare fibre draw nothing: nothing to budget
                    }
                    budgetRow(out, p, part, pn, "powerBudget" + (i++ == 0 ? "" : "-" + i), "Power budget of " + pn, "");
                }
                number(out, "length", "Link", "Length override (m)", l.lengthOverrideM(), "Empty = computed from where the ends sit",
                        v -> Edits.lengthOverride(p, l.id(), v.isEmpty() ? null : Double.parseDouble(v)));
                if (computed != null) {
                    out.add(PropertyRow.readOnly("computedLength", "Computed", "Length", computed.length(l)));
                    out.add(PropertyRow.readOnly("speed", "Computed", "Negotiated", computed.speed(l)));
                }
            }
        }
        show(out);
    }

    /**
     * Shows {@code out} unless it equals what is shown: after most edits (a move, a cable elsewhere) the project
     * totals or the selected object's rows read the same, and rebuilding the editors would cost the window a CSS
     * and layout pass for nothing.
     */
    private void show(List<PropertyRow> out) {
        boolean force = rebuildNext;
        rebuildNext = false;
        if (!force && out.equals(rows)) {
            return;
        }
        rows.setAll(out);
    }

    /**
     * The link's modules: only those that fit each end's cage and the link are offered (a module already set that
     * does not fit stays listed, marked); when none fits either end and none is set, one line says why.
     */
    private void transceiverRows(List<PropertyRow> out, Project p, Catalog cat, Link l) {
        TransceiverChoices atA = TransceiverChoices.at(p, cat, l, l.a());
        TransceiverChoices atB = TransceiverChoices.at(p, cat, l, l.b());
        if (atA.fits().isEmpty() && atB.fits().isEmpty() && l.transceiverPart() == null && l.transceiverPartB() == null) {
            String why = !atA.caged() && !atB.caged() && atA.why().endsWith("(" + TransceiverChoices.CAGES + ")")
                    && atB.why().endsWith("(" + TransceiverChoices.CAGES + ")")
                    ? "neither end has a cage for a module (" + TransceiverChoices.CAGES + ")" : atA.why() + "; " + atB.why();
            out.add(PropertyRow.readOnly("transceiver", "Link", "Transceivers", "None fits: " + why));
            return;
        }
        List<String> xcvr = new ArrayList<>();
        xcvr.add(NONE);
        xcvr.addAll(atA.fits());
        Map<String, String> shownA = partNames(cat, xcvr);
        keepUnfitting(xcvr, shownA, cat, l.transceiverPart());
        if (atA.fits().isEmpty()) {
            shownA.put(NONE, NONE + " \u2014 none fits: " + atA.why());
        }
        choice(out, "transceiver", "Link", "Transceivers", l.transceiverPart() == null ? NONE : l.transceiverPart(), xcvr,
                (l.transceiverPartB() == null ? "One at each end" : "At " + l.a()) + "; only modules that fit " + l.a() + " are listed",
                shownA, v -> Edits.transceiverPart(p, l.id(), NONE.equals(v) ? null : v));
        List<String> xcvrB = new ArrayList<>();
        xcvrB.add(SAME);
        xcvrB.addAll(atB.fits());
        Map<String, String> shownB = partNames(cat, xcvrB);
        keepUnfitting(xcvrB, shownB, cat, l.transceiverPartB());
        if (atB.fits().isEmpty()) {
            shownB.put(SAME, SAME + " \u2014 no other module fits: " + atB.why());
        }
        choice(out, "transceiverB", "Link", "Transceiver at " + l.b(), l.transceiverPartB() == null ? SAME : l.transceiverPartB(), xcvrB,
                "A different module at this end (a breakout: twin-port at the switch, 400G at the NIC); only modules that fit "
                        + l.b() + " are listed", shownB, v -> Edits.transceiverPartB(p, l.id(), SAME.equals(v) ? null : v));
    }

    /** A module set on the link that does not fit stays a choice (else the field could not show it), marked so. */
    private static void keepUnfitting(List<String> choices, Map<String, String> shown, Catalog cat, String current) {
        if (current != null && !choices.contains(current)) {
            choices.add(1, current);
            shown.put(current, current + " \u00b7 " + cat.find(current).map(Part::name).orElse("not in the catalog") + " (does not fit this port)");
        }
    }

    private void projectRows(Project p, Catalog cat, List<PropertyRow> out) {
        text(out, "projectName", "Project", "Name", p.name(), Edits::projectName);
        text(out, "description", "Project", "Description", p.description(), Edits::projectDescription);
        ProjectSummary s = ProjectSummary.of(p, cat);
        out.add(PropertyRow.readOnly("pods", "Totals", "Pods deployed", s.deployedPods()));
        out.add(PropertyRow.readOnly("gpus", "Totals", "GPUs", s.gpus()));
        out.add(PropertyRow.readOnly("racksTotal", "Totals", "Racks", s.racks()));
        out.add(PropertyRow.readOnly("linksTotal", "Totals", "Links", s.links()));
        out.add(PropertyRow.readOnly("file", "File", "File", doc.getSession().file() == null ? "(untitled)" : doc.getSession().file().toString()));
        out.add(PropertyRow.readOnly("prices", "File", "Price book", doc.getSession().priceBook().label()));
    }

    /**
     * The design's own power budget for {@code pn} (decision 0035): editable where the part publishes no power figure,
     * or where a budget was set; "1700 W: basis" sets it for every unit of the part in the design, empty removes it.
     */
    private void budgetRow(List<PropertyRow> out, Project p, Part part, String pn, String key, String label, String extra) {
        boolean published = part != null && (part.powerW().isPresent() || part.systemMaxW().isPresent());
        org.podforge.model.PowerBudget b = p.powerBudgets().get(pn);
        if (published && b == null) {
            return;
        }
        String value = b == null ? "" : fmt(b.watts()) + " W: " + b.basis();
        String help = published ? "Not used: the catalog publishes a figure for " + pn + ". Empty removes this budget."
                : pn + " publishes no power figure, so rack power lists it as unknown. Budget it for every unit in this design: watts, then"
                        + " where the figure comes from (\"1700 W: MI355X's 1,400 W + 20%\"). Counted as a labelled estimate; empty removes it."
                        + extra;
        out.add(new PropertyRow(key, "Power", label, PropertyRow.Kind.TEXT, value, List.of(), help));
        editors.put(key, v -> Edits.powerBudget(pn, Edits.parsePowerBudget(v)));
    }

    private static void partFacts(List<PropertyRow> out, Part part) {
        out.add(PropertyRow.readOnly("family", "Part", "Family", part.family().label()));
        out.add(PropertyRow.readOnly("vendor", "Part", "Vendor", part.vendor()));
        if (!part.productLine().isEmpty()) {
            out.add(PropertyRow.readOnly("productLine", "Part", "Product line", part.productLine()));
        }
        part.powerW().ifPresent(w -> out.add(PropertyRow.readOnly("power", "Part", "Power (W)",
                fmt(w) + (part.isEstimate("powerW") ? " (estimate)" : ""))));
        part.systemMaxW().ifPresent(w -> out.add(PropertyRow.readOnly("systemPower", "Part", "System power (W)",
                fmt(w) + (part.isEstimate("systemMaxW") ? " (estimate, not a published maximum)" : " (vendor maximum)"))));
        String powerNote = part.attributes().get("powerNote");
        if (powerNote != null && !powerNote.isBlank()) {
            out.add(PropertyRow.readOnly("powerNote", "Part", "Power note", powerNote));
        }
        out.add(PropertyRow.readOnly("ports", "Part", "Ports", part.ports().size()));
        String network = org.podforge.app.canvas.PortText.networkSummary(part);
        if (!network.isEmpty()) {
            out.add(PropertyRow.readOnly("networkPorts", "Part", "Network ports", network));
        }
    }

    private void text(List<PropertyRow> out, String key, String cat, String label, String value, Function<String, Command> f) {
        out.add(new PropertyRow(key, cat, label, PropertyRow.Kind.TEXT, value, List.of(), ""));
        editors.put(key, f);
    }

    private void integer(List<PropertyRow> out, String key, String cat, String label, int value, String help, Function<String, Command> f) {
        out.add(new PropertyRow(key, cat, label, PropertyRow.Kind.INTEGER, Integer.toString(value), List.of(), help));
        editors.put(key, f);
    }

    private void number(List<PropertyRow> out, String key, String cat, String label, Double value, String help, Function<String, Command> f) {
        out.add(new PropertyRow(key, cat, label, PropertyRow.Kind.NUMBER, value == null ? COMPUTED : fmt(value), List.of(), help));
        editors.put(key, f);
    }

    private void choice(List<PropertyRow> out, String key, String cat, String label, String value, List<String> choices, String help,
                        Function<String, Command> f) {
        choice(out, key, cat, label, value, choices, help, Map.of(), f);
    }

    private void choice(List<PropertyRow> out, String key, String cat, String label, String value, List<String> choices, String help,
                        Map<String, String> shown, Function<String, Command> f) {
        out.add(new PropertyRow(key, cat, label, PropertyRow.Kind.CHOICE, value, choices, help, shown));
        editors.put(key, f);
    }

    private void partChoice(List<PropertyRow> out, Catalog cat, Family fam, String current, Function<String, Command> f) {
        List<String> pns = new ArrayList<>();
        cat.byFamily(fam).forEach(x -> pns.add(x.partNumber()));
        if (!pns.contains(current)) {
            pns.add(0, current);
        }
        String name = cat.find(current).map(Part::name).orElse("not in the catalog");
        Map<String, String> shown = new HashMap<>();
        for (String pn : pns) {
            shown.put(pn, pn + " \u00b7 " + cat.find(pn).map(Part::name).orElse("not in the catalog"));
        }
        choice(out, "part", "Part", "Part number", current, pns, name, shown, f);
    }

    /** "PN · name" for each part number of a choice list (other entries as they are). */
    private static Map<String, String> partNames(Catalog cat, List<String> pns) {
        Map<String, String> m = new HashMap<>();
        for (String pn : pns) {
            cat.find(pn).ifPresent(part -> m.put(pn, pn + " \u00b7 " + part.name()));
        }
        return m;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }

    static String kind(Node n) {
        if (n instanceof Pod) {
            return "Pod";
        } else if (n instanceof Rack) {
            return "Rack";
        } else if (n instanceof Chassis) {
            return "Chassis";
        } else if (n instanceof Component) {
            return "Component";
        }
        return "Link";
    }
}
