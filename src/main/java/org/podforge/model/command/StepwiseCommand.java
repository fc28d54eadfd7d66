package org.podforge.model.command;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.podforge.model.Project;

/**
 * Steps that each need the design as the steps before left it (add a NIC, then link it to a port that is still
 * free), as one undo step. The first execute builds every step's command from the project as it stands and runs
 * it; a step that throws undoes the ones before, so nothing half-done remains. Redo replays the built commands.
 */
public final class StepwiseCommand implements Command {
    private final String description;
    private final List<Function<Project, Command>> steps;
    private final List<Command> built = new ArrayList<>();

    public StepwiseCommand(String description, List<Function<Project, Command>> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("no steps");
        }
        this.description = description;
        this.steps = List.copyOf(steps);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute(Project project) {
        boolean first = built.isEmpty();
        List<Command> ran = new ArrayList<>();
        try {
            for (int i = 0; i < steps.size(); i++) {
                Command c = first ? steps.get(i).apply(project) : built.get(i);
                c.execute(project);
                ran.add(c);
            }
        } catch (RuntimeException e) {
            for (int i = ran.size() - 1; i >= 0; i--) {
                ran.get(i).undo(project);
            }
            throw e;
        }
        if (first) {
            built.addAll(ran);
        }
    }

    @Override
    public void undo(Project project) {
        for (int i = built.size() - 1; i >= 0; i--) {
            built.get(i).undo(project);
        }
    }

    @Override
    public Set<String> affectedIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Command c : built) {
            ids.addAll(c.affectedIds());
        }
        return ids;
    }

    @Override
    public boolean affectsAll() {
        return built.stream().anyMatch(Command::affectsAll);
    }
}
