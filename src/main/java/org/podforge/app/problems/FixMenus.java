package org.podforge.app.problems;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.podforge.rules.Finding;
import org.podforge.rules.FixFamily;

/**
 * The one place fix menus and fix buttons are built (Problems row menu, Fix button, detail pane, canvas
 * context menu): for each fix of a finding, "Fix: label", and when other findings offer a fix like it,
 * "… and all N like it" (one undo step). Every item runs through the {@link ProblemsViewModel}.
 */
public final class FixMenus {
    private FixMenus() {
    }

    /** Menu items for the fixes of one finding. */
    public static List<MenuItem> items(ProblemsViewModel vm, Finding f) {
        List<MenuItem> out = new ArrayList<>();
        for (ProblemsViewModel.FixOption o : vm.fixOptions(f)) {
            MenuItem one = new MenuItem("Fix: " + o.fix().label(), new FontIcon(MaterialDesignW.WRENCH_OUTLINE));
            one.setMnemonicParsing(false);
            one.setOnAction(e -> vm.applyFix(f, o.fix()));
            out.add(one);
            if (o.like() > 1) {
                MenuItem all = new MenuItem("      … and all " + o.like() + " like it (one undo step)",
                        new FontIcon(MaterialDesignC.CHECK_ALL));
                all.getStyleClass().add("fix-all");
                all.setMnemonicParsing(false);
                all.setOnAction(e -> vm.applyFixToAll(f, o.fix()));
                out.add(all);
            }
        }
        return out;
    }

    /** Menu items for several selected findings: one per fix family, applied to the selected members. */
    public static List<MenuItem> itemsForSelection(ProblemsViewModel vm, List<Finding> selection) {
        if (selection.size() == 1) {
            return items(vm, selection.get(0));
        }
        List<MenuItem> out = new ArrayList<>();
        for (List<FixFamily.Member> family : vm.familiesIn(selection)) {
            String label = family.get(0).fix().label();
            MenuItem mi = new MenuItem("Fix: " + label + (family.size() > 1 ? "  (on " + family.size() + " selected, one undo step)" : ""),
                    new FontIcon(family.size() > 1 ? MaterialDesignC.CHECK_ALL : MaterialDesignW.WRENCH_OUTLINE));
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> vm.applyMembers(family));
            out.add(mi);
        }
        return out;
    }

    /** Buttons for the detail pane: "Apply" and, where there are others like it, "Apply to all N". */
    public static List<Button> buttons(ProblemsViewModel vm, Finding f) {
        List<Button> out = new ArrayList<>();
        for (ProblemsViewModel.FixOption o : vm.fixOptions(f)) {
            Button one = new Button(o.fix().label(), new FontIcon(MaterialDesignW.WRENCH_OUTLINE));
            one.setMnemonicParsing(false);
            one.setWrapText(true);
            one.setMaxWidth(Double.MAX_VALUE);
            one.getStyleClass().add("fix-button");
            one.setTooltip(new Tooltip("Apply this fix (one undo step)"));
            one.setOnAction(e -> vm.applyFix(f, o.fix()));
            out.add(one);
            if (o.like() > 1) {
                Button all = new Button("Apply to all " + o.like() + " like it", new FontIcon(MaterialDesignC.CHECK_ALL));
                all.setMnemonicParsing(false);
                all.getStyleClass().addAll("fix-all-button");
                all.setTooltip(new Tooltip("The same fix on every finding of " + f.ruleId() + " that offers it, as one undo step"));
                all.setOnAction(e -> vm.applyFixToAll(f, o.fix()));
                out.add(all);
            }
        }
        return out;
    }

    /** Buttons for a group header's detail: per fix family in the group, apply it to every member (one undo step). */
    public static List<Button> groupButtons(ProblemsViewModel vm, List<Finding> group) {
        List<Button> out = new ArrayList<>();
        for (List<FixFamily.Member> family : vm.familiesIn(group)) {
            String label = family.get(0).fix().label();
            boolean many = family.size() > 1;
            Button b = new Button(many ? label + " — on all " + family.size() + " in this group" : label,
                    new FontIcon(many ? MaterialDesignC.CHECK_ALL : MaterialDesignW.WRENCH_OUTLINE));
            b.setMnemonicParsing(false);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add(many ? "fix-all-button" : "fix-button");
            b.setTooltip(new Tooltip(many ? "Apply this fix to the " + family.size() + " findings of the group that offer it, as one undo step"
                    : "Apply this fix (one undo step)"));
            b.setOnAction(e -> vm.applyMembers(family));
            out.add(b);
        }
        return out;
    }
}
