package org.podforge.model.command;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.model.Link;
import org.podforge.model.Node;
import org.podforge.model.Project;

/**
 * Deletes a selection as one undo step: the one Delete of the Delete key, the canvas menu and the Edit
 * menu. It flattens the selection against the design when it runs: objects inside another selected
 * object are left to their container's removal, and so are links that touch a removed component (its
 * removal takes them), so no part refers to something an earlier part already removed. Links are
 * removed first, then the other objects in id order. Undo puts everything back in reverse order.
 */
public final class DeleteSelectionCommand implements Command {
    private final List<String> selected;
    private final List<RemoveCommand> parts = new ArrayList<>();
    private final Set<String> affected = new LinkedHashSet<>();

    public DeleteSelectionCommand(Collection<String> selected) {
        this.selected = selected.stream().distinct().sorted().toList();
    }

    /**
     * The ids that need their own removal: existing, not inside another selected object, and (for links)
     * not touching a component that goes with the selection. Links first, then the rest, in id order.
     */
    public static List<String> flatten(Project p, Collection<String> ids) {
        Set<String> sel = Set.copyOf(ids);
        List<String> links = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String id : ids.stream().distinct().sorted().toList()) {
            Node n = p.find(id).orElse(null);
            if (n == null || insideSelected(n, sel)) {
                continue;
            }
            if (n instanceof Link l) {
                if (goesWith(p, l.a().componentId(), sel) || goesWith(p, l.b().componentId(), sel)) {
                    continue;
                }
                links.add(id);
            } else {
                others.add(id);
            }
        }
        links.addAll(others);
        return links;
    }

    private static boolean insideSelected(Node n, Set<String> sel) {
        for (Node up = n.parent(); up != null; up = up.parent()) {
            if (sel.contains(up.id())) {
                return true;
            }
        }
        return false;
    }

    /** True when the component is selected or sits inside a selected object. */
    private static boolean goesWith(Project p, String componentId, Set<String> sel) {
        if (sel.contains(componentId)) {
            return true;
        }
        Node c = p.find(componentId).orElse(null);
        return c != null && insideSelected(c, sel);
    }

    @Override
    public String description() {
        if (parts.size() == 1) {
            return parts.get(0).description();
        }
        return "Delete " + (parts.isEmpty() ? selected.size() : parts.size()) + " objects";
    }

    /** How many objects the last execute removed by themselves (their contents and links not counted). */
    public int count() {
        return parts.size();
    }

    /** The status line after a delete: "Deleted 3 objects". */
    public static String done(DeleteSelectionCommand c) {
        int n = c.count();
        return "Deleted " + n + (n == 1 ? " object" : " objects");
    }

    @Override
    public void execute(Project project) {
        boolean first = parts.isEmpty();
        if (first) {
            for (String id : flatten(project, selected)) {
                parts.add(new RemoveCommand(id));
            }
            if (parts.isEmpty()) {
                throw new CommandException("Nothing to delete: the selected objects are no longer in the design.");
            }
        }
        List<RemoveCommand> done = new ArrayList<>();
        try {
            for (RemoveCommand c : parts) {
                c.execute(project);
                done.add(c);
            }
        } catch (RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                done.get(i).undo(project);
            }
            if (first) {
                parts.clear();
            }
            throw e;
        }
        affected.clear();
        for (RemoveCommand c : parts) {
            affected.addAll(c.affectedIds());
        }
    }

    @Override
    public void undo(Project project) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo(project);
        }
    }

    @Override
    public Set<String> affectedIds() {
        return Set.copyOf(affected);
    }
}
