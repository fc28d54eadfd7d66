package org.podforge.app.problems;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podforge.app.Analysis;
import org.podforge.app.AnalysisService;
import org.podforge.app.DocumentModel;
import org.podforge.model.Node;
import org.podforge.model.Project;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;
import org.podforge.rules.Finding;
import org.podforge.rules.FindingScope;
import org.podforge.rules.Fix;
import org.podforge.rules.FixAllCommand;
import org.podforge.rules.FixFamily;
import org.podforge.rules.RuleInfo;
import org.podforge.rules.RuleRegistry;
import org.podforge.rules.Severity;

/**
 * The Problems tab's state: the findings of the latest analysis filtered by severity and by text,
 * grouped by rule or by object, the finding shown in the detail pane, "reveal" for a finding's objects,
 * and applying fixes as undoable commands on the live design: one fix, or every fix like it (same rule,
 * same remedy on other objects) as one undo step. No Node references are kept.
 */
public final class ProblemsViewModel {

    /** How the list is grouped. */
    public enum Grouping {
        NONE("No grouping"), RULE("By rule"), OBJECT("By object");

        private final String label;

        Grouping(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A group header: its title and findings (in list order). */
    public record Group(String key, String title, List<Finding> findings) {
    }

    /** A fix as the menus offer it: the fix, and how many findings offer a fix like it (itself included). */
    public record FixOption(Finding finding, Fix fix, int like) {
    }

    /** A group's detail names this many of its objects, then how many more. */
    private static final int GROUP_OBJECTS_LISTED = 12;
    private final DocumentModel doc;
    private final ObservableList<Finding> all = FXCollections.observableArrayList();
    private final FilteredList<Finding> shown = new FilteredList<>(all);
    private final ObjectProperty<Severity> minimum = new SimpleObjectProperty<>(this, "minimum", Severity.INFO);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.NONE);
    private final ObjectProperty<Finding> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "Checking…");
    /** What the empty list says: no problems, still checking, or why there is no check (out of memory). */
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "Checking…");
    private final Consumer<List<String>> reveal;
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

    /** @param reveal selects and shows objects (the canvas's reveal, or a plain selection) */
    public ProblemsViewModel(DocumentModel doc, AnalysisService analysis, Consumer<List<String>> reveal) {
        this.doc = doc;
        this.reveal = reveal;
        for (RuleInfo i : RuleRegistry.builtIn().infos()) {
            rules.put(i.id(), i);
        }
        analysis.resultProperty().addListener((o, a, r) -> {
            if (r == null || !r.sameFindingsAs(a)) { // the second publish of a pass only adds its cables
                show(r);
            }
        });
        analysis.failureProperty().addListener((o, a, failed) -> {
            if (failed != null && failed.startsWith("Checks stopped")) {
                all.clear(); // findings of an earlier revision would pass for the design as it is
                summary.set("not checked");
                emptyText.set(failed);
            }
        });
        minimum.addListener((o, a, b) -> refilter());
        filterText.addListener((o, a, b) -> refilter());
        refilter();
        show(analysis.getResult());
    }

    private void refilter() {
        Severity min = minimum.get() == null ? Severity.INFO : minimum.get();
        String q = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.ROOT);
        shown.setPredicate(f -> f.severity().atLeast(min) && (q.isEmpty() || matches(f, q)));
    }

    private static boolean matches(Finding f, String q) {
        if (f.message().toLowerCase(Locale.ROOT).contains(q) || f.ruleId().toLowerCase(Locale.ROOT).contains(q)
                || f.source().toLowerCase(Locale.ROOT).contains(q)) {
            return true;
        }
        return f.subjects().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(q));
    }

    void show(Analysis a) {
        Finding was = selected.get();
        if (a == null) {
            all.clear();
            summary.set("Checking…");
            emptyText.set("Checking…");
            selected.set(null);
            return;
        }
        // keep the detail on "the same" finding after a re-check (findings are values: equal when unchanged); set
        // before the list, whose listeners (the view) may select a changed finding that kept its row
        selected.set(was != null && a.findings().contains(was) ? was : null);
        all.setAll(a.findings());
        summary.set(a.summary());
        emptyText.set("No problems found.");
    }

    /** Findings shown (filtered by severity and text), errors first. */
    public ObservableList<Finding> findings() {
        return shown;
    }

    /** Every finding of the latest analysis, unfiltered. */
    public List<Finding> allFindings() {
        return List.copyOf(all);
    }

    public ObjectProperty<Severity> minimumProperty() {
        return minimum;
    }

    /** Shows only findings whose message, rule id, source or object ids contain this text (any case). */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The finding the detail pane shows (the table's current row, or a badge's finding). */
    public ObjectProperty<Finding> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** The shown findings grouped as {@link #groupingProperty()} says (one group holding all for NONE). */
    public List<Group> groups() {
        Map<String, List<Finding>> by = new LinkedHashMap<>();
        Grouping g = grouping.get();
        for (Finding f : shown) {
            if (g == Grouping.RULE) {
                by.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
            } else if (g == Grouping.OBJECT) {
                List<String> keys = f.subjects().isEmpty() ? List.of("(design)") : f.subjects();
                for (String s : keys) {
                    by.computeIfAbsent(s, k -> new ArrayList<>()).add(f);
                }
            } else {
                by.computeIfAbsent("", k -> new ArrayList<>()).add(f);
            }
        }
        List<Group> out = new ArrayList<>();
        for (var e : by.entrySet()) {
            out.add(new Group(e.getKey(), groupTitle(g, e.getKey(), e.getValue().size()), List.copyOf(e.getValue())));
        }
        if (g == Grouping.OBJECT) {
            out.sort((a, b) -> a.key().compareTo(b.key()));
        }
        return out;
    }

    private String groupTitle(Grouping g, String key, int n) {
        String count = " (" + n + ")";
        if (g == Grouping.RULE) {
            RuleInfo i = rules.get(key);
            return key + (i == null ? "" : " — " + i.title()) + count;
        }
        if (g == Grouping.OBJECT) {
            return objectLabel(key) + count;
        }
        return "All findings" + count;
    }

    /** "srv-2 (Chassis GENERIC-HGX-8GPU-10U)" or "link-3 (Link, removed)". */
    public String objectLabel(String id) {
        Project p = doc.getSession().project();
        Node n = p.find(id).orElse(null);
        if (n == null) {
            return id + (id.startsWith("(") ? "" : " (no longer in the design)");
        }
        String kind = n.getClass().getSimpleName();
        String name = n.name().isEmpty() ? "" : " “" + n.name() + "”";
        String part = n instanceof org.podforge.model.Chassis c ? " " + c.partNumber()
                : n instanceof org.podforge.model.Component c ? " " + c.partNumber() : "";
        return id + name + " (" + kind + part + ")";
    }

    /** Where the finding stands in the design's hierarchy: "Pod 1 x 2,048 replicas", "Pod 1 replica @5", "scale-out network". */
    public String where(Finding f) {
        return FindingScope.of(doc.getSession().project(), f).label();
    }

    /** The rule's title, or the id for an unknown rule. */
    public String ruleTitle(String ruleId) {
        RuleInfo i = rules.get(ruleId);
        return i == null ? ruleId : i.title();
    }

    /** The whole finding as plain text: severity, rule, message, objects, source and every fix. */
    public String detailText(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.severity().name()).append(" · ").append(f.ruleId()).append(" — ").append(ruleTitle(f.ruleId())).append("\n\n");
        sb.append(f.message()).append("\n\n");
        sb.append("Where: ").append(where(f)).append("\n\n");
        sb.append("Objects:\n");
        for (String s : f.subjects()) {
            sb.append("  • ").append(objectLabel(s)).append('\n');
        }
        sb.append("\nSource: ").append(f.source().isBlank() ? "(none given)" : f.source()).append('\n');
        List<FixOption> opts = fixOptions(f);
        sb.append("\nFixes:").append(opts.isEmpty() ? " none offered\n" : "\n");
        for (FixOption o : opts) {
            sb.append("  • ").append(o.fix().label());
            if (o.like() > 1) {
                sb.append("  (").append(o.like()).append(" findings have a fix like it)");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * A group header's detail: what the group holds (findings by severity, the objects concerned, the fixes
     * offered and on how many), then its first finding in full, so that the pane never keeps showing a finding
     * of another group when a header is selected.
     */
    public String groupDetailText(String title, List<Finding> fs) {
        StringBuilder sb = new StringBuilder(title).append("\n\n");
        Map<Severity, Integer> bySeverity = new java.util.EnumMap<>(Severity.class);
        Set<String> objects = new LinkedHashSet<>();
        for (Finding f : fs) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            objects.addAll(f.subjects());
        }
        sb.append(fs.size()).append(fs.size() == 1 ? " finding" : " findings");
        String sep = ": ";
        for (Severity s : Severity.values()) {
            Integer n = bySeverity.get(s);
            if (n != null) {
                String word = s.name().toLowerCase(Locale.ROOT);
                sb.append(sep).append(n).append(' ').append(word).append(n == 1 ? "" : "s");
                sep = ", ";
            }
        }
        sb.append("\n\nObjects (").append(objects.size()).append("): ");
        List<String> first = objects.stream().limit(GROUP_OBJECTS_LISTED).toList();
        sb.append(String.join(", ", first));
        if (objects.size() > first.size()) {
            sb.append(", … and ").append(objects.size() - first.size()).append(" more");
        }
        List<List<FixFamily.Member>> families = familiesIn(fs);
        sb.append("\n\nFixes:").append(families.isEmpty() ? " none offered\n" : "\n");
        for (List<FixFamily.Member> family : families) {
            sb.append("  • ").append(family.get(0).fix().label());
            sb.append("  (offered by ").append(family.size()).append(" of the ").append(fs.size()).append(")\n");
        }
        if (!fs.isEmpty()) {
            sb.append("\n— The first of them in full (select a row to read another) —\n\n").append(detailText(fs.get(0)));
        }
        return sb.toString();
    }

    /** The finding's fixes, most preferred first, each with the number of findings offering a fix like it. */
    public List<FixOption> fixOptions(Finding f) {
        Project p = doc.getSession().project();
        List<Finding> everything = List.copyOf(all);
        List<FixOption> out = new ArrayList<>();
        for (Fix fix : f.fixes()) {
            out.add(new FixOption(f, fix, FixFamily.like(f, fix, everything, p::containsId).size()));
        }
        return out;
    }

    /**
     * The fix families offered by several selected findings: per family, the members among the selection
     * (used by the Fix button for a multi-selection).
     */
    public List<List<FixFamily.Member>> familiesIn(List<Finding> selection) {
        Project p = doc.getSession().project();
        Map<String, List<FixFamily.Member>> by = new LinkedHashMap<>();
        Set<Finding> seen = new LinkedHashSet<>(selection);
        for (Finding f : seen) {
            for (Fix fix : f.fixes()) {
                by.computeIfAbsent(FixFamily.key(f, fix, p::containsId), k -> new ArrayList<>()).add(new FixFamily.Member(f, fix));
            }
        }
        return List.copyOf(by.values());
    }

    /** Double-click: selects the finding's objects that still exist and brings them into view. */
    public void reveal(Finding f) {
        revealAll(List.of(f));
    }

    /** Selects the objects of all these findings that still exist and brings them into view. */
    public void revealAll(List<Finding> fs) {
        Set<String> ids = new LinkedHashSet<>();
        for (Finding f : fs) {
            f.subjects().stream().filter(id -> doc.getSession().project().containsId(id)).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            doc.messageProperty().set("The objects of this finding are no longer in the design.");
            return;
        }
        reveal.accept(List.copyOf(ids));
    }

    /**
     * Runs a fix: builds its command against the design as it is now and executes it (one undo step).
     * Returns false, with the reason in the status message, when the fix no longer applies.
     */
    public boolean applyFix(Finding f, Fix fix) {
        Command c;
        try {
            c = fix.command(doc.getSession().project());
        } catch (CommandException e) {
            doc.messageProperty().set("Fix not applied: " + e.getMessage());
            return false;
        }
        boolean ok = doc.execute(c);
        if (ok) {
            doc.messageProperty().set("Applied fix: " + fix.label() + " (Undo with Ctrl+Z)");
        }
        return ok;
    }

    /** Applies {@code fix} and every fix like it offered by the current findings, as one undo step. */
    public boolean applyFixToAll(Finding f, Fix fix) {
        return applyMembers(FixFamily.like(f, fix, List.copyOf(all), doc.getSession().project()::containsId));
    }

    /** Applies the given fixes as one undo step; reports how many ran and which no longer applied. */
    public boolean applyMembers(List<FixFamily.Member> members) {
        if (members.isEmpty()) {
            return false;
        }
        if (members.size() == 1) {
            return applyFix(members.get(0).finding(), members.get(0).fix());
        }
        Fix first = members.get(0).fix();
        FixAllCommand c = new FixAllCommand("Fix " + members.size() + " × " + members.get(0).finding().ruleId() + ": " + first.label(),
                members.stream().map(FixFamily.Member::fix).toList());
        if (!doc.execute(c)) {
            doc.messageProperty().set("Fixes not applied: " + doc.messageProperty().get());
            return false;
        }
        String msg = "Applied " + c.applied() + " fixes like “" + first.label() + "” as one step (Undo with Ctrl+Z)";
        if (!c.skipped().isEmpty()) {
            msg += "; " + c.skipped().size() + " no longer applied: " + c.skipped().get(0);
        }
        doc.messageProperty().set(msg);
        return true;
    }
}
