package org.podforge.model.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.model.Project;

/** Several commands that execute in order and undo in reverse order, as one undo step. */
public final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> parts;

    public CompositeCommand(String description, List<? extends Command> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    public List<Command> parts() {
        return parts;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute(Project project) {
        List<Command> done = new ArrayList<>();
        try {
            for (Command c : parts) {
                c.execute(project);
                done.add(c);
            }
        } catch (RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                done.get(i).undo(project);
            }
            throw e;
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
        Set<String> ids = new LinkedHashSet<>();
        for (Command c : parts) {
            ids.addAll(c.affectedIds());
        }
        return ids;
    }

    @Override
    public boolean affectsAll() {
        return parts.stream().anyMatch(Command::affectsAll);
    }
}
