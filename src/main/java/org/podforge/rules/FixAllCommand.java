package org.podforge.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.podforge.model.Project;
import org.podforge.model.command.Command;
import org.podforge.model.command.CommandException;

/**
 * Several quick fixes as one undo step ("apply this fix to all 21 like it"). Each fix builds its command
 * against the design as the earlier fixes left it, so fixes that touch shared objects (a retimer chain,
 * a rack budget) stay correct. A fix that no longer applies is skipped and reported in
 * {@link #skipped()}; when none applies the command refuses. A later failure rolls back the fixes that
 * already ran. Redo replays the commands built the first time (the design is then in the same state).
 */
public final class FixAllCommand implements Command {
    private final String description;
    private final List<Fix> fixes;
    private final List<Command> done = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private boolean built;

    public FixAllCommand(String description, List<Fix> fixes) {
        if (fixes.isEmpty()) {
            throw new IllegalArgumentException("no fixes");
        }
        this.description = description;
        this.fixes = List.copyOf(fixes);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void execute(Project project) {
        if (built) {
            List<Command> ran = new ArrayList<>();
            try {
                for (Command c : done) {
                    c.execute(project);
                    ran.add(c);
                }
            } catch (RuntimeException e) {
                undoAll(project, ran);
                throw e;
            }
            return;
        }
        List<Command> ran = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        try {
            for (Fix f : fixes) {
                Command c;
                try {
                    c = f.command(project);
                    c.execute(project);
                } catch (CommandException e) {
                    refused.add(f.label() + ": " + e.getMessage());
                    continue;
                }
                ran.add(c);
            }
        } catch (RuntimeException e) {
            undoAll(project, ran);
            throw e;
        }
        if (ran.isEmpty()) {
            throw new CommandException("None of the " + fixes.size() + " fixes applies any more: " + refused.get(0));
        }
        done.addAll(ran);
        skipped.addAll(refused);
        built = true;
    }

    private static void undoAll(Project project, List<Command> ran) {
        for (int i = ran.size() - 1; i >= 0; i--) {
            ran.get(i).undo(project);
        }
    }

    @Override
    public void undo(Project project) {
        undoAll(project, done);
    }

    /** How many fixes ran (after the first execute). */
    public int applied() {
        return done.size();
    }

    /** The fixes that no longer applied, each with its reason. */
    public List<String> skipped() {
        return List.copyOf(skipped);
    }

    @Override
    public Set<String> affectedIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Command c : done) {
            ids.addAll(c.affectedIds());
        }
        return ids;
    }

    @Override
    public boolean affectsAll() {
        return done.stream().anyMatch(Command::affectsAll);
    }
}
