package org.podforge.app.wiring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podforge.app.DocumentModel;
import org.podforge.catalog.Catalog;
import org.podforge.model.Component;
import org.podforge.model.Node;
import org.podforge.model.Project;
import org.podforge.service.wiring.BulkWiring;
import org.podforge.service.wiring.ReferenceWiring;
import org.podforge.service.wiring.Unwiring;

/**
 * The state of the bulk wiring dialog: the components to wire split into sources and targets (switches
 * are targets), the rule, the plan it gives (re-planned on every change, so the preview is always what
 * Apply does) and {@link #apply()}, which executes the plan as one undoable command. In reference mode
 * (Auto-wire chassis) the plan is the chassis part's catalog reference wiring and the rule is fixed.
 * Holds ids only, no model nodes.
 */
public final class BulkWiringViewModel {
    private final DocumentModel doc;
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<BulkWiring.Rule> rule = new SimpleObjectProperty<>(this, "rule", BulkWiring.Rule.NEXT_FREE);
    /** The sources' port group to wire ("" = the ports best suited to each target). */
    private final ObjectProperty<String> sourcePorts = new SimpleObjectProperty<>(this, "sourcePorts", "");
    private final ObservableList<String> portGroups = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BulkWiring.Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final String title;
    private BulkWiring.Plan reference;
    private String referenceName;

    private BulkWiringViewModel(DocumentModel doc, String title) {
        this.doc = doc;
        this.title = title;
        rule.addListener((o, a, b) -> replan());
        sourcePorts.addListener((o, a, b) -> replan());
        sources.addListener((javafx.collections.ListChangeListener<String>) c -> {
            List<String> groups = new ArrayList<>();
            groups.add("");
            groups.addAll(wiring(doc).portGroups(List.copyOf(sources)));
            portGroups.setAll(groups);
            if (!portGroups.contains(sourcePorts.get())) {
                sourcePorts.set("");
            }
            replan();
        });
        targets.addListener((javafx.collections.ListChangeListener<String>) c -> replan());
    }

    /**
     * For the selection: pods, racks and chassis stand for their components; links are ignored. A
     * selection of switches only is split so that the first ones wire to the rest is not guessed: they
     * all become targets, and the user moves the sources over.
     */
    public static BulkWiringViewModel forSelection(DocumentModel doc, Collection<String> ids) {
        BulkWiringViewModel vm = new BulkWiringViewModel(doc, "Wire the selection by a rule");
        Project p = doc.getSession().project();
        List<List<String>> split = wiring(doc).split(expand(p, ids));
        vm.sources.setAll(split.get(0));
        vm.targets.setAll(split.get(1));
        if (vm.sources.isEmpty() && vm.targets.isEmpty()) {
            vm.notice.set("Select components, chassis or racks first (ports are wired through their components).");
        }
        vm.replan();
        return vm;
    }

    /**
     * Auto-wire a chassis or a rack: its part's catalog reference wiring when the catalog carries one; otherwise
     * the notice says so and the dialog falls back to wiring its components by a rule. In reference mode the
     * lists show the components the plan wires (sources on the left, targets on the right) and Apply's undo step
     * is named after the reference wiring.
     */
    public static BulkWiringViewModel forReference(DocumentModel doc, String chassisOrRackId) {
        ReferenceWiring.Result r = ReferenceWiring.of(doc.getSession().project(), doc.getSession().catalog(), chassisOrRackId);
        if (!r.found()) {
            BulkWiringViewModel vm = forSelection(doc, List.of(chassisOrRackId));
            vm.notice.set(r.reason());
            return vm;
        }
        String label = doc.getSession().project().find(chassisOrRackId).map(Node::label).orElse(chassisOrRackId);
        BulkWiringViewModel vm = new BulkWiringViewModel(doc, "Auto-wire " + label + " from its reference wiring");
        vm.reference = r.plan();
        vm.referenceName = "Auto-wire " + label + " (" + r.plan().links().size() + (r.plan().links().size() == 1 ? " link)" : " links)");
        Set<String> src = new LinkedHashSet<>();
        Set<String> dst = new LinkedHashSet<>();
        for (BulkWiring.Planned l : r.plan().links()) {
            src.add(l.a().componentId());
            dst.add(l.b().componentId());
        }
        vm.sources.setAll(src);
        vm.targets.setAll(dst);
        StringBuilder steps = new StringBuilder("Reference wiring from the catalog (" + r.steps().size()
                + (r.steps().size() == 1 ? " step" : " steps") + ", sources in the part's catalog entry):");
        for (String line : r.lines()) {
            steps.append("\n").append(line);
        }
        if (!r.note().isBlank()) {
            steps.append("\n").append(r.note());
        }
        vm.notice.set(steps.toString());
        vm.replan();
        return vm;
    }

    private static BulkWiring wiring(DocumentModel doc) {
        return new BulkWiring(doc.getSession().project(), doc.getSession().catalog());
    }

    /** Component ids of a selection, in selection order without repeats. */
    static Set<String> expand(Project p, Collection<String> ids) {
        return Unwiring.components(p, ids);
    }

    public String title() { return title; }
    public ObservableList<String> sources() { return sources; }
    public ObservableList<String> targets() { return targets; }
    public ObjectProperty<BulkWiring.Rule> ruleProperty() { return rule; }
    public ObjectProperty<String> sourcePortsProperty() { return sourcePorts; }
    /** "" (best suited to each target) then the sources' port groups ("host", "su", ...). */
    public ObservableList<String> portGroups() { return portGroups; }
    public ReadOnlyObjectProperty<BulkWiring.Plan> planProperty() { return plan.getReadOnlyProperty(); }
    /** Why the dialog shows what it shows (no reference wiring in the catalog, empty selection); "" if nothing to say. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    /** "12 links to add · 2 cannot be made". */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }

    /** True when the plan comes from the catalog's reference wiring (rule and lists are fixed). */
    public boolean isReference() {
        return reference != null;
    }

    /** Moves components from the sources to the targets (or back, {@code toTargets} false). */
    public void move(Collection<String> ids, boolean toTargets) {
        List<String> moving = List.copyOf(ids);
        ObservableList<String> from = toTargets ? sources : targets;
        ObservableList<String> to = toTargets ? targets : sources;
        List<String> add = new ArrayList<>();
        for (String id : moving) {
            if (from.contains(id)) {
                add.add(id);
            }
        }
        if (add.isEmpty()) {
            return;
        }
        from.removeAll(add);
        to.addAll(add);
    }

    /** Drops components from both lists (they are not wired). */
    public void leaveOut(Collection<String> ids) {
        if (!ids.isEmpty()) {
            List<String> drop = List.copyOf(ids);
            sources.removeAll(drop);
            targets.removeAll(drop);
        }
    }

    /** "gpu-3 · NVIDIA B200 · srv-1 gpu-3" (what the lists show). */
    public String describe(String componentId) {
        Project p = doc.getSession().project();
        Catalog cat = doc.getSession().catalog();
        Component c = p.component(componentId).orElse(null);
        if (c == null) {
            return componentId;
        }
        String part = cat.find(c.partNumber()).map(x -> x.name()).orElse(c.partNumber());
        String where = c.chassis() == null ? "" : " \u00b7 " + c.chassis().label() + (c.slot() == null ? "" : " " + c.slot());
        return c.label() + " \u00b7 " + part + where;
    }

    private void replan() {
        BulkWiring.Plan p = reference != null ? reference : wiring(doc).sourcePorts(sourcePorts.get())
                .plan(rule.get(), List.copyOf(sources), List.copyOf(targets));
        plan.set(p);
        int n = p.links().size();
        summary.set(n + (n == 1 ? " link" : " links") + " to add"
                + (p.notes().isEmpty() ? "" : " \u00b7 " + p.notes().size() + (p.notes().size() == 1 ? " note" : " notes") + " below"));
    }

    /**
     * Executes the previewed plan as one undoable command and selects the new links. Returns the message
     * for the status bar, or null when nothing was done (nothing to wire, or the design refused: its
     * reason is in the document's message).
     */
    public String apply() {
        BulkWiring.Plan p = plan.get();
        if (p == null || p.isEmpty()) {
            return null;
        }
        if (!doc.execute(reference != null ? p.command(referenceName) : p.command())) {
            return null;
        }
        List<String> ids = p.links().stream().map(BulkWiring.Planned::id).toList();
        doc.select(ids);
        String msg = "Wired " + ids.size() + (ids.size() == 1 ? " link" : " links") + " as one step (Undo with Ctrl+Z)";
        doc.messageProperty().set(msg);
        return msg;
    }
}
